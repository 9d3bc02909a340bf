package dates

import (
	"sort"

	"github.com/lede-project/lede/extractors"
)

// Tense from the dependency parse. A temporal adverbial modifies the
// predicate of its clause ("concludes two days of meetings Thursday":
// Thursday is an oblique of "concludes", five words off), and that
// predicate's auxiliaries give tense, aspect and modality: "will meet",
// "has closed", "had agreed", "is set to open", "plans to vote". Reported
// speech needs nothing special: "said on Tuesday that she would resign at
// the end of the year" attaches Tuesday to "said" and the end of the year
// to "resign". When the text has no parser, or the parse gives no verdict,
// the word-order heuristics of tense.go decide.

// futureHeads are the lemmas whose infinitival complement lies ahead: "is
// set to open", "plans to vote", "is expected to announce", "is going to
// run", "is due to report", "aims to launch".
var futureHeads = map[string]bool{
	"set": true, "expect": true, "plan": true, "go": true, "due": true, "schedule": true,
	"slate": true, "poise": true, "intend": true, "aim": true, "prepare": true, "hope": true,
}

// futureModals are the modal auxiliaries whose verb lies ahead of the
// time of writing: "may vote as soon as Nov. 4", "must file by Friday".
// "could" and "would" are left out: they are often past ("could not
// attend on Monday", "would visit on Sundays").
var futureModals = map[string]bool{"will": true, "shall": true, "may": true, "might": true, "must": true, "should": true}

// syntaxVerb returns the tense of the predicate that governs the
// expression over tokens [i, j) in the dependency parse, and that
// predicate's token; ok is false when there is no parse or the parse
// gives no verdict.
func (s *scan) syntaxVerb(i, j int) (tense, int, bool) {
	if j <= i || s.t == nil {
		return tNone, -1, false
	}
	w, x := s.t.ParseAt(s.toks[j-1].start)
	if x < 0 {
		return tNone, -1, false
	}
	if c := extractors.Child(w, x, "case"); c >= 0 && timeCases[w[c].Lemma] {
		return tNone, -1, false // "since November", "until Friday": the word-order rules know these
	}
	tags := s.wordTags(w)
	p := governor(w, tags, x, s.toks[i].start, s.toks[j-1].end)
	if p < 0 {
		return tNone, -1, false
	}
	tn := predicateTense(w, tags, p)
	if tn == tNone || !adverbialOf(w, x, p, s.toks[i].start, s.toks[j-1].end) {
		// the verb's tense is the expression's only for an adverbial of
		// it, not for a date inside a noun phrase ("the move comes after
		// Twitter's November rollout", "revealed the Jan 12 meeting
		// would be held")
		return tNone, -1, false
	}
	k := s.tokenAt(w[p].Start)
	if k < 0 {
		return tNone, -1, false
	}
	return tn, k, true
}

// timeCases are the prepositions whose own meaning sets a direction.
var timeCases = map[string]bool{"since": true, "until": true, "till": true, "by": true}

// wordTags returns the Penn tag of each word of w: the pipeline tagger's
// where it tagged the same token (it reads tense better than the parser,
// "beat" after a name), else the parser's.
func (s *scan) wordTags(w []extractors.Syntax) []string {
	tags := make([]string, len(w))
	for x := range w {
		tags[x] = w[x].Tag
		if k := s.tokenAt(w[x].Start); k >= 0 {
			if t := s.tagAt(k); t != "" {
				tags[x] = t
			}
		}
	}
	return tags
}

// parsedVerb reports whether the parse names token k as the predicate the
// expression over tokens [i, j) modifies.
func (s *scan) parsedVerb(i, j, k int) bool {
	_, sk, ok := s.syntaxVerb(i, j)
	return ok && sk == k
}

// governor climbs from word x to the first predicate outside the byte span
// [lo, hi): a verb (by the parser or the tagger), or a word with a copula.
// It returns -1 at the root.
func governor(w []extractors.Syntax, tags []string, x, lo, hi int) int {
	for n := 0; x >= 0 && n < 12; n++ {
		inside := w[x].Start >= lo && w[x].End <= hi
		verb := w[x].UPOS == "VERB" || len(tags[x]) == 3 && tags[x][:2] == "VB" || tags[x] == "VB"
		if !inside && (verb || extractors.Child(w, x, "cop") >= 0) {
			return x
		}
		x = w[x].Head
	}
	return -1
}

