package dates

import "strings"

// idioms are phrases with time words that are not temporal expressions.
var idioms = [][]string{
	{"at", "the", "end", "of", "the", "day"},
	{"all", "the", "time"},
	{"at", "the", "time"},
	{"over", "time"},
	{"day", "to", "day"},
	{"day", "-", "to", "-", "day"},
}

// idiom returns the token after an idiom starting at i, or i.
func (s *scan) idiom(i int) int {
	switch s.toks[i].low {
	case "at", "all", "over", "day":
	default:
		return i
	}
next:
	for _, id := range idioms {
		for k, w := range id {
			if w == "-" {
				if !s.isHyphen(i + k) {
					continue next
				}
			} else if !s.is(i+k, w) {
				continue next
			}
		}
		return i + len(id)
	}
	return i
}

// modifier kinds.
const (
	modNone  = iota
	modQuant // nearly, about, less than ...: quantities
	modCal   // early, late, the end of ...: calendar dates
	modRel   // earlier, later: "earlier this week"
)

// modifierPhrase is a modifier's words and kind.
type modifierPhrase struct {
	words []string
	kind  int
}

// modifiers are the phrases kept in an expression's text but not encoded in
// its value (TIMEX3 would put them in mod=""), longest first.
var modifiers = []modifierPhrase{
	{[]string{"the", "very", "end", "of"}, modCal},
	{[]string{"the", "end", "of"}, modCal},
	{[]string{"the", "beginning", "of"}, modCal},
	{[]string{"the", "start", "of"}, modCal},
	{[]string{"the", "middle", "of"}, modCal},
	{[]string{"the", "turn", "of"}, modCal},
	{[]string{"the", "rest", "of"}, modCal},
	{[]string{"the", "remainder", "of"}, modCal},
	{[]string{"the", "early"}, modCal},
	{[]string{"the", "late"}, modCal},
	{[]string{"the", "mid", "-"}, modCal},
	{[]string{"the", "mid"}, modCal},
	{[]string{"end", "of"}, modCal},
	{[]string{"early", "-"}, modCal},
	{[]string{"late", "-"}, modCal},
	{[]string{"mid", "-"}, modCal},
	{[]string{"early"}, modCal},
	{[]string{"late"}, modCal},
	{[]string{"mid"}, modCal},
	{[]string{"earlier"}, modRel},
	{[]string{"later"}, modRel},
	{[]string{"less", "than"}, modQuant},
	{[]string{"more", "than"}, modQuant},
	{[]string{"fewer", "than"}, modQuant},
	{[]string{"at", "least"}, modQuant},
	{[]string{"up", "to"}, modQuant},
	{[]string{"well", "over"}, modQuant},
	{[]string{"just", "over"}, modQuant},
	{[]string{"just", "under"}, modQuant},
	{[]string{"nearly"}, modQuant},
	{[]string{"almost"}, modQuant},
	{[]string{"about"}, modQuant},
	{[]string{"around"}, modQuant},
	{[]string{"approximately"}, modQuant},
	{[]string{"roughly"}, modQuant},
	{[]string{"some"}, modQuant},
	{[]string{"over"}, modQuant},
	{[]string{"under"}, modQuant},
	{[]string{"just"}, modQuant},
	{[]string{"only"}, modQuant},
}

// modifiersByWord indexes modifiers by their first word.
var modifiersByWord = func() map[string][]modifierPhrase {
	m := map[string][]modifierPhrase{}
	for _, p := range modifiers {
		m[p.words[0]] = append(m[p.words[0]], p)
	}
	return m
}()

// modifier returns the token after a modifier phrase at i and its kind, or
// i, modNone.
func (s *scan) modifier(i int) (int, int) {
	if s.toks[i].lex == nil {
		return i, modNone
	}
next:
	for _, m := range modifiersByWord[s.toks[i].low] {
		for k, w := range m.words {
			if w == "-" {
				if !s.isHyphen(i+k) || !s.glued(i+k-1) {
					continue next
				}
				continue
			}
			if s.w(i+k) != w {
				continue next
			}
		}
		return i + len(m.words), m.kind
	}
	return i, modNone
}

// modifierFits reports whether a modifier of kind may precede m, whose first
// word is first.
func modifierFits(kind int, m match, first string) bool {
	switch kind {
	case modQuant:
		if first == "the" {
			return false // "over the past nine days": a preposition
		}
		return m.typ == "DURATION" || m.typ == "SET" || m.rule.ago
	case modCal:
		return (m.typ == "DATE" || m.typ == "TIME") && !strings.HasSuffix(m.val, "_REF") && !m.rule.ago
	case modRel:
		return first == "this" || first == "today" || first == "tonight" || first == "in"
	}
	return false
}
