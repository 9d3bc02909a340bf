package extractors

import (
	"strconv"
	"time"
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
			return match{end: e, typ: "TIME", val: s.dayOrX(d) + "T" + pod, rule: det + "-pod"}, true
		}
		if det == "that" && s.has(j+1, wUnit) && !s.has(j+1, wPlural) {
			v, ok := s.unitValue(s.toks[j+1].lex.unit, s.anchor, 0, s.hasRef || s.hasAnchor)
			if !ok || s.is(j+2, "of", "when", "in") {
				return match{}, false
			}
			return match{end: j + 2, typ: "DATE", val: v, rule: "that-unit"}, true
		}
	}
	return match{}, false
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
	if len(v) < 4 || !isDigits(v[:4]) {
		return match{}, false
	}
	y, _ := strconv.Atoi(v[:4])
	return match{end: k, typ: "DATE", val: pad(y-1, 4) + v[4:], rule: "same-period-year-ago"}, true
}

// theX handles the phrases after "the" at token j (i is the phrase start).
func (s *scan) theX(i, j int) (match, bool) {
	if m, ok := s.samePeriod(i, j); ok {
		return m, true
	}
	// "the year before", "the year previous"
	if s.is(j, "year") && s.is(j+1, "before", "earlier", "previous", "prior") && s.anchorYear > 0 {
		if n := s.tok(j + 2); n == nil || n.kind == kPunct || !s.sameSent(j+1, j+2) {
			return match{end: j + 2, typ: "DATE", val: pad(s.anchorYear-1, 4), rule: "the-year-before"}, true
		}
	}
	adj := ""
	if s.is(j, "same", "previous", "prior", "following", "next", "past", "last", "coming", "current", "entire", "whole", "recent", "preceding") {
		adj = s.w(j)
		j++
	}
	// "the past nine days", "the next few weeks", "the coming weeks"
	if adj == "past" || adj == "next" || adj == "last" || adj == "coming" || adj == "following" || adj == "previous" || adj == "recent" {
		if q, e, ok := s.quantity(j); ok {
			e = s.skipAdjectives(e)
			if u, ue, ok := s.unitAt(e, q); ok && !(q == 1 && s.toks[j].low == "a") {
				return match{end: ue, typ: "DURATION", val: durationValue(q, u), rule: "the-" + adj + "-n-units"}, true
			}
		}
		if s.has(j, wUnit) && s.has(j, wPlural) && s.toks[j].lex.unit != uWeekend {
			return match{end: j + 1, typ: "DURATION", val: durationValue(-1, s.toks[j].lex.unit), rule: "the-" + adj + "-units"}, true
		}
	}
	tk := s.tok(j)
	if tk == nil || tk.lex == nil || tk.lex.class&wUnit == 0 {
		return match{}, false
	}
	u := tk.lex.unit
	if s.isHyphen(j+1) && s.glued(j) {
		return match{}, false // "the year-ago quarter", "the day-long talks"
	}
	if tk.lex.class&wPlural != 0 {
		if adj == "" && (u == uYear || u == uDecade) {
			return match{end: j + 1, typ: "DURATION", val: "PXY", rule: "the-years"}, true
		}
		return match{}, false
	}
	end := j + 1
	known := s.hasRef
	switch adj {
	case "past":
		return match{end: end, typ: "DURATION", val: durationValue(1, u), rule: "the-past-unit"}, true
	case "next", "coming", "following", "last", "previous", "prior", "preceding":
		if u == uDecade {
			return match{end: end, typ: "DURATION", val: "P10Y", rule: "the-" + adj + "-decade"}, true
		}
	}
	if u != uWeekend && (s.is(end, "of", "that", "when", "in", "which") || adj == "" && s.is(end, "he", "she", "they", "we", "it", "i", "you")) {
		return match{}, false // "the day of the vote", "the year he died"
	}
	base, n := s.ref, 0
	switch adj {
	case "", "current", "entire", "whole":
		if u == uDay {
			base = s.newsDay
		}
		if u == uWeekend && s.hasRef {
			wd := s.ref.Weekday()
			if wd != time.Saturday && wd != time.Sunday && s.tenseAround(i, end) != tFuture {
				n = -1
			}
		}
		if adj == "" && (u == uDecade || u == uCentury || u == uQuarter) {
			return match{}, false
		}
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
	case "coming":
		n = 1
	default:
		return match{}, false
	}
	v, ok := s.unitValue(u, base, n, known)
	if !ok {
		return match{}, false
	}
	m := match{end: end, typ: "DATE", val: v, rule: "the-" + adj + "-unit"}
	if adj == "" {
		m.rule = "the-unit"
	}
	return m, true
}

// nthInARow matches "a second consecutive day", "the third straight
// session", "the fourth week in a row": the news day's day or week.
func (s *scan) nthInARow(i int) (match, bool) {
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
	return match{end: j, typ: "DATE", val: v, rule: "nth-in-a-row"}, true
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
	return match{end: e, typ: "TIME", val: s.dayOrX(s.newsDay) + "T" + pod, rule: "pod-news-day"}, true
}

// yearAgo matches the adjectives "year-ago" and "year-earlier" ("the
// year-ago quarter"): last year.
func (s *scan) yearAgo(i int) (match, bool) {
	if !s.is(i, "year") || !s.isHyphen(i+1) || !s.glued(i) || !s.glued(i+1) || !s.is(i+2, "ago", "earlier") {
		return match{}, false
	}
	v, _ := s.unitValue(uYear, s.ref, -1, s.hasRef)
	return match{end: i + 3, typ: "DATE", val: v, rule: "year-ago"}, true
}
