package dates

import (
	"strconv"
	"strings"
	"time"

	"github.com/lede-project/lede/extractors/internal/lex"
)

// Relative dates: resolved against the reference date (today, last week,
// next year, Monday), or against the last day the text itself mentioned
// (the same day, the next year, that evening).

// weekday matches "Monday", "last Friday", "Thursday night", "Saturday,
// May 18" and, for plurals ("on Mondays"), a SET.
func (s *scan) weekday(i int) (match, bool) {
	j := i
	det := ""
	if s.is(j, "last", "next", "this", "coming", "past") {
		det = s.w(j)
		j++
	}
	tk := s.tok(j)
	if tk == nil || tk.lex == nil || tk.lex.class&wWeekday == 0 || !tk.cap {
		return match{}, false
	}
	wd := time.Weekday(tk.lex.val)
	n := strconv.Itoa(isoWeekday(wd))
	if tk.lex.class&wPlural != 0 {
		if det != "" {
			return match{}, false
		}
		return match{end: j + 1, typ: "SET", val: "XXXX-WXX-" + n, rule: ruleWeekdays}, true
	}
	j++
	if det == "" && s.in(j, recurringNouns) && s.sameSent(j-1, j) {
		// "end Saturday publication", "the Sunday edition": every such day
		return match{end: j, typ: "SET", val: "XXXX-WXX-" + n, rule: ruleWeekdayRecurring}, true
	}
	if det == "" {
		if m, ok := s.weekdayDate(j, wd); ok {
			return m, true
		}
	}
	if det == "" && s.hasRef {
		if m, ok := s.weekdayOf(i, j, wd); ok {
			return m, true
		}
	}
	m := match{end: j, typ: "DATE", val: "XXXX-WXX-" + n, rule: ruleWeekday}
	if s.hasRef {
		d := s.weekdayDay(i, j, det, wd, &m)
		m.val, m.day = dateOf(d), d
	}
	if pod, e := s.podAt(j); pod != "" {
		m.typ, m.val, m.end = "TIME", m.val+"T"+pod, e
		m.rule = m.rule.pod
	}
	return m, true
}

// weekdayDate matches the date written after weekday wd, from token j:
// "Saturday, May 18", "Friday 6 December". The date fixes the day.
func (s *scan) weekdayDate(j int, wd time.Weekday) (match, bool) {
	k := j
	if s.punct(k, ",") {
		k++
	}
	if !s.sameSent(j-1, k) {
		return match{}, false
	}
	s.wantWD = wd
	defer func() { s.wantWD = -1 }()
	m, ok := s.monthDay(k)
	if !ok {
		s.wantWD = wd
		m, ok = s.dayMonth(k)
	}
	if ok {
		m.rule = ruleWeekdayDate
	}
	return m, ok
}

// weekdayDay resolves weekday wd over tokens [i, j) against the
// publication date: "last"/"next"/"this" (det) say which week; a bare
// weekday is the last one unless the clause looks ahead. It sets m's rule
// and direction.
func (s *scan) weekdayDay(i, j int, det string, wd time.Weekday, m *match) time.Time {
	switch det {
	case "last", "past":
		m.dir = "past: " + strconv.Quote(det)
		return weekdayFrom(s.ref, wd, -1, true)
	case "next", "coming":
		m.dir = "future: " + strconv.Quote(det)
		return weekdayFrom(s.ref, wd, 1, true)
	case "this":
		m.dir = `this week: "this"`
		return addDays(s.ref, isoWeekday(wd)-isoWeekday(s.ref.Weekday()))
	}
	dir := s.weekdayDir(i, j, m)
	m.rule = ruleWeekdayPast
	if dir > 0 {
		m.rule = ruleWeekdayFuture
	}
	return weekdayFrom(s.ref, wd, dir, false)
}

