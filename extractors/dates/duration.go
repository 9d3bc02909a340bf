package dates

import (
	"strings"
	"time"
)

// Durations ("three years" P3Y, "a two-week" P2W, "48 hours" PT48H,
// "decades" PXY) and sets ("every Monday" XXXX-WXX-1, "weekly" P1W, "$53
// million a week" P1W).

// quantity reads a count at token i: "3", "2.5", "three", "twenty-five",
// "a", "a few", "several", "two and a half", "half a". q is -1 for a vague
// count. The unit is not read.
func (s *scan) quantity(i int) (q float64, end int, ok bool) {
	tk := s.tok(i)
	if tk == nil {
		return 0, i, false
	}
	switch {
	case tk.kind == kNum:
		if p := s.raw(i - 1); p == "$" || p == "£" || p == "€" || p == "#" || (s.glued(i-1) && (p == "." || p == "," || p == ":" || p == "/")) {
			return 0, i, false
		}
		if tk.num < 0 {
			return 0, i, false
		}
		q, end = float64(tk.num), i+1
		if s.glued(i) && s.punct(i+1, ".") && s.glued(i+1) {
			if f, nd := s.num(i + 2); nd > 0 && nd <= 3 {
				d := float64(f)
				for k := 0; k < nd; k++ {
					d /= 10
				}
				q, end = q+d, i+3
			}
		}
		if s.glued(end-1) && (s.punct(end, ",") || s.punct(end, ".")) && s.glued(end) {
			if _, nd := s.num(end + 1); nd > 0 {
				return 0, i, false // "1,000" or a version number
			}
		}
	case tk.lex == nil:
		return 0, i, false
	case tk.lex.class&wVague != 0:
		return -1, i + 1, true
	case tk.low == "half" && s.is(i+1, "a", "an"):
		return 0.5, i + 2, true
	case tk.low == "a" || tk.low == "an":
		switch {
		case s.is(i+1, "few", "number") || (s.is(i+1, "matter") && s.is(i+2, "of")):
			if s.is(i+2, "of") {
				return -1, i + 3, true
			}
			return -1, i + 2, true
		case s.is(i+1, "couple") && s.is(i+2, "of"):
			return 2, i + 3, true
		case s.is(i+1, "couple"):
			return 2, i + 2, true
		case s.is(i+1, "half"):
			return 0.5, i + 2, true
		case s.is(i+1, "dozen"):
			return 12, i + 2, true
		}
		q, end = 1, i+1
	case tk.lex.class&wNumber != 0:
		q, end = float64(tk.lex.num), i+1
		if q >= 20 && q < 100 && s.isHyphen(i+1) && s.glued(i) && s.glued(i+1) && s.has(i+2, wNumber) && s.toks[i+2].lex.num < 10 {
			q, end = q+float64(s.toks[i+2].lex.num), i+3
		}
	default:
		return 0, i, false
	}
	if s.is(end, "and") && s.is(end+1, "a", "one") && s.is(end+2, "half") {
		q, end = q+0.5, end+3
	}
	return q, end, true
}

// durationAdjectives may stand between a count and its unit.
var durationAdjectives = map[string]bool{"more": true, "straight": true, "consecutive": true,
	"full": true, "additional": true, "extra": true, "whole": true, "trading": true,
	"business": true, "working": true, "calendar": true, "other": false}

// skipAdjectives skips up to two duration adjectives ("two more years",
// "five straight trading days").
func (s *scan) skipAdjectives(j int) int {
	for k := 0; k < 2 && durationAdjectives[s.w(j)]; k++ {
		j++
	}
	return j
}

// unitAt reads a unit at token j whose number agrees with count q.
func (s *scan) unitAt(j int, q float64) (unit, int, bool) {
	tk := s.tok(j)
	if tk == nil || tk.lex == nil || tk.lex.class&wUnit == 0 {
		return uNone, j, false
	}
	plural := tk.lex.class&wPlural != 0
	if (q == 1 || q == 0.5) && plural || q != 1 && q != 0.5 && !plural {
		return uNone, j, false
	}
	return tk.lex.unit, j + 1, true
}

