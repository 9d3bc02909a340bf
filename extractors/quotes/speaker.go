package quotes

import (
	"strings"
	"unicode"

	"github.com/lede-project/lede/extractors/internal/lex"
)

// This file reads the speaker phrase next to a cue: the subject before it
// ("Okafor's spokesman, Tim Reyes, said"), the noun phrase after an
// inverted cue ("said Tomas Brenner, the president of …") or after
// "according to" and "by". It returns the head mention: a name with its
// title stripped, a pronoun, or a description kept as written.

// qClauseStops end a subject when reading backwards from a cue.
var qClauseStops = toSet(`and but or that because while when as if although though since after
before where whereas so yet than said says told what which whom`)

// qSubjectBefore reads the subject of the cue at words[c] from words[lo:c].
func qSubjectBefore(words []qWord, lo, c int) (qMention, bool) {
	return qSubjectBeforeDepth(words, lo, c, 0)
}

func qSubjectBeforeDepth(words []qWord, lo, c, depth int) (qMention, bool) {
	j := c - 1
	for j >= lo && !words[j].punct && !lex.QCap(words[j].text) && (qAux[words[j].low] || strings.HasSuffix(words[j].low, "ly")) {
		j--
	}
	if j < lo {
		return qMention{}, false
	}
	// "X accused … and warned": the subject of the first verb.
	if lj := words[j].low; (lj == "and" || lj == "but" || lj == "or") && depth < 2 {
		for v := j - 1; v >= 0; v-- {
			if words[v].punct && words[v].text != "," && words[v].text != qMarkerText {
				break
			}
			if (qVerbish(words[v]) || words[v].tag == "VBN") && !qAux[words[v].low] {
				return qSubjectBeforeDepth(words, qClauseStart(words, v), v, depth+1)
			}
		}
		return qMention{}, false
	}
	// Split [lo, j] into comma segments, reading backwards, and stop at a
	// clause boundary.
	var segs [][2]int
	end := j + 1
	k := j
	atVerb := false
	for ; k >= lo; k-- {
		w := words[k]
		if w.punct {
			switch w.text {
			case ",":
				if end > k+1 {
					segs = append(segs, [2]int{k + 1, end})
				}
				end = k
				continue
			case "'", "’", "-", "&", ".":
				continue
			}
			break
		}
		lw := w.low
		if k != j && qPronouns[qContractionBase(lw)] && end == k+1 {
			// A pronoun right before a comma segment is the clause's own
			// subject only when nothing else follows.
			break
		}
		if k != j && (qVerbish(w) || qClauseStops[lw]) {
			// Inside a relative clause ("Reed, who will be the merged
			// company's chairman, told"): the clause is one segment.
			if r := qRelativeStart(words, lo, k); r >= 0 {
				k = r
				continue
			}
		}
		if qClauseStops[lw] && k != j {
			// "and" inside an appositive ("CEO and president") keeps
			// going when a name or title follows; otherwise stop.
			if lw == "and" && k+1 < len(words) && (lex.QCap(words[k+1].text) || qTitleWords[words[k+1].low]) && len(segs) == 0 {
				continue
			}
			// ", and co-author of the study,": one more appositive.
			if lw == "and" && k > lo && words[k-1].text == "," && words[j].text == "," {
				continue
			}
			break
		}
		if k != j && qVerbish(w) {
			atVerb = true
			break
		}
		if k != j && qPronouns[qContractionBase(lw)] {
			break
		}
	}
	if end > k+1 {
		segs = append(segs, [2]int{k + 1, end})
	}
	if len(segs) == 0 {
		return qMention{}, false
	}
	// segs is last-first; walk them in text order.
	for a, b := 0, len(segs)-1; a < b; a, b = a+1, b-1 {
		segs[a], segs[b] = segs[b], segs[a]
	}
	// "The company that runs the AMAs, Dick Clark Productions, denies":
	// a first segment cut at a verb is an object, not the subject.
	if atVerb && len(segs) > 1 {
		segs = segs[1:]
	}
	// Drop leading adverbials ("Later", "in remarks at …").
	for len(segs) > 1 && qSegmentKind(words, segs[0]) == 'p' {
		segs = segs[1:]
	}
	last := segs[len(segs)-1]
	if words[j].text != "," && qSegmentKind(words, last) != 'r' && len(segs) > 1 {
		// "In a separate tweet, the group added": no comma before the
		// cue, so only the last segment is the subject unless the
		// earlier ones are appositives of a name.
		if qSegmentKind(words, last) == 'n' || qSegmentKind(words, segs[0]) != 'n' {
			segs = segs[len(segs)-1:]
		}
	}
	// The first name-headed segment wins; else the first description.
	for _, sg := range segs {
		if qSegmentKind(words, sg) == 'n' {
			return qReadNP(words, sg[0], sg[1]), true
		}
	}
	for _, sg := range segs {
		if qSegmentKind(words, sg) == 'd' {
			m := qReadNP(words, sg[0], sg[1])
			// "X issued a statement warning …": the statement's author.
			if atVerb && depth < 2 && len(segs) == 1 && k >= lo && m.kind == qDescribed && qDocumentNouns[qLower(words[qHeadEnd(words, sg[0], sg[1])-1].text)] {
				if m2, ok := qSubjectBeforeDepth(words, lo, k, depth+1); ok {
					return m2, true
				}
			}
			return m, true
		}
	}
	return qMention{}, false
}