// weekdayDir decides whether a bare weekday over tokens [i, j) is the last
// such day (-1) or the next (+1), from the verb of its clause, and notes
// the cue in m.dir.
func (s *scan) weekdayDir(i, j int, m *match) int {
	if s.is(i-1, "until", "till") {
		// "closed until Friday", "has continued ... until Friday":
		// the word before "until" is usually a participle, so the
		// tense comes from further left; only a simple past points back
		tn, k := s.verbLeft(i-2, tenseWindow)
		dir := -1
		if tn != tPast {
			dir = 1
		}
		m.dir = s.dirLine(dir, tn, k) + ` after "until"`
		return dir
	}
	dir := -1
	tn, k := s.verbAround(i, j)
	switch tn {
	case tFuture:
		dir = 1
	case tPresent:
		// "the committee meets Tuesday", "the talks begin
		// Monday": news present of a weekday is a schedule, but
		// only for a verb just before it ("arrives in Tokyo on
		// Friday") or the verb the parse says it modifies; further
		// off, it is often another clause's
		if s.is(i-1, "by") || (k < i && (i-k <= 4 || i-k <= 7 && s.is(i-1, "on") && s.nextVerbFar(j)) || s.parsedVerb(i, j, k)) && !s.reporting(k) {
			dir = 1
		}
	case tNone, tPerfect:
		if s.is(i-1, "by") {
			dir = 1
		}
	}
	m.dir = s.dirLine(dir, tn, k) + s.parseNote(i, j, k)
	return dir
}

// weekdayOf matches what fixes weekday wd's week or month right after it
// (token j): "Friday next week", "Monday last week", and "Friday the 13th",
// the nearest such day before the reference date (after it when the verb
// looks ahead).
func (s *scan) weekdayOf(i, j int, wd time.Weekday) (match, bool) {
	if !s.sameSent(j-1, j) {
		return match{}, false
	}
	if s.is(j, "next", "last", "this") && s.is(j+1, "week") && s.sameSent(j, j+1) {
		off := 0
		switch s.w(j) {
		case "next":
			off = 7
		case "last":
			off = -7
		}
		d := addDays(s.ref, off+isoWeekday(wd)-isoWeekday(s.ref.Weekday()))
		return match{end: j + 2, typ: "DATE", val: dateOf(d), rule: ruleWeekdayRelWeek, day: d}, true
	}
	if !s.is(j, "the") {
		return match{}, false
	}
	d, e := s.dayAt(j + 1)
	if d < 1 || d > 31 || !s.has(j+1, wOrdinal) && !strings.HasSuffix(strings.ToLower(s.raw(e-1)), "th") {
		return match{}, false
	}
	step := -1
	if tn, _ := s.verbAround(i, e); tn == tFuture {
		step = 1
	}
	y, mo := s.ref.Year(), int(s.ref.Month())
	for k := 0; k < 28; k++ {
		if validDay(y, mo, d) {
			t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
			if t.Weekday() == wd && (step < 0 && !t.After(s.ref) || step > 0 && !t.Before(s.ref)) {
				return match{end: e, typ: "DATE", val: dateOf(t), rule: ruleWeekdayTheNth, day: t}, true
			}
		}
		mo += step
		if mo < 1 {
			y, mo = y-1, 12
		} else if mo > 12 {
			y, mo = y+1, 1
		}
	}
	return match{}, false
}

// podAt returns the TIMEX3 part-of-day code at token j ("MO" for
// "morning") and the token after it, or "".
func (s *scan) podAt(j int) (string, int) {
	if s.has(j, wPOD) && !s.has(j, wPlural) {
		return s.toks[j].lex.pod, j + 1
	}
	return "", j
}

// dayOrX writes a resolved day, or the unknown day when there is no
// reference date.
func (s *scan) dayOrX(d time.Time) string {
	if !s.hasRef {
		return "XXXX-XX-XX"
	}
	return dateOf(d)
}