// perWords are tokens after which "a week" means "per week" ("$53 million
// a week", "15 a year", "twice a day").
func (s *scan) isPerContext(i int) bool {
	tk := s.tok(i)
	if tk == nil {
		return false
	}
	if tk.kind == kNum || s.raw(i) == "%" || tk.lex != nil && tk.lex.class&wUnit != 0 {
		return true // "$5 a week", "7 days a week"
	}
	switch tk.low {
	case "once", "twice", "times", "percent", "cent":
		return true
	}
	if s.in(i, magnitudes) {
		return true
	}
	switch strings.ToLower(s.raw(i)) {
	case "dollars", "cents", "euros", "pounds", "m":
		return true
	case "share", "barrel", "person", "capita":
		p := strings.ToLower(s.raw(i - 1))
		return p == "a" || p == "per" // "$1.20 a share a year"
	}
	return false
}

// duration matches a count and a unit.
func (s *scan) duration(i int) (match, bool) {
	switch s.w(i) {
	case "hourlong", "yearlong", "weeklong", "monthlong", "daylong":
		u := map[string]unit{"hourlong": uHour, "yearlong": uYear, "weeklong": uWeek, "monthlong": uMonth, "daylong": uDay}[s.w(i)]
		return match{end: i + 1, typ: "DURATION", val: durationValue(1, u), rule: ruleUnitLong}, true
	case "aged", "age":
		return match{}, false
	}
	if s.is(i-1, "aged", "age", "ages") {
		return match{}, false
	}
	q, e, ok := s.quantity(i)
	if !ok && s.is(i, "single") && s.isHyphen(i+1) && s.glued(i) {
		q, e, ok = 1, i+1, true // "single-day"
	}
	if !ok {
		return s.vagueUnits(i)
	}
	if m, ok, done := s.unitAdjective(q, e); done {
		return m, ok
	}
	if m, ok := s.countRange(i, q, e); ok {
		return m, true
	}
	return s.countUnits(i, q, e)
}

// unitAdjective matches a count hyphened to a singular unit, from the
// hyphen at token e: "three-hour", "25-year", "a 20-year-long". done is
// false when there is no such unit (other readings may apply).
func (s *scan) unitAdjective(q float64, e int) (m match, ok, done bool) {
	if !s.isHyphen(e) || !s.glued(e-1) || !s.glued(e) {
		return match{}, false, false
	}
	tk := s.tok(e + 1)
	if tk == nil || tk.lex == nil || tk.lex.class&wUnit == 0 || tk.lex.class&wPlural != 0 || q <= 0 {
		return match{}, false, false
	}
	end := e + 2
	if s.isHyphen(end) && s.glued(end-1) {
		switch s.w(end + 1) {
		case "old", "olds":
			return match{}, false, true
		case "long":
			end += 2
		}
	}
	if s.is(end, "old", "olds") || tk.lex.unit == uWeekend {
		return match{}, false, true
	}
	return match{end: end, typ: "DURATION", val: durationValue(q, tk.lex.unit), rule: ruleNUnitAdj}, true, true
}

