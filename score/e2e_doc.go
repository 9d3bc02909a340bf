package score

import (
	"fmt"
	"slices"
	"unicode/utf8"
)

// E2E scores whole-article predictions against e2e-dev gold, as
// score_e2e.py does: dates (text and value), money, quotes (span and
// attribution), venues, entities per class and micro, authors, title and
// published accuracy, and the macro F1 of dates(value), money,
// quotes(attr), venues and entities (micro).
func E2E(gold, pred []Doc, opt Options) (*Report, error) {
	rep := &Report{Kind: "e2e", Docs: len(gold)}
	ids := make([]string, len(gold))
	seen := map[string]bool{}
	for n, g := range gold {
		ids[n] = DocID(g)
		if ids[n] == "" {
			return nil, fmt.Errorf("gold line %d: no id/source", n+1)
		}
		if seen[ids[n]] {
			return nil, fmt.Errorf("duplicate gold id %s", ids[n])
		}
		seen[ids[n]] = true
	}
	for n, p := range pred {
		if DocID(p) == "" {
			return nil, fmt.Errorf("prediction line %d: no id/source", n+1)
		}
	}
	warn := func(f string, args ...any) { rep.Warnings = append(rep.Warnings, fmt.Sprintf(f, args...)) }
	for _, p := range pred {
		if e, ok := p["error"]; ok {
			warn("prediction %q is an error record (it predicts nothing): %s", DocID(p), pyStr(e))
		}
	}
	preds := joinPreds(ids, pred, warn)
	rep.Predicted = len(preds)

	c := map[string]*counts{}
	for _, k := range []string{"dates(text)", "dates(value)", "money", "quotes", "quotes(attr)", "venues", "authors"} {
		c[k] = &counts{}
	}
	ent := map[string]*counts{}
	for _, k := range entityClasses {
		ent[k] = &counts{}
	}
	titleOK, pubOK := 0, 0
	for n, g := range gold {
		did := ids[n]
		p := preds[did]
		if p == nil {
			p = Doc{}
		}
		if rep.scoreTitle(did, p, g, opt.Errors) {
			titleOK++
		}
		if rep.scorePublished(did, p, g, opt.Errors) {
			pubOK++
		}
		ga, pa := nameSet(g["authors"]), nameSet(p["authors"])
		tp := 0
		for a := range ga {
			if pa[a] {
				tp++
			}
		}
		c["authors"].add(tp, len(pa)-tp, len(ga)-tp)
		if opt.Errors && (tp != len(ga) || tp != len(pa)) {
			rep.errf(did, "authors", "DIFF", "%q vs gold %q", sortedKeys(pa), sortedKeys(ga))
		}
		rep.scoreDates(did, dicts(p["dates"]), dicts(g["dates"]), c, opt.Errors)
		rep.scoreMoney(did, dicts(p["money"]), dicts(g["money"]), c["money"], opt.Errors)
		rep.scoreQuotes(did, dicts(p["quotes"]), dicts(g["quotes"]), c, opt.Errors)
		rep.scoreVenues(did, dicts(p["venues"]), dicts(g["venues"]), c["venues"], opt.Errors)
		rep.scoreEntities(did, p, g, ent, opt.Errors)
	}
	var micro counts
	for _, k := range entityClasses {
		micro.add(ent[k].tp, ent[k].fp, ent[k].fn)
	}
	for _, k := range []string{"dates(text)", "dates(value)", "money", "quotes", "quotes(attr)", "venues"} {
		rep.Rows = append(rep.Rows, c[k].row(k))
	}
	rep.Rows = append(rep.Rows, ent["PERSON"].row("entities PERSON"), ent["ORG"].row("entities ORG"),
		ent["LOC"].row("entities GPE/LOC"), micro.row("entities (micro)"), c["authors"].row("authors"))
	acc := func(name string, ok int) Accuracy {
		a := Accuracy{Name: name, Correct: ok, Total: len(gold)}
		if len(gold) > 0 {
			a.Value = float64(ok) / float64(len(gold))
		}
		return a
	}
	rep.Accuracies = []Accuracy{acc("title accuracy", titleOK), acc("published accuracy", pubOK)}
	f1 := func(name string) float64 {
		for _, r := range rep.Rows {
			if r.Name == name {
				return r.F1
			}
		}
		return 0
	}
	macro := (f1("dates(value)") + f1("money") + f1("quotes(attr)") + f1("venues") + f1("entities (micro)")) / 5
	rep.Headline = Metric{Name: "macroF1", Value: macro}
	return rep, nil
}

// scoreTitle reports whether the title is right (any of title, title_alt).
func (rep *Report) scoreTitle(did string, p, g Doc, errs bool) bool {
	pt := normTitle(p["title"])
	for _, t := range append([]any{g["title"]}, asList(g["title_alt"])...) {
		if truthy(t) && normTitle(t) == pt {
			return true
		}
	}
	if errs {
		rep.errf(did, "title", "DIFF", "%q != %q", orEmpty(p["title"]), orEmpty(g["title"]))
	}
	return false
}

