package dates

import (
	"strings"

	"github.com/lede-project/lede/extractors"
	"github.com/lede-project/lede/extractors/internal/lex"
)

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
	tn, _ := s.verbAround(i, j)
	return tn
}

// verbAround is tenseAround that also returns the deciding verb's token
// (-1 when there is none).
func (s *scan) verbAround(i, j int) (tense, int) {
	if tn, k, ok := s.syntaxVerb(i, j); ok {
		return tn, k
	}
	right := s.is(i-1, "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "s")
	if right {
		if tn, k := s.verbRight(j, tenseWindow); tn != tNone {
			return tn, k
		}
		return s.verbLeft(i, tenseWindow)
	}
	if tn, k := s.verbLeft(i, tenseWindow); tn != tNone {
		return tn, k
	}
	return s.verbRight(j, tenseWindow)
}

// tenseLeft looks for a tensed verb among the n tokens before token i.
func (s *scan) tenseLeft(i, n int) tense {
	tn, _ := s.verbLeft(i, n)
	return tn
}

// verbLeft returns the tense and token of the nearest tensed verb among the
// n tokens before token i.
func (s *scan) verbLeft(i, n int) (tense, int) {
	for k := i - 1; k >= 0 && k >= i-n && s.sameSent(k, i); k-- {
		if tn := s.verbTense(k, false); tn != tNone {
			return tn, k
		}
	}
	return tNone, -1
}

// verbRight returns the tense and token of the nearest tensed verb among
// the n tokens from token j.
func (s *scan) verbRight(j, n int) (tense, int) {
	for k := j; k < len(s.toks) && k < j+n && s.sameSent(k, j-1); k++ {
		if tn := s.verbTense(k, true); tn != tNone {
			return tn, k
		}
	}
	return tNone, -1
}

// tagAt returns the Penn tag of the pipeline token starting at token i's
// offset, or "".
func (s *scan) tagAt(i int) string {
	toks := s.t.Tokens
	if len(toks) == 0 {
		return ""
	}
	off := s.toks[i].start
	k := extractors.SearchTokens(toks, off)
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
		if !s.contracted(k) {
			return tPerfect // "has met", "have agreed"
		}
		// "haven't yet qualified for the December debate": the tagger's
		// reading of the contraction decides (a present: not done yet)
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
	case "VBP":
		if t := s.tagAt(k - 1); (t == "NN" || t == "NNP") && !s.is(k-2, "and", "of") {
			// a plural present right after a singular noun does not
			// agree: a past like its base ("the IMF forecast growth")
			return tPast
		}
		return tPresent
	case "VBZ":
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

// scheduleTense is tenseAround for expressions that name a day, month or
// season without its year: a present-tense verb of the same clause states
// a schedule ("the tour stops at the arena on July 22", "goes on sale in
// the summer"), so it counts as future, unless it is a verb of saying or a
// copula some way off.
func (s *scan) scheduleTense(i, j int) tense {
	if s.deferredTo(i) {
		return tFuture
	}
	tn, k := s.verbAround(i, j)
	if tn != tPresent || k < 0 || s.reporting(k) || s.in(k, stativeVerbs) {
		return tn
	}
	if s.parsedVerb(i, j, k) {
		return tFuture // the parse says the verb governs the expression
	}
	d := i - k
	if k >= j {
		d = k - j + 1
	}
	if d > 8 || s.is(k, "is", "are", "am") && d > 3 {
		return tn
	}
	if k < i && d > 4 && !s.nextVerbFar(j) {
		tr, _ := s.verbRight(j, 3)
		return tr // "the band that plays tonight on July 22 announced"
	}
	return tFuture
}

// deferredTo reports whether the expression at token i is the time
// something was put off to: "the talks were postponed until December",
// "delayed the vote to March 5". However past the verb, that time is ahead.
func (s *scan) deferredTo(i int) bool {
	if !s.is(i-1, "until", "till", "to") {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-6 && s.sameSent(k, i); k-- {
		if s.in(k, deferVerbs) {
			return true
		}
	}
	return false
}

// nextVerbFar reports whether no tensed verb follows within three tokens
// of token j: "NASA on Monday enlisted help" is governed by the verb
// right after the expression, not by one further left.
func (s *scan) nextVerbFar(j int) bool {
	tn, _ := s.verbRight(j, 3)
	return tn == tNone
}

// reporting reports whether token k is a verb of saying (lex's list, the
// one home of it, less data/schedule_verbs.txt) or of opinion
// (data/opinion_verbs.txt) ("believes", "thinks"): news writes
// "officials say" of things already said, so a present-tense one does not
// make a weekday future the way "meets" or "begins" does ("the committee
// meets Tuesday").
func (s *scan) reporting(k int) bool {
	tk := s.tok(k)
	if tk == nil || tk.kind != kWord {
		return false
	}
	w := strings.ToLower(s.raw(k))
	if _, ok := lex.ReportingLemma(w); ok && !scheduleVerbs.has(w) {
		return true
	}
	return opinionVerbs.has(w)
}

// contracted reports whether token k is glued to "n't" ("haven't",
// "hasn't"), as the pipeline's tokenizer splits it ("have" "n't").
func (s *scan) contracted(k int) bool {
	return s.glued(k) && s.is(k+1, "n") && s.glued(k+1) && s.isApos(k+2)
}
