package score

import (
	"fmt"
	"slices"
	"strings"
)

// This file ports ../shared/tools/score_timex.py: TempEval-3 style TIMEX3
// scoring on code-point spans.

// timexSpan is one TIMEX3 extent with its type and value.
type timexSpan struct {
	s, e       int
	typ, value string
}

// idKey is a document's "id" as a map key (any JSON type).
func idKey(v any) string {
	if s, ok := v.(string); ok {
		return s
	}
	return "\x00" + pyStr(v)
}

// timexDocs indexes documents by id with their spans: "timexes", or for
// lede output "dates". Empty and inverted spans are dropped.
func timexDocs(docs []Doc, what string) (map[string]Doc, map[string][]timexSpan, []string, error) {
	byID := map[string]Doc{}
	spans := map[string][]timexSpan{}
	var order []string
	for n, d := range docs {
		id, ok := d["id"]
		if !ok {
			return nil, nil, nil, fmt.Errorf("%s line %d: no id", what, n+1)
		}
		k := idKey(id)
		if _, dup := byID[k]; dup {
			return nil, nil, nil, fmt.Errorf("%s line %d: duplicate id %s", what, n+1, pyStr(id))
		}
		list, ok := d["timexes"]
		if !ok {
			list = d["dates"]
		}
		var ss []timexSpan
		for _, t := range asList(list) {
			m, _ := t.(map[string]any)
			s, okS := pyInt(m["start"])
			e, okE := pyInt(m["end"])
			if !okS || !okE {
				return nil, nil, nil, fmt.Errorf("%s line %d: timex without integer start/end: %v", what, n+1, t)
			}
			if e <= s {
				continue
			}
			ss = append(ss, timexSpan{s, e, strings.ToUpper(strings.TrimSpace(pyStr(get(m, "type", "")))), strings.TrimSpace(pyStr(get(m, "value", "")))})
		}
		byID[k], spans[k] = d, ss
		order = append(order, k)
	}
	return byID, spans, order, nil
}

