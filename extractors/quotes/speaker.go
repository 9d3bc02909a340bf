package quotes

import (
	"slices"
	"strings"
	"unicode"

	"github.com/lede-project/lede/extractors/internal/lex"
)

// This file reads the speaker phrase next to a cue: the subject before it
// ("Okafor's spokesman, Tim Reyes, said"), the noun phrase after an
// inverted cue ("said Tomas Brenner, the president of …") or after
// "according to" and "by". It returns the head mention: a name with its
// title stripped, a pronoun, or a description kept as written.

// clauseStops end a subject when reading backwards from a cue.
var clauseStops = toSet(`and but or that because while when as if although though since after
before where whereas so yet than said says told what which whom`)

// subjectBefore reads the subject of the cue at words[c] from words[lo:c].
func subjectBefore(words []word, lo, c int) (mention, bool) {
	return subjectBeforeDepth(words, lo, c, 0)
}

// subjectBeforeDepth is subjectBefore looking past at most 2-depth
// coordinated or object clauses.
func subjectBeforeDepth(words []word, lo, c, depth int) (mention, bool) {
	j := c - 1
	for j >= lo && !words[j].punct && !lex.QCap(words[j].text) && (auxiliaries[words[j].low] || strings.HasSuffix(words[j].low, "ly")) {
		j--
	}
	if j < lo {
		return mention{}, false
	}
	if lj := words[j].low; (lj == "and" || lj == "but" || lj == "or") && depth < 2 {
		return coordinatedSubject(words, j, depth)
	}
	segs, k, atVerb := commaSegments(words, lo, j)
	if len(segs) == 0 {
		return mention{}, false
	}
	// "The company that runs the AMAs, Dick Clark Productions, denies":
	// a first segment cut at a verb is an object, not the subject.
	if atVerb && len(segs) > 1 {
		segs = segs[1:]
	}
	// Drop leading adverbials ("Later", "in remarks at …").
	for len(segs) > 1 && segmentKind(words, segs[0]) == 'p' {
		segs = segs[1:]
	}
	last := segs[len(segs)-1]
	if words[j].text != "," && segmentKind(words, last) != 'r' && len(segs) > 1 {
		// "In a separate tweet, the group added": no comma before the
		// cue, so only the last segment is the subject unless the
		// earlier ones are appositives of a name.
		if segmentKind(words, last) == 'n' || segmentKind(words, segs[0]) != 'n' {
			segs = segs[len(segs)-1:]
		}
	}
	// A name right after a role names the role's holder when the subject
	// opens with "the" and place names: "The Mandan, North Dakota, police
	// chief, Jason Ziegler, has asserted" (but "Dylan Nelson, a fellow at
	// the institute in Munich, Germany, said" is Nelson's).
	for i := 2; i < len(segs) && words[segs[0][0]].low == "the"; i++ {
		if segmentKind(words, segs[i]) == 'n' && segmentKind(words, segs[i-1]) == 'd' {
			return readNP(words, segs[i][0], segs[i][1]), true
		}
	}
	// The first name-headed segment wins; else the first description.
	for _, sg := range segs {
		if segmentKind(words, sg) == 'n' {
			return readNP(words, sg[0], sg[1]), true
		}
	}
	for _, sg := range segs {
		if segmentKind(words, sg) == 'd' {
			m := readNP(words, sg[0], sg[1])
			// "X issued a statement warning …": the statement's author.
			if atVerb && depth < 2 && len(segs) == 1 && k >= lo && m.kind == kindDescribed && documentNouns[lower(words[headEnd(words, sg[0], sg[1])-1].text)] {
				if m2, ok := subjectBeforeDepth(words, lo, k, depth+1); ok {
					return m2, true
				}
			}
			return m, true
		}
	}
	return mention{}, false
}

