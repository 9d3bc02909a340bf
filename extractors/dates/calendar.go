package dates

import (
	"strconv"
	"time"
)

// Named parts of the calendar: quarters and halves (calendar or fiscal),
// fiscal years, seasons and holidays.

// yearRef reads a year phrase at token j: "2019", "this year", "last year",
// "next year", "the year". It returns the year (-1 when unknown without a
// reference date) and the token after the phrase, or ok false.
func (s *scan) yearRef(j int) (y, end int, ok bool) {
	if y, e := s.yearAt(j); y > 0 {
		return y, e, true
	}
	if !s.is(j+1, "year") {
		return 0, j, false
	}
	off := 0
	switch s.w(j) {
	case "this", "the":
	case "last", "previous":
		off = -1
	case "next":
		off = 1
	default:
		return 0, j, false
	}
	if !s.hasRef {
		return -1, j + 2, true
	}
	return s.ref.Year() + off, j + 2, true
}

// quarter matches "the third quarter", "third-quarter", "the first quarter
// of 2009", "Q3 2019", "the first half of 2019", "H1".
func (s *scan) quarter(i int) (match, bool) {
	j := i
	if s.is(j, "the") {
		j++
	}
	if s.is(j, "fiscal") {
		j++
	}
	q, half := 0, false
	switch {
	case (s.is(j, "q") || s.is(j, "h")) && s.glued(j):
		n, nd := s.num(j + 1)
		if nd != 1 || n < 1 || n > 4 || !s.toks[j].cap || (s.is(j, "h") && n > 2) {
			return match{}, false
		}
		q, half, j = n, s.is(j, "h"), j+2
		if s.glued(j - 1) {
			if tk := s.tok(j); tk != nil && tk.kind != kPunct {
				return match{}, false // "Q3x", "H2O"
			}
		}
	case s.has(j, wOrdinal) || s.is(j, "final"):
		n := 4
		if s.has(j, wOrdinal) {
			n = s.toks[j].lex.ord
		}
		j++
		if s.isHyphen(j) && s.glued(j-1) && s.glued(j) {
			j++
		} else if s.is(j, "fiscal") {
			j++
		}
		switch {
		case s.is(j, "quarter") && n <= 4:
			q = n
		case s.is(j, "half") && n <= 2:
			q, half = n, true
		default:
			return match{}, false
		}
		j++
	default:
		return match{}, false
	}
	y, e, fixed := -1, j, false
	k := j
	if s.is(k, "of") {
		k++
	}
	if s.is(k, "fiscal") {
		k++
		if s.is(k, "year") {
			k++
		}
	}
	if yy, ee, ok := s.yearRef(k); ok && (k > j || yy > 0 && s.toks[k].kind == kNum || s.is(k, "last", "this", "next") && !s.sportsSentence(i)) {
		y, e = yy, ee // "the first quarter of 2009", "the third quarter last year"
		fixed = s.toks[k].kind == kNum
	} else if s.is(j, "a", "one") && s.is(j+1, "year") && s.is(j+2, "ago", "earlier") && s.hasRef {
		// "the third quarter a year ago": that quarter of the year before
		qq := q
		if half {
			qq = 2 * q
		}
		y, e = inferQuarterYear(s.ref, qq, s.tenseAround(i, j))-1, j+3
	} else if s.sportsSentence(i) || half && !s.businessSentence(i) {
		return match{}, false // "the first half", "the third quarter" of a game
	} else if s.hasRef {
		qq := q
		if half {
			qq = 2 * q // a half is past once its last quarter is
		}
		y = inferQuarterYear(s.ref, qq, s.tenseAround(i, j))
	}
	if half {
		return match{end: e, typ: "DATE", val: yearStr(y) + "-H" + strconv.Itoa(q), rule: ruleHalf, fixed: fixed}, true
	}
	return match{end: e, typ: "DATE", val: quarterValue(y, q), rule: ruleQuarter, fixed: fixed}, true
}

