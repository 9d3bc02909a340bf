package dates

import "testing"

// Absolute and partial calendar dates: month-day, day-month, month-year,
// years, decades, centuries, numeric forms and day ranges.
func TestDatesAbsolute(t *testing.T) {
	runDateCases(t, []dateCase{
		{"month day year", "The deal closed on November 18, 2019, in Paris.", "2021-12-28",
			[]string{"November 18, 2019|DATE|2019-11-18"}},
		{"abbreviated month", "Talks resume Sept. 30 and end Oct 2.", "2019-09-01",
			[]string{"Sept. 30|DATE|2019-09-30", "Oct 2|DATE|2019-10-02"}},
		{"ordinal day", "It shipped on April 2nd.", "2008-04-09",
			[]string{"April 2nd|DATE|2008-04-02"}},
		{"day month year", "He was born on 24 February 1955 in California.", "2011-10-06",
			[]string{"24 February 1955|DATE|1955-02-24"}},
		{"day of month", "The vote is on the 10th of January.", "2021-12-28",
			[]string{"the 10th of January|DATE|2022-01-10"}},
		{"weekday and date", "The crash happened on Saturday, May 18, after the show.", "2019-11-19",
			[]string{"Saturday, May 18|DATE|2019-05-18"}},
		{"month year", "Sales fell in June 2018 and rose in October of 2019.", "2019-11-19",
			[]string{"June 2018|DATE|2018-06", "October of 2019|DATE|2019-10"}},
		{"month of next year", "Leases end after October of next year.", "2009-05-15",
			[]string{"October|DATE|2010-10", "next year|DATE|2010"}},
		{"bare month", "The ministers met in March.", "2019-11-19",
			[]string{"March|DATE|2019-03"}},
		{"year", "The company was founded in 1965 and listed in 2011.", "2019-11-19",
			[]string{"1965|DATE|1965", "2011|DATE|2011"}},
		{"short year", "It was the crash of '87 all over again.", "2007-10-20",
			[]string{"'87|DATE|1987"}},
		{"decades", "Cars of the 1970s and '80s were boxy; the 70s and 80s are back.", "2007-02-09",
			[]string{"the 1970s|DATE|197", "'80s|DATE|198", "the 70s|DATE|197", "80s|DATE|198"}},
		{"early decade", "Service starts in the early 2020s.", "2019-11-20",
			[]string{"the early 2020s|DATE|202"}},
		{"century", "It was built in the 19th century.", "2019-11-20",
			[]string{"the 19th century|DATE|18"}},
		{"iso", "Filed 2022-01-10 at noon.", "",
			[]string{"2022-01-10|DATE|2022-01-10", "noon|TIME|2022-01-10T12:00"}},
		{"us numeric", "The plane rolled out on 7/8/07.", "2007-07-09",
			[]string{"7/8/07|DATE|2007-07-08"}},
		{"dotted year first", "The report was dated 2018.04.05 and filed 2018/04/06.", "2019-01-01",
			[]string{"2018.04.05|DATE|2018-04-05", "2018/04/06|DATE|2018-04-06"}},
		{"dotted day first at sentence end", "It was filed 05.04.2018. Then 1.2.3.4 shipped.", "2019-01-01",
			[]string{"05.04.2018|DATE|2018-04-05"}},
		{"september 11 attacks", "Stocks fell most since the September 11th terrorist attacks and the Sept. 11 attacks.", "2007-02-27",
			[]string{"September 11th|DATE|2001-09-11", "Sept. 11|DATE|2001-09-11"}},
		{"september 11 of this year", "The vote is on September 11.", "2007-02-27",
			[]string{"September 11|DATE|2007-09-11"}},
		{"september 11 before 2001", "The Sept. 11 attack on the embassy killed 12.", "1998-02-25",
			[]string{"Sept. 11|DATE|1997-09-11"}},
		{"month-day last year", "Prices were up from Sept. 30 last year.", "1989-10-26",
			[]string{"Sept. 30 last year|DATE|1988-09-30"}},
		{"month-day next year", "The plant will open Jan. 15 next year.", "1989-10-26",
			[]string{"Jan. 15 next year|DATE|1990-01-15"}},
		{"month a year earlier", "Sales rose in September a year earlier.", "1989-10-26",
			[]string{"September a year earlier|DATE|1988-09"}},
		{"month last year without a reference date", "Prices peaked in June last year.", "",
			[]string{"June last year|DATE|XXXX-06"}},
		{"a number that names is no year", "He was convicted under Section 1983 and flew on Flight 1549 from Gate 1920.", "1989-10-26", nil},
		{"a year after a word that is no label", "The unit 1990 plan failed.", "1999-10-26",
			[]string{"1990|DATE|1990"}},
		{"year span at a clause end", "The company was formed in 1986-87. Its 1986-87, 1987-88 results", "1989-10-26",
			[]string{"1986|DATE|1986", "87|DATE|1987", "1986|DATE|1986", "87|DATE|1987", "1987|DATE|1987", "88|DATE|1988"}},
		{"year span", "The 1998-99 season and fiscal 1996-97 results, but not 2009-10-05 or 1998-2001.", "1998-02-25",
			[]string{"1998|DATE|1998", "99|DATE|1999", "fiscal 1996|DATE|1996", "97|DATE|1997",
				"2009-10-05|DATE|2009-10-05", "1998|DATE|1998", "2001|DATE|2001"}},
		{"day range", "Talks run January 10-13 in Geneva.", "2021-12-28",
			[]string{"January 10|DATE|2022-01-10", "13|DATE|2022-01-13"}},
		{"end of year", "Work ends by the end of 2025.", "2019-11-20",
			[]string{"the end of 2025|DATE|2025"}},
		{"early month", "Dealers close by early June.", "2009-05-14",
			[]string{"early June|DATE|2009-06"}},
		{"mid year", "The laptop ships in mid-2011.", "2010-10-23",
			[]string{"mid-2011|DATE|2011"}},
		{"no reference", "Talks are set for Jan 10 and March 3, 2023.", "",
			[]string{"Jan 10|DATE|XXXX-01-10", "March 3, 2023|DATE|2023-03-03"}},
	})
}