// qRelativeStart returns the index of the relative pronoun that opens the
// comma segment holding words[k], or -1.
func qRelativeStart(words []qWord, lo, k int) int {
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

// qContractionBase strips 'd, 's, 'll, 've and 're from a pronoun.
func qContractionBase(w string) string {
	if i := strings.IndexByte(w, '\''); i > 0 {
		return w[:i]
	}
	return w
}

// qSubjectAfter reads the noun phrase after an inverted cue or "according
// to" / "by": words[i:] up to a comma, a preposition or the clause end.
func qSubjectAfter(words []qWord, i, hi int) (qMention, bool) {
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
		if e > i && (qPrepositions[lw] || qClauseStops[lw] || lw == "who" || lw == "which") {
			// "of" inside a description is part of it.
			if (lw == "of" || lw == "for" || lw == "at") && !lex.QCap(words[e-1].text) {
				e++
				continue
			}
			break
		}
		if e > i && (qVerbish(w) || strings.HasSuffix(lw, "ing") && !lex.QCap(w.text)) {
			break // "said Shotwell referring to …"
		}
		e++
	}
	if e == i {
		return qMention{}, false
	}
	m := qReadNP(words, i, e)
	// "said the singer, Dana Wells": the name in apposition.
	if (m.kind == qDescribed || m.kind == qAnaphor) && e+1 < hi && words[e].text == "," && lex.QCap(words[e+1].text) {
		if m2 := qReadNP(words, e+1, qAppositionEnd(words, e+1, hi)); m2.kind == qName {
			return m2, true
		}
	}
	if e+1 < hi && m.kind == qDescribed && qDocumentNouns[words[qHeadEnd(words, i, e)-1].low] {
		// "a 2018 survey by Penelope Muse Abernathy"
		if lw := words[e].low; lw == "by" || lw == "from" || lw == "of" {
			if m2, ok := qSubjectAfter(words, e+1, hi); ok && m2.kind == qName {
				return m2, true
			}
		}
	}
	return m, m.kind != qNone
}

// qAppositionEnd returns the end of the capitalised run starting at
// words[i].
func qAppositionEnd(words []qWord, i, hi int) int {
	e := i
	for e < hi && !words[e].punct && (lex.QCap(words[e].text) || qNameParticle(words[e].low)) {
		e++
	}
	return e
}

// qSegmentKind classifies a comma segment: 'n' headed by a name, 'd' a
// description, 'r' a relative clause, 'p' a prepositional or adverbial
// phrase, 'x' anything else.
func qSegmentKind(words []qWord, sg [2]int) byte {
	first := qLower(words[sg[0]].text)
	switch {
	case first == "who" || first == "which" || first == "whose" || first == "whom":
		return 'r'
	case qPrepositions[first] || strings.HasSuffix(first, "ly") || first == "later" || first == "meanwhile" ||
		first == "however" || first == "speaking" || first == "according" || first == "too" || first == "though":
		return 'p'
	}
	if qVerbish(words[sg[0]]) || strings.HasSuffix(first, "ing") && words[sg[0]].tag != "NN" {
		return 'x'
	}
	head := qHeadEnd(words, sg[0], sg[1])
	last := words[head-1]
	if !last.punct && lex.QCap(last.text) && !qPossessive(words, head-1, sg[1]) {
		return 'n'
	}
	for k := sg[0]; k < head; k++ {
		if words[k].punct {
			continue
		}
		lw := words[k].low
		if qPronouns[lw] && head-sg[0] == 1 {
			return 'n'
		}
	}
	if r := []rune(last.text)[0]; !last.punct && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
		return 'd'
	}
	return 'x'
}
