package quotes

import "github.com/lede-project/lede/extractors/internal/lex"

// This file holds the reporting cues: verbs of saying and writing (their
// list is lex.ReportingLemma's), and the multi-word cues ("according to", "was quoted as
// saying", "pointed out").

// isCue reports whether words[i] starts a reporting cue and returns the
// number of words it spans and its lemma.
func isCue(words []word, i int) (n int, lemma string) {
	w := words[i].low
	next := func(k int) string {
		if i+k < len(words) && !words[i+k].punct {
			return words[i+k].low
		}
		return ""
	}
	switch w {
	case "according":
		if next(1) == "to" {
			return 2, "according to"
		}
		return 0, ""
	case "was", "were", "is", "are", "has", "have", "had", "been":
		// "was quoted as saying", "has been quoted as saying"
		k := 1
		if next(k) == "been" {
			k++
		}
		if next(k) == "quoted" && next(k+1) == "as" && (next(k+2) == "saying" || next(k+2) == "telling") {
			return k + 3, "quote"
		}
		return 0, ""
	case "quoted":
		if next(1) == "as" && (next(2) == "saying" || next(2) == "telling") {
			return 3, "quote"
		}
		return 0, ""
	case "pointed", "points", "point", "pointing":
		if next(1) == "out" {
			return 2, "point out"
		}
		return 0, ""
	case "went", "goes", "go":
		if next(1) == "on" {
			return 2, "go on"
		}
		return 0, ""
	case "message", "words":
		// "That was the message from organizer X"
		if next(1) == "from" {
			return 1, "message"
		}
		return 0, ""
	}
	if lemma, ok := lex.ReportingLemma(w); ok {
		return 1, lemma
	}
	return 0, ""
}