// countRange matches a range of counts from the count q at token i (ending
// before token e): "one-to-seven days", a vague count, and the first count
// of "60 or 90 days" or "two to three years", which takes the second's unit.
func (s *scan) countRange(i int, q float64, e int) (match, bool) {
	if q >= 0 && s.isHyphen(e) && s.is(e+1, "to") && s.isHyphen(e+2) && s.glued(e-1) && s.glued(e) && s.glued(e+1) && s.glued(e+2) {
		if q2, e2, ok2 := s.quantity(e + 3); ok2 && q2 > q {
			if u, ue, ok3 := s.unitAt(e2, q2); ok3 && u != uWeekend {
				return match{end: ue, typ: "DURATION", val: durationValue(-1, u), rule: ruleNToNUnits}, true
			}
		}
	}
	dash := (s.isHyphen(e) || s.punct(e, "/")) && s.glued(e-1) && s.glued(e)
	if q > 0 && (dash || s.is(e, "or", "to") || s.is(e, "and") && s.is(i-1, "between")) {
		if q2, e2, ok2 := s.quantity(e + 1); ok2 && q2 > 1 && s.toks[e+1].low != "a" {
			if u, _, ok3 := s.unitAt(s.skipAdjectives(e2), q2); ok3 && u != uWeekend {
				return match{end: e, typ: "DURATION", val: durationValue(q, u), rule: ruleNRangeUnits}, true
			}
		}
	}
	return match{}, false
}

// countUnits matches count q (tokens [i, e)) and the unit after it: "three
// years", "48 hours", "17 nights", "a quarter century", "$53 million a
// week" (a SET).
func (s *scan) countUnits(i int, q float64, e int) (match, bool) {
	j := s.skipAdjectives(e)
	// "17 nights", "three more nights": a count of nights is one of days
	// ("night" alone is a part of the day: "Monday night", "last night")
	if q > 1 && s.is(j, "nights") {
		return match{end: j + 1, typ: "DURATION", val: durationValue(q, uDay), rule: ruleNNights}, true
	}
	u, ue, ok := s.unitAt(j, q)
	if u == uQuarter && q == 1 && s.is(ue, "century") && s.sameSent(ue-1, ue) {
		// "a quarter century", "nearly a quarter century": 25 years
		return match{end: ue + 1, typ: "DURATION", val: durationValue(25, uYear), rule: ruleQuarterCentury}, true
	}
	if !ok || u == uWeekend {
		// "a 20 year" with a singular unit after a number used as adjective
		if tk := s.tok(j); !ok && q > 1 && tk != nil && tk.lex != nil && tk.lex.class&wUnit != 0 && tk.lex.class&wPlural == 0 &&
			(s.is(i-1, "a", "an") || q < 1000 && s.nounAfter(j+1)) {
			u, ue, ok = tk.lex.unit, j+1, true
		}
		if !ok || u == uWeekend {
			return match{}, false
		}
	}
	if s.notALength(i, j, e, u, ue) {
		return match{}, false
	}
	if s.is(ue, "and") && s.is(ue+1, "a") && s.is(ue+2, "half") {
		q, ue = q+0.5, ue+3
	}
	a := s.is(i, "a", "an")
	if s.isHyphen(ue) && s.glued(ue-1) && s.is(ue+1, "long") {
		if a {
			return match{}, false // "a year-long strike": the unit rule takes "year-long"
		}
		ue += 2
	}
	if a && q == 1 && s.isPerContext(i-1) {
		return match{end: ue, typ: "SET", val: durationValue(1, u), rule: rulePerUnit}, true
	}
	if a && q == 1 && s.is(ue, relativeClauseStarts...) {
		return match{}, false // "a day when we...", "not a day anybody can...": a time, not a length
	}
	v := durationValue(q, u)
	if q == 0.5 && u == uHour {
		v = "PT30M"
	}
	return match{end: ue, typ: "DURATION", val: v, rule: ruleNUnits}, true
}

// notALength reports whether count and unit u (count at token i, unit at
// token j ending before ue; e ends the count) are no duration: "a second
// term", "three quarters of the vote", "five years old".
func (s *scan) notALength(i, j, e int, u unit, ue int) bool {
	if s.is(i, "a", "an") && (u == uSecond || u == uQuarter) {
		return true // "a second term", "a quarter of its dealers"
	}
	if u == uQuarter && j == e && s.is(ue, "of") && s.is(ue+1, "the", "a", "an", "its", "their", "his", "her", "our", "all", "them", "those", "these") {
		return true // "three quarters of the vote"
	}
	return s.is(ue, "old", "olds") || (s.is(ue, "of") && s.is(ue+1, "age")) || (s.isHyphen(ue) && s.is(ue+1, "old", "olds"))
}

