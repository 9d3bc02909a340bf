package score

import (
	"html"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The per-field matching rules of score_e2e.py: dates, money, quotes and
// speakers, venues, and the name normalisations.

// textOverlap: one text contains the other, case-insensitively, or they
// share a word that is not a date stopword.
func textOverlap(a, b any) bool {
	al := strings.TrimSpace(strings.ToLower(orEmpty(a)))
	bl := strings.TrimSpace(strings.ToLower(orEmpty(b)))
	if al == "" || bl == "" {
		return false
	}
	if strings.Contains(bl, al) || strings.Contains(al, bl) {
		return true
	}
	ta := map[string]bool{}
	for _, w := range words(al) {
		if !dateStop[w] {
			ta[w] = true
		}
	}
	for _, w := range words(bl) {
		if !dateStop[w] && ta[w] {
			return true
		}
	}
	return false
}

// get is Python's d.get(k, def) for a key that may be absent.
func get(d Doc, k string, def any) any {
	if v, ok := d[k]; ok {
		return v
	}
	return def
}

func dateScore(withValue bool) func(p, g Doc) (float64, bool) {
	return func(p, g Doc) (float64, bool) {
		if !textOverlap(p["text"], g["text"]) {
			return 0, false
		}
		if withValue && !truthy(g["optional"]) {
			pv := strings.TrimSpace(pyStr(get(p, "value", "")))
			ok := pv == strings.TrimSpace(pyStr(get(g, "value", "")))
			for _, v := range asList(g["value_alt"]) {
				ok = ok || pv == strings.TrimSpace(pyStr(v))
			}
			if !ok {
				return 0, false
			}
		}
		pt := strings.TrimSpace(strings.ToLower(pyStr(get(p, "text", ""))))
		gt := strings.TrimSpace(strings.ToLower(pyStr(get(g, "text", ""))))
		switch {
		case pt == gt:
			return 2, true
		case strings.Contains(gt, pt) || strings.Contains(pt, gt):
			return 1, true
		}
		return 0, true
	}
}

func normCurrency(c any) string {
	if c == nil {
		return ""
	}
	s := strings.TrimSpace(pyStr(c))
	if v, ok := currencySymbols[strings.ToUpper(s)]; ok {
		return v
	}
	if v, ok := currencySymbols[s]; ok {
		return v
	}
	return strings.ToUpper(s)
}

func moneyScore(p, g Doc) (float64, bool) {
	opt := truthy(g["optional"])
	fallback := func() (float64, bool) {
		if opt && textOverlap(p["text"], g["text"]) {
			return 0, true
		}
		return 0, false
	}
	pa, okP := toFloat(p["amount"])
	ga, okG := toFloat(g["amount"])
	if !okG || (opt && !okP) {
		return fallback()
	}
	if !okP || normCurrency(p["currency"]) != normCurrency(g["currency"]) {
		return fallback()
	}
	rel, ok := 0.0, pa == 0
	if ga != 0 {
		rel = abs(pa-ga) / abs(ga)
		ok = rel <= 0.005
	}
	if !ok {
		return fallback()
	}
	s := 1 - rel
	if strings.TrimSpace(pyStr(get(p, "text", ""))) == strings.TrimSpace(pyStr(get(g, "text", ""))) {
		s += 0.5
	}
	return s, true
}

func abs(f float64) float64 {
	if f < 0 {
		return -f
	}
	return f
}

// quoteRatio: multiset word overlap over the longer quote, at least 0.5.
func quoteRatio(p, g Doc) (float64, bool) {
	a, b := words(p["text"]), words(g["text"])
	if len(a) == 0 || len(b) == 0 {
		return 0, false
	}
	ca := map[string]int{}
	for _, w := range a {
		ca[w]++
	}
	inter := 0
	for _, w := range b {
		if ca[w] > 0 {
			ca[w]--
			inter++
		}
	}
	r := float64(inter) / float64(max(len(a), len(b)))
	return r, r >= 0.5
}

func lastNameToken(s any) string {
	var toks []string
	for _, t := range words(dropPossessive(orEmpty(s))) {
		if !nameDrop[t] {
			toks = append(toks, t)
		}
	}
	if len(toks) == 0 {
		return ""
	}
	return toks[len(toks)-1]
}

func contentWords(s any) map[string]bool {
	out := map[string]bool{}
	for _, t := range words(dropPossessive(orEmpty(s))) {
		if !speakerStop[t] {
			out[t] = true
		}
	}
	return out
}

func isDescriptive(name, kind any) bool {
	if truthy(kind) {
		return kind == "description"
	}
	n := strings.TrimSpace(orEmpty(name))
	if n == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(n)
	if unicode.IsLower(r) {
		return true
	}
	switch strings.ToLower(strings.Fields(n)[0]) {
	case "a", "an", "the":
		return true
	}
	return false
}

func blank(v any) bool { return v == nil || strings.TrimSpace(pyStr(v)) == "" }

// speakerOK: a named gold speaker needs the same last name token, a
// descriptive one half of its content words; aliases are tried too.
func speakerOK(pred any, g Doc) bool {
	gs := g["speaker"]
	if blank(gs) {
		return blank(pred)
	}
	if blank(pred) {
		return false
	}
	type cand struct{ name, kind any }
	cands := []cand{{gs, g["speaker_kind"]}}
	for _, a := range asList(g["speaker_aliases"]) {
		cands = append(cands, cand{a, nil})
	}
	for _, c := range cands {
		if isDescriptive(c.name, c.kind) {
			cw := contentWords(c.name)
			if len(cw) == 0 {
				continue
			}
			pw := contentWords(pred)
			n := 0
			for w := range cw {
				if pw[w] {
					n++
				}
			}
			if float64(n)/float64(len(cw)) >= 0.5 {
				return true
			}
		} else if lt := lastNameToken(c.name); lt != "" && lt == lastNameToken(pred) {
			return true
		}
	}
	return false
}

func normPlace(s any) string {
	t := strings.ReplaceAll(nfkcLower(orEmpty(s)), "’", "'")
	t = trimLeadingThe(t, true)
	t = strings.ReplaceAll(t, ".", "")
	return collapseNonWord(t)
}

func venueScore(p, g Doc) (float64, bool) {
	a, b := normPlace(p["text"]), normPlace(g["text"])
	switch {
	case a == "" || b == "":
		return 0, false
	case a == b:
		return 2, true
	case strings.Contains(" "+b+" ", " "+a+" ") || strings.Contains(" "+a+" ", " "+b+" "):
		return 1, true
	}
	return 0, false
}

func normEnt(s any) string {
	t := strings.TrimSpace(strings.ReplaceAll(nfkcLower(orEmpty(s)), "’", "'"))
	t = trimLeadingThe(t, false)
	if strings.HasSuffix(t, "'s") {
		t = strings.TrimSuffix(t, "'s")
	} else {
		t = strings.TrimSuffix(t, "'")
	}
	t = strings.ReplaceAll(t, ".", "")
	return collapseNonWord(t)
}

func normTitle(s any) string {
	t := norm.NFKC.String(html.UnescapeString(orEmpty(s)))
	t = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`, "–", "-", "—", "-", "\u00a0", " ").Replace(t)
	return strings.Join(strings.Fields(strings.ToLower(t)), " ")
}

func normPerson(s any) string { return strings.Join(words(s), " ") }
