package dates

import (
	"strconv"
	"time"

	"github.com/lede-project/lede/extractors/internal/lex"
)

// Phrases over a unit that take their value from "the"/"that" and from
// what the text said before: the day, the week, the same day, the
// previous year, that evening, the same period last year, a second straight
// day, morning trading, the year-ago quarter.

// theUnit matches "the" or "that" phrases over a unit: "the day", "the
// week", "the same day", "the previous year", "the next day", "the past
// year", "the coming weeks", "the past nine days", "that evening", "this
// morning", "last night".
func (s *scan) theUnit(i int) (match, bool) {
	j := i
	if s.is(j, "in") && s.is(j-1, "earlier", "later") {
		j++
	}
	switch s.w(j) {
	case "the":
		return s.theX(i, j+1)
	case "that", "this", "last":
		det := s.w(j)
		pod, e := s.podAt(j + 1)
		if pod != "" {
			d := s.ref
			switch {
			case det == "that":
				d = s.anchor
			case det == "last" && pod == "NI":
				d = addDays(s.ref, -1)
			case det == "last":
				return match{}, false
			}
			return match{end: e, typ: "TIME", val: s.dayOrX(d) + "T" + pod, rule: podRule(det)}, true
		}
		if m, ok := s.thatPeriod(j); ok {
			return m, true
		}
		if det == "that" && s.has(j+1, wUnit) && !s.has(j+1, wPlural) {
			v, ok := s.unitValue(s.toks[j+1].lex.unit, s.anchor, 0, s.hasRef || s.hasAnchor)
			if !ok || s.is(j+2, "of", "when", "in") {
				return match{}, false
			}
			return match{end: j + 2, typ: "DATE", val: v, rule: ruleThatUnit}, true
		}
	}
	return match{}, false
}

// thatPeriod matches "that year" and "that month" at token j when the
// text has named a year (or a month of one): that period, the narrative's
// own time.
func (s *scan) thatPeriod(j int) (match, bool) {
	if !s.is(j, "that") || !s.is(j+1, "year", "month") || s.is(j+2, "of", "when", "in") || s.wroteEnd < 0 {
		return match{}, false
	}
	v := pad(s.yearY, 4)
	if s.is(j+1, "month") {
		if s.yearM == 0 {
			return match{}, false
		}
		v += "-" + pad(s.yearM, 2)
	}
	return match{end: j + 2, typ: "DATE", val: v, rule: ruleThatPeriod}, true
}

// samePeriod matches "the same period last year", "the same month a year
// ago", "the same quarter of the previous year": the period the text last
// named, a year back.
func (s *scan) samePeriod(i, j int) (match, bool) {
	if !s.is(j, "same") || !s.is(j+1, "period", "month", "quarter", "time", "week", "day", "season") {
		return match{}, false
	}
	k := j + 2
	if s.is(k, "of", "in") {
		k++
	}
	switch {
	case s.is(k, "last", "previous", "prior") && s.is(k+1, "year"):
		k += 2
	case s.is(k, "the") && s.is(k+1, "last", "previous", "prior") && s.is(k+2, "year"):
		k += 3
	case s.is(k, "a", "one") && s.is(k+1, "year") && s.is(k+2, "ago", "earlier", "before"):
		k += 3
	default:
		return match{}, false
	}
	v := s.lastValue
	if len(v) < 4 || !lex.IsDigits(v[:4]) {
		return match{}, false
	}
	y, _ := strconv.Atoi(v[:4])
	return match{end: k, typ: "DATE", val: pad(y-1, 4) + v[4:], rule: ruleSamePeriod}, true
}

