package dates

import "testing"

// TestDatesNotDates checks the things that look like dates but are not:
// ages, counts, scores, phone numbers, money, names and idioms.
func TestDatesNotDates(t *testing.T) {
	runDateCases(t, []dateCase{
		{"ages", "The 55-year-old driver, aged 34, and a 3-year-old; she is 40 years old.", "2019-11-19", nil},
		{"may the verb", "Officials May decide later. It may rain. Prime Minister Theresa May spoke.", "2019-11-19", nil},
		{"may the month", "The vote was held in May.", "2019-11-19", []string{"May|DATE|2019-05"}},
		{"money and counts", "It cost $2019 and 2000 troops fired 1,999 rounds; 2015 people came.", "2019-11-19", nil},
		{"percent", "Shares fell 2019% and 1998 percent.", "2019-11-19", nil},
		{"phone", "Call 555-2019 or 212-555-1998.", "2019-11-19", nil},
		{"scores", "The Steelers won 24-17 and then 3:1 in extra play.", "2019-11-19", nil},
		{"index name", "The Russell 2000 Index fell.", "2019-11-19", nil},
		{"model name", "The A380 and the Boeing 747 flew in 2007.", "2019-11-19", []string{"2007|DATE|2007"}},
		{"name words", "Australian Timothy Weeks spoke to USA Today and the New York Daily News.", "2019-11-19", nil},
		{"idioms", "At the end of the day, it is all the time we have, and at the time it worked.", "2019-11-19", nil},
		{"daily adjective", "There are 263 daily news organizations.", "2019-11-19", nil},
		{"fractions", "About a quarter of its dealers and three quarters of the vote.", "2019-11-19", nil},
		{"march the noun", "Thousands joined the march on Sunday.", "2019-11-19", []string{"Sunday|DATE|2019-11-17"}},
		{"version numbers", "Version 2.2019 shipped.", "2019-11-19", nil},
		{"month and season names", "He met with April Glaspie at the March of Dimes on Summer Street.", "1989-10-26", nil},
		{"month before a name after a preposition", "In May Congress passed the bill.", "1989-10-26", []string{"May|DATE|1989-05"}},
		{"hyphened month before a name", "It was his late-September Ukrainian caper.", "2019-11-19", []string{"late-September|DATE|2019-09"}},
		{"trading hours", "Futures rose during Asian trading hours.", "2019-11-19", nil},
	})
}
