package extractors

import (
	"strconv"
	"time"
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
		return match{end: j + 1, typ: "SET", val: "XXXX-WXX-" + n, rule: "weekdays"}, true
	}
	j++
	// "Saturday, May 18": the date fixes the day.
	k := j
	if s.punct(k, ",") {
		k++
	}
	if det == "" && s.sameSent(j-1, k) {
		if m, ok := s.monthDay(k); ok {
			m.rule = "weekday-date"
			return m, true
		}
		if m, ok := s.dayMonth(k); ok {
			m.rule = "weekday-date"
			return m, true
		}
	}
	m := match{end: j, typ: "DATE", val: "XXXX-WXX-" + n, rule: "weekday"}
	if s.hasRef {
		var d time.Time
		switch det {
		case "last", "past":
			d = weekdayFrom(s.ref, wd, -1, true)
		case "next", "coming":
			d = weekdayFrom(s.ref, wd, 1, true)
		case "this":
			d = addDays(s.ref, isoWeekday(wd)-isoWeekday(s.ref.Weekday()))
		default:
			dir := -1
			if s.is(i-1, "until", "till") {
				// "closed until Friday", "has continued ... until Friday":
				// the word before "until" is usually a participle, so the
				// tense comes from further left; only a simple past points back
				if s.tenseLeft(i-2, tenseWindow) != tPast {
					dir = 1
				}
			} else {
				switch s.tenseAround(i, j) {
				case tFuture:
					dir = 1
				case tNone, tPerfect, tPresent:
					if s.is(i-1, "by") {
						dir = 1
					}
				}
			}
			d = weekdayFrom(s.ref, wd, dir, false)
			m.rule = "weekday-past"
			if dir > 0 {
				m.rule = "weekday-future"
			}
		}
		m.val, m.day = dateOf(d), d
	}
	if pod, e := s.podAt(j); pod != "" {
		m.typ, m.val, m.end = "TIME", m.val+"T"+pod, e
		m.rule += "-pod"
	}
	return m, true
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
	case "tonight":
		d := addDays(s.ref, 0)
		return match{end: i + 1, typ: "TIME", val: s.dayOrX(d) + "TNI", rule: "tonight", day: d}, true
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
	m := match{end: j + 1, typ: "DATE", val: s.dayOrX(d), rule: s.w(j)}
	if s.hasRef {
		m.day = d
	}
	if pod, e := s.podAt(j + 1); pod != "" {
		m.typ, m.val, m.end, m.rule = "TIME", m.val+"T"+pod, e, m.rule+"-pod"
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
		return match{end: j + 1, typ: "DATE", val: monthValue(y, m), rule: "rel-month"}, true
	}
	if tk.lex.class&wUnit == 0 || tk.lex.class&wPlural != 0 {
		return match{}, false
	}
	v, ok := s.unitValue(tk.lex.unit, s.ref, n, s.hasRef)
	if !ok || tk.lex.unit == uDay {
		return match{}, false
	}
	return match{end: j + 1, typ: "DATE", val: v, rule: "rel-unit"}, true
}

// ago matches "two years ago", "a week ago", "years ago".
func (s *scan) ago(i int) (match, bool) {
	q, e, ok := s.quantity(i)
	if !ok {
		if !s.has(i, wUnit) || !s.has(i, wPlural) {
			return match{}, false
		}
		q, e = -1, i
	}
	u, ue, ok := s.unitAt(e, q)
	if ok && s.is(ue, "earlier", "before") && q > 0 && q == float64(int(q)) && (u == uYear || u == uDecade) {
		// "a year earlier": counted back from the year the text is on
		n := int(q)
		if u == uDecade {
			n *= 10
		}
		if s.anchorYear <= 0 || n >= s.anchorYear {
			return match{end: ue + 1, typ: "DATE", val: "XXXX", rule: "n-years-earlier"}, true
		}
		return match{end: ue + 1, typ: "DATE", val: pad(s.anchorYear-n, 4), rule: "n-years-earlier"}, true
	}
	if !ok || !s.is(ue, "ago") {
		if q < 0 && s.has(i, wUnit) && s.is(i+1, "ago") {
			u, ue = s.toks[i].lex.unit, i+1
		} else {
			return match{}, false
		}
	}
	m := match{end: ue + 1, typ: "DATE", rule: "ago"}
	if q < 0 || q != float64(int(q)) {
		m.val = "PAST_REF"
		return m, true
	}
	if q > 100000 {
		return match{}, false
	}
	n := int(q)
	switch u {
	case uSecond, uMinute, uHour:
		m.val = s.dayOrX(s.ref)
	case uDay:
		m.val = s.dayOrX(addDays(s.ref, -n))
	case uWeek, uFortnight:
		if u == uFortnight {
			n *= 2
		}
		m.val = s.dayOrX(addDays(s.ref, -7*n))
	case uMonth:
		m.val, _ = s.unitValue(uMonth, s.ref, -n, s.hasRef)
	case uQuarter:
		m.val, _ = s.unitValue(uQuarter, s.ref, -n, s.hasRef)
	case uYear:
		m.val, _ = s.unitValue(uYear, s.ref, -n, s.hasRef)
	case uDecade:
		m.val, _ = s.unitValue(uYear, s.ref, -10*n, s.hasRef)
	case uCentury:
		m.val, _ = s.unitValue(uYear, s.ref, -100*n, s.hasRef)
	default:
		return match{}, false
	}
	return m, true
}

// refWords matches the TIMEX3 reference points: now, currently, these days
// (PRESENT_REF); recently, the past (PAST_REF); the future, the near future,
// sometime soon (FUTURE_REF).
func (s *scan) refWords(i int) (match, bool) {
	ref := func(end int, v string) (match, bool) {
		return match{end: end, typ: "DATE", val: v, rule: "ref"}, true
	}
	switch s.w(i) {
	case "now", "currently", "nowadays", "presently":
		return ref(i+1, "PRESENT_REF")
	case "right":
		if s.is(i+1, "now") {
			return ref(i+2, "PRESENT_REF")
		}
	case "these":
		if s.is(i+1, "days") {
			return ref(i+2, "PRESENT_REF")
		}
	case "present":
		if s.is(i-1, "at") {
			return ref(i+1, "PRESENT_REF")
		}
	case "recently":
		return ref(i+1, "PAST_REF")
	case "more":
		if s.is(i+1, "recently") {
			return ref(i+2, "PAST_REF")
		}
	case "sometime", "very":
		if s.is(i+1, "soon") {
			return ref(i+2, "FUTURE_REF")
		}
	case "current":
		// "current" alone (the current crisis); "the current year" is a
		// calendar unit
		if !s.has(i+1, wUnit) && !s.has(i+1, wSeason) && s.tok(i+1) != nil && s.toks[i+1].kind == kWord {
			return ref(i+1, "PRESENT_REF")
		}
	case "the":
		j := i + 1
		switch s.w(j) {
		case "time":
			if s.is(j+1, "being") {
				return ref(j+2, "PRESENT_REF")
			}
		case "past":
			if _, _, q := s.quantity(j + 1); !q && !s.has(j+1, wUnit) && !s.has(j+1, wVague) {
				return ref(j+1, "PAST_REF")
			}
		case "future":
			return ref(j+1, "FUTURE_REF")
		case "near", "distant", "foreseeable", "immediate", "recent", "long", "short":
			switch s.w(j + 1) {
			case "future":
				return ref(j+2, "FUTURE_REF")
			case "past":
				return ref(j+2, "PAST_REF")
			case "term":
				return ref(j+2, "FUTURE_REF")
			}
		}
	}
	return match{}, false
}