// theX handles the phrases after "the" at token j (i is the phrase start).
func (s *scan) theX(i, j int) (match, bool) {
	if m, ok := s.samePeriod(i, j); ok {
		return m, true
	}
	if m, ok := s.monthPart(j); ok {
		return m, true
	}
	if m, ok := s.theDay(i, j); ok {
		return m, true
	}
	if m, ok := s.theBefore(j); ok {
		return m, true
	}
	adj := ""
	if s.is(j, "same", "previous", "prior", "following", "next", "past", "last", "coming", "current", "entire", "whole", "full", "recent", "preceding", "latest") {
		adj = s.w(j)
		j++
	}
	if m, ok := s.theCount(j, adj); ok {
		return m, true
	}
	if s.is(j, "fiscal") && s.is(j+1, "year", "quarter") {
		if y, _ := s.yearAt(j + 2); y > 0 {
			return match{}, false // "the fiscal year 2019": the fiscal rule's
		}
		j++ // "the current fiscal year": calendar notation, as "fiscal 2019" is 2019
	}
	tk := s.tok(j)
	if tk == nil || tk.lex == nil || tk.lex.class&wUnit == 0 {
		return match{}, false
	}
	if s.isHyphen(j+1) && s.glued(j) {
		return match{}, false // "the year-ago quarter", "the day-long talks"
	}
	if tk.lex.class&wPlural != 0 {
		return s.theUnitsVague(j, adj)
	}
	return s.theUnitPhrase(i, j+1, tk.lex.unit, adj)
}

// theBefore matches "the year before", "the day before,", "the week
// earlier." (the unit before the one the text is on) and "the year 2000",
// from token j after "the".
func (s *scan) theBefore(j int) (match, bool) {
	// "the year before", "the year previous"
	if s.is(j, "year") && s.is(j+1, "before", "earlier", "previous", "prior") && s.anchorYear > 0 {
		if n := s.tok(j + 2); n == nil || n.kind == kPunct || !s.sameSent(j+1, j+2) {
			return match{end: j + 2, typ: "DATE", val: pad(s.anchorYear-1, 4), rule: ruleTheYearBefore}, true
		}
	}
	// a noun after "before" makes it an event's ("the day before the
	// vote"): left alone
	if s.is(j, "day", "week", "month") && s.is(j+1, "before", "earlier") {
		if n := s.tok(j + 2); n == nil || n.kind == kPunct || !s.sameSent(j+1, j+2) {
			v, _ := s.unitValue(s.toks[j].lex.unit, s.anchor, -1, s.hasRef || s.hasAnchor)
			return match{end: j + 2, typ: "DATE", val: v, rule: ruleTheUnitBefore}, true
		}
	}
	if s.is(j, "year") {
		if y, e := s.yearAt(j + 1); y > 0 {
			return match{end: e, typ: "DATE", val: pad(y, 4), rule: ruleTheYearN}, true
		}
	}
	return match{}, false
}

// theCount matches a counted stretch after "the" and adjective adj, from
// token j: "the past nine days", "the next few weeks", "the coming weeks".
func (s *scan) theCount(j int, adj string) (match, bool) {
	switch adj {
	case "past", "next", "last", "coming", "following", "previous", "recent":
	default:
		return match{}, false
	}
	if q, e, ok := s.quantity(j); ok {
		e = s.skipAdjectives(e)
		if u, ue, ok := s.unitAt(e, q); ok && !(q == 1 && s.toks[j].low == "a") {
			return match{end: ue, typ: "DURATION", val: durationValue(q, u), rule: ruleTheNUnits, note: adj}, true
		}
	}
	if s.has(j, wUnit) && s.has(j, wPlural) && s.toks[j].lex.unit != uWeekend {
		return match{end: j + 1, typ: "DURATION", val: durationValue(-1, s.toks[j].lex.unit), rule: ruleTheUnits, note: adj}, true
	}
	return match{}, false
}

// theUnitsVague matches a plural unit at token j after a bare "the": "the
// months ahead", "the years".
func (s *scan) theUnitsVague(j int, adj string) (match, bool) {
	u := s.toks[j].lex.unit
	if adj == "" && s.is(j+1, "ahead") && u != uWeekend {
		// "the months ahead", as "the coming months"
		return match{end: j + 2, typ: "DURATION", val: durationValue(-1, u), rule: ruleTheUnitsAhead}, true
	}
	if adj == "" && (u == uYear || u == uDecade) {
		return match{end: j + 1, typ: "DURATION", val: "PXY", rule: ruleTheYears}, true
	}
	return match{}, false
}