// relDay matches today, tonight, yesterday, tomorrow, with an optional part
// of day ("yesterday morning"), and "the day before yesterday".
func (s *scan) relDay(i int) (match, bool) {
	j, off := i, 0
	switch s.w(i) {
	case "today":
		if s.midCap(i) {
			return match{}, false // "USA Today"
		}
		if s.isApos(i+1) && s.glued(i) && s.glued(i+1) && s.is(i+2, "s") && s.nowadays(i+3) {
			return match{end: i + 1, typ: "DATE", val: "PRESENT_REF", rule: ruleTodayNowadays}, true
		}
		if s.todayContrast(i) {
			return match{end: i + 1, typ: "DATE", val: "PRESENT_REF", rule: ruleTodayContrast}, true
		}
	case "tonight":
		d := addDays(s.ref, 0)
		return match{end: i + 1, typ: "TIME", val: s.dayOrX(d) + "TNI", rule: ruleTonight, day: d}, true
	case "yesterday":
		off = -1
	case "tomorrow":
		off = 1
	case "the":
		if s.is(i+1, "day") && s.is(i+2, "before") && s.is(i+3, "yesterday") {
			off, j = -2, i+3
		} else if s.is(i+1, "day") && s.is(i+2, "after") && s.is(i+3, "tomorrow") {
			off, j = 2, i+3
		} else {
			return match{}, false
		}
	default:
		return match{}, false
	}
	d := addDays(s.ref, off)
	rule := ruleToday
	switch {
	case off < 0:
		rule = ruleYesterday
	case off > 0:
		rule = ruleTomorrow
	case s.speakerToday(i):
		d, rule = s.newsDay, ruleTodaySpeaker
	}
	m := match{end: j + 1, typ: "DATE", val: s.dayOrX(d), rule: rule}
	if s.hasRef {
		m.day = d
	}
	if pod, e := s.podAt(j + 1); pod != "" {
		m.typ, m.val, m.end, m.rule = "TIME", m.val+"T"+pod, e, m.rule.pod
	}
	return m, true
}

