package dates

// The rules: every Date names exactly one of these (Trace.Rule is the
// rule's name). A rule value says what kind of text it reads; the matchers
// (matchers.go) decide which rule applies. What later steps need to know
// about a reading is a typed field here (newsDay, dayForClock, ago), never
// a comparison of names.

// rule is one named reading of a temporal expression.
type rule struct {
	name string
	// from says what the value is counted from (for --explain).
	from anchorKind
	// newsDay: the day this rule resolves becomes the news day, the day
	// "the day" and "earlier in the day" refer to ("Monday", "yesterday").
	newsDay bool
	// dayForClock: a clock time right before the expression takes its
	// day ("12:00 UTC Monday", "16:00 UTC today").
	dayForClock bool
	// ago: the expression counts back from now ("two years ago", "the
	// year-ago quarter"): a quantity modifier may precede it ("nearly two
	// years ago"), a calendar one may not.
	ago bool
	// pod is the rule of the same expression with a part of the day after
	// it ("Monday night"), nil when it takes none.
	pod *rule
}

// anchorKind is what a rule counts its value from.
type anchorKind uint8

const (
	fromText        anchorKind = iota // the text fixes the value itself (2019, June 9, 2020)
	fromPublished                     // the publication date
	fromTextDate                      // the last day (or period) the text named, else the publication date
	fromNewsDay                       // the day of the news: the last weekday or "yesterday" named
	fromTextYear                      // the last year the text named
	fromInferred                      // the publication date and the clause's tense
	fromTextPeriod                    // the last period (quarter, month) the text named
	fromSentence                      // a day-level date in the same sentence (clock times)
	fromWrittenYear                   // the last date whose year the text wrote (a narrative's time)
)

// Calendar dates the text spells out (absolute.go).
var (
	// "January 10", "Jan. 10, 2022", "July Fourth": a month and a day.
	ruleMonthDay = &rule{name: "month-day", from: fromInferred}
	// "Sept. 30 last year", "May 5 this year": a month-day and a year
	// named relative to the publication date.
	ruleMonthDayRelYear = &rule{name: "month-day-rel-year", from: fromPublished}
	// "security tightened after the September 11 attacks", "since the
	// Sept. 11 terrorist attacks": a month-day without a year that names
	// one event, in any news written after it (2001-09-11). The only such
	// day the package knows; "9/11" alone is not read.
	ruleNamedDay = &rule{name: "september-11"}
	// "10 January", "11 December 2009", "the 10th of January".
	ruleDayMonth = &rule{name: "day-month", from: fromInferred}
	// "June 2018", "Jan. 2020", "October of next year".
	ruleMonthYear = &rule{name: "month-year"}
	// "the September quarter", "the June quarter": the quarter that month ends.
	ruleMonthQuarter = &rule{name: "month-quarter", from: fromInferred}
	// "May this year", "June last year", "September a year earlier".
	ruleMonthRelYear = &rule{name: "month-rel-year", from: fromPublished}
	// "in June", "their June summit": a month on its own.
	ruleMonth = &rule{name: "month", from: fromInferred}
	// "'82", "in '19": a two-digit year after an apostrophe.
	ruleYearShort = &rule{name: "year-short"}
	// the "99" of "the 1998-99 season": the second year of a span.
	ruleYearSpanTail = &rule{name: "year-span-tail"}
	// "2019", "in 1987": a four-digit year standing alone.
	ruleYear = &rule{name: "year"}
	// "the 1300s", "the 1800s": a century written as its hundreds.
	ruleHundreds = &rule{name: "hundreds"}
	// "the 1990s", "the '90s", "the 70s".
	ruleDecade = &rule{name: "decade"}
	// "the 21st century", "the nineteenth century".
	ruleCentury = &rule{name: "century"}
	// "2022-01-10", "7/8/07", "10.01.2022": a date in digits.
	ruleNumeric = &rule{name: "numeric"}
	// the "13" of "January 10-13" or "Jan. 10 and 12".
	ruleRangeDay = &rule{name: "range-day"}
	// "1998's first quarter", "the 1988 fourth quarter", "fiscal 1989
	// third-quarter profit": a quarter or half of the year before it.
	ruleYearsPart = &rule{name: "year-part"}
)

