package score

import (
	"fmt"
	"slices"
	"strings"
)

// This file ports ../shared/tools/score_ner.py: exact-span entities per
// label.

// nerPresets are score_ner.py's --map presets.
var nerPresets = map[string]map[string]string{
	"prose": {"PERSON": "PER", "GPE": "LOC", "GSP": "LOC", "LOCATION": "LOC",
		"FACILITY": "LOC", "ORGANIZATION": "ORG", "ORG": "ORG"},
	"prose-min": {"PERSON": "PER", "GPE": "LOC", "ORGANIZATION": "ORG", "ORG": "ORG"},
	"ontonotes": {"PERSON": "PER", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
		"ORG": "ORG", "NORP": "MISC", "EVENT": "MISC", "WORK_OF_ART": "MISC",
		"LAW": "MISC", "LANGUAGE": "MISC", "PRODUCT": "MISC"},
}

// ParseNERMap parses score_ner.py's --map: "A=B,C=D" and preset names
// (prose, prose-min, ontonotes), mixed.
func ParseNERMap(spec string) (map[string]string, error) {
	m := map[string]string{}
	for _, item := range strings.Split(spec, ",") {
		item = strings.TrimSpace(item)
		if item == "" {
			continue
		}
		if a, b, ok := strings.Cut(item, "="); ok {
			m[strings.ToUpper(strings.TrimSpace(a))] = strings.TrimSpace(b)
		} else if p, ok := nerPresets[strings.ToLower(item)]; ok {
			for k, v := range p {
				m[k] = v
			}
		} else {
			return nil, fmt.Errorf("unknown map item %q", item)
		}
	}
	return m, nil
}

// nerSpan is one entity in one document.
type nerSpan struct {
	doc        string
	start, end int
	label      string
}

// nerDocs merges the entities of each id (lines with the same id add up).
func nerDocs(docs []Doc, what string) (map[string][]Doc, []string, error) {
	out := map[string][]Doc{}
	var order []string
	for n, d := range docs {
		id, ok := d["id"]
		if !ok || id == nil {
			return nil, nil, fmt.Errorf("%s line %d: no id", what, n+1)
		}
		k := idKey(id)
		if _, seen := out[k]; !seen {
			order = append(order, k)
		}
		out[k] = append(out[k], dicts(d["entities"])...)
	}
	return out, order, nil
}

func nerSpanOf(doc string, e Doc, label string, what string) (nerSpan, error) {
	s, okS := pyInt(e["start"])
	t, okE := pyInt(e["end"])
	if !okS || !okE {
		return nerSpan{}, fmt.Errorf("%s %s: entity without integer start/end: %v", what, doc, e)
	}
	return nerSpan{doc, s, t, label}, nil
}

// NER scores entities as score_ner.py does: a true positive is a predicted
// (doc, start, end, label) equal to a gold one; micro P/R/F1 overall and
// per label. Predicted labels are renamed by opt.NERMap; labels that never
// occur in gold are ignored (and counted in a note).
func NER(gold, pred []Doc, opt Options) (*Report, error) {
	g, _, err := nerDocs(gold, "gold")
	if err != nil {
		return nil, err
	}
	p, pOrder, err := nerDocs(pred, "pred")
	if err != nil {
		return nil, err
	}
	rep := &Report{Kind: "ner", Docs: len(g)}
	goldSet := map[nerSpan]bool{}
	goldLabels := map[string]bool{}
	for d, ents := range g {
		for _, e := range ents {
			lab, ok := e["label"].(string)
			if !ok {
				return nil, fmt.Errorf("gold %s: entity without a label: %v", d, e)
			}
			s, err := nerSpanOf(d, e, lab, "gold")
			if err != nil {
				return nil, err
			}
			goldSet[s], goldLabels[lab] = true, true
		}
	}
	predSet := map[nerSpan]bool{}
	ignored := map[string]int{}
	extra := 0
	for _, d := range pOrder {
		if _, ok := g[d]; !ok {
			extra++
			continue
		}
		rep.Predicted++
		for _, e := range p[d] {
			if _, ok := e["label"]; !ok {
				return nil, fmt.Errorf("pred %s: entity without a label: %v", d, e)
			}
			lab := pyStr(e["label"])
			if m, ok := opt.NERMap[strings.ToUpper(lab)]; ok {
				lab = m
			}
			if !goldLabels[lab] {
				ignored[lab]++
				continue
			}
			s, err := nerSpanOf(d, e, lab, "pred")
			if err != nil {
				return nil, err
			}
			predSet[s] = true
		}
	}
	if extra > 0 {
		rep.Warnings = append(rep.Warnings, fmt.Sprintf("%d predicted documents not in gold, ignored", extra))
	}
	labels := sortedKeys(goldLabels)
	tp := 0
	for s := range predSet {
		if goldSet[s] {
			tp++
		}
	}
	for _, lab := range labels {
		var t, ng, np int
		for s := range goldSet {
			if s.label == lab {
				ng++
				if predSet[s] {
					t++
				}
			}
		}
		for s := range predSet {
			if s.label == lab {
				np++
			}
		}
		rep.Rows = append(rep.Rows, zeroRow(lab, t, np, ng))
	}
	all := zeroRow("ALL", tp, len(predSet), len(goldSet))
	rep.Rows = append(rep.Rows, all)
	rep.Headline = Metric{Name: "F1", Value: all.F1}
	rep.nerDiagnostics(goldSet, predSet, ignored)
	if opt.Errors {
		rep.nerErrors(goldSet, predSet, gold)
	}
	return rep, nil
}