// zeroPRF is the prf of score_timex.py, score_ner.py and score_quotes.py:
// an empty denominator scores 0.
func zeroPRF(tp, nPred, nGold int) (p, r, f float64) {
	if nPred > 0 {
		p = float64(tp) / float64(nPred)
	}
	if nGold > 0 {
		r = float64(tp) / float64(nGold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

func zeroRow(name string, tp, nPred, nGold int) Row {
	p, r, f := zeroPRF(tp, nPred, nGold)
	return Row{Name: name, TP: tp, FP: nPred - tp, FN: nGold - tp, P: p, R: r, F1: f}
}

// Timex scores TIMEX3 predictions as score_timex.py does: strict (same
// extent) and relaxed (overlapping, one-to-one: identical extents first,
// then left to right) P/R/F1, type and value accuracy over the matched
// pairs, and typeF1/valueF1 = relaxed F1 x accuracy.
func Timex(gold, pred []Doc, opt Options) (*Report, error) {
	gDocs, gSpans, _, err := timexDocs(gold, "gold")
	if err != nil {
		return nil, err
	}
	_, pSpans, pOrder, err := timexDocs(pred, "pred")
	if err != nil {
		return nil, err
	}
	rep := &Report{Kind: "timex", Docs: len(gDocs)}
	var unknown []string
	for _, k := range pOrder {
		if _, ok := gDocs[k]; !ok {
			unknown = append(unknown, k)
		}
	}
	if len(unknown) > 0 {
		rep.Warnings = append(rep.Warnings, fmt.Sprintf("%d predicted ids not in gold, ignored", len(unknown)))
	}
	ids := make([]string, 0, len(gDocs))
	for k := range gDocs {
		ids = append(ids, k)
		if _, ok := pSpans[k]; ok {
			rep.Predicted++
		}
	}
	slices.Sort(ids)
	if missing := len(gDocs) - rep.Predicted; missing > 0 {
		rep.Warnings = append(rep.Warnings, fmt.Sprintf("%d gold docs have no prediction line", missing))
	}
	var nGold, nPred, strictTP, matched, typeOK, valueOK int
	for _, id := range ids {
		gs, ps := gSpans[id], pSpans[id]
		text := []rune(pyStrOr(gDocs[id]["text"]))
		excerpt := func(s, e int) string {
			s, e = max(0, min(s, len(text))), max(0, min(e, len(text)))
			return string(text[s:max(s, e)])
		}
		nGold += len(gs)
		nPred += len(ps)
		exact := map[[2]int]bool{}
		for _, x := range gs {
			exact[[2]int{x.s, x.e}] = true
		}
		seen := map[[2]int]bool{}
		for _, p := range ps {
			k := [2]int{p.s, p.e}
			if exact[k] && !seen[k] {
				strictTP++
				seen[k] = true
			}
		}
		type cand struct {
			inexact bool
			gs, ps  int
			gi, pi  int
		}
		var cs []cand
		for gi, x := range gs {
			for pi, p := range ps {
				if min(p.e, x.e)-max(p.s, x.s) > 0 {
					cs = append(cs, cand{p.s != x.s || p.e != x.e, x.s, p.s, gi, pi})
				}
			}
		}
		slices.SortFunc(cs, func(a, b cand) int {
			if a.inexact != b.inexact {
				if a.inexact {
					return 1
				}
				return -1
			}
			for _, d := range [][2]int{{a.gs, b.gs}, {a.ps, b.ps}, {a.gi, b.gi}, {a.pi, b.pi}} {
				if d[0] != d[1] {
					return d[0] - d[1]
				}
			}
			return 0
		})
		gUsed, pUsed := map[int]int{}, map[int]bool{}
		for _, c := range cs {
			if _, ok := gUsed[c.gi]; ok || pUsed[c.pi] {
				continue
			}
			gUsed[c.gi], pUsed[c.pi] = c.pi, true
		}
		matched += len(gUsed)
		for gi, x := range gs {
			pi, ok := gUsed[gi]
			if !ok {
				if opt.Errors {
					rep.errf(id, "timex", "MISSED", "[%d,%d) %q %s %s", x.s, x.e, excerpt(x.s, x.e), x.typ, x.value)
				}
				continue
			}
			best := ps[pi]
			if best.typ == x.typ {
				typeOK++
			}
			if best.value == x.value {
				valueOK++
			} else if opt.Errors {
				rep.errf(id, "timex", "VALUE", "gold %q %s %s | pred %q %s %s", excerpt(x.s, x.e), x.typ, x.value, excerpt(best.s, best.e), best.typ, best.value)
			}
		}
		if opt.Errors {
			for pi, p := range ps {
				if !pUsed[pi] {
					rep.errf(id, "timex", "SPURIOUS", "[%d,%d) %q %s %s", p.s, p.e, excerpt(p.s, p.e), p.typ, p.value)
				}
			}
		}
	}
	strict := zeroRow("strict", strictTP, nPred, nGold)
	relaxed := zeroRow("relaxed", matched, nPred, nGold)
	var typeAcc, valueAcc float64
	if matched > 0 {
		typeAcc, valueAcc = float64(typeOK)/float64(matched), float64(valueOK)/float64(matched)
	}
	// typeF1 and valueF1 are relaxed F1 x accuracy, which is the F1 of
	// the matched pairs with the right type (value).
	typeRow, valueRow := zeroRow("typeF1", typeOK, nPred, nGold), zeroRow("valueF1", valueOK, nPred, nGold)
	typeRow.F1, valueRow.F1 = relaxed.F1*typeAcc, relaxed.F1*valueAcc
	rep.Rows = []Row{strict, relaxed, typeRow, valueRow}
	rep.Accuracies = []Accuracy{
		{Name: "type accuracy", Correct: typeOK, Total: matched, Value: typeAcc},
		{Name: "value accuracy", Correct: valueOK, Total: matched, Value: valueAcc}}
	rep.Headline = Metric{Name: "valueF1", Value: relaxed.F1 * valueAcc}
	return rep, nil
}

// pyStrOr is str(v) for a string, "" otherwise.
func pyStrOr(v any) string {
	s, _ := v.(string)
	return s
}
