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
		if s.anchorYear <= 0 {
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
