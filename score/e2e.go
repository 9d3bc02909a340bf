package score

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

// This file ports ../shared/tools/score_e2e.py: whole-article scoring on the
// e2e-dev gold format (see ../shared/corpora/e2e-dev/README.md).

var (
	dateStop = set(`a an the of on in at by to for from and or this that these those last next
past coming previous following same early late mid mid- until till since about around
some several few many more than less nearly almost roughly over under`)
	speakerStop = set(`a an the of for at in on by from with and or to who which that his her
their its said says told added according mr mrs ms dr sen rep gov`)
	nameDrop        = set(`jr sr ii iii iv mr mrs ms dr sen rep gov president prof sir cmdr`)
	currencySymbols = map[string]string{"$": "USD", "US$": "USD", "USD": "USD", "£": "GBP", "€": "EUR", "¥": "JPY",
		"₹": "INR", "RS": "INR", "RS.": "INR", "HK$": "HKD", "A$": "AUD",
		"C$": "CAD", "NZ$": "NZD", "S$": "SGD", "RMB": "CNY", "YUAN": "CNY",
		"EURO": "EUR", "EUROS": "EUR", "POUND": "GBP", "POUNDS": "GBP",
		"DOLLAR": "USD", "DOLLARS": "USD", "RUPEE": "INR", "RUPEES": "INR",
		"YEN": "JPY"}
	labelMap = map[string]string{"PER": "PERSON", "PERSON": "PERSON", "ORG": "ORG", "ORGANIZATION": "ORG",
		"ORGANISATION": "ORG", "GPE": "LOC", "LOC": "LOC", "LOCATION": "LOC"}
	entityClasses = []string{"PERSON", "ORG", "LOC"}
)

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// counts are pooled true positives, false positives and false negatives.
type counts struct{ tp, fp, fn int }

func (c *counts) add(tp, fp, fn int) { c.tp += tp; c.fp += fp; c.fn += fn }

// e2ePRF is score_e2e.py's prf: an empty side scores 1 when both are empty.
func e2ePRF(tp, fp, fn int) (p, r, f float64) {
	switch {
	case tp+fp > 0:
		p = float64(tp) / float64(tp+fp)
	case tp+fn == 0:
		p = 1
	}
	switch {
	case tp+fn > 0:
		r = float64(tp) / float64(tp+fn)
	case tp+fp == 0:
		r = 1
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

func (c counts) row(name string) Row {
	p, r, f := e2ePRF(c.tp, c.fp, c.fn)
	return Row{Name: name, TP: c.tp, FP: c.fp, FN: c.fn, P: p, R: r, F1: f}
}

// DocID is a document's id, else the base name of its source without the
// extension; "" when it has neither.
func DocID(d Doc) string {
	if id := d["id"]; truthy(id) {
		return pyStr(id)
	}
	if src := d["source"]; truthy(src) {
		return splitExt(pyStr(src))
	}
	return ""
}

// joinPreds pairs prediction documents with gold ids: by id, else by an
// unambiguous prefix of 8 or more characters. The first of two predictions
// for one article wins.
func joinPreds(goldIDs []string, preds []Doc, warn func(string, ...any)) map[string]Doc {
	out := map[string]Doc{}
	for _, p := range preds {
		pid := DocID(p)
		target := ""
		if slices.Contains(goldIDs, pid) {
			target = pid
		} else if utf8.RuneCountInString(pid) >= 8 {
			var cands []string
			for _, g := range goldIDs {
				if strings.HasPrefix(g, pid) || strings.HasPrefix(pid, g) {
					cands = append(cands, g)
				}
			}
			if len(cands) == 1 {
				target = cands[0]
			}
		}
		if target == "" {
			warn("prediction %q matches no gold article; ignored", pid)
			continue
		}
		if _, dup := out[target]; dup {
			warn("second prediction for %q; the first one is kept", target)
			continue
		}
		out[target] = p
	}
	return out
}

// MatchesGold reports whether a prediction named id (a file's base name
// without extension) would be joined to one of the gold ids.
func MatchesGold(goldIDs []string, id string) bool {
	n := 0
	for _, g := range goldIDs {
		if g == id {
			return true
		}
		if utf8.RuneCountInString(id) >= 8 && (strings.HasPrefix(g, id) || strings.HasPrefix(id, g)) {
			n++
		}
	}
	return n == 1
}

// match is one pairing of prediction i with gold j.
type match struct{ i, j int }

// greedy is one-to-one best-first matching: score returns ok=false for no
// match, else a score (higher is better). At equal score required gold
// items go before optional ones, then lower gold and prediction indexes.
func greedy(preds, golds []Doc, score func(p, g Doc) (float64, bool)) []match {
	type cand struct {
		s        float64
		required int
		i, j     int
	}
	var cs []cand
	for i, p := range preds {
		for j, g := range golds {
			if s, ok := score(p, g); ok {
				req := 1
				if truthy(g["optional"]) {
					req = 0
				}
				cs = append(cs, cand{s, req, i, j})
			}
		}
	}
	slices.SortFunc(cs, func(a, b cand) int {
		return cmp.Or(cmp.Compare(b.s, a.s), cmp.Compare(b.required, a.required), cmp.Compare(a.j, b.j), cmp.Compare(a.i, b.i))
	})
	usedP, usedG := map[int]bool{}, map[int]bool{}
	var out []match
	for _, c := range cs {
		if usedP[c.i] || usedG[c.j] {
			continue
		}
		usedP[c.i], usedG[c.j] = true, true
		out = append(out, match{c.i, c.j})
	}
	return out
}

// tally counts TP/FP/FN of a matching, optional gold items being don't
// care; ok (may be nil) further qualifies a true positive.
func tally(preds, golds []Doc, ms []match, ok func(i, j int) bool) (tp, fp, fn int, mp, mg map[int]bool) {
	mp, mg = map[int]bool{}, map[int]bool{}
	ignored := 0
	for _, m := range ms {
		mp[m.i], mg[m.j] = true, true
		switch {
		case truthy(golds[m.j]["optional"]):
			ignored++
		case ok == nil || ok(m.i, m.j):
			tp++
		}
	}
	fp = len(preds) - ignored - tp
	required := 0
	for _, g := range golds {
		if !truthy(g["optional"]) {
			required++
		}
	}
	return tp, fp, required - tp, mp, mg
}

func (rep *Report) errf(doc, field, kind, format string, args ...any) {
	rep.Errors = append(rep.Errors, Error{Doc: doc, Field: field, Kind: kind, Detail: fmt.Sprintf(format, args...)})
}
