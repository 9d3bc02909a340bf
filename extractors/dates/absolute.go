package dates

import (
	"strconv"
	"time"
)

// Calendar dates the text spells out, wholly or in part: "November 18,
// 2019", "10 January 2022", "Sept. 30", "June 2018", "June", "2019", the
// 1990s, the 21st century, 2022-01-10, 7/8/07. A missing year is inferred
// from the reference date and the clause's tense (inferYear).

// monthAt returns the month named at token i and the token after it (and
// after an abbreviation's period), or 0. Month names must be capitalised.
func (s *scan) monthAt(i int) (int, int) {
	tk := s.tok(i)
	if tk == nil || tk.lex == nil || !tk.cap {
		return 0, i
	}
	switch {
	case tk.lex.class&wMonth != 0:
		return tk.lex.val, i + 1
	case tk.lex.class&wMonthAbbr != 0:
		return tk.lex.val, s.dot(i + 1)
	}
	return 0, i
}

// dayAt returns a day of the month (1-31) at token i, with an ordinal suffix
// ("2nd") skipped, and the token after it, or -1.
func (s *scan) dayAt(i int) (int, int) {
	n, nd := s.num(i)
	if nd == 0 || nd > 2 || n < 1 || n > 31 {
		return -1, i
	}
	j := i + 1
	if s.glued(i) && s.is(j, "st", "nd", "rd", "th") {
		j++
	}
	// "May 5:30", "Jan 1,000", "Jan. 10.5": not a day.
	if s.glued(j-1) && (s.punct(j, ":") || s.punct(j, ",") || s.punct(j, ".")) {
		if _, d := s.num(j + 1); d > 0 && s.glued(j) {
			return -1, i
		}
	}
	if s.punct(j, "%") {
		return -1, i
	}
	return n, j
}

// yearAt returns a four-digit year (1000-2999) at token i and the token
// after it, or -1.
func (s *scan) yearAt(i int) (int, int) {
	n, nd := s.num(i)
	if nd != 4 || n < 1000 || n > 2999 {
		return -1, i
	}
	if s.glued(i) && (s.punct(i+1, ",") || s.punct(i+1, ".")) {
		if _, d := s.num(i + 2); d > 0 && s.glued(i+1) {
			return -1, i
		}
	}
	return n, i + 1
}

// commaYear reads an optional ", 2019" or " 2019" after a month-day.
func (s *scan) commaYear(j int) (int, int) {
	k := j
	if s.punct(k, ",") {
		k++
	}
	if y, e := s.yearAt(k); y > 0 && s.sameSent(j-1, k) {
		return y, e
	}
	return -1, j
}

// nineEleven is the day of the September 11 attacks, which US and world
// news name by the month-day alone ("the September 11 attacks", "since the
// Sept. 11 terrorist attacks"); see ruleNamedDay.
var nineEleven = time.Date(2001, 9, 11, 0, 0, 0, 0, time.UTC)

// dayMatch builds the match for y-m-d ending before token end; a missing
// year (y < 0) is inferred around tokens [i, end).
func (s *scan) dayMatch(i, end, y, m, d int, r *rule) (match, bool) {
	if !validDay(y, m, d) {
		return match{}, false
	}
	set := y >= 0 // the text wrote the year
	if y < 0 && m == 9 && d == 11 && s.is(end, "attacks", "attack", "terrorist", "terror", "hijackings") &&
		(!s.hasRef || s.ref.After(nineEleven)) {
		// "the September 11 attacks": a named day, as a holiday is; its
		// year is not the text's, so later dates do not take it
		y, r = 2001, ruleNamedDay
	}
	fixed, narrative := y >= 0, false
	if y < 0 && s.hasRef {
		if ny, ok := s.narrativeYear(i, m, d); ok {
			y, set, narrative = ny, true, true
		} else {
			y = inferYear(s.ref, m, s.scheduleTense(i, end))
		}
	}
	mt := match{end: end, typ: "DATE", val: dayValue(y, m, d), rule: r, yearSet: set, fixed: fixed, narrative: narrative}
	if y >= 0 {
		mt.day = time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	}
	s.lastMD, s.mdYear, s.mdMonth = end, y, m
	return mt, true
}

