package dates

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Relative dates: weekdays by tense, today and friends, this/last/next
// units, "ago", and phrases anchored on the text's own dates.
func TestDatesRelative(t *testing.T) {
	runDateCases(t, []dateCase{
		// 2019-11-19 is a Tuesday.
		{"weekday past", "The committee met on Monday.", "2019-11-19",
			[]string{"Monday|DATE|2019-11-18"}},
		{"weekday future", "The committee will meet on Friday.", "2019-11-19",
			[]string{"Friday|DATE|2019-11-22"}},
		{"weekday is today", "Officials confirmed the dates on Tuesday.", "2019-11-19",
			[]string{"Tuesday|DATE|2019-11-19"}},
		{"weekday until", "Markets are closed until Friday.", "2019-11-19",
			[]string{"Friday|DATE|2019-11-22"}},
		{"last and next weekday", "He left last Friday and returns next Monday.", "2019-11-19",
			[]string{"last Friday|DATE|2019-11-15", "next Monday|DATE|2019-11-25"}},
		{"late weekday", "The announcement came late Monday.", "2021-12-28",
			[]string{"late Monday|DATE|2021-12-27"}},
		{"weekday night", "The Browns won Thursday night.", "2019-11-18",
			[]string{"Thursday night|TIME|2019-11-14TNI"}},
		{"weekday morning future", "The vote will take place Tuesday morning.", "2019-11-18",
			[]string{"Tuesday morning|TIME|2019-11-19TMO"}},
		{"weekday no reference", "They met on Monday.", "",
			[]string{"Monday|DATE|XXXX-WXX-1"}},
		{"today yesterday tomorrow", "Today he rests; yesterday he ran and tomorrow he flies.", "2019-11-19",
			[]string{"Today|DATE|2019-11-19", "yesterday|DATE|2019-11-18", "tomorrow|DATE|2019-11-20"}},
		{"last night tonight", "Troops moved last night and will return tonight.", "2019-11-20",
			[]string{"last night|TIME|2019-11-19TNI", "tonight|TIME|2019-11-20TNI"}},
		{"this morning", "Shares fell this morning.", "2008-01-09",
			[]string{"this morning|TIME|2008-01-09TMO"}},
		{"weeks", "Last week was bad, this week is fine, next week is open.", "2019-11-19",
			[]string{"Last week|DATE|2019-W46", "this week|DATE|2019-W47", "next week|DATE|2019-W48"}},
		{"earlier this week", "It was announced earlier this week.", "2019-11-20",
			[]string{"earlier this week|DATE|2019-W47"}},
		{"months and years", "This month, last month, next year and last year.", "2019-11-19",
			[]string{"This month|DATE|2019-11", "last month|DATE|2019-10", "next year|DATE|2020", "last year|DATE|2018"}},
		{"early this year", "Prices rose early this year and will fall at the end of next year.", "2019-11-20",
			[]string{"early this year|DATE|2019", "the end of next year|DATE|2020"}},
		{"last month name", "Profits fell last November.", "2019-11-19",
			[]string{"last November|DATE|2018-11"}},
		{"weekend", "This weekend is busy; the group announced it over the weekend.", "2019-11-18",
			[]string{"This weekend|DATE|2019-W47-WE", "the weekend|DATE|2019-W46-WE"}},
		{"ago", "A year ago the firm had two weeks ago and 20 years ago.", "2019-11-19",
			[]string{"A year ago|DATE|2018", "two weeks ago|DATE|2019-11-05", "20 years ago|DATE|1999"}},
		{"nearly a year ago", "It launched nearly a year ago.", "2019-11-18",
			[]string{"nearly a year ago|DATE|2018"}},
		{"the previous year", "Sales rose in 2017, after falling the previous year.", "2019-11-19",
			[]string{"2017|DATE|2017", "the previous year|DATE|2016"}},
		{"that year narrative", "Wyoming produced 40 percent of the coal in 2014. That year, the region mined less.", "2016-12-20",
			[]string{"2014|DATE|2014", "That year|DATE|2014"}},
		{"that year after a year", "She became a mother in 2001; her son was born at the beginning of that year.", "2019-11-19",
			[]string{"2001|DATE|2001", "the beginning of that year|DATE|2001"}},
		{"that month", "The plant opened in March 2018, and that month it hired 200 people.", "2019-11-19",
			[]string{"March 2018|DATE|2018-03", "that month|DATE|2018-03"}},
		{"the next year", "He moved in August 2016. The next year he left.", "2019-11-19",
			[]string{"August 2016|DATE|2016-08", "The next year|DATE|2017"}},
		{"same period last year", "Sales rose in February compared to the same period last year.", "2010-03-03",
			[]string{"February|DATE|2010-02", "the same period last year|DATE|2009-02"}},
		{"the same week", "They won on Sunday and lost later the same week.", "2019-11-19",
			[]string{"Sunday|DATE|2019-11-17", "the same week|DATE|2019-W46"}},
		{"earlier in the day", "He spoke on Tuesday. Earlier in the day, he had met aides.", "2019-11-20",
			[]string{"Tuesday|DATE|2019-11-19", "Earlier in the day|DATE|2019-11-19"}},
		{"that evening", "The concert was on May 18, 2019. That evening a fire broke out.", "2019-11-19",
			[]string{"May 18, 2019|DATE|2019-05-18", "That evening|TIME|2019-05-18TEV"}},
		{"references", "Right now prices are high; currently, these days and now. Recently it fell, unlike in the past. In the near future, or sometime soon, it rises.", "2019-11-19",
			[]string{"Right now|DATE|PRESENT_REF", "currently|DATE|PRESENT_REF", "these days|DATE|PRESENT_REF",
				"now|DATE|PRESENT_REF", "Recently|DATE|PAST_REF", "the past|DATE|PAST_REF",
				"the near future|DATE|FUTURE_REF", "sometime soon|DATE|FUTURE_REF"}},
		{"a year earlier", "Sales in 2008 were up from a year earlier and from the year-ago quarter.", "2009-02-03",
			[]string{"2008|DATE|2008", "a year earlier|DATE|2007", "year-ago|DATE|2008"}},
		// 1989-10-26 is a Thursday.
		{"a month earlier after a month", "Inflation rose 0.4% in September, up from 0.2% a month earlier.", "1989-10-26",
			[]string{"September|DATE|1989-09", "a month earlier|DATE|1989-08"}},
		{"the day after a holiday", "Stores will be crowded the day after Thanksgiving.", "1989-10-26",
			[]string{"the day after Thanksgiving|DATE|1989-11-24"}},
		{"the day before a date", "Shares fell the day before Oct. 19.", "1989-10-26",
			[]string{"the day before Oct. 19|DATE|1989-10-18"}},
		{"the week of a date", "The index rose in the week of Oct. 16.", "1989-10-26",
			[]string{"the week of Oct. 16|DATE|1989-W42"}},
		{"the day after a weekday's event", "The day after Tuesday's vote, shares fell.", "1989-10-26",
			[]string{"The day after Tuesday|DATE|1989-10-25"}},
		{"next month-day", "It will post a loss for the fiscal year ending next June 30.", "1989-10-26",
			[]string{"the fiscal year|DATE|1989", "next June 30|DATE|1990-06-30"}},
		{"last month then an amount", "He said last May 5 percent of workers quit.", "1989-10-26",
			[]string{"last May|DATE|1989-05"}},
		{"a week from today", "The bill will be signed a week from today.", "1989-10-26",
			[]string{"a week from today|DATE|1989-11-02"}},
		{"weekday next week", "The vote is set for Friday next week.", "1989-10-26",
			[]string{"Friday next week|DATE|1989-11-03"}},
		{"weekday last week", "Shares fell Monday last week.", "1989-10-26",
			[]string{"Monday last week|DATE|1989-10-16"}},
		{"friday the 13th", "The stock market crashed Friday the 13th.", "1989-10-26",
			[]string{"Friday the 13th|DATE|1989-10-13"}},
		{"weekday the nth ahead", "The film will open Friday the 13th.", "1989-10-26",
			[]string{"Friday the 13th|DATE|1990-04-13"}},
		{"a week from a weekday", "The offer will expire a week from Friday.", "1989-10-26",
			[]string{"a week from Friday|DATE|1989-11-03"}},
		{"a month earlier alone", "Sales rose 5% from a month earlier.", "1989-10-26",
			[]string{"a month earlier|DATE|1989-09"}},
		{"a day earlier after a weekday", "Shares closed at $45 on Friday, down from $47 a day earlier.", "1989-10-26",
			[]string{"Friday|DATE|1989-10-20", "a day earlier|DATE|1989-10-19"}},
		{"days earlier than the day named", "He was arrested Tuesday. Two days earlier, he had fled.", "1989-10-26",
			[]string{"Tuesday|DATE|1989-10-24", "Two days earlier|DATE|1989-10-22"}},
		{"weeks earlier", "Prices were 10% higher two weeks earlier.", "1989-10-26",
			[]string{"two weeks earlier|DATE|1989-W41"}},
		{"earlier than is a length", "The plant opened a month earlier than planned.", "1989-10-26",
			[]string{"a month|DURATION|P1M"}},
		{"earlier without a reference date", "Shares were down a day earlier.", "",
			[]string{"a day earlier|DATE|XXXX-XX-XX"}},
		{"streaks", "Shares fell for a second consecutive day, the fourth week in a row.", "2009-04-03",
			[]string{"a second consecutive day|DATE|2009-04-03", "the fourth week|DATE|2009-W14"}},
		{"morning trading", "Ford rose in morning trading and fell in the afternoon.", "2010-03-02",
			[]string{"morning|TIME|2010-03-02TMO", "the afternoon|TIME|2010-03-02TAF"}},
		{"until with perfect", "The government has kept markets closed until Friday.", "2008-09-17",
			[]string{"Friday|DATE|2008-09-19"}},
		{"until with past", "The markets remained closed until Friday.", "2008-09-17",
			[]string{"Friday|DATE|2008-09-12"}},
		{"now in a compound adjective", "Critics of the now-cancelled deal spoke; it is over now.", "2019-11-19",
			[]string{"now|DATE|PRESENT_REF"}},
		{"best week since", "Stocks had their best week since November; it was the worst day since 1987.", "2009-03-13",
			[]string{"week|DATE|2009-W11", "November|DATE|2008-11", "day|DATE|2009-03-13", "1987|DATE|1987"}},
		{"best year without since", "It was the best year of his life.", "2009-03-13", nil},
		{"the day before", "He spoke on Tuesday. The day before, he had resigned; the week before, too.", "2019-11-20",
			[]string{"Tuesday|DATE|2019-11-19", "The day before|DATE|2019-11-18", "the week before|DATE|2019-W46"}},
		{"the day before an event", "The day before the vote he resigned.", "2019-11-20",
			[]string{"The day|DATE|2019-11-20"}},
		{"the year 2000", "By the year 2000, computers may fail.", "1998-02-25",
			[]string{"the year 2000|DATE|2000"}},
		{"from now", "Two weeks from now the plan starts; a year from now, or five years hence, it ends. Years from now, who knows.", "1998-02-25",
			[]string{"Two weeks from now|DATE|1998-03-11", "a year from now|DATE|1999", "five years hence|DATE|2003", "Years from now|DATE|FUTURE_REF"}},
		{"this time last year", "This time last year prices were lower; this time next year they rise.", "1998-02-25",
			[]string{"This time last year|DATE|1997-02-25", "this time next year|DATE|1999-02-25"}},
		{"relative without reference", "Last week and next year.", "",
			[]string{"Last week|DATE|XXXX-WXX", "next year|DATE|XXXX"}},
	})
}

