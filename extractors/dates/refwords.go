package dates

// The TIMEX3 reference points: PRESENT_REF (now, currently, today's world),
// PAST_REF (recently, the past) and FUTURE_REF (the future, sometime soon).

// refWords matches the TIMEX3 reference points: now, currently, these days
// (PRESENT_REF); recently, the past (PAST_REF); the future, the near future,
// sometime soon (FUTURE_REF).
func (s *scan) refWords(i int) (match, bool) {
	ref := func(end int, v string) (match, bool) {
		return match{end: end, typ: "DATE", val: v, rule: ruleRef}, true
	}
	switch s.w(i) {
	case "now", "currently", "nowadays", "presently":
		if s.isHyphen(i+1) && s.glued(i) && s.glued(i+1) && s.tok(i+2).kind == kWord {
			return match{}, false // "the now-cancelled deal": one word, an adjective
		}
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
		if !s.has(i+1, wUnit) && !s.has(i+1, wSeason) && s.tok(i+1) != nil && s.toks[i+1].kind == kWord &&
			!s.currentKind(i) {
			return ref(i+1, "PRESENT_REF")
		}
	case "long":
		// "released long ago", but not "how long ago"
		if s.is(i+1, "ago") && !s.is(i-1, "how", "so", "too", "as") {
			return ref(i+2, "PAST_REF")
		}
	case "the":
		j := i + 1
		switch s.w(j) {
		case "centuries":
			if s.is(i-1, "over", "through", "across", "down", "throughout") {
				return match{end: j + 1, typ: "DURATION", val: "PXCE", rule: ruleVagueCenturies}, true
			}
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

// nowadays reports whether token k, after "today's", makes "today" mean
// the present age rather than the day (TimeML PRESENT_REF): a generic noun
// ("today's world", "today's youth") or a bare proper name ("today's GM.",
// "today's America,"), but not a day's event ("today's vote", "today's
// Senate hearing").
func (s *scan) nowadays(k int) bool {
	if s.in(k, nowadaysNouns) {
		return true
	}
	tk := s.tok(k)
	if tk == nil || tk.kind != kWord || !tk.cap || tk.lex != nil {
		return false
	}
	n := s.tok(k + 1)
	return n == nil || !s.sameSent(k, k+1) ||
		n.kind == kPunct && !s.isHyphen(k+1) && !s.isApos(k+1) && !s.punct(k+1, "&") &&
			!(s.punct(k+1, ".") && s.glued(k+1)) // "today's U.S. economy"
}

// currentKind reports whether "current" at token i selects an item
// ("the current model", "the current RAV4", "five current models") rather
// than placing something in the present ("the current crisis").
func (s *scan) currentKind(i int) bool {
	if _, nd := s.num(i - 1); nd > 0 || s.has(i-1, wNumber) {
		return true
	}
	n := s.tok(i + 1)
	if n == nil || !s.sameSent(i, i+1) {
		return false
	}
	return n.cap && n.lex == nil || s.in(i+1, kindNouns)
}