// theUnitPhrase matches "the" (from token i), adjective adj and unit u
// ending before token end: a stretch ("the past year", "over the next
// year") or the calendar unit it names ("the week", "the next day").
func (s *scan) theUnitPhrase(i, end int, u unit, adj string) (match, bool) {
	if m, ok := s.theUnitSpan(i, end, u, adj); ok {
		return m, true
	}
	if adj == "" {
		if m, ok := s.dayAround(u, end); ok {
			return m, true
		}
	}
	if u != uWeekend && (s.is(end, "of", "that", "when", "in", "which") || adj == "" && s.is(end, "he", "she", "they", "we", "it", "i", "you")) {
		return match{}, false // "the day of the vote", "the year he died"
	}
	switch adj {
	case "", "current", "entire", "whole", "full":
		return s.theWholeUnit(i, end, u, adj)
	}
	base, known, n := s.ref, s.hasRef, 0
	switch adj {
	case "same":
		base, known = s.anchor, s.hasRef || s.hasAnchor
	case "previous", "prior", "preceding", "following", "next":
		// "the next year" counts from the time the text is talking about
		base, known, n = s.anchor, s.hasRef || s.hasAnchor, 1
		if adj != "following" && adj != "next" {
			n = -1
		}
		if u == uYear && (s.hasRef || s.anchorYear > 0) {
			base, known = time.Date(s.anchorYear, 6, 1, 0, 0, 0, 0, time.UTC), true
		}
	case "last":
		n = -1
	case "latest":
		if u != uQuarter {
			return match{}, false
		}
		n = -1 // the last quarter reported: the one before the reference date's
	case "coming":
		n = 1
	default:
		return match{}, false
	}
	return s.theUnitValue(u, base, n, known, end, adj)
}

// theUnitValue is the match of "the" and adjective adj over a calendar
// unit u ending before token end: base shifted by n units.
func (s *scan) theUnitValue(u unit, base time.Time, n int, known bool, end int, adj string) (match, bool) {
	v, ok := s.unitValue(u, base, n, known)
	if !ok {
		return match{}, false
	}
	return match{end: end, typ: "DATE", val: v, rule: theUnitRule(adj), note: adj}, true
}

// theUnitSpan matches the stretches of time among "the" phrases over a
// single unit: "the past year", "the past year and a half", "over the next
// year", "within the coming month", "the next decade".
func (s *scan) theUnitSpan(i, end int, u unit, adj string) (match, bool) {
	switch adj {
	case "past":
		q := 1.0
		if s.is(end, "and") && s.is(end+1, "a") && s.is(end+2, "half") {
			q, end = 1.5, end+3 // "the past year and a half"
		}
		return match{end: end, typ: "DURATION", val: durationValue(q, u), rule: ruleThePastUnit}, true
	case "next", "coming", "following", "last", "previous", "prior", "preceding":
		if ((adj == "next" || adj == "coming") && s.is(i-1, "over", "within", "during", "throughout") || adj == "last" && s.is(i-1, "over")) &&
			(u == uYear || u == uMonth || u == uWeek) {
			// "over the next year", "within the coming month": a stretch
			// of time, as "over the past year" is
			return match{end: end, typ: "DURATION", val: durationValue(1, u), rule: ruleTheUnitSpan, note: adj}, true
		}
		if u == uDecade {
			return match{end: end, typ: "DURATION", val: "P10Y", rule: ruleTheDecadeSpan, note: adj}, true
		}
	}
	return match{}, false
}