// monthDay matches "January 10", "Jan. 10, 2022", "April 2nd".
func (s *scan) monthDay(i int) (match, bool) {
	m, j := s.monthAt(i)
	if m == 0 || !s.sameSent(i, j) {
		return match{}, false
	}
	d, k := s.dayAt(j)
	if d < 0 && s.has(j, wOrdinal) && s.toks[j].cap && s.toks[j].lex.ord <= 31 && s.sameSent(j-1, j) && !s.midCapNext(j+1) {
		d, k = s.toks[j].lex.ord, j+1 // "July Fourth"
	}
	if d < 0 {
		return match{}, false
	}
	y, e := s.commaYear(k)
	if y < 0 {
		if ry, re, ok := s.relYearAfter(k); ok {
			// "Sept. 30 last year": one expression, the year fixed
			mt, ok := s.dayMatch(i, re, ry, m, d, ruleMonthDayRelYear)
			mt.yearSet = false // the text's narrative year stays as it was
			return mt, ok
		}
	}
	return s.dayMatch(i, e, y, m, d, ruleMonthDay)
}

// relYearAfter reads a year named relative to the reference date right
// after a month or a day, in the same sentence: "this year", "last year",
// "next year", "a year ago", "a year earlier". It gives the year and the
// token after the phrase.
func (s *scan) relYearAfter(j int) (y, end int, ok bool) {
	if !s.hasRef || !s.sameSent(j-1, j) {
		return 0, j, false
	}
	y = s.ref.Year()
	switch {
	case s.is(j, "this", "last", "next") && s.is(j+1, "year") && s.sameSent(j, j+1):
		switch s.w(j) {
		case "last":
			y--
		case "next":
			y++
		}
		return y, j + 2, true
	case s.is(j, "a", "one") && s.is(j+1, "year") && s.is(j+2, "ago", "earlier"):
		return y - 1, j + 3, true
	}
	return 0, j, false
}

// dayMonth matches "10 January", "11 December 2009", "the 10th of January".
func (s *scan) dayMonth(i int) (match, bool) {
	j := i
	if s.is(j, "the") {
		j++
	}
	d, k := s.dayAt(j)
	if d < 0 {
		return match{}, false
	}
	if s.is(k, "of") {
		k++
	} else if j > i {
		return match{}, false
	}
	m, e := s.monthAt(k)
	if m == 0 || !s.toks[k].space {
		return match{}, false
	}
	y, e2 := s.commaYear(e)
	return s.dayMatch(i, e2, y, m, d, ruleDayMonth)
}

// monthYear matches "June 2018", "Jan. 2020", "October of 2019".
func (s *scan) monthYear(i int) (match, bool) {
	m, j := s.monthAt(i)
	if m == 0 {
		return match{}, false
	}
	of := s.is(j, "of")
	if s.punct(j, ",") || of {
		j++
	}
	y, e := s.yearAt(j)
	if y < 0 {
		// "October of next year": the month gets the year, and "next
		// year" stays an expression of its own
		yy, _, ok := s.yearRef(j)
		if !of || !ok || s.is(j, "the") {
			return match{}, false
		}
		y, e = yy, j-1
	}
	return match{end: e, typ: "DATE", val: monthValue(y, m), rule: ruleMonthYear, yearSet: true}, true
}

// bareMonth matches a month name on its own ("in June", "their June
// summit"). "May" needs a preposition before it, to tell it from the verb
// and the name.
func (s *scan) bareMonth(i int) (match, bool) {
	tk := &s.toks[i]
	if tk.lex == nil || tk.lex.class&wMonth == 0 || !tk.cap {
		return match{}, false
	}
	m := tk.lex.val
	if m == 5 && !s.has(i-1, wPrep) {
		return match{}, false
	}
	if m == 5 && s.is(i-1, "to", "that", "and", "or") {
		return match{}, false
	}
	// A capitalised word before it makes it part of a name ("Theresa May",
	// "Operation August"), unless that word starts the sentence.
	if p := s.tok(i - 1); p != nil && p.kind == kWord && p.cap && p.lex == nil && s.sameSent(i-1, i) && i-1 > 0 && s.sameSent(i-2, i-1) {
		return match{}, false
	}
	// "April Glaspie", "the March of Dimes": a month that starts a name
	if !s.has(i-1, wPrep) && !s.isHyphen(i-1) && s.nameWord(i+1) || s.is(i+1, "of") && s.nameWord(i+2) {
		return match{}, false
	}
	y := -1
	// "the September quarter", "the June quarter": the quarter that month
	// ends (Indian and Australian reporting say so)
	if m%3 == 0 && s.is(i+1, "quarter") && s.sameSent(i, i+1) {
		q := m / 3
		if s.hasRef {
			y = inferQuarterYear(s.ref, q, s.scheduleTense(i, i+2))
		}
		return match{end: i + 2, typ: "DATE", val: quarterValue(y, q), rule: ruleMonthQuarter}, true
	}
	// "May this year", "June last year", "September a year earlier": one
	// expression, the year fixed
	if ry, re, ok := s.relYearAfter(i + 1); ok {
		return match{end: re, typ: "DATE", val: monthValue(ry, m), rule: ruleMonthRelYear}, true
	}
	if s.is(i+1, "this", "last", "next") && s.is(i+2, "year") && s.sameSent(i, i+2) {
		return match{end: i + 3, typ: "DATE", val: monthValue(y, m), rule: ruleMonthRelYear}, true
	}
	set := false
	if ny, ok := s.narrativeYear(i, m, 0); ok {
		y, set = ny, true
	} else if s.hasRef {
		y = inferYear(s.ref, m, s.scheduleTense(i, i+1))
	}
	return match{end: i + 1, typ: "DATE", val: monthValue(y, m), rule: ruleMonth, yearSet: set, narrative: set}, true
}