// coordinatedSubject reads the subject of a cue coordinated with an earlier
// verb at words[j] ("X accused … and warned"): the subject of the first
// verb.
func coordinatedSubject(words []word, j, depth int) (mention, bool) {
	for v := j - 1; v >= 0; v-- {
		if words[v].punct && words[v].text != "," && words[v].text != markerText {
			break
		}
		if (verbish(words[v]) || words[v].tag == "VBN") && !auxiliaries[words[v].low] {
			return subjectBeforeDepth(words, clauseStart(words, v), v, depth+1)
		}
	}
	return mention{}, false
}

// commaSegments splits words[lo:j+1] into comma segments, reading
// backwards from j and stopping at a clause boundary. It returns the
// segments in text order, the index k where reading stopped, and whether
// it stopped at a verb.
func commaSegments(words []word, lo, j int) (segs [][2]int, k int, atVerb bool) {
	end := j + 1
	for k = j; k >= lo; k-- {
		w := words[k]
		if w.punct {
			if w.text == "," {
				if end > k+1 {
					segs = append(segs, [2]int{k + 1, end})
				}
				end = k
				continue
			}
			if w.text == "'" || w.text == "’" || w.text == "-" || w.text == "&" || w.text == "." {
				continue
			}
			break
		}
		lw := w.low
		if k != j && pronouns[contractionBase(lw)] && end == k+1 {
			// A pronoun right before a comma segment is the clause's own
			// subject only when nothing else follows.
			break
		}
		if k != j && (verbish(w) || clauseStops[lw]) {
			// Inside a relative clause ("Reed, who will be the merged
			// company's chairman, told"): the clause is one segment.
			if r := relativeStart(words, lo, k); r >= 0 {
				k = r
				continue
			}
		}
		if clauseStops[lw] && k != j {
			if appositiveAnd(words, lo, j, k, len(segs)) {
				continue
			}
			break
		}
		if k != j && verbish(w) {
			atVerb = true
			break
		}
		if k != j && pronouns[contractionBase(lw)] {
			break
		}
	}
	if end > k+1 {
		segs = append(segs, [2]int{k + 1, end})
	}
	slices.Reverse(segs)
	return segs, k, atVerb
}

// appositiveAnd reports whether the "and" at words[k] is inside an
// appositive, so the subject goes on before it: "CEO and president" (a
// name or title follows, no comma segment yet), ", and co-author of the
// study," (between commas, the cue after a comma).
func appositiveAnd(words []word, lo, j, k, nsegs int) bool {
	if words[k].low != "and" {
		return false
	}
	if k+1 < len(words) && (lex.QCap(words[k+1].text) || titleWords[words[k+1].low]) && nsegs == 0 {
		return true
	}
	if k > lo && words[k-1].text == "," && words[j].text == "," {
		return true
	}
	// "Jim Cantrell, Vector Space Systems CEO and a founding member of
	// SpaceX, told": two roles joined inside an appositive closed by a
	// comma before the cue.
	return k > lo && k+1 < len(words) && words[j].text == "," && determiners[words[k+1].low] &&
		!words[k-1].punct && !verbish(words[k-1])
}

// relativeStart returns the index of the relative pronoun that opens the
// comma segment holding words[k], or -1.
func relativeStart(words []word, lo, k int) int {
	for r := k; r >= lo; r-- {
		if words[r].punct {
			return -1
		}
		switch words[r].low {
		case "who", "which", "whose", "whom":
			if r > lo && words[r-1].text == "," {
				return r
			}
			return -1
		}
	}
	return -1
}

// contractionBase strips 'd, 's, 'll, 've and 're from a pronoun.
func contractionBase(w string) string {
	if i := strings.IndexByte(w, '\''); i > 0 {
		return w[:i]
	}
	return w
}

