package dates

import "time"

// Parts of a named month counted from its start or end: "the last week of
// March", "the first week of June 2019", "the last day of February"; and a
// day of the month on its own: "on the 15th".

// monthPart matches, from token j (the word after "the"), "first/second/
// .../last/final week/day of" and a month, with or without a year. A week
// belongs to the month that holds its Thursday, as ISO 8601 weeks belong to
// years: "the last week of March" 2009 is 2009-W13 (March 23-29), because
// the week of March 30 has its Thursday in April.
func (s *scan) monthPart(j int) (match, bool) {
	nth := 0
	switch {
	case s.is(j, "last", "final"):
		nth = -1
	case s.has(j, wOrdinal) && s.toks[j].lex.ord >= 1 && s.toks[j].lex.ord <= 5:
		nth = s.toks[j].lex.ord
	default:
		return match{}, false
	}
	u := uNone
	switch {
	case s.is(j+1, "week"):
		u = uWeek
	case s.is(j+1, "day"):
		u = uDay
	default:
		return match{}, false
	}
	if !s.is(j+2, "of") || s.tok(j+3) == nil {
		return match{}, false
	}
	mm, ok := s.monthYear(j + 3)
	if !ok {
		if mm, ok = s.bareMonth(j + 3); !ok {
			return match{}, false
		}
	}
	// mm.val is YYYY-MM or XXXX-MM
	m := int(mm.val[5]-'0')*10 + int(mm.val[6]-'0')
	y := -1
	if mm.val[0] != 'X' {
		y = int(mm.val[0]-'0')*1000 + int(mm.val[1]-'0')*100 + int(mm.val[2]-'0')*10 + int(mm.val[3]-'0')
	}
	if u == uDay {
		return s.monthPartDay(y, m, nth, mm.end)
	}
	if y < 0 {
		return match{end: mm.end, typ: "DATE", val: "XXXX-WXX", rule: ruleWeekOfMonth}, true
	}
	first := time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC)
	thu := addDays(first, (int(time.Thursday)-int(first.Weekday())+7)%7)
	last := thu
	for addDays(last, 7).Month() == first.Month() {
		last = addDays(last, 7)
	}
	d := last
	if nth > 0 {
		d = addDays(thu, 7*(nth-1))
		if d.Month() != first.Month() {
			return match{}, false // "the fifth week of February"
		}
	}
	return match{end: mm.end, typ: "DATE", val: weekOf(d), rule: ruleWeekOfMonth}, true
}

// monthPartDay writes the nth day of month m of year y (y < 0: unknown);
// nth -1 is the last day.
func (s *scan) monthPartDay(y, m, nth, end int) (match, bool) {
	d := nth
	if nth < 0 {
		if y < 0 && m == 2 {
			return match{end: end, typ: "DATE", val: "XXXX-02-XX", rule: ruleDayOfMonth}, true
		}
		yy := y
		if yy < 0 {
			yy = 2001 // any year: only February's length depends on it
		}
		d = daysIn(yy, m)
	}
	mt := match{end: end, typ: "DATE", val: dayValue(y, m, d), rule: ruleDayOfMonth}
	if y >= 0 {
		mt.day = time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	}
	return mt, true
}

// theDay matches "the 15th" after a preposition ("on the 15th", "by the
// 3rd."): a day of the reference month, or of the month before when a
// past-tense clause puts it after the reference date, or of the month after
// when a future one puts it before. j is the token after "the"; the day
// must end the phrase, so "the 15th century", "the 15th floor" and "the 15th
// of March" (dayMonth) are left alone.
func (s *scan) theDay(i, j int) (match, bool) {
	if !s.is(i-1, "on", "by", "until", "till", "since", "before", "after") {
		return match{}, false
	}
	d, e := s.dayAt(j)
	if d < 0 || e != j+2 { // the ordinal suffix is required: "on the 15"
		return match{}, false
	}
	if n := s.tok(e); n != nil && s.sameSent(e-1, e) && n.kind != kPunct && !s.is(e, "and", "or") {
		return match{}, false
	}
	if s.punct(e, "-") || s.punct(e, "%") {
		return match{}, false
	}
	if !s.hasRef {
		return match{end: e, typ: "DATE", val: "XXXX-XX-" + pad(d, 2), rule: ruleTheNthDay}, true
	}
	y, m := s.ref.Year(), int(s.ref.Month())
	switch tn := s.tenseAround(i, e); {
	case (tn == tPast || tn == tPerfect) && d > s.ref.Day():
		m--
	case tn == tFuture && d < s.ref.Day():
		m++
	}
	t := time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC)
	if d > daysIn(t.Year(), int(t.Month())) {
		return match{}, false
	}
	t = time.Date(t.Year(), t.Month(), d, 0, 0, 0, 0, time.UTC)
	return match{end: e, typ: "DATE", val: dateOf(t), rule: ruleTheNthDay, day: t}, true
}
