package extractors

import "testing"

// Quarters, halves, fiscal years, seasons and holidays.
func TestDatesCalendar(t *testing.T) {
	runDateCases(t, []dateCase{
		{"quarters", "Third-quarter profit beat forecasts; the third quarter was strong.", "2019-11-19",
			[]string{"Third-quarter|DATE|2019-Q3", "the third quarter|DATE|2019-Q3"}},
		{"quarter of year", "In the first quarter of 2009 and the first quarter of last year.", "2009-05-07",
			[]string{"the first quarter of 2009|DATE|2009-Q1", "the first quarter of last year|DATE|2008-Q1"}},
		{"past quarter ahead", "The firm reported a loss in the fourth quarter.", "2007-03-13",
			[]string{"the fourth quarter|DATE|2006-Q4"}},
		{"future quarter", "The plant will close in the fourth quarter.", "2006-08-19",
			[]string{"the fourth quarter|DATE|2006-Q4"}},
		{"final quarter", "In the final quarter of 2009 sales rose.", "2010-01-28",
			[]string{"the final quarter of 2009|DATE|2009-Q4"}},
		{"q and h", "Q3 2019 revenue and H1 2020 guidance.", "2019-11-19",
			[]string{"Q3 2019|DATE|2019-Q3", "H1 2020|DATE|2020-H1"}},
		{"half of year", "In the second half of 2020 demand grows.", "2019-11-19",
			[]string{"the second half of 2020|DATE|2020-H2"}},
		{"half of game is not a date", "He scored in the first half.", "2019-11-19", nil},
		{"fiscal", "Fiscal 2019 and fiscal year 2019 and FY2020, year-to-date.", "2019-11-19",
			[]string{"Fiscal 2019|DATE|2019", "fiscal year 2019|DATE|2019", "FY2020|DATE|2020", "year-to-date|DATE|2019"}},
		{"seasons", "This summer was hot; last winter was cold and next spring looks wet.", "2021-08-10",
			[]string{"This summer|DATE|2021-SU", "last winter|DATE|2020-WI", "next spring|DATE|2022-SP"}},
		{"fall of year", "Books return in the fall of 2020.", "2019-11-19",
			[]string{"the fall of 2020|DATE|2020-FA"}},
		{"season bare", "Autumn arrives. Sales rebounded in spring.", "2008-10-13",
			[]string{"Autumn|DATE|2008-FA", "spring|DATE|2008-SP"}},
		{"fall the verb", "Prices may fall in the coming weeks.", "2008-10-13",
			[]string{"the coming weeks|DURATION|PXW"}},
		{"holidays", "Sales before Christmas, Thanksgiving and Easter 2020.", "2019-11-19",
			[]string{"Christmas|DATE|2019-12-25", "Thanksgiving|DATE|2019-11-28", "Easter 2020|DATE|2020-04-12"}},
		{"shopping days", "Deals drop before Black Friday and Cyber Monday.", "2019-11-19",
			[]string{"Black Friday|DATE|2019-11-29", "Cyber Monday|DATE|2019-12-02"}},
		{"game quarter", "They scored 24 points in the third quarter.", "2019-11-19", nil},
		{"new year", "Markets reopen after New Year's Day.", "2019-12-20",
			[]string{"New Year's Day|DATE|2020-01-01"}},
	})
}