// subjectAfter reads the noun phrase after an inverted cue or "according
// to" / "by": words[i:] up to a comma, a preposition or the clause end.
func subjectAfter(words []word, i, hi int) (mention, bool) {
	e := i
	for e < hi {
		w := words[e]
		if w.punct {
			if w.text == "'" || w.text == "’" || w.text == "-" || w.text == "&" {
				e++
				continue
			}
			break
		}
		lw := w.low
		if e > i && (prepositions[lw] || clauseStops[lw] || lw == "who" || lw == "which") {
			// "of" inside a description is part of it.
			if (lw == "of" || lw == "for" || lw == "at") && !lex.QCap(words[e-1].text) {
				e++
				continue
			}
			if placePhrase(words, i, e, hi) {
				e++
				continue
			}
			break
		}
		if e > i && (verbish(w) || strings.HasSuffix(lw, "ing") && !lex.QCap(w.text)) {
			break // "said Shotwell referring to …"
		}
		e++
	}
	if e == i {
		return mention{}, false
	}
	m := readNP(words, i, e)
	// "said the singer, Dana Wells": the name in apposition.
	if (m.kind == kindDescribed || m.kind == kindAnaphor) && e+1 < hi && words[e].text == "," && lex.QCap(words[e+1].text) {
		if m2 := readNP(words, e+1, appositionEnd(words, e+1, hi)); m2.kind == kindName {
			return m2, true
		}
	}
	if e+1 < hi && m.kind == kindDescribed && documentNouns[words[headEnd(words, i, e)-1].low] {
		// "a 2018 survey by Penelope Muse Abernathy"
		if lw := words[e].low; lw == "by" || lw == "from" || lw == "of" {
			if m2, ok := subjectAfter(words, e+1, hi); ok && m2.kind == kindName {
				return m2, true
			}
		}
	}
	return m, m.kind != kindNone
}

// appositionEnd returns the end of the capitalised run starting at
// words[i].
func appositionEnd(words []word, i, hi int) int {
	e := i
	for e < hi && !words[e].punct && (lex.QCap(words[e].text) || nameParticle(words[e].low)) {
		e++
	}
	return e
}

// placePhrase reports whether words[e], "in" or "from" after an
// indefinite description starting at words[i], opens a phrase that places
// the description and runs to the end of the clause (hi) with a capitalised
// word and no verb: said "a GOP insider in the first-in-the-nation primary
// state of New Hampshire", "a nurse from Leeds". A description that names
// no one is kept as written, whole.
func placePhrase(words []word, i, e, hi int) bool {
	if lw := words[e].low; (lw != "in" && lw != "from") || !indefinites[words[i].low] || lex.QCap(words[e-1].text) || documentNouns[words[e-1].low] {
		return false // "a report from Kotak Institutional Equities" is Kotak's
	}
	capital := false
	for k := e + 1; k < hi; k++ {
		w := words[k]
		if w.punct && w.text != "-" && w.text != "'" && w.text != "’" || verbish(w) || w.low == "who" || w.low == "which" {
			return false
		}
		capital = capital || lex.QCap(w.text)
	}
	return capital
}

// segmentKind classifies a comma segment: 'n' headed by a name, 'd' a
// description, 'r' a relative clause, 'p' a prepositional or adverbial
// phrase, 'x' anything else.
func segmentKind(words []word, sg [2]int) byte {
	first := lower(words[sg[0]].text)
	switch {
	case first == "who" || first == "which" || first == "whose" || first == "whom":
		return 'r'
	case prepositions[first] || strings.HasSuffix(first, "ly") || first == "later" || first == "meanwhile" ||
		first == "however" || first == "speaking" || first == "according" || first == "too" || first == "though":
		return 'p'
	}
	if verbish(words[sg[0]]) || strings.HasSuffix(first, "ing") && words[sg[0]].tag != "NN" {
		return 'x'
	}
	head := headEnd(words, sg[0], sg[1])
	last := words[head-1]
	if !last.punct && lex.QCap(last.text) && !possessive(words, head-1, sg[1]) {
		return 'n'
	}
	for k := sg[0]; k < head; k++ {
		if words[k].punct {
			continue
		}
		lw := words[k].low
		if pronouns[lw] && head-sg[0] == 1 {
			return 'n'
		}
	}
	if r := []rune(last.text)[0]; !last.punct && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
		return 'd'
	}
	return 'x'
}