// endsClause reports whether token i is a comma, period, semicolon or
// closing bracket, or the end of the text: "in 1986-87."
func (s *scan) endsClause(i int) bool {
	tk := s.tok(i)
	if tk == nil {
		return true
	}
	switch s.raw(i) {
	case ",", ".", ";", ")", ":":
		return s.tok(i+1) == nil || s.toks[i+1].space || s.toks[i+1].kind == kPunct
	}
	return false
}

// year matches a four-digit year standing alone, and "'82".
func (s *scan) year(i int) (match, bool) {
	if s.isApos(i) {
		n, nd := s.num(i + 1)
		if nd != 2 || !s.glued(i) || (s.glued(i+1) && s.is(i+2, "s")) {
			return match{}, false
		}
		if p := s.tok(i - 1); p != nil && !s.toks[i].space && p.kind != kPunct {
			return match{}, false // "rock'n'roll", "O'10"
		}
		if !s.has(i-1, wPrep) && !s.is(i-1, "the", "s") {
			return match{}, false // "MacBook Air '11": a model, not a year
		}
		return match{end: i + 2, typ: "DATE", val: strconv.Itoa(century2(n)*100 + n), rule: ruleYearShort}, true
	}
	if n, nd := s.num(i); nd == 2 && s.isHyphen(i-1) && s.glued(i-2) && s.glued(i-1) {
		// "the 1998-99 season": the second year of a span of two
		if y0, e0 := s.yearAt(i - 2); y0 > 0 && e0 == i-1 && (y0+1)%100 == n && (!s.glued(i) || s.endsClause(i+1)) {
			return match{end: i + 1, typ: "DATE", val: pad(y0+1, 4), rule: ruleYearSpanTail}, true
		}
	}
	y, e := s.yearAt(i)
	if y < 0 || y < 1600 || y > 2200 {
		return match{}, false
	}
	if !s.plausibleYear(i) {
		return match{}, false
	}
	return s.yearsPart(y, match{end: e, typ: "DATE", val: pad(y, 4), rule: ruleYear, yearSet: true}), true
}

