package venues

import (
	"strings"

	"github.com/lede-project/lede/extractors"
	"github.com/lede-project/lede/extractors/internal/gazetteer"
	"github.com/lede-project/lede/extractors/internal/lex"
)

// This file finds what ties a place mention to an event: the preposition
// before the place and the event word near it.

// link is a place tied to an event by one rule.
type link struct {
	rule     *rule
	place    extractors.Entity
	prep     int    // token index of the preposition
	via      string // the word that licenses the preposition ("took ... to")
	trig     trigger
	building string          // "headquarters" after an organisation's name
	span     extractors.Span // the venue: the place, with "province" or "headquarters" after it
	date     *extractors.Date
}

// findPrep finds the preposition before token lo that ties the place
// starting there to an event, skipping a determiner, a possessor and a
// few modifiers ("in the country's southern Zabul province", "at Forest
// Hill's WoodSpring Suites"), and returns the token index and the rule
// whose preposition it is.
func findPrep(t *extractors.Text, lo, sentStart int) (int, *rule, string, bool) {
	for k := lo - 1; k >= 0 && t.Tokens[k].Start >= sentStart && k >= lo-5; k-- {
		for _, r := range linkRules {
			if via, ok := r.prep(t, k, sentStart); ok {
				return k, r, via, true
			}
		}
		if !mayPrecedePlace(t, k, lo) {
			return 0, nil, "", false
		}
	}
	return 0, nil, "", false
}

// mayPrecedePlace reports whether token k may stand between a preposition
// and the place at token lo: a determiner or modifier, a possessor, a
// house number, a quote mark, a capitalised word of the name, or "of"
// after a settlement noun or a political-place word ("in the town of
// Ziketan", "in the US state of Louisiana").
func mayPrecedePlace(t *extractors.Text, k, lo int) bool {
	w := t.Tokens[k].Text
	lw := strings.ToLower(w)
	if w == "of" && k > 0 && (lex.SettlementNouns[strings.ToLower(t.Tokens[k-1].Text)] || gazetteer.Load().Is("gpe-after", t.Tokens[k-1].Text)) {
		return true // "the town of Ziketan", "the US state of Louisiana"
	}
	switch {
	case betweenWords.has(lw), lex.IsPossessive(w), lex.IsDigits(w) && k == lo-1, w == "\"", w == "“", w == "‘", lex.UpperStart(w) && !lex.VenuePreps[lw],
		k+1 < lo && lex.IsPossessive(t.Tokens[k+1].Text),
		strings.HasSuffix(w, "'s"), strings.HasSuffix(w, "’s"):
		return true
	}
	return false
}

// trigger is an event word found in a sentence.
type trigger struct {
	text string // the event word as written: the Venue's Event
	tok  int
	// phrase is the trigger with the word that made it one when the word
	// alone does not ("face off").
	phrase string
}

// eventNear finds an event word in sentence s, preferring the nearest to
// token p within fourteen tokens before it or five after.
func eventNear(t *extractors.Text, p int, s extractors.Range, events *wordList) (trigger, bool) {
	best, bestD := trigger{}, 1<<30
	for k := max(0, p-14); k < len(t.Tokens) && k <= p+5; k++ {
		tok := t.Tokens[k]
		if tok.Start < s.Start || tok.End > s.End {
			continue
		}
		phrase, ok := tok.Text, events.has(strings.ToLower(tok.Text))
		if !ok {
			phrase, ok = eventPhrase(t, k)
		}
		if !ok {
			continue
		}
		d := p - k
		if d < 0 {
			d = -d + 3 // words before the place read as the event first
		}
		if d < bestD {
			best, bestD = trigger{tok.Text, k, phrase}, d
		}
	}
	return best, bestD < 1<<30
}

// eventPhrase reports whether token k opens a two-word event phrase
// whose first word alone is no event ("face off", "kick off"), and
// returns it.
func eventPhrase(t *extractors.Text, k int) (string, bool) {
	if k+1 >= len(t.Tokens) || t.Tokens[k+1].Start != t.Tokens[k].End+1 {
		return "", false
	}
	phrase := t.Text[t.Tokens[k].Start:t.Tokens[k+1].End]
	return phrase, eventPhrases.has(strings.ToLower(phrase))
}

// eventDate returns the date in sentence s nearest to off, nil when the
// sentence has none.
func eventDate(dates []extractors.Date, s extractors.Range, off int) *extractors.Date {
	var best *extractors.Date
	bestD := 1 << 30
	for i, d := range dates {
		if d.Start < s.Start || d.End > s.End || (d.Type != "DATE" && d.Type != "TIME") {
			continue
		}
		dist := off - d.End
		if d.Start > off {
			dist = d.Start - off
		}
		if dist < bestD {
			best, bestD = &dates[i], dist
		}
	}
	return best
}

// linkDate returns the date of an event in sentence s at byte offset off:
// the sentence's date nearest to off or, when the sentence has none, the
// nearest date of its paragraph ("On Monday the talks resumed. They were
// held in Geneva."); nil when neither gives one.
func linkDate(t *extractors.Text, dates []extractors.Date, s extractors.Range, off int) *extractors.Date {
	if d := eventDate(dates, s, off); d != nil {
		return d
	}
	for _, p := range t.Paragraphs {
		if p.Start <= s.Start && s.End <= p.End {
			return eventDate(dates, p, off)
		}
	}
	return nil
}

// dropContainers removes the places that only locate the place before
// them: "at the Riverside Clinic in Berlin", "in the town of Barzak in
// Qinghai province", "in Santa Fe, New Mexico" keep the first.
func dropContainers(t *extractors.Text, found []link) []link {
	out := found[:0:0]
	for _, u := range found {
		contained := false
		for _, v := range found {
			if v.span.End > u.span.Start || t.SentenceAt(v.span.Start) != t.SentenceAt(u.span.Start) {
				continue
			}
			gap := strings.TrimSpace(t.Text[v.span.End:u.span.Start])
			gap = strings.TrimSpace(strings.TrimPrefix(gap, ","))
			if gap == "" || gap == "in" {
				contained = true
			}
		}
		if !contained {
			out = append(out, u)
		}
	}
	return out
}
