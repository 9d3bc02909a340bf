package venues

import (
	"strings"

	"github.com/lede-project/lede/extractors"
	"github.com/lede-project/lede/extractors/internal/lex"
)

// This file reads places an event's facts give outright: the object of a
// verb of assault or visit, and the place line of an event listing.

// linkObject ties the place e to the verb of assault or visit whose
// object it is ("stormed the Bardo National Museum").
func linkObject(t *extractors.Text, f *extractors.Findings, e extractors.Entity, building string) (link, bool) {
	w, h := t.ParseAt(e.Start)
	if h < 0 {
		return link{}, false
	}
	h = spanHead(w, h, e.End)
	// "seized the Libyan city of Sirte": through the settlement noun.
	if p := w[h].Head; p >= 0 && w[h].Dep == "nmod" && lex.SettlementNouns[strings.ToLower(w[p].Lemma)] {
		h = p
	}
	p := w[h].Head
	if w[h].Dep != "obj" || p < 0 || !isVerb(w[p]) || !objectEvents.has(strings.ToLower(w[p].Lemma)) {
		return link{}, false
	}
	trig := extractors.SearchTokens(t.Tokens, w[p].Start)
	return parseLink(t, f, eventObjectPlace, e, building, trig, trig)
}

// linkListing ties the place e to the event of a listing when e is all a
// labelled place statement holds ("The place: Wrigley Field."); the event
// is the next sentence's predicate.
func linkListing(t *extractors.Text, f *extractors.Findings, e extractors.Entity) (link, bool) {
	si := t.SentenceAt(e.Start)
	if si < 0 || si+1 >= len(t.Sentences) || !venueLabel(e) {
		return link{}, false
	}
	s := t.Sentences[si]
	label, ok := strings.CutSuffix(strings.TrimSpace(t.Text[s.Start:e.Start]), ":")
	rest := strings.Trim(t.Text[e.End:s.End], " .\n")
	label = strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(label, "The "), "the "))
	if !ok || rest != "" || !listingLabels.has(label) {
		return link{}, false
	}
	next := t.Sentences[si+1]
	w := t.Parse(si + 1)
	root := -1
	for i := range w {
		if w[i].Head < 0 && isVerb(w[i]) {
			root = i
		}
	}
	if root < 0 {
		return link{}, false
	}
	trig := extractors.SearchTokens(t.Tokens, w[root].Start)
	word := t.Tokens[trig].Text
	return link{
		rule: listingPlace, place: e, prep: extractors.SearchTokens(t.Tokens, s.Start), trig: trigger{text: word, tok: trig, phrase: word},
		span: venueSpan(t, e, ""), date: listingDate(f.Dates, t, si, next),
	}, true
}

// listingDate returns the date of a listing: one in the place line, the
// line before it or the event's sentence.
func listingDate(dates []extractors.Date, t *extractors.Text, si int, next extractors.Range) *extractors.Date {
	s := t.Sentences[si]
	if si > 0 {
		s.Start = t.Sentences[si-1].Start
	}
	if d := eventDate(dates, s, s.End); d != nil {
		return d
	}
	return eventDate(dates, next, next.Start)
}