// plausibleYear rejects four-digit numbers that are amounts, counts, parts
// of phone numbers or identifiers.
func (s *scan) plausibleYear(i int) bool {
	if p := s.raw(i - 1); p == "$" || p == "£" || p == "€" || p == "#" || p == "¥" || (s.glued(i-1) && (p == "." || p == "," || p == "/" || p == ":")) {
		return false
	}
	if p := s.tok(i - 1); p != nil && p.kind == kWord && s.glued(i-1) {
		return false // "FY2019", "A320"
	}
	if s.isHyphen(i-1) && s.glued(i-1) && s.glued(i-2) {
		if _, nd := s.num(i - 2); nd > 0 && nd != 4 {
			return false // "555-2019": a phone number
		}
	}
	if p := s.tok(i - 1); p != nil && p.kind == kWord && p.lex == nil && s.sameSent(i-1, i) && s.in(i-1, labelNouns) {
		return false // "Section 1983", "Flight 1549", "Room 2010": a number that names
	}
	if s.midCap(i-1) && s.toks[i-1].lex == nil && s.midCapNext(i+1) {
		return false // "Russell 2000 Index", "Windows 2000 Server"
	}
	if s.glued(i) {
		n := s.raw(i + 1)
		switch {
		case n == "%":
			return false
		case n == "-" || n == "–":
			// a range of years "2009-2011" or "2014-15" is fine; a phone
			// number or score is not
			if _, d := s.num(i + 2); d > 0 && d != 4 && d != 2 {
				return false
			}
		case n == "/" || n == ":":
			return false
		}
		if tk := s.tok(i + 1); tk != nil && tk.kind != kPunct {
			return false
		}
	}
	if s.streetAddress(i + 1) {
		return false // "1909 Jolinda Drive": a house number
	}
	if s.in(i+1, countNouns) {
		return false
	}
	// "2000 soldiers": a lowercase plural noun after a bare number, unless a
	// preposition makes it a year ("in 2019 sales rose").
	if n := s.tok(i + 1); n != nil && n.kind == kWord && !n.cap && n.lex == nil && n.space {
		r := s.raw(i + 1)
		if len(r) > 3 && r[len(r)-1] == 's' && r[len(r)-2] != 's' && !s.has(i-1, wPrep) && !s.in(i+1, yearEvents) {
			return false
		}
	}
	return true
}

// midCapNext reports whether token i is a capitalised word that is not a
// month or weekday.
func (s *scan) midCapNext(i int) bool {
	tk := s.tok(i)
	return tk != nil && tk.kind == kWord && tk.cap && !s.has(i, wMonth|wMonthAbbr|wWeekday) && s.sameSent(i-1, i)
}

// century2 returns the century of a two-digit year: '82 is 1982, '19 2019.
func century2(n int) int {
	if n <= 30 {
		return 20
	}
	return 19
}

// decade matches "the 1990s", "1990s", "the '90s", "the 70s".
func (s *scan) decade(i int) (match, bool) {
	j := i
	the := s.is(j, "the")
	if the {
		j++
	}
	apos := s.isApos(j)
	if apos {
		j++
	}
	n, nd := s.num(j)
	if !(s.glued(j) && s.raw(j+1) == "s") {
		return match{}, false
	}
	switch {
	case nd == 4 && n%100 == 0 && n >= 1000 && n < 2000:
		// "the 1300s", "the 1800s": a century (TimeML 13, 18); "the 2000s"
		// is read as the decade, its usual sense
		return match{end: j + 2, typ: "DATE", val: strconv.Itoa(n / 100), rule: ruleHundreds}, true
	case nd == 4 && n%10 == 0 && n >= 1000 && n <= 2990:
		return match{end: j + 2, typ: "DATE", val: strconv.Itoa(n / 10), rule: ruleDecade}, true
	case nd == 2 && n%10 == 0:
		// bare "70s" is often an age ("in their 70s"): need "the", an
		// apostrophe or a period modifier before it
		if !the && !apos && !s.is(i-1, "the", "early", "late", "mid") && !s.isHyphen(i-1) &&
			!(s.is(i-1, "and", "or", "to", "through") && s.raw(i-2) == "s") {
			return match{}, false
		}
		return match{end: j + 2, typ: "DATE", val: strconv.Itoa(century2(n)*10 + n/10), rule: ruleDecade}, true
	}
	return match{}, false
}

// century matches "the 21st century", "the nineteenth century".
func (s *scan) century(i int) (match, bool) {
	j := i
	if s.is(j, "the") {
		j++
	}
	n := -1
	if v, nd := s.num(j); nd > 0 && nd <= 2 && s.glued(j) && s.is(j+1, "st", "nd", "rd", "th") {
		n, j = v, j+2
	} else if s.has(j, wOrdinal) {
		n, j = s.toks[j].lex.ord, j+1
	}
	if n < 1 || n > 30 || !s.is(j, "century") {
		return match{}, false
	}
	return match{end: j + 1, typ: "DATE", val: pad(n-1, 2), rule: ruleCentury}, true
}

