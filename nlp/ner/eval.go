package ner

import (
	"fmt"
	"io"
	"slices"
)

// Counts are exact-span matches for one label.
type Counts struct {
	TP, FP, FN int
}

// P, R and F1 are precision, recall and their harmonic mean (0 when
// undefined).
func (c Counts) P() float64  { return ratio(c.TP, c.TP+c.FP) }
func (c Counts) R() float64  { return ratio(c.TP, c.TP+c.FN) }
func (c Counts) F1() float64 { return ratio(2*c.TP, 2*c.TP+c.FP+c.FN) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Eval accumulates exact-span scores per label: a predicted span counts
// only when start, end and label all equal a gold span's.
type Eval struct {
	ByLabel map[string]*Counts
}

// Add scores one sentence's predicted spans against its gold spans.
func (e *Eval) Add(gold, pred []Span) {
	if e.ByLabel == nil {
		e.ByLabel = map[string]*Counts{}
	}
	c := func(l string) *Counts {
		if e.ByLabel[l] == nil {
			e.ByLabel[l] = &Counts{}
		}
		return e.ByLabel[l]
	}
	for _, p := range pred {
		if slices.Contains(gold, p) {
			c(p.Label).TP++
		} else {
			c(p.Label).FP++
		}
	}
	for _, g := range gold {
		if !slices.Contains(pred, g) {
			c(g.Label).FN++
		}
	}
}

// Total sums the counts of all labels.
func (e *Eval) Total() Counts {
	var t Counts
	for _, c := range e.ByLabel {
		t.TP += c.TP
		t.FP += c.FP
		t.FN += c.FN
	}
	return t
}

// Write prints one line per label, sorted, and the micro average.
func (e *Eval) Write(w io.Writer) {
	labels := make([]string, 0, len(e.ByLabel))
	for l := range e.ByLabel {
		labels = append(labels, l)
	}
	slices.Sort(labels)
	fmt.Fprintf(w, "%-8s %6s %6s %6s %6s %6s %6s\n", "label", "gold", "pred", "tp", "P", "R", "F1")
	line := func(l string, c Counts) {
		fmt.Fprintf(w, "%-8s %6d %6d %6d %6.3f %6.3f %6.3f\n", l, c.TP+c.FN, c.TP+c.FP, c.TP, c.P(), c.R(), c.F1())
	}
	for _, l := range labels {
		line(l, *e.ByLabel[l])
	}
	line("micro", e.Total())
}

// Relabel returns spans with labels renamed by f; spans f maps to "" are
// dropped. Use it to score against a coarser label set (e.g. CoNLL's LOC
// for GPE, LOC and FAC).
func Relabel(spans []Span, f func(string) string) []Span {
	out := spans[:0:0]
	for _, s := range spans {
		if l := f(s.Label); l != "" {
			s.Label = l
			out = append(out, s)
		}
	}
	return out
}