// nerDiagnostics adds score_ner.py's diagnostic lines: untyped exact-span
// and typed overlap scores, and the ignored predicted labels.
func (rep *Report) nerDiagnostics(goldSet, predSet map[nerSpan]bool, ignored map[string]int) {
	untyped := func(s map[nerSpan]bool) map[nerSpan]bool {
		out := map[nerSpan]bool{}
		for x := range s {
			x.label = ""
			out[x] = true
		}
		return out
	}
	gu, pu := untyped(goldSet), untyped(predSet)
	tpu := 0
	for x := range pu {
		if gu[x] {
			tpu++
		}
	}
	// typed overlap, greedy one-to-one, predictions in sorted order
	byDoc := map[string][]nerSpan{}
	for x := range goldSet {
		byDoc[x.doc] = append(byDoc[x.doc], x)
	}
	less := func(a, b nerSpan) int {
		if c := strings.Compare(a.doc, b.doc); c != 0 {
			return c
		}
		if a.start != b.start {
			return a.start - b.start
		}
		if a.end != b.end {
			return a.end - b.end
		}
		return strings.Compare(a.label, b.label)
	}
	for d := range byDoc {
		slices.SortFunc(byDoc[d], less)
	}
	preds := make([]nerSpan, 0, len(predSet))
	for x := range predSet {
		preds = append(preds, x)
	}
	slices.SortFunc(preds, less)
	used := map[nerSpan]bool{}
	tpo := 0
	for _, x := range preds {
		for _, y := range byDoc[x.doc] {
			if !used[y] && x.start < y.end && y.start < x.end && x.label == y.label {
				used[y] = true
				tpo++
				break
			}
		}
	}
	_, _, fu := zeroPRF(tpu, len(pu), len(gu))
	_, _, fo := zeroPRF(tpo, len(predSet), len(goldSet))
	rep.Accuracies = append(rep.Accuracies,
		Accuracy{Name: "untyped exact-span F1", Correct: tpu, Total: len(gu), Value: fu},
		Accuracy{Name: "typed overlap F1", Correct: tpo, Total: len(goldSet), Value: fo})
	if len(ignored) > 0 {
		var parts []string
		for _, k := range sortedKeys(keysOf(ignored)) {
			parts = append(parts, fmt.Sprintf("%s=%d", k, ignored[k]))
		}
		rep.Notes = append(rep.Notes, "ignored predicted labels (not scored): "+strings.Join(parts, ", "))
	}
}

func keysOf(m map[string]int) map[string]bool {
	out := map[string]bool{}
	for k := range m {
		out[k] = true
	}
	return out
}

// nerErrors lists missed and false entities per document, in position order.
func (rep *Report) nerErrors(goldSet, predSet map[nerSpan]bool, gold []Doc) {
	texts := map[string][]rune{}
	for _, d := range gold {
		if s, ok := d["text"].(string); ok {
			texts[idKey(d["id"])] = []rune(s)
		}
	}
	var all []struct {
		s    nerSpan
		kind string
	}
	for s := range goldSet {
		if !predSet[s] {
			all = append(all, struct {
				s    nerSpan
				kind string
			}{s, "FN"})
		}
	}
	for s := range predSet {
		if !goldSet[s] {
			all = append(all, struct {
				s    nerSpan
				kind string
			}{s, "FP"})
		}
	}
	slices.SortFunc(all, func(a, b struct {
		s    nerSpan
		kind string
	}) int {
		if c := strings.Compare(a.s.doc, b.s.doc); c != 0 {
			return c
		}
		if a.s.start != b.s.start {
			return a.s.start - b.s.start
		}
		return strings.Compare(a.kind, b.kind)
	})
	for _, x := range all {
		t := texts[x.s.doc]
		s, e := max(0, min(x.s.start, len(t))), max(0, min(x.s.end, len(t)))
		rep.errf(x.s.doc, "entities", x.kind, "[%d,%d) %q %s", x.s.start, x.s.end, string(t[s:max(s, e)]), x.s.label)
	}
}