// TestDatesTodayNowadays checks "today" in the sense of "nowadays"
// (PRESENT_REF) against "today" the day.
func TestDatesTodayNowadays(t *testing.T) {
	runDateCases(t, []dateCase{
		{"generic noun", "In today's world, phones matter.", "2013-12-10",
			[]string{"today|DATE|PRESENT_REF"}},
		{"bare name", "This is an exciting time at today's GM.", "2013-12-10",
			[]string{"today|DATE|PRESENT_REF"}},
		{"day event", "Today's vote and today's Senate hearing were delayed.", "2013-12-10",
			[]string{"Today|DATE|2013-12-10", "today|DATE|2013-12-10"}},
		{"abbreviation", "It matters for today's U.S. economy.", "2013-12-10",
			[]string{"today|DATE|2013-12-10"}},
	})
}

// TestDatesPresentTenseWeekday checks the news present of a schedule ("the
// committee meets Tuesday": the next Tuesday) against present verbs of
// saying and verbs far from the weekday. Tags are set by hand, as the
// pipeline's tagger would.
func TestDatesPresentTenseWeekday(t *testing.T) {
	tags := map[string]string{"meets": "VBZ", "begin": "VBP", "say": "VBP", "says": "VBZ",
		"arrives": "VBZ", "come": "VBP", "enlisted": "VBD", "is": "VBZ"}
	// 1998-02-25 is a Wednesday.
	cases := []struct{ text, want string }{
		{"The committee meets Tuesday to discuss the plan.", "Tuesday|DATE|1998-03-03"},
		{"The president arrives in Tokyo on Friday.", "Friday|DATE|1998-02-27"},
		{"The talks begin Monday.", "Monday|DATE|1998-03-02"},
		{"The spokesman says Monday that talks failed.", "Monday|DATE|1998-02-23"},
		{"It is for that reason that NASA on Monday enlisted help.", "Monday|DATE|1998-02-23"},
	}
	for _, c := range cases {
		tx := newTestText(c.text, "1998-02-25")
		for k := range tx.Tokens {
			tx.Tokens[k].Tag = tags[tx.Tokens[k].Text]
		}
		if diff := cmp.Diff([]string{c.want}, dateStrings(extract(tx))); diff != "" {
			t.Errorf("%q (-want +got):\n%s", c.text, diff)
		}
	}
}
