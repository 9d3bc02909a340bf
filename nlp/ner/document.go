package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// TagDocument tags every sentence of one document and then makes the
// labels of repeated names agree, the way a reader does: a surname or
// first name that the document also uses inside a longer PERSON name is a
// PERSON wherever it stands alone ("Gloria Montalvo ... Montalvo said"),
// and a one-word name the model typed differently in different places gets
// the type it has most often in the document. It returns out reused, one
// label slice per sentence.
func (m *Model) TagDocument(sents [][]string, out [][]string) [][]string {
	return m.TagDocumentHinted(sents, nil, out)
}

// TagDocumentHinted is TagDocument with hints per sentence (see
// TagHinted); hints is nil or has one slice per sentence.
func (m *Model) TagDocumentHinted(sents, hints [][]string, out [][]string) [][]string {
	if hints != nil && len(hints) != len(sents) {
		hints = nil
	}
	hint := func(i int) []string {
		if hints == nil {
			return nil
		}
		return hints[i]
	}
	if cap(out) < len(sents) {
		out = append(out[:cap(out)], make([][]string, len(sents)-cap(out))...)
	}
	out = out[:len(sents)]
	for i, s := range sents {
		out[i] = m.tag(s, hint(i), out[i], nil, 0)
	}
	if m.docFeatures {
		nums := make([][]int, len(sents))
		for i, ls := range out {
			nums[i] = make([]int, len(ls))
			for j, l := range ls {
				nums[i][j] = m.labelIndex(l)
			}
		}
		doc := newDocIndex(sents, nums, m.labelIndex("B-PERSON"))
		for i, s := range sents {
			out[i] = m.tag(s, hint(i), out[i], doc, i)
		}
	}
	harmonize(sents, out, m)
	return out
}

// harmonize applies TagDocument's document-level agreement in place.
func harmonize(sents, labels [][]string, m *Model) {
	parts := map[string]bool{}           // words of multi-word PERSON names
	inOther := map[string]bool{}         // words of multi-word names of other types
	votes := map[string]map[string]int{} // one-word name -> type -> count
	for i, s := range sents {
		for _, sp := range Spans(labels[i]) {
			if sp.End-sp.Start == 1 {
				w := s[sp.Start]
				if votes[w] == nil {
					votes[w] = map[string]int{}
				}
				votes[w][sp.Label]++
				continue
			}
			for _, w := range s[sp.Start:sp.End] {
				if !isName(w) {
					continue
				}
				if sp.Label == "PERSON" {
					parts[w] = true
				} else {
					inOther[w] = true
				}
			}
		}
	}
	label := func(typ string, begin bool) string {
		for _, l := range m.labels {
			if strings.HasSuffix(l, typ) && len(l) == len(typ)+2 && (l[0] == 'B') == begin {
				return l
			}
		}
		return "O"
	}
	for i, s := range sents {
		ls := labels[i]
		for j, w := range s {
			single := ls[j] != "O" && ls[j][0] == 'B' && (j+1 == len(ls) || ls[j+1][0] != 'I')
			alone := ls[j] == "O" && (j == 0 || ls[j-1] == "O") && (j+1 == len(ls) || ls[j+1][0] != 'I')
			switch {
			case (single || (alone && j > 0)) && parts[w] && !inOther[w]:
				ls[j] = label("PERSON", true)
			case single && len(votes[w]) > 1:
				best, n := ls[j][2:], votes[w][ls[j][2:]]
				for typ, c := range votes[w] {
					if c > n || (c == n && typ < best) {
						best, n = typ, c
					}
				}
				ls[j] = label(best, true)
			}
		}
	}
}

// isName reports whether w starts with an upper-case letter.
func isName(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// labelIndex returns the number of label l, or len(m.labels) if unknown.
func (m *Model) labelIndex(l string) int {
	for i, x := range m.labels {
		if x == l {
			return i
		}
	}
	return len(m.labels)
}