// relativeClauseStarts are words that open a relative clause after "a
// day" or "a year": the phrase then names a particular time ("a day when
// we could no longer...", "a year I will never forget"), not a length.
var relativeClauseStarts = []string{"when", "where", "anybody", "anyone", "nobody", "everybody",
	"everyone", "i", "we", "you", "he", "she", "they"}

// vagueUnits matches a bare plural unit: "years", "for weeks",
// "decades-long".
func (s *scan) vagueUnits(i int) (match, bool) {
	tk := &s.toks[i]
	// "year-long", "decade-long": one unit
	if tk.lex != nil && tk.lex.class&wUnit != 0 && tk.lex.class&wPlural == 0 && tk.lex.unit != uWeekend &&
		s.isHyphen(i+1) && s.glued(i) && s.glued(i+1) && s.is(i+2, "long") {
		return match{end: i + 3, typ: "DURATION", val: durationValue(1, tk.lex.unit), rule: ruleUnitLong}, true
	}
	if tk.lex != nil && tk.lex.unit == uCentury && tk.lex.class&wPlural != 0 && s.is(i-1, "for") {
		// "for centuries": an unknown number of them ("over the
		// centuries" is in refWords, which starts at "the")
		return match{end: i + 1, typ: "DURATION", val: "PXCE", rule: ruleVagueCenturies}, true
	}
	if tk.lex == nil || tk.lex.class&wUnit == 0 || tk.lex.class&wPlural == 0 || tk.lex.unit == uWeekend || tk.lex.unit == uCentury {
		return match{}, false
	}
	long := s.isHyphen(i+1) && s.glued(i) && s.is(i+2, "long")
	if s.isHyphen(i-1) && s.glued(i-1) {
		return match{}, false // "light-years", "man-hours"
	}
	if s.in(i-1, magnitudes) {
		return match{}, false // "13.8 billion years": a count we do not read
	}
	if p := s.tok(i - 1); p != nil && s.sameSent(i-1, i) && !long {
		if p.kind == kNum || p.lex != nil && p.lex.class&(wNumber|wOrdinal) != 0 {
			return match{}, false
		}
		switch p.low {
		case "the", "these", "those", "its", "their", "his", "her", "our", "my", "your", "early", "final", "first", "last", "next", "past", "coming", "s", "other", "many", "few", "all":
			return match{}, false
		}
		if durationAdjectives[p.low] || s.is(i-1, "office", "opening", "visiting", "daylight", "rush", "peak", "waking") {
			return match{}, false // "trading hours", "business days"
		}
		// after a noun, a plural unit names the noun's kind ("trading
		// hours", "dog years"), unless it counts off from an event:
		// "named her to the job weeks after his election", "attacks
		// the contract weeks before taking office"
		from := s.is(i+1, "after", "before") && s.sameSent(i, i+1)
		switch s.tagAt(i - 1) {
		case "NN", "NNS", "NNP", "JJ", "VBG", "POS":
			if p.lex == nil && p.kind == kWord && !from {
				return match{}, false
			}
		}
		if s.midCap(i) {
			return match{}, false // "Timothy Weeks"
		}
		if p.kind == kWord && p.lex == nil && strings.HasSuffix(s.raw(i-1), "'s") {
			return match{}, false
		}
	}
	end := i + 1
	if s.is(end, "old") || s.isHyphen(end) && s.is(end+1, "old") {
		return match{}, false
	}
	if s.isHyphen(end) && s.glued(i) && s.is(end+1, "long") {
		end += 2
	}
	return match{end: end, typ: "DURATION", val: durationValue(-1, tk.lex.unit), rule: ruleVagueUnits}, true
}

