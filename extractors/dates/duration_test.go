package dates

import "testing"

// Durations and sets.
func TestDatesDuration(t *testing.T) {
	runDateCases(t, []dateCase{
		{"counts", "He served 33 years, two months and 48 hours.", "2013-12-10",
			[]string{"33 years|DURATION|P33Y", "two months|DURATION|P2M", "48 hours|DURATION|PT48H"}},
		{"modifiers", "It took nearly eight hours, less than 10 minutes, about a month and more than a decade.", "2019-11-19",
			[]string{"nearly eight hours|DURATION|PT8H", "less than 10 minutes|DURATION|PT10M",
				"about a month|DURATION|P1M", "more than a decade|DURATION|P10Y"}},
		{"hyphenated", "A three-hour meeting, a 25-year career, a two-week break and a 90-day truce.", "2019-11-19",
			[]string{"three-hour|DURATION|PT3H", "25-year|DURATION|P25Y", "two-week|DURATION|P2W", "90-day|DURATION|P90D"}},
		{"long", "An hourlong speech ended a decades-long dispute and a year-long strike.", "2019-11-20",
			[]string{"hourlong|DURATION|PT1H", "decades-long|DURATION|PXY", "year-long|DURATION|P1Y"}},
		{"vague", "It took years, then weeks; in recent years and the coming weeks, several more years.", "2019-11-19",
			[]string{"years|DURATION|PXY", "weeks|DURATION|PXW", "recent years|DURATION|PXY",
				"the coming weeks|DURATION|PXW", "several more years|DURATION|PXY"}},
		{"units ahead", "Rates will fall in the months ahead and the days ahead.", "1989-10-30",
			[]string{"the months ahead|DURATION|PXM", "the days ahead|DURATION|PXD"}},
		{"matter of", "A deal is a matter of months away.", "2019-11-19",
			[]string{"a matter of months|DURATION|PXM"}},
		{"the past year and a half", "Prices rose over the past year and a half.", "1989-10-26",
			[]string{"the past year and a half|DURATION|P1.5Y"}},
		{"over the next year is a stretch", "The company plans to cut costs over the next year.", "1989-10-26",
			[]string{"the next year|DURATION|P1Y"}},
		{"over the last year is a stretch", "Prices rose over the last year.", "1989-10-26",
			[]string{"the last year|DURATION|P1Y"}},
		{"the next year of a narrative is a date", "The next year, he moved.", "1989-10-26",
			[]string{"The next year|DATE|1990"}},
		{"the past n", "Over the past nine days and the next six months, the past decade and the next decade.", "2019-11-19",
			[]string{"the past nine days|DURATION|P9D", "the next six months|DURATION|P6M",
				"the past decade|DURATION|P10Y", "the next decade|DURATION|P10Y"}},
		{"nights", "The crew camped 12 nights on the ridge, then three more nights by the lake; last night was cold.", "2019-11-19",
			[]string{"12 nights|DURATION|P12D", "three more nights|DURATION|P3D", "last night|TIME|2019-11-18TNI"}},
		{"quarter century", "The pair had not sung together in nearly a quarter century, a quarter of the choir said.", "2019-11-19",
			[]string{"nearly a quarter century|DURATION|P25Y"}},
		{"straight", "Sales rose four straight years and two more years.", "2019-11-19",
			[]string{"four straight years|DURATION|P4Y", "two more years|DURATION|P2Y"}},
		{"half", "almost two and a half years, a year and a half, half an hour", "2019-11-19",
			[]string{"almost two and a half years|DURATION|P2.5Y", "a year and a half|DURATION|P1.5Y", "half an hour|DURATION|PT30M"}},
		{"after", "Two days later, a day after the vote.", "2019-11-19",
			[]string{"Two days|DURATION|P2D", "a day|DURATION|P1D"}},
		{"a day with a relative clause", "If there came a day when I could not work, it is not a day anybody wants.", "2011-08-25", nil},
		{"a day of work stays a duration", "It took a day. He spent a year in Paris and twice a day he ran.", "2011-08-25",
			[]string{"a day|DURATION|P1D", "a year|DURATION|P1Y", "twice a day|SET|P1D"}},
		{"count range", "Dealers have 60 or 90 days; it takes between two and three years.", "2009-06-04",
			[]string{"60|DURATION|P60D", "90 days|DURATION|P90D", "two|DURATION|P2Y", "three years|DURATION|P3Y"}},
		{"dash range", "Eat 1–2 hours after a workout and drink 20-30 minutes before.", "2019-11-19",
			[]string{"1|DURATION|PT1H", "2 hours|DURATION|PT2H", "20|DURATION|PT20M", "30 minutes|DURATION|PT30M"}},
		{"not durations", "A galaxy 230 million light-years wide, 13.8 billion years old.", "2019-11-19", nil},
		{"quarters", "Two consecutive quarters of decline, several quarters.", "2019-11-19",
			[]string{"Two consecutive quarters|DURATION|P2Q", "several quarters|DURATION|PXQ"}},
	})
}

// TestDatesSet checks repeated times.
func TestDatesSet(t *testing.T) {
	runDateCases(t, []dateCase{
		{"a year after a share", "The company pays $1.20 a share a year.", "1989-10-26",
			[]string{"a year|SET|P1Y"}},
		{"every", "Every day, every year, every Monday, every other week and each month.", "2019-11-19",
			[]string{"Every day|SET|P1D", "every year|SET|P1Y", "every Monday|SET|XXXX-WXX-1",
				"every other week|SET|P2W", "each month|SET|P1M"}},
		{"per", "It costs $53 million a week, 15 a year, and $2 per day.", "2019-11-18",
			[]string{"a week|SET|P1W", "a year|SET|P1Y", "per day|SET|P1D"}},
		{"unit per unit", "Open 24 hours a day, 7 days a week.", "2019-11-18",
			[]string{"24 hours|DURATION|PT24H", "a day|SET|P1D", "7 days|DURATION|P7D", "a week|SET|P1W"}},
		{"frequency", "The weekly report, published annually, twice a month.", "2019-11-18",
			[]string{"weekly|SET|P1W", "annually|SET|P1Y", "twice a month|SET|P1M"}},
		{"plural weekday", "The paper prints on Saturdays.", "2019-11-18",
			[]string{"Saturdays|SET|XXXX-WXX-6"}},
	})
}