// theWholeUnit matches "the" with no adjective, or "current", "entire",
// "whole" or "full", before unit u (ending before token end): the unit the
// publication date is in ("the week", "this weekend"), the news day's ("the
// day"), the year the text is on ("the entire year"), or the quarter the
// text or the report names ("the quarter").
func (s *scan) theWholeUnit(i, end int, u unit, adj string) (match, bool) {
	base, known, n := s.ref, s.hasRef, 0
	if u == uDay {
		base = s.newsDay
	}
	if u == uYear && adj != "" && adj != "current" && s.anchorYear > 0 {
		// "the fourth quarter of 2005 and ... the entire year": the
		// year the text is talking about
		base, known = time.Date(s.anchorYear, 6, 1, 0, 0, 0, 0, time.UTC), true
	}
	if u == uWeekend && s.hasRef {
		wd := s.ref.Weekday()
		if wd != time.Saturday && wd != time.Sunday && s.tenseAround(i, end) != tFuture {
			n = -1
		}
	}
	if adj == "" && u == uQuarter && isQuarterValue(s.lastValue) && !s.sportsSentence(i) {
		// "Sales in the third quarter rose... The quarter was strong."
		return match{end: end, typ: "DATE", val: s.lastValue, rule: ruleTheQuarter}, true
	}
	if m, ok := s.reportQuarter(i, end, u, adj); ok {
		return m, true
	}
	partOf := s.is(i-1, "of") && s.is(i-2, "end", "start", "beginning", "middle")
	if adj == "" && (u == uQuarter || (u == uDecade || u == uCentury) && !partOf) {
		return match{}, false // but "the end of the decade": the present one
	}
	return s.theUnitValue(u, base, n, known, end, adj)
}

// reportQuarter matches a bare "the quarter" of an earnings report that
// named no quarter before it ("net income in the quarter rose", "for the
// quarter ended Sept. 30"): the last quarter reported, the one before the
// reference date's, or the reference date's own when the clause looks
// ahead ("expects a loss in the quarter"). Only after "in", "for", "during"
// or before "ended": "the quarter" of a city is no time.
func (s *scan) reportQuarter(i, end int, u unit, adj string) (match, bool) {
	if adj != "" || u != uQuarter || !s.hasRef || s.sportsSentence(i) || s.toks[end-1].cap {
		return match{}, false
	}
	if !s.is(i-1, "in", "for", "during", "throughout") && !s.is(end, "ended", "ending") {
		return match{}, false
	}
	if nx := s.tok(end); nx != nil && nx.kind != kPunct && !s.is(end, "ended", "ending", "ends", "rose", "fell", "was", "were",
		"and", "to", "from", "as", "compared", "versus", "a", "an", "the", "against", "that", "but", "or", "last", "this") {
		return match{}, false // "the quarter mile", "the quarter point"
	}
	n := -1
	if s.tenseAround(i, end) == tFuture {
		n = 0
	}
	v, ok := s.unitValue(uQuarter, s.ref, n, true)
	if !ok {
		return match{}, false
	}
	return match{end: end, typ: "DATE", val: v, rule: ruleReportQuarter}, true
}

// dayAround matches "the day after Thanksgiving", "the day before Oct.
// 19" and "the week of Oct. 16", the unit word ending before token end: the
// day next to the date that follows, or that date's week.
func (s *scan) dayAround(u unit, end int) (match, bool) {
	n := 0
	switch {
	case u == uDay && s.is(end, "after"):
		n = 1
	case u == uDay && s.is(end, "before"):
		n = -1
	case u == uWeek && s.is(end, "of"):
	default:
		return match{}, false
	}
	if end+1 >= len(s.toks) || !s.sameSent(end, end+1) {
		return match{}, false
	}
	var m match
	ok := false
	switch tk := &s.toks[end+1]; {
	case tk.lex == nil || !tk.cap:
	case tk.lex.class&(wMonth|wMonthAbbr) != 0:
		m, ok = s.monthDay(end + 1)
	case tk.lex.class&wWeekday != 0:
		m, ok = s.weekday(end + 1)
	default:
		m, ok = s.holiday(end + 1)
	}
	if !ok || m.typ != "DATE" || m.day.IsZero() {
		return match{}, false
	}
	if u == uWeek {
		return match{end: m.end, typ: "DATE", val: weekOf(m.day), rule: ruleTheWeekOf}, true
	}
	d := addDays(m.day, n)
	return match{end: m.end, typ: "DATE", val: dateOf(d), rule: ruleTheDayAround, note: s.w(end), day: d}, true
}