// numericDate matches 2022-01-10, 2018.04.05, 1/10/2022, 7/8/07 (month
// first, as in US English, unless the first number cannot be a month) and
// 10.01.2022 (day first, where dots are used).
func (s *scan) numericDate(i int) (match, bool) {
	a, na := s.num(i)
	if na == 0 || !s.glued(i) || !s.glued(i+1) || !s.glued(i+2) || !s.glued(i+3) {
		return match{}, false
	}
	sep := s.raw(i + 1)
	if (sep != "-" && sep != "/" && sep != ".") || s.raw(i+3) != sep {
		return match{}, false
	}
	b, nb := s.num(i + 2)
	c, nc := s.num(i + 4)
	if nb == 0 || nc == 0 || nb > 2 {
		return match{}, false
	}
	if s.glued(i+4) && s.tok(i+5) != nil && (s.toks[i+5].kind == kNum || s.raw(i+5) == sep && s.glued(i+5)) {
		return match{}, false // "1.2.3.4", "10/01/2022/5"; a sentence's period may follow
	}
	var y, m, d int
	switch {
	case na == 4 && nc <= 2:
		y, m, d = a, b, c // 2022-01-10, 2018.04.05, 2018/04/05: year first is always Y-M-D
	case na <= 2 && sep == "/" && (nc == 4 || nc == 2):
		y, m, d = c, a, b
		if nc == 2 {
			y = century2(c)*100 + c
		}
		if m > 12 {
			m, d = d, m
		}
	case na <= 2 && sep == "." && nc == 4:
		y, m, d = c, b, a // 10.01.2022 is day-first where dots are used
	default:
		return match{}, false
	}
	if y < 1000 || !validDay(y, m, d) {
		return match{}, false
	}
	return match{end: i + 5, typ: "DATE", val: dayValue(y, m, d), rule: ruleNumeric,
		day: time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)}, true
}

// rangeTail matches the second day of "January 10-13" or "Jan. 10 and 12":
// a day number right after a month-day and a connective.
func (s *scan) rangeTail(i int) (match, bool) {
	c := i - 1
	if s.lastMD < 0 || c != s.lastMD || !(s.isHyphen(c) || s.is(c, "to", "and", "through", "until", "or")) {
		return match{}, false
	}
	d, e := s.dayAt(i)
	if d < 0 || s.has(e, wMonth|wMonthAbbr) || s.has(e, wUnit) || !validDay(s.mdYear, s.mdMonth, d) {
		return match{}, false
	}
	s.lastMD = -1
	return match{end: e, typ: "DATE", val: dayValue(s.mdYear, s.mdMonth, d), rule: ruleRangeDay}, true
}

// streetAddress reports whether tokens from k are a street name (up to
// three capitalised words and a street suffix): the number before it is a
// house number ("2134 Caldwell Place", "100 N. Main St.").
func (s *scan) streetAddress(k int) bool {
	for j := k; j < k+5 && j < len(s.toks) && s.sameSent(k-1, j); j++ {
		tk := &s.toks[j]
		if s.punct(j, ".") && j > k {
			continue // "N. Main St."
		}
		if tk.kind != kWord || !tk.cap {
			return false
		}
		if j > k && s.in(j, streetSuffixes) {
			return true
		}
	}
	return false
}

// narrativeWindow is how many tokens after a written year a month without
// one still takes that year.
const narrativeWindow = 80

// narrativeYear returns the year of a month (and day d, or 0) written
// without one, when the text has just named a date in another year than
// the reference date's: "in November 2016 ... by December" is 2016-12, and
// a tour "kicking off June 9, 2020" plays "Sept. 12" and "Oct. 10" of 2020,
// as does a schedule under a "2020 dates:" heading. The month must not run
// backwards from the written one (a later month of the same year), and a
// weekday written with the date must fit ("Friday, Dec. 6" is not 2020's).
func (s *scan) narrativeYear(i, m, d int) (int, bool) {
	if !s.hasRef || s.wroteEnd < 0 || i < s.wroteEnd || i-s.wroteEnd > narrativeWindow ||
		s.yearY == s.ref.Year() || m < s.yearM {
		return 0, false
	}
	// A bare year carries over only to a list it heads ("2020 dates:
	// June 9"); elsewhere it is often another clause's ("launched in 2003
	// and as of February", "by the end of 2025. As of October").
	if s.yearM == 0 && (i-s.wroteEnd > 3 || !s.punct(i-1, ":")) {
		return 0, false
	}
	// A month of a year ("service starts in November 2006") does not fix
	// a day's ("arrives on November 11"): that needs a full date before it.
	if d > 0 && s.yearM > 0 && !s.yearDay {
		return 0, false
	}
	if d > 0 && s.wantWD >= 0 && time.Date(s.yearY, time.Month(m), d, 0, 0, 0, 0, time.UTC).Weekday() != s.wantWD {
		return 0, false
	}
	return s.yearY, true
}
