package score

import (
	"fmt"
	"slices"
	"strings"
)

// This file ports ../shared/tools/score_quotes.py: quote spans (exact after
// trimming, and by overlap) and speaker attribution.

var (
	quoteTrim = setRunes(" \t\r\n\u00a0\u2009\u202f\"'`“”‘’«»„‚‹›.,;:!?…")
	quoteStop = set(`a an the this that these those another some any each every all both either neither
i me my mine we us our ours you your yours he him his she her hers it its they them their theirs
himself herself themselves itself myself ourselves yourself yourselves who whom whose which what
one ones someone somebody anyone everyone nobody
of in on at by for from to with without about as and or but nor than into over after before
s 's ’s
mr mrs ms miss mx dr prof sir dame lord lady sen senator rep representative gov governor
president pres vice secretary sec gen general col lt sgt capt adm rev fr st jr sr mayor judge
chairman chairwoman chair spokesman spokeswoman spokesperson
said says told added according`)
)

func setRunes(s string) map[rune]bool {
	m := map[rune]bool{}
	for _, r := range s {
		m[r] = true
	}
	return m
}

// contentTokens is score_quotes.py's content_tokens: lower-cased tokens
// ([^\W_]+ joined by apostrophes), a trailing 's dropped, minus stopwords.
func contentTokens(s string) map[string]bool {
	out := map[string]bool{}
	r := []rune(strings.ToLower(s))
	for i := 0; i < len(r); {
		if !isAlnum(r[i]) {
			i++
			continue
		}
		j := i
		for {
			for j < len(r) && isAlnum(r[j]) {
				j++
			}
			if j+1 < len(r) && (r[j] == '\'' || r[j] == '’') && isAlnum(r[j+1]) {
				j++
				continue
			}
			break
		}
		t := string(r[i:j])
		if s, ok := strings.CutSuffix(t, "'s"); ok {
			t = s
		} else if s, ok := strings.CutSuffix(t, "’s"); ok {
			t = s
		}
		if t != "" && !quoteStop[t] {
			out[t] = true
		}
		i = j
	}
	return out
}

// trimSpan clamps [s, e) to the text and trims quote marks, spaces and
// edge punctuation.
func trimSpan(text []rune, s, e int) (int, int) {
	n := len(text)
	s, e = max(0, min(s, n)), max(0, min(e, n))
	for s < e && quoteTrim[text[s]] {
		s++
	}
	for e > s && quoteTrim[text[e-1]] {
		e--
	}
	return s, e
}

type quoteSpan struct {
	s, e    int
	q       Doc
	ignored bool
}