// scorePublished reports whether the date part of published is right.
func (rep *Report) scorePublished(did string, p, g Doc, errs bool) bool {
	pp := ""
	if truthy(p["published"]) {
		pp = pyStr(p["published"])
		if utf8.RuneCountInString(pp) > 10 {
			pp = string([]rune(pp)[:10])
		}
	}
	ok := false
	if g["published"] == nil {
		ok = pp == ""
	} else if truthy(p["published"]) {
		for _, v := range append([]any{g["published"]}, asList(g["published_alt"])...) {
			if s, isStr := v.(string); isStr && s == pp {
				ok = true
			}
		}
	}
	if !ok && errs {
		rep.errf(did, "published", "DIFF", "%q != %q", orEmpty(p["published"]), orEmpty(g["published"]))
	}
	return ok
}

func nameSet(v any) map[string]bool {
	out := map[string]bool{}
	for _, a := range asList(v) {
		if n := normPerson(a); n != "" {
			out[n] = true
		}
	}
	return out
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

func (rep *Report) scoreDates(did string, pd, gd []Doc, c map[string]*counts, errs bool) {
	for _, withValue := range []bool{false, true} {
		m := greedy(pd, gd, dateScore(withValue))
		tp, fp, fn, mp, mg := tally(pd, gd, m, nil)
		if !withValue {
			c["dates(text)"].add(tp, fp, fn)
			continue
		}
		c["dates(value)"].add(tp, fp, fn)
		if !errs {
			continue
		}
		for i, x := range pd {
			if !mp[i] {
				rep.errf(did, "dates", "FP", "%q=%q%s", orEmpty(x["text"]), pyStr(x["value"]), at(x))
			}
		}
		for j, x := range gd {
			if !mg[j] && !truthy(x["optional"]) {
				rep.errf(did, "dates", "FN", "%q=%q%s", orEmpty(x["text"]), pyStr(x["value"]), at(x))
			}
		}
	}
}

func (rep *Report) scoreMoney(did string, pm, gm []Doc, c *counts, errs bool) {
	m := greedy(pm, gm, moneyScore)
	tp, fp, fn, mp, mg := tally(pm, gm, m, nil)
	c.add(tp, fp, fn)
	if !errs {
		return
	}
	for i, x := range pm {
		if !mp[i] {
			rep.errf(did, "money", "FP", "%q %s %s%s", orEmpty(x["text"]), pyStr(x["amount"]), pyStr(x["currency"]), at(x))
		}
	}
	for j, x := range gm {
		if !mg[j] && !truthy(x["optional"]) {
			rep.errf(did, "money", "FN", "%q %s %s%s", orEmpty(x["text"]), pyStr(x["amount"]), pyStr(x["currency"]), at(x))
		}
	}
}

func (rep *Report) scoreQuotes(did string, pq, gq []Doc, c map[string]*counts, errs bool) {
	m := greedy(pq, gq, quoteRatio)
	tp, fp, fn, mp, mg := tally(pq, gq, m, nil)
	c["quotes"].add(tp, fp, fn)
	speaker := func(i, j int) bool { return speakerOK(pq[i]["speaker"], gq[j]) }
	tp, fp, fn, _, _ = tally(pq, gq, m, speaker)
	c["quotes(attr)"].add(tp, fp, fn)
	if !errs {
		return
	}
	for _, x := range m {
		if !truthy(gq[x.j]["optional"]) && !speaker(x.i, x.j) {
			rep.errf(did, "quotes", "SPEAKER", "%q != %q: %q", pyStr(pq[x.i]["speaker"]), pyStr(gq[x.j]["speaker"]), cut(orEmpty(gq[x.j]["text"]), 50))
		}
	}
	for i, x := range pq {
		if !mp[i] {
			rep.errf(did, "quotes", "FP", "%q%s", cut(orEmpty(x["text"]), 60), at(x))
		}
	}
	for j, x := range gq {
		if !mg[j] && !truthy(x["optional"]) {
			rep.errf(did, "quotes", "FN", "%q (%s)%s", cut(orEmpty(x["text"]), 60), pyStr(x["speaker"]), at(x))
		}
	}
}

func cut(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n])
	}
	return s
}

func (rep *Report) scoreVenues(did string, pv, gv []Doc, c *counts, errs bool) {
	m := greedy(pv, gv, venueScore)
	tp, fp, fn, mp, mg := tally(pv, gv, m, nil)
	c.add(tp, fp, fn)
	if !errs {
		return
	}
	for i, x := range pv {
		if !mp[i] {
			rep.errf(did, "venues", "FP", "%q%s", orEmpty(x["text"]), at(x))
		}
	}
	for j, x := range gv {
		if !mg[j] && !truthy(x["optional"]) {
			rep.errf(did, "venues", "FN", "%q (%s)%s", orEmpty(x["text"]), pyStr(x["event"]), at(x))
		}
	}
}

// at is " @start" for an item with a start offset, for error lines.
func at(x Doc) string {
	if s, ok := pyInt(x["start"]); ok {
		return fmt.Sprintf(" @%d", s)
	}
	return ""
}