// TestDatesYearInference checks how a month without a year is placed
// around the reference date.
func TestDatesYearInference(t *testing.T) {
	runDateCases(t, []dateCase{
		{"december article, january", "Both sides will hold talks on January 10.", "2021-12-28",
			[]string{"January 10|DATE|2022-01-10"}},
		{"december article, past june", "Biden and Putin met at their June summit.", "2021-12-28",
			[]string{"June|DATE|2021-06"}},
		{"november article, past december", "The firm made a bid for the paper in December.", "2019-11-19",
			[]string{"December|DATE|2018-12"}},
		{"november article, past march", "The firm filed suit on March 21.", "2019-11-18",
			[]string{"March 21|DATE|2019-03-21"}},
		{"november article, coming february", "The trial is expected to start Feb. 14.", "2019-11-18",
			[]string{"Feb. 14|DATE|2020-02-14"}},
		{"january article, no tense", "The December figures surprise.", "2020-01-10",
			[]string{"December|DATE|2019-12"}},
		{"same month", "Talks on November 25.", "2019-11-19",
			[]string{"November 25|DATE|2019-11-25"}},
	})
}

// TestDatesNarrativeYear checks that a month written without a year takes
// the year of a full date just before it, when that year is not the
// reference date's, and keeps the usual inference otherwise.
func TestDatesNarrativeYear(t *testing.T) {
	runDateCases(t, []dateCase{
		{"schedule after a full date", "The choir opens its run on May 4, 2021 in Leeds. It closes in York on Aug. 20.", "2020-10-02",
			[]string{"May 4, 2021|DATE|2021-05-04", "Aug. 20|DATE|2021-08-20"}},
		{"story after a month-year", "She first fell ill in March 2015. By April, she could not climb stairs.", "2019-11-18",
			[]string{"March 2015|DATE|2015-03", "April|DATE|2015-04"}},
		{"list chains from a full date", "The tour starts April 2, 2022:\nApril 9 -- Town Hall, Bath\nMay 1 -- Corn Exchange, Ely", "2021-12-01",
			[]string{"April 2, 2022|DATE|2022-04-02", "April 9|DATE|2022-04-09", "May 1|DATE|2022-05-01"}},
		{"bare year heads a list", "Tour 2022 dates:\nMay 3 -- Arena, Leeds", "2021-12-01",
			[]string{"2022|DATE|2022", "May 3|DATE|2022-05-03"}},
		{"weekday that does not fit", "The festival opens on June 12, 2021. Tickets go on sale Friday, Dec. 4.", "2020-11-20",
			[]string{"June 12, 2021|DATE|2021-06-12", "Friday, Dec. 4|DATE|2020-12-04"}},
		{"earlier month stays inferred", "The plant reopens on Sept. 14, 2020, after repairs that began March 2.", "2019-11-18",
			[]string{"Sept. 14, 2020|DATE|2020-09-14", "March 2|DATE|2019-03-02"}},
		{"bare year in another clause", "The shop opened in 2009 and as of February it had 40 staff.", "2020-04-09",
			[]string{"2009|DATE|2009", "February|DATE|2020-02"}},
		{"year after a full stop", "Sales should double by the end of 2027.\n\nAs of October, the firm had 90 stores.", "2019-11-18",
			[]string{"the end of 2027|DATE|2027", "October|DATE|2019-10"}},
		{"month-year does not fix a day", "The airline will fly it in November 2006. The jet arrives on November 11.", "2005-11-05",
			[]string{"November 2006|DATE|2006-11", "November 11|DATE|2005-11-11"}},
	})
}

// TestDatesMonthQuarter checks "the September quarter" style: the quarter
// a month ends, with its year from the tense like other quarters.
func TestDatesMonthQuarter(t *testing.T) {
	runDateCases(t, []dateCase{
		{"past results", "Profits rose in the September quarter.", "2019-11-20",
			[]string{"September quarter|DATE|2019-Q3"}},
		{"quarter ahead, past tense", "Sales fell in the December quarter.", "2020-02-10",
			[]string{"December quarter|DATE|2019-Q4"}},
		{"not a quarter-end month", "The August quarter session opened.", "2019-11-20",
			[]string{"August|DATE|2019-08"}},
	})
}