// unitValue resolves a calendar unit at day d shifted by n units: the week,
// month, year... that contains it. ok is false for units that are not
// calendar periods.
func (s *scan) unitValue(u unit, d time.Time, n int, known bool) (string, bool) {
	if n > 5000 || n < -5000 || d.Year()+n < 0 || d.Year()+n > 9999 {
		known = false // "a million years ago": no calendar value
	}
	switch u {
	case uDay:
		if !known {
			return "XXXX-XX-XX", true
		}
		return dateOf(addDays(d, n)), true
	case uWeek:
		if !known {
			return "XXXX-WXX", true
		}
		return weekOf(addDays(d, 7*n)), true
	case uWeekend:
		if !known {
			return "XXXX-WXX-WE", true
		}
		return weekOf(addDays(d, 7*n)) + "-WE", true
	case uMonth:
		if !known {
			return "XXXX-XX", true
		}
		f := time.Date(d.Year(), d.Month()+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
		return monthValue(f.Year(), int(f.Month())), true
	case uQuarter:
		if !known {
			return "XXXX-QX", true
		}
		q := d.Year()*4 + (int(d.Month())-1)/3 + n
		return quarterValue(q/4, q%4+1), true
	case uYear:
		if !known {
			return "XXXX", true
		}
		return pad(d.Year()+n, 4), true
	case uDecade:
		if !known {
			return "XXX", true
		}
		return strconv.Itoa(d.Year()/10 + n), true
	case uCentury:
		if !known {
			return "XX", true
		}
		return pad(d.Year()/100+n, 2), true
	}
	return "", false
}

// relUnit matches "this week", "last month", "next year", "this weekend",
// "last quarter", "last November", "this past week".
func (s *scan) relUnit(i int) (match, bool) {
	if s.is(i, "this") && s.is(i+1, "time") && s.is(i+2, "last", "next") && s.is(i+3, "year") {
		// "this time last year": the reference day, a year off
		n := 1
		if s.is(i+2, "last") {
			n = -1
		}
		m := match{end: i + 4, typ: "DATE", val: "XXXX-XX-XX", rule: ruleThisTimeYear}
		if s.hasRef {
			m.day = s.ref.AddDate(n, 0, 0)
			m.val = dateOf(m.day)
		}
		return m, true
	}
	j := i
	n := 0
	switch s.w(j) {
	case "this", "current":
		if s.is(j+1, "past") {
			n, j = -1, j+1
		} else if s.is(j+1, "coming") {
			n, j = 1, j+1
		}
	case "last":
		n = -1
	case "next":
		n = 1
	default:
		return match{}, false
	}
	j++
	if s.is(j, "fiscal") && s.is(j+1, "year", "quarter") {
		j++ // "last fiscal year": calendar notation
	}
	tk := s.tok(j)
	if tk == nil || tk.lex == nil {
		return match{}, false
	}
	if tk.lex.class&wMonth != 0 && tk.cap {
		m := tk.lex.val
		y := -1
		if s.hasRef {
			y = s.ref.Year()
			rm := int(s.ref.Month())
			switch {
			case n < 0 && m >= rm:
				y--
			case n > 0 && m <= rm:
				y++
			}
		}
		if d, k := s.dayAt(j + 1); d > 0 && s.sameSent(j, j+1) && validDay(y, m, d) && !s.amountWord(k) {
			// "next June 30", "last Dec. 15"
			mt := match{end: k, typ: "DATE", val: dayValue(y, m, d), rule: ruleRelMonthDay}
			if y >= 0 {
				mt.day = time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
			}
			return mt, true
		}
		return match{end: j + 1, typ: "DATE", val: monthValue(y, m), rule: ruleRelMonth}, true
	}
	if tk.lex.class&wUnit == 0 || tk.lex.class&wPlural != 0 {
		return match{}, false
	}
	v, ok := s.unitValue(tk.lex.unit, s.ref, n, s.hasRef)
	if !ok || tk.lex.unit == uDay {
		return match{}, false
	}
	return match{end: j + 1, typ: "DATE", val: v, rule: ruleRelUnit}, true
}

// ago matches "two years ago", "a week ago", "years ago", "two years from
// now", and the counts from another time: "a year earlier", "two days
// earlier", "a week from Friday".
func (s *scan) ago(i int) (match, bool) {
	q, e, ok := s.quantity(i)
	if !ok {
		if !s.has(i, wUnit) || !s.has(i, wPlural) {
			return match{}, false
		}
		q, e = -1, i
	}
	u, ue, ok := s.unitAt(e, q)
	if ok {
		if m, ok := s.countedFrom(q, u, ue); ok {
			return m, true
		}
	}
	// sign -1: "two years ago"; +1: "two years from now", "a year hence"
	sign, tail, rule := -1, 1, ruleAgo
	switch {
	case ok && s.is(ue, "from") && s.is(ue+1, "now", "today"):
		sign, tail, rule = 1, 2, ruleFromNow
	case ok && s.is(ue, "hence"):
		sign, rule = 1, ruleHence
	case !ok || !s.is(ue, "ago"):
		if q < 0 && s.has(i, wUnit) && s.is(i+1, "ago") {
			u, ue = s.toks[i].lex.unit, i+1
		} else {
			return match{}, false
		}
	}
	m := match{end: ue + tail, typ: "DATE", rule: rule}
	if q < 0 || q != float64(int(q)) {
		m.val = "PAST_REF"
		if sign > 0 {
			m.val = "FUTURE_REF"
		}
		return m, true
	}
	if q > 100000 {
		return match{}, false
	}
	v, ok := s.agoValue(u, sign*int(q))
	m.val = v
	return m, ok
}

// countedFrom matches count q of unit u (ending before token ue) counted
// from a time other than now: "a year earlier" (the year the text is on),
// "two days earlier" (the text's date), "a week from Friday" (that day).
func (s *scan) countedFrom(q float64, u unit, ue int) (match, bool) {
	whole := q > 0 && q == float64(int(q))
	if whole && s.is(ue, "earlier", "before") && (u == uYear || u == uDecade) {
		// "a year earlier": counted back from the year the text is on
		n := int(q)
		if u == uDecade {
			n *= 10
		}
		if s.anchorYear <= 0 || n >= s.anchorYear {
			return match{end: ue + 1, typ: "DATE", val: "XXXX", rule: ruleYearsEarlier}, true
		}
		return match{end: ue + 1, typ: "DATE", val: pad(s.anchorYear-n, 4), rule: ruleYearsEarlier}, true
	}
	if whole && s.is(ue, "earlier") && !s.is(ue+1, "than") && q <= 1000 && (u == uDay || u == uWeek || u == uMonth) {
		return s.unitsEarlier(int(q), u, ue+1), true
	}
	if whole && s.is(ue, "from") && (u == uDay || u == uWeek) && q <= 100 && s.has(ue+1, wWeekday) {
		// "a week from Friday": counted on from that day
		if w, wok := s.weekday(ue + 1); wok && w.typ == "DATE" && !w.day.IsZero() {
			n := int(q)
			if u == uWeek {
				n *= 7
			}
			d := addDays(w.day, n)
			return match{end: w.end, typ: "DATE", val: dateOf(d), rule: ruleFromDay, day: d, dir: w.dir}, true
		}
	}
	return match{}, false
}

// agoValue is the calendar value n units u from the publication date: the
// day for seconds to weeks, else the month, quarter or year.
func (s *scan) agoValue(u unit, n int) (string, bool) {
	switch u {
	case uSecond, uMinute, uHour:
		return s.dayOrX(s.ref), true
	case uDay:
		return s.dayOrX(addDays(s.ref, n)), true
	case uWeek:
		return s.dayOrX(addDays(s.ref, 7*n)), true
	case uFortnight:
		return s.dayOrX(addDays(s.ref, 14*n)), true
	case uMonth, uQuarter, uYear:
		v, _ := s.unitValue(u, s.ref, n, s.hasRef)
		return v, true
	case uDecade:
		v, _ := s.unitValue(uYear, s.ref, 10*n, s.hasRef)
		return v, true
	case uCentury:
		v, _ := s.unitValue(uYear, s.ref, 100*n, s.hasRef)
		return v, true
	}
	return "", false
}

// amountWord reports whether token i makes the number before it an amount:
// "last May 5 percent", "next June 30 points".
func (s *scan) amountWord(i int) bool {
	if r := s.raw(i); r == "%" || s.has(i, wUnit) {
		return true
	}
	return s.in(i, countNouns) || s.in(i, magnitudes)
}

// unitsEarlier resolves "a day earlier", "two weeks earlier" and "a month
// earlier" (n units, the phrase ending before token end): a date counted
// back from the time the text is on, the day it last named ("arrested
// Tuesday; two days earlier...") or the month it last named ("in
// September, up from a month earlier"), else the reference date.
func (s *scan) unitsEarlier(n int, u unit, end int) match {
	m := match{end: end, typ: "DATE", rule: ruleUnitsEarlier}
	base, known := s.ref, s.hasRef
	if s.hasAnchor {
		base, known = s.anchor, true
	}
	switch u {
	case uDay, uWeek:
		m.val, _ = s.unitValue(u, base, -n, known)
	default:
		if y, mo, ok := monthOf(s.lastValue); ok {
			base, known = time.Date(y, time.Month(mo), 1, 0, 0, 0, 0, time.UTC), true
		}
		m.val, _ = s.unitValue(uMonth, base, -n, known)
	}
	return m
}

// monthOf reads the year and month of a value that names a month or a day
// in it: 2019-09, 2019-09-30.
func monthOf(v string) (y, m int, ok bool) {
	if len(v) < 7 || !lex.IsDigits(v[:4]) || v[4] != '-' || !lex.IsDigits(v[5:7]) || len(v) > 7 && v[7] != '-' {
		return 0, 0, false
	}
	y, _ = strconv.Atoi(v[:4])
	m, _ = strconv.Atoi(v[5:7])
	return y, m, m >= 1 && m <= 12
}
