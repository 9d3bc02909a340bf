package extractors

import "strings"

// Tense decides the direction of expressions that do not fix it themselves:
// "Monday" in "met on Monday" is last Monday, in "will meet on Monday" the
// next one. It looks for the verb nearest the expression in its sentence,
// using the Penn tags of Text.Tokens when the pipeline gave them and a small
// word list otherwise.

// tenseWindow is how many tokens on each side are examined.
const tenseWindow = 14

// tenseAround returns the tense of the clause around tokens [i, j). The
// verb governing a temporal adverbial usually comes before it ("met on
// Monday", "will hold talks on Jan 10"), so the left side is searched
// first; an expression that premodifies a noun ("the Jan 12 meeting would
// be held") is governed by the verb after it.
func (s *scan) tenseAround(i, j int) tense {
	right := s.is(i-1, "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "s")
	if right {
		if tn := s.tenseRight(j, tenseWindow); tn != tNone {
			return tn
		}
		return s.tenseLeft(i, tenseWindow)
	}
	if tn := s.tenseLeft(i, tenseWindow); tn != tNone {
		return tn
	}
	return s.tenseRight(j, tenseWindow)
}

// tenseLeft looks for a tensed verb among the n tokens before token i.
func (s *scan) tenseLeft(i, n int) tense {
	for k := i - 1; k >= 0 && k >= i-n && s.sameSent(k, i); k-- {
		if tn := s.verbTense(k, false); tn != tNone {
			return tn
		}
	}
	return tNone
}

// tenseRight looks for a tensed verb among the n tokens from token j.
func (s *scan) tenseRight(j, n int) tense {
	for k := j; k < len(s.toks) && k < j+n && s.sameSent(k, j-1); k++ {
		if tn := s.verbTense(k, true); tn != tNone {
			return tn
		}
	}
	return tNone
}

// tagAt returns the Penn tag of the pipeline token starting at token i's
// offset, or "".
func (s *scan) tagAt(i int) string {
	toks := s.t.Tokens
	if len(toks) == 0 {
		return ""
	}
	off := s.toks[i].start
	k := searchTokens(toks, off)
	if k < len(toks) && toks[k].Start == off {
		return toks[k].Tag
	}
	return ""
}

// verbTense classifies token k as a tense-bearing verb, or tNone. after
// says the verb follows the expression: "the Jan 12 meeting would be held"
// is a future in the past, so "would" counts as future there.
func (s *scan) verbTense(k int, after bool) tense {
	tk := &s.toks[k]
	if tk.kind != kWord {
		return tNone
	}
	w := tk.low
	switch w {
	case "will", "shall":
		return tFuture
	case "would":
		if after {
			return tFuture
		}
		return tNone
	case "ll":
		if s.isApos(k - 1) {
			return tFuture
		}
	case "wo":
		if s.raw(k+1) == "n" || strings.HasPrefix(s.raw(k+1), "n") {
			return tFuture
		}
	case "is", "are", "am":
		if s.is(k+1, "expected", "scheduled", "set", "due", "going") {
			return tFuture
		}
		return tPresent
	case "has", "have":
		if s.is(k+1, "been") {
			return tNone // "has been scheduled": the participle may say more
		}
		return tPerfect // "has met", "have agreed"
	case "scheduled", "upcoming", "tomorrow", "slated":
		return tFuture
	case "expected", "set", "due", "planned", "plans", "plan", "poised", "going":
		if s.is(k+1, "to") {
			return tFuture
		}
	}
	tag := s.tagAt(k)
	switch tag {
	case "MD", "VB", "VBG", "TO":
		return tNone
	case "VBD":
		return tPast
	case "VBN":
		return tNone // a participle: its auxiliary, if any, decides
	case "VBZ", "VBP":
		return tPresent
	case "":
		// No tags: known past forms and regular -ed verbs, unless they
		// are participles (after an auxiliary or a comma).
		past := false
		if tk.lex != nil && tk.lex.class&wPast != 0 {
			past = w != "earlier" && w != "ago" && w != "previously" && w != "recently" && w != "yesterday"
		} else if !tk.cap && tk.end-tk.start > 4 && strings.HasSuffix(s.text[tk.start:tk.end], "ed") {
			past = true
		}
		if past && (s.is(k-1, "be", "been", "being", "is", "are", "was", "were", "will", "has", "have", "had", "would", "could", "should", "might", "must") || s.punct(k-1, ",")) {
			return tNone
		}
		if past {
			return tPast
		}
	}
	return tNone
}
