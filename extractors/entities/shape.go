package entities

import (
	"strings"
	"unicode"

	"github.com/lede-project/lede/extractors"
	"github.com/lede-project/lede/extractors/internal/lex"
)

// camelCase reports whether s has a capital after a lower-case letter past
// its start ("WeWork", "OrbitBeyond"), the mark of a company name. "McCain",
// "MacDonald", "DeSantis" and "O'Brien" are people.
func camelCase(s string) bool {
	for _, p := range [...]string{"Mc", "Mac", "De", "Di", "Da", "La", "Le", "Van", "Von", "St", "O'", "O’", "D'", "Al"} {
		if strings.HasPrefix(s, p) {
			s = s[len(p):]
			break
		}
	}
	prevLower := false
	for i, r := range s {
		if i > 0 && prevLower && unicode.IsUpper(r) {
			return true
		}
		prevLower = unicode.IsLower(r)
	}
	return false
}

// adjectival reports whether s is the adjective of a listed place:
// "Estonian" for Estonia, "Kenyan" for Kenya.
func (r *extraction) adjectival(s string) bool {
	if !strings.HasSuffix(s, "n") || len(s) < 5 {
		return false
	}
	for _, cut := range [...]int{1, 2} {
		if e, ok := r.g.Lookup(s[:len(s)-cut]); ok && e.Label == "GPE" {
			return true
		}
	}
	if strings.HasSuffix(s, "ian") {
		if e, ok := r.g.Lookup(s[:len(s)-3] + "ia"); ok && e.Label == "GPE" {
			return true
		}
	}
	return false
}

// personShape reports whether the tokens look like a personal name: every
// word capitalised and alphabetic (hyphens, apostrophes and initials allowed).
func personShape(toks []extractors.Token) bool {
	for _, t := range toks {
		if t.Text == "." {
			continue
		}
		if !lex.UpperStart(t.Text) {
			if particles[t.Text] {
				continue
			}
			return false
		}
		if lex.AllCaps(t.Text) && !strings.Contains(t.Text, ".") {
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

// romanNumeral reports whether s is written as a Roman numeral ("XVII").
func romanNumeral(s string) bool {
	for _, r := range s {
		if !strings.ContainsRune("IVXLCDM", r) {
			return false
		}
	}
	return s != ""
}

// middleInitial reports whether a one-letter initial stands inside the
// name: "Sonya A. Zoghlin", "Patrick W. Carlineo".
func (r *extraction) middleInitial(toks []extractors.Token) bool {
	for k := 1; k+1 < len(toks); k++ {
		if t := toks[k].Text; (len(t) == 1 || len(t) == 2 && t[1] == '.') && t[0] >= 'A' && t[0] <= 'Z' {
			return true
		}
	}
	return false
}

// hasParticle reports whether a lower-case name particle joins the name:
// "Botic van de Zanschulp".
func (r *extraction) hasParticle(toks []extractors.Token) bool {
	for k := 1; k+1 < len(toks); k++ {
		if particles[toks[k].Text] {
			return true
		}
	}
	return false
}

// hyphenGiven reports whether the name is a short family name and a
// hyphenated given name, as romanised Chinese and Korean names are written:
// "Cheuk Hau-yip", "Moon Jae-in".
func (r *extraction) hyphenGiven(toks []extractors.Token) bool {
	if len(toks) != 2 || len(toks[0].Text) > 5 {
		return false
	}
	g := toks[1].Text
	k := strings.IndexByte(g, '-')
	if k <= 0 || k+1 >= len(g) || !lex.UpperStart(g) || !lex.LowerStart(g[k+1:]) || strings.ContainsAny(g[1:k], "ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
		return false
	}
	return !r.g.Is("hyphen-modifier", g[k+1:]) // "World Cup-style", "South Dakota-sized"
}