// yearsPart extends m, year y, over "'s first quarter" or "'s second half"
// after it, or over a quarter or half it modifies: "1998's first quarter",
// "the 1988 fourth quarter" and "1988 third-quarter profit" are 1998-Q1,
// 1988-Q4 and 1988-Q3 whatever the tense says.
func (s *scan) yearsPart(y int, m match) match {
	e := m.end
	k := e + 2
	switch {
	case s.isApos(e) && s.glued(e-1) && s.glued(e) && s.is(e+1, "s") && s.tok(e+2) != nil:
	case (s.has(e, wOrdinal) || s.is(e, "fiscal", "final")) && s.sameSent(e-1, e):
		k = e
	default:
		return m
	}
	q, ok := s.quarter(k)
	if !ok || s.is(k, "the") || len(q.val) < 5 {
		return m
	}
	q.val = pad(y, 4) + q.val[4:]
	q.rule, q.note = ruleYearsPart, m.rule.name+" and "+q.rule.name
	return q
}

// sportsSentence reports whether the sentence of token i talks about a game.
func (s *scan) sportsSentence(i int) bool { return s.sentenceHas(i, sportsWords) }

// businessSentence reports whether the sentence of token i talks business.
func (s *scan) businessSentence(i int) bool { return s.sentenceHas(i, businessWords) }

// sentenceHas reports whether the sentence of token i has one of words.
func (s *scan) sentenceHas(i int, words wordSet) bool {
	for k := i - 1; k >= 0 && s.sameSent(k, i); k-- {
		if s.in(k, words) {
			return true
		}
	}
	for k := i + 1; k < len(s.toks) && s.sameSent(k, i); k++ {
		if s.in(k, words) {
			return true
		}
	}
	return false
}

// fiscal matches "fiscal 2019", "fiscal year 2019", "FY2019", "FY 2019",
// and "year-to-date" (this year so far).
func (s *scan) fiscal(i int) (match, bool) {
	switch {
	case s.is(i, "fiscal"):
		j := i + 1
		if s.is(j, "year") {
			j++
		}
		if y, e := s.yearAt(j); y > 0 {
			return s.yearsPart(y, match{end: e, typ: "DATE", val: pad(y, 4), rule: ruleFiscalYear}), true
		}
	case s.is(i, "fy") && s.toks[i].cap:
		j := i + 1
		n, nd := s.num(j)
		switch nd {
		case 4:
			return match{end: j + 1, typ: "DATE", val: pad(n, 4), rule: ruleFiscalYear}, true
		case 2:
			if s.glued(i) {
				return match{end: j + 1, typ: "DATE", val: pad(century2(n)*100+n, 4), rule: ruleFiscalYear}, true
			}
		}
	case s.is(i, "year"):
		j := i + 1
		hy := s.isHyphen(j)
		if hy {
			j++
		}
		if s.is(j, "end") && (!hy || s.glued(i) && s.glued(i+1)) {
			return s.yearEnd(i, j+1)
		}
		if s.is(j, "to") {
			j++
			if hy && s.isHyphen(j) {
				j++
			}
			if s.is(j, "date") {
				y := -1
				if s.hasRef {
					y = s.ref.Year()
				}
				return match{end: j + 1, typ: "DATE", val: yearStr(y), rule: ruleYearToDate}, true
			}
		}
	}
	return match{}, false
}

// yearEnd resolves "year-end" and "year end" over tokens [i, end): the end
// of the reference year, or of the last one when a past-tense clause in
// January or February looks back on it ("debt at year-end was...").
func (s *scan) yearEnd(i, end int) (match, bool) {
	if s.isHyphen(end) && s.glued(end-1) {
		return match{}, false // "year-end-ish", "year-end-to-date"
	}
	y := -1
	if s.hasRef {
		y = s.ref.Year()
		if tn := s.tenseAround(i, end); s.ref.Month() <= 2 && (tn == tPast || tn == tPerfect) {
			y--
		}
	}
	return match{end: end, typ: "DATE", val: yearStr(y), rule: ruleYearEnd}, true
}

// seasonNow is the season index (spring 0 ... winter 3) of month m.
func seasonNow(m time.Month) int {
	switch {
	case m >= 3 && m <= 5:
		return 0
	case m >= 6 && m <= 8:
		return 1
	case m >= 9 && m <= 11:
		return 2
	}
	return 3
}