// Quotes scores quotes as score_quotes.py does: span_exact (one-to-one on
// trimmed spans), span_overlap (greedy by largest overlap) and attribution
// on overlap-matched pairs (content words shared with the gold speaker or
// an alias; end to end, so a quote counts only with its speaker right).
func Quotes(gold, pred []Doc, opt Options) (*Report, error) {
	load := func(docs []Doc, what string) (map[string]Doc, []string, error) {
		out := map[string]Doc{}
		var order []string
		for n, d := range docs {
			id, ok := d["id"]
			if !ok {
				return nil, nil, fmt.Errorf("%s line %d: missing 'id'", what, n+1)
			}
			k := idKey(id)
			if _, dup := out[k]; !dup {
				order = append(order, k)
			}
			out[k] = d // a duplicate id keeps the last line
		}
		return out, order, nil
	}
	g, gOrder, err := load(gold, "gold")
	if err != nil {
		return nil, err
	}
	p, pOrder, err := load(pred, "pred")
	if err != nil {
		return nil, err
	}
	rep := &Report{Kind: "quotes", Docs: len(g)}
	extra := 0
	for _, k := range pOrder {
		if _, ok := g[k]; !ok {
			extra++
		}
	}
	if extra > 0 {
		rep.Warnings = append(rep.Warnings, fmt.Sprintf("%d predicted ids not in gold (ignored)", extra))
	}
	var c struct{ gold, pred, exactTP, predExact, overlapTP, unscorable, attrGold, attrPred, attrMatched, attrCorrect, malformed, empty int }
	byType := map[string][2]int{} // found, gold
	for _, id := range gOrder {
		gd := g[id]
		text := []rune(pyStrOr(gd["text"]))
		var gqs []quoteSpan
		for _, q := range dicts(gd["quotes"]) {
			s, okS := pyInt(q["start"])
			e, okE := pyInt(q["end"])
			if !okS || !okE {
				return nil, fmt.Errorf("gold %s: quote without integer start/end: %v", id, q)
			}
			s, e = trimSpan(text, s, e)
			if e <= s {
				continue
			}
			t := get(q, "type", "direct")
			gqs = append(gqs, quoteSpan{s, e, q, opt.DirectOnly && t != "direct"})
		}
		var pqs []quoteSpan
		if pd, ok := p[id]; ok {
			rep.Predicted++
			for _, q := range dicts(pd["quotes"]) {
				s, okS := pyInt(q["start"])
				e, okE := pyInt(q["end"])
				if !okS || !okE {
					c.malformed++
					continue
				}
				s, e = trimSpan(text, s, e)
				if e <= s {
					c.empty++
					continue
				}
				pqs = append(pqs, quoteSpan{s, e, q, false})
			}
		}
		// exact, one-to-one
		gkeys, ignKeys := map[[2]int]int{}, map[[2]int]int{}
		for _, x := range gqs {
			if x.ignored {
				ignKeys[[2]int{x.s, x.e}]++
			} else {
				gkeys[[2]int{x.s, x.e}]++
			}
		}
		exactTP, exactIgnored := 0, 0
		for _, x := range pqs {
			k := [2]int{x.s, x.e}
			if gkeys[k] > 0 {
				gkeys[k]--
				exactTP++
			} else if ignKeys[k] > 0 {
				ignKeys[k]--
				exactIgnored++
			}
		}
		// overlap, greedy one-to-one by overlap size
		type pair struct{ ov, gi, pi int }
		var pairs []pair
		for gi, x := range gqs {
			for pi, y := range pqs {
				if ov := min(x.e, y.e) - max(x.s, y.s); ov > 0 {
					pairs = append(pairs, pair{ov, gi, pi})
				}
			}
		}
		slices.SortFunc(pairs, func(a, b pair) int {
			if a.ov != b.ov {
				return b.ov - a.ov
			}
			if a.gi != b.gi {
				return a.gi - b.gi
			}
			return a.pi - b.pi
		})
		gm, pm := map[int]int{}, map[int]int{}
		for _, x := range pairs {
			_, gu := gm[x.gi]
			_, pu := pm[x.pi]
			if gu || pu {
				continue
			}
			gm[x.gi], pm[x.pi] = x.pi, x.gi
		}
		nGold, predIgnored, ovTP := 0, 0, 0
		for _, x := range gqs {
			if !x.ignored {
				nGold++
			}
		}
		for _, gi := range pm {
			if gqs[gi].ignored {
				predIgnored++
			}
		}
		for gi := range gm {
			if !gqs[gi].ignored {
				ovTP++
			}
		}
		nPred := len(pqs) - predIgnored
		c.gold += nGold
		c.pred += nPred
		c.exactTP += exactTP
		c.predExact += len(pqs) - exactIgnored
		c.overlapTP += ovTP
		for gi, x := range gqs {
			if x.ignored {
				continue
			}
			t := pyStr(get(x.q, "type", "all"))
			v := byType[t]
			v[1]++
			if _, ok := gm[gi]; ok {
				v[0]++
			}
			byType[t] = v
		}
		// attribution
		predUnscorable := 0
		for gi, x := range gqs {
			if x.ignored {
				continue
			}
			status, gsets := speakerStatus(x.q)
			if status == "unscorable" {
				c.unscorable++
				if _, ok := gm[gi]; ok {
					predUnscorable++
				}
				continue
			}
			c.attrGold++
			pi, ok := gm[gi]
			if !ok {
				if opt.Errors {
					rep.errf(id, "quotes", "MISS", "%q gold=%s", cut(pyStrOr(get(x.q, "text", string(text[x.s:x.e]))), 100), pyStr(x.q["speaker"]))
				}
				continue
			}
			psp := pqs[pi].q["speaker"]
			var good bool
			if status == "null" {
				good = psp == nil || (isString(psp) && strings.TrimSpace(psp.(string)) == "")
			} else {
				pt := contentTokens(pyStrOr(psp))
				for _, gs := range gsets {
					for w := range pt {
						good = good || gs[w]
					}
				}
			}
			c.attrMatched++
			if good {
				c.attrCorrect++
			} else if opt.Errors {
				rep.errf(id, "quotes", "SPEAKER", "%q gold=%s pred=%s", cut(string(text[x.s:x.e]), 100), pyStr(x.q["speaker"]), pyStr(psp))
			}
		}
		c.attrPred += nPred - predUnscorable
		if opt.Errors {
			for pi, x := range pqs {
				if _, ok := pm[pi]; !ok {
					rep.errf(id, "quotes", "FALSE_POS", "%q pred=%s", cut(string(text[x.s:x.e]), 100), pyStr(x.q["speaker"]))
				}
			}
		}
	}
	exact := zeroRow("span_exact", c.exactTP, c.predExact, c.gold)
	overlap := zeroRow("span_overlap", c.overlapTP, c.pred, c.gold)
	attr := zeroRow("attribution", c.attrCorrect, c.attrPred, c.attrGold)
	rep.Rows = []Row{exact, overlap, attr}
	acc := 0.0
	if c.attrMatched > 0 {
		acc = float64(c.attrCorrect) / float64(c.attrMatched)
	}
	rep.Accuracies = append(rep.Accuracies, Accuracy{Name: "attribution accuracy", Correct: c.attrCorrect, Total: c.attrMatched, Value: acc})
	types := make([]string, 0, len(byType))
	for t := range byType {
		types = append(types, t)
	}
	slices.Sort(types)
	for _, t := range types {
		v := byType[t]
		a := Accuracy{Name: "recall[type=" + t + "]", Correct: v[0], Total: v[1]}
		if v[1] > 0 {
			a.Value = float64(v[0]) / float64(v[1])
		}
		rep.Accuracies = append(rep.Accuracies, a)
	}
	rep.Notes = append(rep.Notes, fmt.Sprintf("gold quotes %d, predicted %d, unscorable gold speakers %d", c.gold, c.pred, c.unscorable))
	if c.malformed > 0 || c.empty > 0 {
		rep.Notes = append(rep.Notes, fmt.Sprintf("pred_malformed %d  pred_empty_span %d", c.malformed, c.empty))
	}
	rep.Headline = Metric{Name: "attributionF1", Value: attr.F1}
	return rep, nil
}

func isString(v any) bool { _, ok := v.(string); return ok }

// speakerStatus is "null", "scorable" or "unscorable", with the content
// token sets of the gold speaker and its aliases.
func speakerStatus(q Doc) (string, []map[string]bool) {
	sp := q["speaker"]
	if sp == nil || (isString(sp) && strings.TrimSpace(sp.(string)) == "") {
		return "null", nil
	}
	var sets []map[string]bool
	for _, name := range append([]any{sp}, asList(q["speaker_aliases"])...) {
		if s := contentTokens(pyStrOr(name)); len(s) > 0 {
			sets = append(sets, s)
		}
	}
	if len(sets) == 0 {
		return "unscorable", nil
	}
	return "scorable", sets
}