// setAdverbs are the frequency adverbs and their periods.
var setAdverbs = map[string]string{"annual": "P1Y", "daily": "P1D", "weekly": "P1W", "monthly": "P1M",
	"annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H", "quarterly": "P3M", "biweekly": "P2W"}

// set matches "every Monday", "every day", "each year", "every two weeks",
// "per week", "twice a year", "weekly".
func (s *scan) set(i int) (match, bool) {
	w := s.w(i)
	if v, ok := setAdverbs[w]; ok {
		// "daily" before a noun is a newspaper's kind ("daily news
		// organizations"), not a frequency
		if w == "daily" {
			if n := s.tok(i + 1); n != nil && n.kind == kWord && !n.cap && s.sameSent(i, i+1) {
				return match{}, false
			}
		}
		if s.toks[i].cap && s.midCapNext(i+1) {
			return match{}, false // "New York Daily News"
		}
		if s.namedSeries(i + 1) {
			return match{}, false // "the annual Fan Vote", "our weekly politics podcast"
		}
		return match{end: i + 1, typ: "SET", val: v, rule: ruleFrequency}, true
	}
	j := i
	switch w {
	case "once", "twice":
		j++
	case "every", "each", "per":
	default:
		if q, e, ok := s.quantity(i); ok && q > 0 && s.is(e, "times") {
			j = e + 1
		} else {
			return match{}, false
		}
	}
	if j > i {
		if !s.is(j, "a", "an", "per", "every", "each") {
			return match{}, false
		}
	}
	k := j + 1
	n, plural := 1.0, false
	if s.is(k, "other") {
		n, k = 2, k+1
	} else if q, e, ok := s.quantity(k); ok && q > 1 {
		n, k, plural = q, e, true
	}
	tk := s.tok(k)
	if tk == nil || tk.lex == nil {
		return match{}, false
	}
	switch {
	case tk.lex.class&wWeekday != 0 && tk.cap && n == 1:
		return match{end: k + 1, typ: "SET", val: "XXXX-WXX-" + string(rune('0'+isoWeekday(time.Weekday(tk.lex.val)))), rule: ruleEveryWeekday}, true
	case tk.lex.class&wUnit != 0 && (tk.lex.class&wPlural != 0) == plural && tk.lex.unit != uWeekend:
		return match{end: k + 1, typ: "SET", val: durationValue(n, tk.lex.unit), rule: ruleEveryUnit}, true
	case tk.lex.class&wPOD != 0 && n == 1 && w != "per":
		return match{end: k + 1, typ: "SET", val: "XXXX-XX-XXT" + tk.lex.pod, rule: ruleEveryPOD}, true
	}
	return match{}, false
}

// namedSeries reports whether token k, after a frequency adjective, starts
// the name of a recurring event or publication: a capitalised name
// ("annual Fan Vote", "annual Worldwide Developers Conference") or a
// series noun, possibly after one modifier ("weekly politics podcast").
func (s *scan) namedSeries(k int) bool {
	tk := s.tok(k)
	if tk == nil || tk.kind != kWord || !s.sameSent(k-1, k) {
		return false
	}
	if tk.cap && tk.lex == nil {
		return true
	}
	if s.in(k, seriesNouns) {
		return true
	}
	n := s.tok(k + 1)
	return !tk.cap && n != nil && n.kind == kWord && s.sameSent(k, k+1) && s.in(k+1, seriesNouns)
}

// nounAfter reports whether token k is a lowercase word the lexicon does
// not know, a noun that a count and a singular unit modify ("48 hour
// holds", "24 hour service").
func (s *scan) nounAfter(k int) bool {
	tk := s.tok(k)
	return tk != nil && tk.kind == kWord && !tk.cap && tk.lex == nil && s.sameSent(k-1, k) && tk.space
}
