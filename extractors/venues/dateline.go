package venues

import (
	"strings"

	"github.com/lede-project/lede/extractors"
	"github.com/lede-project/lede/extractors/internal/lex"
)

// findDateline returns the venue of a dateline: a capitalised place
// opening the text ("MADRID —", "LONDON (AP) —") when the first sentence
// reports a physical event (a match, a summit, a protest, a crash) rather
// than an announcement, and does not place it elsewhere ("CAIRO — Gunmen
// opened fire ... at Tunisia's most renowned museum": the reporter is in
// Cairo, the event in Tunisia).
func findDateline(t *extractors.Text, f *extractors.Findings) (link, bool) {
	if len(f.Entities) == 0 || len(t.Sentences) == 0 {
		return link{}, false
	}
	e := f.Entities[0]
	if e.Label != "GPE" || strings.TrimSpace(t.Text[:e.Start]) != "" || !lex.AllCaps(e.Text) {
		return link{}, false
	}
	rest := strings.TrimLeft(t.Text[e.End:], " ,")
	if !strings.HasPrefix(rest, "—") && !strings.HasPrefix(rest, "–") && !strings.HasPrefix(rest, "-") && !strings.HasPrefix(rest, "(") {
		return link{}, false
	}
	s := t.Sentences[0]
	if si := t.SentenceAt(e.Start); si >= 0 {
		s = t.Sentences[si]
	}
	first := extractors.SearchTokens(t.Tokens, s.Start)
	if placedElsewhere(t, f.Entities, e, first, s) {
		return link{}, false
	}
	for k := first; k < len(t.Tokens) && t.Tokens[k].End <= s.End; k++ {
		if w := t.Tokens[k].Text; dateline.events.has(strings.ToLower(w)) {
			return link{
				rule: dateline, place: e, trig: trigger{text: w, tok: k, phrase: w},
				span: e.Span, date: linkDate(t, f.Dates, s, e.Start),
			}, true
		}
	}
	return link{}, false
}

// placedElsewhere reports whether sentence s, whose first token is first,
// puts a place other than the dateline d right after a locative
// preposition ("at Tunisia's most renowned museum", "in Kabul").
func placedElsewhere(t *extractors.Text, ents []extractors.Entity, d extractors.Entity, first int, s extractors.Range) bool {
	for k := first; k < len(t.Tokens) && t.Tokens[k].End <= s.End; k++ {
		if w := t.Tokens[k].Text; !lex.VenuePreps[w] || w == "over" {
			continue
		}
		for _, e := range ents {
			if e.Start != d.Start && (e.Label == "GPE" || e.Label == "LOC" || e.Label == "FAC") &&
				e.Start > t.Tokens[k].End && e.Start <= t.Tokens[min(k+3, len(t.Tokens)-1)].Start {
				return true
			}
		}
	}
	return false
}