// predicateTense reads tense, aspect and modality off predicate p and its
// auxiliaries.
func predicateTense(w []extractors.Syntax, tags []string, p int) tense {
	if tn, ok := auxTense(w, tags, p); ok {
		return tn
	}
	c := extractors.Child(w, p, "cop")
	tag := tags[p]
	if c >= 0 {
		tag = tags[c]
	}
	switch tag {
	case "VBD":
		return tPast
	case "VBP":
		if c < 0 && singularSubject(w, tags, p) {
			// a plural present cannot agree with a singular subject:
			// the verb is a past that looks like its base form ("the
			// IMF forecast growth", "Russia beat Croatia on Monday")
			return tPast
		}
		return tPresent
	case "VBZ":
		return tPresent
	case "VB":
		if w[p].Dep == "xcomp" && w[p].Head >= 0 && futureHeads[w[w[p].Head].Lemma] {
			return tFuture // "plans to vote Monday", "is set to open in March"
		}
	case "VBN":
		if w[p].Dep == "acl" {
			return tPast // "the plan announced Monday"
		}
	}
	return tNone
}

// singularSubject reports whether predicate p has a singular noun subject
// (tagged NN or NNP).
func singularSubject(w []extractors.Syntax, tags []string, p int) bool {
	n := extractors.Child(w, p, "nsubj")
	return n >= 0 && (tags[n] == "NN" || tags[n] == "NNP") && extractors.Child(w, n, "conj") < 0
}

// auxTense reads the auxiliaries of predicate p: a future or modal one, a
// perfect, a past or present one. ok is false when p has none.
func auxTense(w []extractors.Syntax, tags []string, p int) (tense, bool) {
	var kids [8]int
	found := false
	tn := tNone
	for _, a := range extractors.Children(w, p, kids[:0]) {
		if w[a].Dep != "aux" && w[a].Dep != "aux:pass" {
			continue
		}
		found = true
		lem := w[a].Lemma
		switch {
		case futureModals[lem]:
			return tFuture, true
		case tags[a] == "MD":
			return tNone, true
		case lem == "have" && tags[a] == "VBD":
			tn = tPast // "had agreed on Monday"
		case lem == "have" && tn == tNone:
			tn = tPerfect
		case tags[a] == "VBD" && tn == tNone:
			tn = tPast
		case (tags[a] == "VBZ" || tags[a] == "VBP") && tn == tNone:
			tn = tPresent
		}
	}
	if found && tn == tPresent && tags[p] == "VB" && w[p].Dep == "xcomp" {
		tn = tNone
	}
	return tn, found
}

// adverbialOf reports whether word x, in the expression over the byte span
// [lo, hi), modifies predicate p as an adverbial: every link from the
// expression's head up to p is an oblique, an adverb or a temporal
// modifier ("meets Thursday", "taken sometime between 8 AM and 9 PM
// Wednesday"). A date inside a noun phrase is not ("comes after Twitter's
// November rollout", "revealed the Jan 12 meeting would be held"): the
// verb's tense is not its own.
func adverbialOf(w []extractors.Syntax, x, p, lo, hi int) bool {
	for n := 0; x >= 0 && x != p && n < 12; n++ {
		h := w[x].Head
		if h >= 0 && w[h].Start >= lo && w[h].End <= hi {
			x = h // inside the expression ("Jan" under "12")
			continue
		}
		switch w[x].Dep {
		case "obl", "obl:tmod", "obl:unmarked", "obl:npmod", "advmod", "nmod:tmod", "nmod:unmarked", "nmod:npmod", "conj", "appos":
		default:
			return false
		}
		x = h
	}
	return x == p
}

// tokenAt returns the scan token that starts at byte offset off, or -1.
func (s *scan) tokenAt(off int) int {
	k := sort.Search(len(s.toks), func(i int) bool { return s.toks[i].start >= off })
	if k < len(s.toks) && s.toks[k].start == off {
		return k
	}
	return -1
}