// Named parts of the calendar (calendar.go).
var (
	// "the first half of 2019", "H1", "the second half".
	ruleHalf = &rule{name: "half", from: fromInferred}
	// "the third quarter", "Q3 2019", "the first quarter of 2009".
	ruleQuarter = &rule{name: "quarter", from: fromInferred}
	// "fiscal 2019", "fiscal year 2019", "FY2019", "FY19".
	ruleFiscalYear = &rule{name: "fiscal-year"}
	// "year-to-date", "year to date": this year so far.
	ruleYearToDate = &rule{name: "year-to-date", from: fromPublished}
	// "year-end", "at year end": the end of the publication year.
	ruleYearEnd = &rule{name: "year-end", from: fromInferred}
	// "this summer", "last fall", "the spring of 2009".
	ruleSeason = &rule{name: "season", from: fromInferred}
	// "Christmas", "Thanksgiving", "the Fourth of July", "Easter Sunday".
	ruleHoliday = &rule{name: "holiday", from: fromInferred}
)

// Dates relative to the publication date or to the text's own (relative.go).
var (
	// "on Mondays": every such weekday.
	ruleWeekdays = &rule{name: "weekdays"}
	// "end Saturday publication", "the Sunday edition": every such day.
	ruleWeekdayRecurring = &rule{name: "weekday-recurring"}
	// "Saturday, May 18": a weekday and the date that fixes it.
	ruleWeekdayDate = &rule{name: "weekday-date", from: fromInferred, dayForClock: true}
	// "Monday" with no publication date: a weekday of an unknown week.
	ruleWeekday = &rule{name: "weekday", pod: ruleWeekdayPOD}
	// "Monday night" with no publication date.
	ruleWeekdayPOD = &rule{name: "weekday-pod"}
	// "met on Monday", "last Friday": the weekday before the publication date.
	ruleWeekdayPast = &rule{name: "weekday-past", from: fromInferred, newsDay: true, dayForClock: true, pod: ruleWeekdayPastPOD}
	// "will meet on Monday", "next Friday": the weekday after the publication date.
	ruleWeekdayFuture = &rule{name: "weekday-future", from: fromInferred, newsDay: true, dayForClock: true, pod: ruleWeekdayFuturePOD}
	// "Monday night", "last Friday morning": a part of a past weekday.
	ruleWeekdayPastPOD = &rule{name: "weekday-past-pod", from: fromInferred, newsDay: true}
	// "Friday evening" ahead of the publication date.
	ruleWeekdayFuturePOD = &rule{name: "weekday-future-pod", from: fromInferred, newsDay: true}
	// "Friday next week", "Monday last week".
	ruleWeekdayRelWeek = &rule{name: "weekday-rel-week", from: fromPublished}
	// "Friday the 13th": the nearest such day.
	ruleWeekdayTheNth = &rule{name: "weekday-the-nth", from: fromInferred}
	// "today's world", "today's youth": the present age.
	ruleTodayNowadays = &rule{name: "today-nowadays"}
	// "... in the 1300s. Today, plague is rare": the present against a past period.
	ruleTodayContrast = &rule{name: "today-contrast"}
	// "tonight".
	ruleTonight = &rule{name: "tonight", from: fromPublished}
	// "today", "today's vote".
	ruleToday = &rule{name: "today", from: fromPublished, newsDay: true, dayForClock: true, pod: ruleTodayPOD}
	// "today" with a part of the day after it: "today afternoon".
	ruleTodayPOD = &rule{name: "today-pod", from: fromPublished}
	// "yesterday", "the day before yesterday".
	ruleYesterday = &rule{name: "yesterday", from: fromPublished, newsDay: true, dayForClock: true, pod: ruleYesterdayPOD}
	// "yesterday morning".
	ruleYesterdayPOD = &rule{name: "yesterday-pod", from: fromPublished, newsDay: true}
	// "tomorrow", "the day after tomorrow".
	ruleTomorrow = &rule{name: "tomorrow", from: fromPublished, newsDay: true, dayForClock: true, pod: ruleTomorrowPOD}
	// "tomorrow evening".
	ruleTomorrowPOD = &rule{name: "tomorrow-pod", from: fromPublished, newsDay: true}
	// "we needed to win this game today," the coach said of Monday's loss:
	// a quoted speaker's today, the day of the news.
	ruleTodaySpeaker = &rule{name: "today-speaker", from: fromNewsDay, pod: ruleTodaySpeakerPOD}
	// a quoted speaker's "today morning".
	ruleTodaySpeakerPOD = &rule{name: "today-speaker-pod", from: fromNewsDay}
	// "this time last year", "this time next year".
	ruleThisTimeYear = &rule{name: "this-time-year", from: fromPublished}
	// "next June 30", "last Dec. 15".
	ruleRelMonthDay = &rule{name: "rel-month-day", from: fromPublished}
	// "last November", "next March".
	ruleRelMonth = &rule{name: "rel-month", from: fromPublished}
	// "this week", "last month", "next year", "this past week".
	ruleRelUnit = &rule{name: "rel-unit", from: fromPublished}
	// "a year earlier", "two decades before": counted back from the
	// year the text is on.
	ruleYearsEarlier = &rule{name: "n-years-earlier", from: fromTextYear}
	// "a week from Friday", "two days from Monday": counted on from that day.
	ruleFromDay = &rule{name: "from-day", from: fromInferred}
	// "two years ago", "a week ago", "years ago".
	ruleAgo = &rule{name: "ago", from: fromPublished, ago: true}
	// "two years from now", "a week from today".
	ruleFromNow = &rule{name: "from-now", from: fromPublished}
	// "a year hence".
	ruleHence = &rule{name: "hence", from: fromPublished}
	// "arrested Tuesday; two days earlier...": counted back from the
	// text's date.
	ruleUnitsEarlier = &rule{name: "n-units-earlier", from: fromTextDate}
)

