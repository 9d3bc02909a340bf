package venues

import (
	"strings"

	"github.com/lede-project/lede/extractors"
	"github.com/lede-project/lede/extractors/internal/lex"
)

// This file turns an event word into the Venue's Event: what happened, as
// a noun phrase or a short clause, never a bare verb.

// maxPhraseWords bounds an event phrase: a longer subject or object is cut
// to its core noun phrase ("the meeting" for "the meeting that the two
// sides agreed on in December").
const maxPhraseWords = 12

// coreDeps are the relations of a noun's modifiers kept in its core noun
// phrase: "the Jan 12 NATO–Russia meeting", "Obama's visit".
var coreDeps = map[string]bool{"det": true, "amod": true, "compound": true, "nummod": true, "nmod:poss": true, "case": true, "flat": true, "obl:tmod": true, "nmod:tmod": true}

// clauseDeps are the relations of a predicate's dependents kept in its
// event clause: its subject, objects, particle and auxiliaries ("the Jan
// 12 meeting would be held", "Nadal won the decisive doubles match").
var clauseDeps = map[string]bool{"nsubj": true, "nsubj:pass": true, "obj": true, "iobj": true, "compound:prt": true, "aux": true, "aux:pass": true}

// eventText returns the event phrase of the event word at byte offset off,
// whose venue is place: the predicate with its core arguments, or the
// event noun with its modifiers. A word that stays alone gets its place
// ("premiered in Venice"), so the phrase is never one word.
func eventText(t *extractors.Text, off int, place extractors.Span) string {
	w, i := t.ParseAt(off)
	if i >= 0 {
		var lo, hi int
		if isVerb(w[i]) {
			lo, hi = clauseSpan(w, i, place)
		} else if lo, hi = nounSpan(w, i, place); lo == hi && w[i].Dep == "obj" && w[i].Head >= 0 {
			lo, hi = clauseSpan(w, w[i].Head, place) // "opened fire", "held talks"
		}
		if hi > lo {
			return cleanPhrase(t.Text[w[lo].Start:w[hi].End])
		}
	}
	return withPlace(t, off, place)
}

// isVerb reports whether the word is a verb or an auxiliary used as one.
func isVerb(s extractors.Syntax) bool {
	return s.UPOS == "VERB" || s.UPOS == "AUX" || strings.HasPrefix(s.Tag, "VB")
}

// clauseSpan returns the words of predicate i with its core arguments,
// each argument cut to its core noun phrase when it is long; an argument
// that holds the place is left out. A predicate with no argument but its
// auxiliaries stays alone (i, i).
func clauseSpan(w []extractors.Syntax, i int, place extractors.Span) (int, int) {
	lo, hi, args := i, i, 0
	for _, k := range extractors.Children(w, i, nil) {
		if !clauseDeps[w[k].Dep] {
			continue
		}
		a, b := extractors.Subtree(w, k)
		if b-a+1 > maxPhraseWords/2 || overlaps(w, a, b, place) {
			a, b = coreSpan(w, k)
		}
		if overlaps(w, a, b, place) || hi-lo+1 > maxPhraseWords {
			continue
		}
		if !strings.HasPrefix(w[k].Dep, "aux") && w[k].Dep != "compound:prt" {
			args++
		}
		lo, hi = min(lo, a), max(hi, b)
	}
	if args == 0 || hi-lo+1 > maxPhraseWords || overlaps(w, lo, hi, place) {
		return i, i
	}
	return lo, hi
}

// nounSpan returns event noun i with its core modifiers ("the decisive
// doubles match"), or i alone when they would hold the place.
func nounSpan(w []extractors.Syntax, i int, place extractors.Span) (int, int) {
	a, b := coreSpan(w, i)
	if overlaps(w, a, b, place) {
		return i, i
	}
	return a, b
}

// coreSpan returns word i with the run of its core modifiers (coreDeps)
// next to it: leftwards up to a preposition or a word outside them ("the
// decisive doubles match" in "hopes alive in the decisive doubles
// match"), rightwards over its flat parts and numbers.
func coreSpan(w []extractors.Syntax, i int) (int, int) {
	lo, hi := i, i
	for lo > 0 && w[lo-1].Dep != "case" && w[lo-1].UPOS != "PUNCT" && modifies(w, lo-1, i) {
		lo--
	}
	for hi+1 < len(w) && w[hi+1].Head == i && (w[hi+1].Dep == "flat" || w[hi+1].Dep == "nummod") {
		hi++
	}
	return trimCase(w, lo, hi)
}

// modifies reports whether word k reaches word i through core modifier
// relations, within four steps.
func modifies(w []extractors.Syntax, k, i int) bool {
	for n := 0; n < 4 && k >= 0; n++ {
		if !coreDeps[w[k].Dep] {
			return false
		}
		if w[k].Head == i {
			return true
		}
		k = w[k].Head
	}
	return false
}

// trimCase drops a preposition opening the span ("in the final" gives
// "the final").
func trimCase(w []extractors.Syntax, lo, hi int) (int, int) {
	for lo < hi && (w[lo].Dep == "case" || w[lo].Dep == "mark" || w[lo].Dep == "cc" || w[lo].UPOS == "PUNCT") {
		lo++
	}
	for hi > lo && w[hi].UPOS == "PUNCT" {
		hi--
	}
	return lo, hi
}

// overlaps reports whether words lo..hi overlap the place.
func overlaps(w []extractors.Syntax, lo, hi int, place extractors.Span) bool {
	return w[lo].Start < place.End && place.Start < w[hi].End
}

// withPlace returns the word at off followed by the words up to the end
// of the place when they are few ("premiered in Venice"), else the word
// and the place ("held … Brussels" as "held in Brussels" is not always
// written): the event phrase of a word the parse cannot widen.
func withPlace(t *extractors.Text, off int, place extractors.Span) string {
	k := extractors.SearchTokens(t.Tokens, off)
	if k >= len(t.Tokens) {
		return place.Text
	}
	word := t.Tokens[k]
	if word.End <= place.Start && len(strings.Fields(t.Text[word.End:place.Start])) <= 4 && !strings.ContainsAny(t.Text[word.End:place.Start], ".;\n") {
		return cleanPhrase(t.Text[word.Start:place.End])
	}
	return cleanPhrase(word.Text + " at " + place.Text)
}

// cleanPhrase folds the whitespace of a phrase, drops a dateline the
// parse took into it ("ROME — Thousands marched") and trims the
// punctuation around it.
func cleanPhrase(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if head, rest, ok := strings.Cut(s, " — "); ok && lex.AllCaps(head) && rest != "" {
		s = rest
	}
	return strings.Trim(s, " ,;:—–-\"“”'‘’(")
}
