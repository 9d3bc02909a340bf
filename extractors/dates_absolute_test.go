package extractors

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
