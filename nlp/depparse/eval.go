package depparse

import (
	"fmt"
	"io"
	"slices"
	"strings"
)

// Scores counts how a model's output agrees with gold sentences, word by
// word (gold tokenisation). Punctuation counts like any word, except in
// the NoPunct counts.
type Scores struct {
	Words                 int
	UPOSRight, XPOSRight  int
	LemmaRight            int
	HeadRight, LabelRight int // LabelRight: head and full relation right
	UniversalRight        int // head and relation without subtype right
	// The same counts over words that are not punctuation (gold UPOS).
	WordsNoPunct, HeadRightNoPunct, LabelRightNoPunct int
	Rel                                               map[string]*RelScore
}

// RelScore counts one relation: gold words bearing it, words predicted with
// it, and words where both agree and the head is right.
type RelScore struct{ Gold, Pred, Right int }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// UPOS returns the share of words with the right UPOS tag.
func (s *Scores) UPOS() float64 { return ratio(s.UPOSRight, s.Words) }

// XPOS returns the share of words with the right Penn tag.
func (s *Scores) XPOS() float64 { return ratio(s.XPOSRight, s.Words) }

// Lemma returns the share of words with the right lemma.
func (s *Scores) Lemma() float64 { return ratio(s.LemmaRight, s.Words) }

// UAS returns the share of words with the right head.
func (s *Scores) UAS() float64 { return ratio(s.HeadRight, s.Words) }

// LAS returns the share of words with the right head and relation.
func (s *Scores) LAS() float64 { return ratio(s.LabelRight, s.Words) }

// ULAS returns LAS comparing relations without subtypes (CoNLL 2018).
func (s *Scores) ULAS() float64 { return ratio(s.UniversalRight, s.Words) }

// Evaluate parses the words of gold sentences and scores the output.
func Evaluate(m *Model, gold []Sentence) *Scores {
	sc := &Scores{Rel: map[string]*RelScore{}}
	var words []string
	var toks []Token
	rel := func(r string) *RelScore {
		if sc.Rel[r] == nil {
			sc.Rel[r] = &RelScore{}
		}
		return sc.Rel[r]
	}
	for _, s := range gold {
		words = words[:0]
		for _, w := range s.Words {
			words = append(words, w.Form)
		}
		toks = m.Parse(words, toks)
		for i, w := range s.Words {
			t := toks[i]
			sc.Words++
			sc.UPOSRight += b2i(t.UPOS == w.UPOS)
			sc.XPOSRight += b2i(t.Tag == w.XPOS)
			sc.LemmaRight += b2i(t.Lemma == w.Lemma)
			head := t.Head + 1 // CoNLL-U numbering: the root's -1 becomes 0
			if w.UPOS != "PUNCT" {
				sc.WordsNoPunct++
				if head == w.Head {
					sc.HeadRightNoPunct++
					sc.LabelRightNoPunct += b2i(t.Dep == w.Deprel)
				}
			}
			if head == w.Head {
				sc.HeadRight++
				sc.LabelRight += b2i(t.Dep == w.Deprel)
				sc.UniversalRight += b2i(universal(t.Dep) == universal(w.Deprel))
			}
			rel(w.Deprel).Gold++
			rel(t.Dep).Pred++
			if head == w.Head && t.Dep == w.Deprel {
				rel(w.Deprel).Right++
			}
		}
	}
	return sc
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func universal(rel string) string {
	r, _, _ := strings.Cut(rel, ":")
	return r
}

// Write prints the headline figures and a per-relation table (gold count,
// precision, recall, F1 of labelled attachment), the key relations first,
// then all by gold count.
func (s *Scores) Write(w io.Writer) {
	fmt.Fprintf(w, "words  %d\nUPOS   %.4f\nXPOS   %.4f\nlemma  %.4f\nUAS    %.4f\nLAS    %.4f\nLAS (universal relations only)  %.4f\n",
		s.Words, s.UPOS(), s.XPOS(), s.Lemma(), s.UAS(), s.LAS(), s.ULAS())
	fmt.Fprintf(w, "UAS, LAS without punctuation  %.4f  %.4f\n\n",
		ratio(s.HeadRightNoPunct, s.WordsNoPunct), ratio(s.LabelRightNoPunct, s.WordsNoPunct))
	rels := make([]string, 0, len(s.Rel))
	for r := range s.Rel {
		rels = append(rels, r)
	}
	slices.SortFunc(rels, func(a, b string) int {
		if d := s.Rel[b].Gold - s.Rel[a].Gold; d != 0 {
			return d
		}
		return strings.Compare(a, b)
	})
	row := func(r string) {
		x := s.Rel[r]
		if x == nil {
			x = &RelScore{}
		}
		p, rc := ratio(x.Right, x.Pred), ratio(x.Right, x.Gold)
		f := 0.0
		if p+rc > 0 {
			f = 2 * p * rc / (p + rc)
		}
		fmt.Fprintf(w, "| %-16s | %6d | %.4f | %.4f | %.4f |\n", r, x.Gold, p, rc, f)
	}
	header := "| relation         |   gold | precision | recall | F1     |\n|---|---:|---:|---:|---:|\n"
	fmt.Fprint(w, "key relations\n\n"+header)
	for _, r := range []string{"nsubj", "obj", "obl", "ccomp", "appos"} {
		row(r)
	}
	fmt.Fprint(w, "\nall relations\n\n"+header)
	for _, r := range rels {
		row(r)
	}
}
