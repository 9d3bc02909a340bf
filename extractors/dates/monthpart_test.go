package dates

import "testing"

// Parts of a named month ("the last week of March") and phrases that take
// their value from the year the text is talking about ("the entire year").
func TestDatesMonthPart(t *testing.T) {
	runDateCases(t, []dateCase{
		// March 2009: Thursdays 5, 12, 19, 26; the week of March 30 has its
		// Thursday in April.
		{"last week of month", "Sales rebounded in the last week of March.", "2009-04-01",
			[]string{"the last week of March|DATE|2009-W13"}},
		{"first week of month with year", "Talks start in the first week of June 2019.", "2019-03-01",
			[]string{"the first week of June 2019|DATE|2019-W23"}},
		{"first week when the 1st is a Friday", "It opened in the first week of January 2021.", "2021-03-01",
			[]string{"the first week of January 2021|DATE|2021-W01"}},
		{"second week future", "The vote comes in the second week of December.", "2021-11-20",
			[]string{"the second week of December|DATE|2021-W49"}},
		{"fifth week that does not exist", "in the fifth week of February 2021", "2021-03-01",
			[]string{"February 2021|DATE|2021-02"}},
		{"last day of month", "The offer ends on the last day of February 2024.", "2024-01-10",
			[]string{"the last day of February 2024|DATE|2024-02-29"}},
		{"first day of month", "Rents rise on the first day of October.", "2021-09-10",
			[]string{"the first day of October|DATE|2021-10-01"}},
		{"no reference", "in the last week of March and the last day of June", "",
			[]string{"the last week of March|DATE|XXXX-WXX", "the last day of June|DATE|XXXX-06-30"}},
		{"cut off at the end of the text", "Sales rebounded in the last week of", "2009-04-01",
			[]string{"last week|DATE|2009-W13"}},
		{"last week alone stays relative", "Sales rose last week.", "2009-04-01",
			[]string{"last week|DATE|2009-W13"}},
		{"the nth day", "He returned home on the 15th. The vote is due by the 3rd.", "1998-02-25",
			[]string{"the 15th|DATE|1998-02-15", "the 3rd|DATE|1998-03-03"}},
		{"the nth day past and future", "He left on the 27th and will return on the 2nd.", "1998-02-25",
			[]string{"the 27th|DATE|1998-01-27", "the 2nd|DATE|1998-03-02"}},
		{"the nth of other things", "On the 15th floor, since the 19th century, after the 3rd time, on the 15th of March.", "1998-02-25",
			[]string{"the 19th century|DATE|18", "the 15th of March|DATE|1998-03-15"}},
		{"entire year is the year in focus", "GM lost money in the fourth quarter of 2005 and for the entire year.", "2006-01-27",
			[]string{"the fourth quarter of 2005|DATE|2005-Q4", "the entire year|DATE|2005"}},
		{"whole year without a year named", "The plant ran for the whole year.", "2006-01-27",
			[]string{"the whole year|DATE|2006"}},
		{"end of the decade", "The contract expires at the end of the decade, before the start of the century.", "1998-02-25",
			[]string{"the end of the decade|DATE|199", "the start of the century|DATE|19"}},
		{"the decade alone", "Over the decade, prices rose.", "1998-02-25", nil},
		{"current year stays the reference year", "Sales in 2005 fell; the current year looks better.", "2006-01-27",
			[]string{"2005|DATE|2005", "the current year|DATE|2006"}},
	})
}
