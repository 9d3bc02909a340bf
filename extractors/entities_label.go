package extractors

import (
	"strings"
	"unicode"
)

// proseLabel maps the statistical model's labels onto lede's.
var proseLabel = map[string]string{
	"PERSON": "PERSON", "ORGANIZATION": "ORG", "ORG": "ORG", "GPE": "GPE", "GSP": "GPE",
	"LOCATION": "LOC", "LOC": "LOC", "FACILITY": "LOC", "FAC": "LOC",
}

// modelLabel returns the model's label for tokens [i, j): the label of the
// most tokens, "" when the model saw no entity there.
func (r *entityRun) modelLabel(i, j int) string {
	best, bestN := "", 0
	var counts [8]struct {
		l string
		n int
	}
	n := 0
	for k := i; k < j; k++ {
		lab := r.t.Tokens[k].Label
		if len(lab) < 3 || lab[1] != '-' {
			continue
		}
		l := proseLabel[lab[2:]]
		if l == "" {
			continue
		}
		found := false
		for c := 0; c < n; c++ {
			if counts[c].l == l {
				counts[c].n++
				found = true
			}
		}
		if !found && n < len(counts) {
			counts[n].l, counts[n].n = l, 1
			n++
		}
	}
	for c := 0; c < n; c++ {
		if counts[c].n > bestN {
			best, bestN = counts[c].l, counts[c].n
		}
	}
	return best
}

// acronym reports whether s is written like an acronym: 2-6 capitals,
// perhaps with full stops or an ampersand ("NATO", "U.N.", "AT&T").
func acronym(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			n++
		case r == '.' || r == '&' || r == '-':
		default:
			return false
		}
	}
	return n >= 2 && n <= 6
}

// label decides the label of candidate c; rule names the evidence, and ok
// is false when c is not a name after all. Single words with no evidence
// are left for the merge step ("Biden" after "Joe Biden"): label "".
func (r *entityRun) label(c candidate) (label, rule string, ok bool) {
	toks := r.t.Tokens[c.first:c.last]
	text := r.t.Text[c.start:c.end]
	if e, ok := r.g.lookup(text); ok {
		return e.Label, "gazetteer", true
	}
	firstTok, lastTok := toks[0].Text, toks[len(toks)-1].Text
	if len(toks) > 1 {
		switch {
		case r.g.is("org-last", lastTok) || r.g.is("org-last", strings.TrimSuffix(lastTok, ".")):
			return "ORG", "org-word", true
		case r.g.is("fac-last", lastTok):
			return "LOC", "facility-word", true
		case r.g.is("loc-last", lastTok):
			return "LOC", "place-word", true
		case r.g.is("gpe-last", lastTok):
			return "GPE", "place-word", true
		case r.g.is("org-first", firstTok) && len(toks) > 2 && (toks[1].Text == "of" || toks[1].Text == "for"):
			return "ORG", "org-word", true
		}
	}
	if c.titled {
		return "PERSON", "title", true
	}
	if len(toks) == 1 && acronym(text) {
		if r.g.is("allcaps-stop", text) {
			return "", "", false
		}
		return "ORG", "acronym", true
	}
	if len(toks) == 1 && allCaps(text) {
		// A shouted word: a name only if the model or the gazetteer says so.
		if l := r.modelLabel(c.first, c.last); l != "" && !c.headline {
			return l, "model", true
		}
		return "", "", false
	}
	if len(toks) > 1 && r.g.firstNames[firstTok] {
		return "PERSON", "first-name", true
	}
	model := r.modelLabel(c.first, c.last)
	if len(toks) == 1 {
		if c.initial && r.commonWord(c.first) {
			return "", "", false
		}
		if r.lower[strings.ToLower(text)] {
			return "", "", false
		}
		if model != "" {
			return model, "model", true
		}
		return "", "unresolved", true
	}
	if model != "" && model != "PERSON" {
		return model, "model", true
	}
	if len(toks) <= 3 && personShape(toks) {
		return "PERSON", "name-shape", true
	}
	if model != "" {
		return model, "model", true
	}
	return "ORG", "name-shape", true
}

// personShape reports whether the tokens look like a personal name: every
// word capitalised and alphabetic (hyphens, apostrophes and initials allowed).
func personShape(toks []Token) bool {
	for _, t := range toks {
		if !upperStart(t.Text) {
			if t.Text == "van" || t.Text == "de" || t.Text == "von" || t.Text == "der" || t.Text == "al" || t.Text == "bin" {
				continue
			}
			return false
		}
		for _, r := range t.Text {
			if !(r == '-' || r == '\'' || r == '’' || r == '.' || unicode.IsLetter(r)) {
				return false
			}
		}
	}
	return true
}
