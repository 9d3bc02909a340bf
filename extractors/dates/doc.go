// Package dates finds temporal expressions (TimeML TIMEX3: DATE, TIME,
// DURATION and SET) and resolves them against the publication date
// (Text.Published). When the text has no publication date, whatever the
// expression itself fixes is kept and the rest is written with X
// (XXXX-01-10, XXXX-WXX-1).
//
// It is a token scanner: the text is cut into light tokens once, each word
// is looked up in a small lexicon, and matchers are tried only at tokens
// the lexicon knows (month and weekday names, numbers, units, "the",
// "last"...). The longest match at the leftmost position wins. Every Date
// names the rule that read it (Trace.Rule); with Findings.Explain its
// Evidence says what the rule weighed: the anchor (the publication date, or
// the date the text last named and where), the direction and its cue
// (the tense of a verb, "last", "next", "until"), any modifier.
//
// Files:
//   - dates.go: the Extractor, the scan state, the matcher table, emit
//   - rules.go: every rule, a named value with the kind of text it reads
//   - explain.go: the evidence of --explain
//   - lex.go: date tokens and the lexicon (calendar grammar)
//   - data.go, data/*.txt: the vocabulary (word lists, holidays)
//   - scan.go: token helpers and sentence numbering
//   - absolute.go: January 10, 2019; 10 January; June 2018; 2019; the
//     1990s; the 21st century; 2022-01-10
//   - calendar.go: quarters, halves, fiscal years, seasons, holidays
//   - relative.go: Monday, today, last week, next June 30, two years ago
//   - refwords.go: now, recently, the future (PRESENT/PAST/FUTURE_REF)
//   - anchored.go: the day, the same day, the previous year, that
//     evening, the same period last year, the year-ago quarter
//   - monthpart.go: the last week of March, on the 15th
//   - duration.go: durations (three years, a two-week) and sets (every
//     Monday, weekly)
//   - time.go: clock times and the day they take
//   - modifiers.go: "nearly", "the end of", "late"; idioms that are no dates
//   - speaker.go: a quoted speaker's "today"; "Today" against an earlier period
//   - tense.go: the direction a clause's verb gives (a present-tense
//     schedule points forward), by word order
//   - syntax.go: the same from the dependency parse (Text.Parse): the
//     predicate an adverbial modifies and its auxiliaries; word order is
//     the fallback
//   - timex.go: TIMEX3 values
package dates