// Reference points (refwords.go).
var (
	// "now", "currently", "recently", "the future", "the near term".
	ruleRef = &rule{name: "ref"}
	// "for centuries", "over the centuries".
	ruleVagueCenturies = &rule{name: "vague-centuries"}
)

// Phrases over a unit that take their value from what the text said
// before (anchored.go, monthpart.go).
var (
	// "that evening", "that night": a part of the text's date.
	ruleThatPOD = &rule{name: "that-pod", from: fromTextDate}
	// "this morning", "this afternoon".
	ruleThisPOD = &rule{name: "this-pod", from: fromPublished}
	// "last night".
	ruleLastNight = &rule{name: "last-pod", from: fromPublished}
	// "that day", "that year": the unit of the text's date.
	ruleThatUnit = &rule{name: "that-unit", from: fromTextDate}
	// "that year", "that month": the year (or month) the text last named,
	// a narrative's own time ("mined 40 percent of the coal in 2014. That
	// year, ..."; "became a mother in 2001 ... born at the beginning of
	// that year"), not the day it last named nor the publication date.
	ruleThatPeriod = &rule{name: "that-period", from: fromWrittenYear}
	// "the same period last year", "the same month a year ago".
	ruleSamePeriod = &rule{name: "same-period-year-ago", from: fromTextPeriod, ago: true}
	// "the year before", "the year previous".
	ruleTheYearBefore = &rule{name: "the-year-before", from: fromTextYear}
	// "the day before,", "the week earlier.".
	ruleTheUnitBefore = &rule{name: "the-unit-before", from: fromTextDate}
	// "the year 2000".
	ruleTheYearN = &rule{name: "the-year-n"}
	// "the past nine days", "the next few weeks", "the last two years".
	ruleTheNUnits = &rule{name: "the-n-units"}
	// "the coming weeks", "the past months", "the following days".
	ruleTheUnits = &rule{name: "the-units"}
	// "the months ahead", "the years ahead".
	ruleTheUnitsAhead = &rule{name: "the-units-ahead"}
	// "in the years since", "the years": an unknown number of years.
	ruleTheYears = &rule{name: "the-years"}
	// "the past year", "the past week and a half": the stretch up to now.
	ruleThePastUnit = &rule{name: "the-past-unit"}
	// "over the next year", "within the coming month", "over the last year".
	ruleTheUnitSpan = &rule{name: "the-unit-span"}
	// "the next decade", "the last decade".
	ruleTheDecadeSpan = &rule{name: "the-decade-span"}
	// "Sales in the third quarter rose... The quarter was strong": the
	// quarter the text last named.
	ruleTheQuarter = &rule{name: "the-quarter", from: fromTextPeriod}
	// "net income in the quarter rose", "the quarter ended Sept. 30": the
	// last quarter reported.
	ruleReportQuarter = &rule{name: "report-quarter", from: fromInferred}
	// "the day", "the week", "the weekend", "the entire year": the unit
	// the publication (or news) day is in.
	ruleTheUnit = &rule{name: "the-unit", from: fromPublished}
	// "the same day", "the same week": the unit of the text's date.
	ruleTheSameUnit = &rule{name: "the-same-unit", from: fromTextDate}
	// "the next day", "the previous year", "the following week": the
	// unit next to the text's date.
	ruleTheAdjacentUnit = &rule{name: "the-adjacent-unit", from: fromTextDate}
	// "the last quarter", "the coming year", "the latest quarter": the
	// unit next to the publication date's.
	ruleTheRelUnit = &rule{name: "the-rel-unit", from: fromPublished}
	// "the week of Oct. 16".
	ruleTheWeekOf = &rule{name: "the-week-of"}
	// "the day after Thanksgiving", "the day before Oct. 19".
	ruleTheDayAround = &rule{name: "the-day-around"}
	// "a second consecutive day", "the fourth week in a row".
	ruleNthInARow = &rule{name: "nth-in-a-row", from: fromNewsDay}
	// "their best week since November", "its worst day since 1987".
	ruleBestUnitSince = &rule{name: "best-unit-since", from: fromNewsDay}
	// "morning trading", "in the afternoon".
	rulePODNewsDay = &rule{name: "pod-news-day", from: fromNewsDay}
	// "the year-ago quarter", "year-earlier results".
	ruleYearAgo = &rule{name: "year-ago", from: fromPublished, ago: true}
	// "the year-earlier fourth quarter": that quarter, a year back.
	ruleYearAgoQuarter = &rule{name: "year-ago-quarter", from: fromInferred}
	// "the last week of March", "the first week of June 2019".
	ruleWeekOfMonth = &rule{name: "week-of-month"}
	// "the last day of February", "the first day of May".
	ruleDayOfMonth = &rule{name: "day-of-month"}
	// "on the 15th", "by the 3rd".
	ruleTheNthDay = &rule{name: "the-nth-day", from: fromInferred}
)