// isQuarterValue reports whether v is a quarter value: 2009-Q3.
func isQuarterValue(v string) bool {
	return len(v) == 7 && lex.IsDigits(v[:4]) && v[4:6] == "-Q" && v[6] >= '1' && v[6] <= '4'
}

// nthInARow matches "a second consecutive day", "the third straight
// session", "the fourth week in a row": the news day's day or week.
func (s *scan) nthInARow(i int) (match, bool) {
	if s.has(i, wUnit) {
		return s.bestSince(i)
	}
	j := i
	if s.is(j, "a", "the", "its", "their") {
		j++
	}
	if !s.has(j, wOrdinal) || s.toks[j].lex.ord < 2 {
		return match{}, false
	}
	j++
	streak := s.is(j, "straight", "consecutive", "successive")
	if streak {
		j++
	}
	u := uNone
	switch {
	case s.is(j, "day", "session"):
		u = uDay
	case s.is(j, "week"):
		u = uWeek
	default:
		return match{}, false
	}
	j++
	if !streak {
		if !(s.is(j, "in") && s.is(j+1, "a") && s.is(j+2, "row")) {
			return match{}, false
		}
	}
	if s.is(i, "a", "the", "its", "their") && !s.is(i, "a", "the") {
		i++ // keep "its"/"their" out of the text
	}
	v, _ := s.unitValue(u, s.newsDay, 0, s.hasRef)
	return match{end: j, typ: "DATE", val: v, rule: ruleNthInARow}, true
}

// bestSince matches the unit of "their best week since November", "its
// worst day since 1987": the news day's day, week, month or year, the one
// the record was set in. Only the unit is the expression.
func (s *scan) bestSince(i int) (match, bool) {
	tk := &s.toks[i]
	if tk.lex.class&wPlural != 0 || !s.in(i-1, superlatives) || !s.is(i+1, "since") {
		return match{}, false
	}
	switch u := tk.lex.unit; u {
	case uDay, uWeek, uMonth, uQuarter, uYear:
		v, _ := s.unitValue(u, s.newsDay, 0, s.hasRef)
		return match{end: i + 1, typ: "DATE", val: v, rule: ruleBestUnitSince}, true
	}
	return match{}, false
}

// podTrading matches "morning trading", "afternoon session" and "in the
// morning": a part of the news day.
func (s *scan) podTrading(i int) (match, bool) {
	j := i
	if s.is(j, "the") {
		if !s.is(j-1, "in", "during", "early", "late", "by") {
			return match{}, false
		}
		j++
	}
	pod, e := s.podAt(j)
	if pod == "" || pod == "NI" && j == i {
		return match{}, false
	}
	if j == i && !s.is(e, "trading", "session", "deals", "dealings", "hours") {
		return match{}, false
	}
	if j > i && s.is(e, "of", "after", "before") {
		return match{}, false // "the morning of the vote"
	}
	return match{end: e, typ: "TIME", val: s.dayOrX(s.newsDay) + "T" + pod, rule: rulePODNewsDay}, true
}

// yearAgo matches the adjectives "year-ago" and "year-earlier" ("the
// year-ago quarter"): last year.
func (s *scan) yearAgo(i int) (match, bool) {
	if !s.is(i, "year") || !s.isHyphen(i+1) || !s.glued(i) || !s.glued(i+1) || !s.is(i+2, "ago", "earlier") {
		return match{}, false
	}
	v, _ := s.unitValue(uYear, s.ref, -1, s.hasRef)
	m := match{end: i + 3, typ: "DATE", val: v, rule: ruleYearAgo}
	if q, ok := s.quarter(i + 3); ok && s.hasRef && (s.has(i+3, wOrdinal) || s.is(i+3, "fiscal", "final")) && len(q.val) > 4 && lex.IsDigits(q.val[:4]) {
		// "the year-earlier fourth quarter": that quarter, a year back
		y, _ := strconv.Atoi(q.val[:4])
		m = match{end: q.end, typ: "DATE", val: pad(y-1, 4) + q.val[4:], rule: ruleYearAgoQuarter}
	}
	return m, true
}
