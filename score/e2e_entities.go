package score

import (
	"slices"
	"strings"
)

// Entities as score_e2e.py scores them: per class sets of normalised
// names, with aliases and PERSON folding.

// predEntities collects predicted names per class from a list of
// {text|name, label|type} objects or a {LABEL: [names]} object.
func predEntities(p Doc) map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for _, c := range entityClasses {
		out[c] = map[string]bool{}
	}
	addName := func(lab, name any) {
		c := labelMap[strings.ToUpper(pyStr(lab))]
		if n := normEnt(name); c != "" && n != "" {
			out[c][n] = true
		}
	}
	if m, ok := p["entities"].(map[string]any); ok {
		for lab, names := range m {
			for _, n := range asList(names) {
				addName(lab, n)
			}
		}
		return out
	}
	for _, e := range dicts(p["entities"]) {
		lab := e["label"]
		if !truthy(lab) {
			lab = e["type"]
		}
		if !truthy(lab) {
			lab = ""
		}
		name := e["text"]
		if !truthy(name) {
			name = e["name"]
		}
		addName(lab, name)
	}
	return out
}

// goldEntities returns the required and optional names per class and the
// alias map of a gold article.
func goldEntities(g Doc) (req, opt map[string]map[string]bool, aliases map[string]string) {
	fill := func(v any) map[string]map[string]bool {
		out := map[string]map[string]bool{}
		for _, c := range entityClasses {
			out[c] = map[string]bool{}
		}
		m, _ := v.(map[string]any)
		for lab, names := range m {
			c := labelMap[strings.ToUpper(lab)]
			if c == "" {
				continue
			}
			for _, n := range asList(names) {
				if s := normEnt(n); s != "" {
					out[c][s] = true
				}
			}
		}
		return out
	}
	aliases = map[string]string{}
	if m, ok := g["entity_aliases"].(map[string]any); ok {
		for k, v := range m {
			aliases[normEnt(k)] = normEnt(v)
		}
	}
	return fill(g["entities"]), fill(g["entities_optional"]), aliases
}

// foldPerson maps a short PERSON name onto a fuller one with the same last
// token whose tokens include it ("biden" -> "joe biden"). Ties between
// equally long candidates go to the alphabetically first, so the result
// does not depend on map order (the Python scorer's depends on set order).
func foldPerson(names, targets map[string]bool) map[string]string {
	core := func(x string) []string {
		toks := strings.Fields(x)
		for len(toks) > 1 && nameDrop[toks[len(toks)-1]] {
			toks = toks[:len(toks)-1]
		}
		return toks
	}
	ts := sortedKeys(targets)
	out := map[string]string{}
	for n := range names {
		tn := core(n)
		best := n
		for _, t := range ts {
			tt := core(t)
			if t == n || len(tt) <= len(tn) || len(tn) == 0 || tt[len(tt)-1] != tn[len(tn)-1] {
				continue
			}
			subset := true
			for _, x := range tn {
				subset = subset && slices.Contains(tt, x)
			}
			if subset && (best == n || len(t) > len(best)) {
				best = t
			}
		}
		out[n] = best
	}
	return out
}

func (rep *Report) scoreEntities(did string, p, g Doc, per map[string]*counts, errs bool) {
	req, opt, aliases := goldEntities(g)
	pents := predEntities(p)
	alias := func(n string) string {
		if a, ok := aliases[n]; ok {
			return a
		}
		return n
	}
	for _, c := range entityClasses {
		names := map[string]bool{}
		for n := range pents[c] {
			names[alias(n)] = true
		}
		if c == "PERSON" {
			targets := map[string]bool{}
			for n := range req[c] {
				targets[n] = true
			}
			for n := range names {
				targets[n] = true
			}
			m := foldPerson(names, targets)
			folded := map[string]bool{}
			for n := range names {
				folded[m[n]] = true
			}
			names = folded
		}
		final := map[string]bool{}
		for n := range names {
			final[alias(n)] = true
		}
		tp := 0
		var fps, fns []string
		for n := range final {
			if req[c][n] {
				tp++
			} else if !opt[c][n] {
				fps = append(fps, n)
			}
		}
		for n := range req[c] {
			if !final[n] {
				fns = append(fns, n)
			}
		}
		per[c].add(tp, len(fps), len(fns))
		if errs {
			slices.Sort(fps)
			slices.Sort(fns)
			for _, n := range fps {
				rep.errf(did, "entities "+c, "FP", "%q", n)
			}
			for _, n := range fns {
				rep.errf(did, "entities "+c, "FN", "%q", n)
			}
		}
	}
}