// Durations, sets and clock times (duration.go, time.go).
var (
	// "hourlong", "year-long", "decade-long".
	ruleUnitLong = &rule{name: "unit-long"}
	// "a three-hour", "25-year", "a 20-year-long".
	ruleNUnitAdj = &rule{name: "n-unit-adj"}
	// "one-to-seven days".
	ruleNToNUnits = &rule{name: "n-to-n-units"}
	// the "60" of "60 or 90 days", "two to three years".
	ruleNRangeUnits = &rule{name: "n-range-units"}
	// "17 nights", "three more nights": a count of days.
	ruleNNights = &rule{name: "n-nights"}
	// "a quarter century": 25 years.
	ruleQuarterCentury = &rule{name: "quarter-century"}
	// "$53 million a week", "twice a day", "7 days a week".
	rulePerUnit = &rule{name: "per-unit"}
	// "three years", "48 hours", "two and a half weeks".
	ruleNUnits = &rule{name: "n-units"}
	// "for years", "weeks", "decades-long".
	ruleVagueUnits = &rule{name: "vague-units"}
	// "daily", "weekly", "annually".
	ruleFrequency = &rule{name: "frequency"}
	// "every Monday".
	ruleEveryWeekday = &rule{name: "every-weekday"}
	// "every day", "each year", "every two weeks", "twice a year".
	ruleEveryUnit = &rule{name: "every-unit"}
	// "every morning".
	ruleEveryPOD = &rule{name: "every-pod"}
	// "3 p.m.", "15:00 GMT", "noon": a clock time, its day from its sentence.
	ruleClock = &rule{name: "clock", from: fromSentence}
	// "12:00 UTC Monday", "10 a.m. Friday, Dec. 6": a clock time and its day.
	ruleClockDay = &rule{name: "clock-day", from: fromInferred}
)