// season matches "this summer", "last fall", "the spring of 2009", "Autumn".
func (s *scan) season(i int) (match, bool) {
	j := i
	det := ""
	if s.is(j, "this", "last", "next", "the") {
		det = s.w(j)
		j++
	}
	tk := s.tok(j)
	if tk == nil || tk.lex == nil || tk.lex.class&wSeason == 0 {
		return match{}, false
	}
	idx := tk.lex.val
	if tk.cap && s.midCap(j) && s.nameWord(j+1) {
		return match{}, false // "Summer Street", "the Summer Olympics": a name
	}
	j++
	y, e := -1, j
	k := j
	if s.is(k, "of") {
		k++
	}
	if yy, ee := s.yearAt(k); yy > 0 {
		y, e = yy, ee
	} else {
		fall := tk.lex.word == "fall"
		verb := s.is(i-1, "to", "will", "would", "could", "can", "may", "might", "should", "must", "did", "does", "do") ||
			s.is(j, "up", "back", "into", "out", "from", "to", "forward", "of")
		if det == "" && (fall || verb && !tk.cap) {
			return match{}, false
		}
		if fall && det == "the" && !s.has(i-1, wPrep) {
			return match{}, false
		}
		if s.hasRef {
			y = s.ref.Year()
			cur := seasonNow(s.ref.Month())
			switch det {
			case "last":
				if idx >= cur {
					y--
				}
			case "next":
				if idx <= cur {
					y++
				}
			case "the", "":
				// "goes on sale in the summer" (said in November): a season
				// already over this year is next year's when the clause is
				// in the future, one still ahead last year's in the past
				pos := cur // the current season's place in the calendar year
				if s.ref.Month() <= 2 {
					pos = -1 // January's winter began last year
				}
				switch tn := s.scheduleTense(i, e); {
				case tn == tFuture && idx < pos:
					y++
				case (tn == tPast || tn == tPerfect) && idx > pos && !(pos < 0 && idx == 3):
					y--
				}
			}
		}
	}
	return match{end: e, typ: "DATE", val: yearStr(y) + "-" + seasonCodes[idx], rule: ruleSeason}, true
}

// holiday matches a named holiday, optionally with its year.
func (s *scan) holiday(i int) (match, bool) {
	if !s.toks[i].cap {
		return match{}, false
	}
next:
	for _, h := range holidays {
		for k, w := range h.words {
			if w == "'" {
				if !s.isApos(i + k) {
					continue next
				}
				continue
			}
			if s.w(i+k) != w {
				continue next
			}
		}
		e := i + len(h.words)
		y := -1
		if yy, ee := s.yearAt(e); yy > 0 {
			y, e = yy, ee
		} else if s.hasRef {
			y = inferYear(s.ref, h.month, s.scheduleTense(i, e))
			if h.words[0] == "black" || h.words[0] == "cyber" || h.words[0] == "thanksgiving" {
				// shopping days are looked forward to from earlier in the autumn
				if d := holidayDay(h.words[0], s.ref.Year(), h.month, h.day); !d.Before(addDays(s.ref, -14)) {
					y = s.ref.Year()
				}
			}
		}
		if y < 0 {
			if h.day == 0 {
				return match{end: e, typ: "DATE", val: "XXXX-" + pad(h.month, 2), rule: ruleHoliday}, true
			}
			return match{end: e, typ: "DATE", val: dayValue(-1, h.month, h.day), rule: ruleHoliday}, true
		}
		d := holidayDay(h.words[0], y, h.month, h.day)
		return match{end: e, typ: "DATE", val: dateOf(d), rule: ruleHoliday, day: d}, true
	}
	return match{}, false
}

// holidayDay returns the day of a holiday in year y: fixed ones from day,
// movable ones computed (US Thanksgiving, Labor and Memorial Day; Western
// Easter).
func holidayDay(first string, y, month, day int) time.Time {
	switch first {
	case "thanksgiving", "black", "cyber": // fourth Thursday of November, and the Friday and Monday after
		d := time.Date(y, 11, 1, 0, 0, 0, 0, time.UTC)
		t := weekdayFrom(d, time.Thursday, 1, false).AddDate(0, 0, 21)
		switch first {
		case "black":
			return t.AddDate(0, 0, 1)
		case "cyber":
			return t.AddDate(0, 0, 4)
		}
		return t
	case "labor", "labour": // first Monday of September
		return weekdayFrom(time.Date(y, 9, 1, 0, 0, 0, 0, time.UTC), time.Monday, 1, false)
	case "memorial": // last Monday of May
		return weekdayFrom(time.Date(y, 5, 31, 0, 0, 0, 0, time.UTC), time.Monday, -1, false)
	case "easter":
		return easter(y)
	}
	return time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
}

// easter returns Western Easter Sunday of year y (anonymous Gregorian
// algorithm).
func easter(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
}