// allRules lists every rule, for the tests and the docs.
var allRules = []*rule{
	ruleMonthDay, ruleMonthDayRelYear, ruleNamedDay, ruleDayMonth, ruleMonthYear, ruleMonthQuarter,
	ruleMonthRelYear, ruleMonth, ruleYearShort, ruleYearSpanTail, ruleYear, ruleHundreds, ruleDecade,
	ruleCentury, ruleNumeric, ruleRangeDay, ruleYearsPart,
	ruleHalf, ruleQuarter, ruleFiscalYear, ruleYearToDate, ruleYearEnd, ruleSeason, ruleHoliday,
	ruleWeekdays, ruleWeekdayRecurring, ruleWeekdayDate, ruleWeekday, ruleWeekdayPOD, ruleWeekdayPast,
	ruleWeekdayFuture, ruleWeekdayPastPOD, ruleWeekdayFuturePOD, ruleWeekdayRelWeek, ruleWeekdayTheNth,
	ruleTodayNowadays, ruleTodayContrast, ruleTonight, ruleToday, ruleTodayPOD, ruleYesterday,
	ruleYesterdayPOD, ruleTomorrow, ruleTomorrowPOD, ruleTodaySpeaker, ruleTodaySpeakerPOD,
	ruleThisTimeYear, ruleRelMonthDay, ruleRelMonth, ruleRelUnit, ruleYearsEarlier, ruleFromDay, ruleAgo,
	ruleFromNow, ruleHence, ruleUnitsEarlier,
	ruleRef, ruleVagueCenturies,
	ruleThatPOD, ruleThisPOD, ruleLastNight, ruleThatUnit, ruleThatPeriod, ruleSamePeriod, ruleTheYearBefore,
	ruleTheUnitBefore, ruleTheYearN, ruleTheNUnits, ruleTheUnits, ruleTheUnitsAhead, ruleTheYears,
	ruleThePastUnit, ruleTheUnitSpan, ruleTheDecadeSpan, ruleTheQuarter, ruleReportQuarter, ruleTheUnit,
	ruleTheSameUnit, ruleTheAdjacentUnit, ruleTheRelUnit, ruleTheWeekOf, ruleTheDayAround, ruleNthInARow,
	ruleBestUnitSince, rulePODNewsDay, ruleYearAgo, ruleYearAgoQuarter, ruleWeekOfMonth, ruleDayOfMonth,
	ruleTheNthDay,
	ruleUnitLong, ruleNUnitAdj, ruleNToNUnits, ruleNRangeUnits, ruleNNights, ruleQuarterCentury,
	rulePerUnit, ruleNUnits, ruleVagueUnits, ruleFrequency, ruleEveryWeekday, ruleEveryUnit, ruleEveryPOD,
	ruleClock, ruleClockDay,
}

// theUnitRule is the rule of "the" and adjective adj before a calendar
// unit: "the week", "the same day", "the next year", "the last quarter".
func theUnitRule(adj string) *rule {
	switch adj {
	case "", "current", "entire", "whole", "full":
		return ruleTheUnit
	case "same":
		return ruleTheSameUnit
	case "previous", "prior", "preceding", "following", "next":
		return ruleTheAdjacentUnit
	}
	return ruleTheRelUnit
}

// podRule is the rule of determiner det before a part of the day: "that
// evening", "this morning", "last night".
func podRule(det string) *rule {
	switch det {
	case "that":
		return ruleThatPOD
	case "this":
		return ruleThisPOD
	}
	return ruleLastNight
}
