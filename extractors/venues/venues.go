package venues

import (
	"strings"

	"github.com/lede-project/lede/extractors"
	"github.com/lede-project/lede/extractors/internal/gazetteer"
	"github.com/lede-project/lede/extractors/internal/lex"
)

// Extractor finds places where reported events happen: a place mention after
// a locative preposition ("in", "at", "inside", "near", "over") in a
// sentence that reports an event ("talks … held in Geneva", "a two-day
// trial … in Fort Worth"), a place the dependency parse attaches to an
// event predicate or noun ("premiered in Venice"), a place a "where"
// clause tells an event of, the object of a verb of assault or visit, a
// listing's place line, and a dateline city when the first sentence
// reports a physical event there and places it nowhere else ("MADRID — …
// the decisive doubles match"). Places are entities (GPE, LOC, FAC,
// institutions) and facility phrases ("his Montgomery office"). A place
// merely mentioned ("sanctions on Russia", "based in London", "comes from
// Ohio", "lives in Denver") is not a venue. Each venue's Event is a
// phrase (see eventText) and its Date the date of its sentence or
// paragraph. It reads Findings.Entities and Findings.Dates, so it runs
// after both, and the parse (Text.Parse). It keeps no state and is safe
// for concurrent use.
type Extractor struct{}

// New returns the venue extractor.
func New() *Extractor { return &Extractor{} }

// Name implements Extractor.
func (*Extractor) Name() string { return "venues" }

// Extract implements Extractor.
func (*Extractor) Extract(t *extractors.Text, f *extractors.Findings) {
	seen := map[string]bool{}
	add := func(l link) {
		k := gazetteer.NormKey(l.span.Text)
		if seen[k] {
			return
		}
		seen[k] = true
		f.Venues = append(f.Venues, l.venue(t, f.Explain))
	}
	if l, ok := findDateline(t, f); ok {
		add(l)
	}
	var found []link
	for _, e := range append(f.Entities, facilityPhrases(t, f.Entities)...) {
		if l, ok := linkPlace(t, f, e); ok {
			found = append(found, l)
		} else if l, ok := linkParsed(t, f, e); ok {
			found = append(found, l)
		} else if l, ok := linkListing(t, f, e); ok {
			found = append(found, l)
		}
	}
	for _, l := range mostSpecific(dropContainers(t, found)) {
		add(l)
	}
}

// linkPlace ties the entity e to an event of its sentence by one of the
// linkRules, when e can be a venue.
func linkPlace(t *extractors.Text, f *extractors.Findings, e extractors.Entity) (link, bool) {
	l := link{place: e, building: buildingAfter(t, e)}
	if !venueLabel(e) && l.building == "" {
		return l, false
	}
	lo := extractors.SearchTokens(t.Tokens, e.Start)
	si := t.SentenceAt(e.Start)
	if lo >= len(t.Tokens) || t.Tokens[lo].Start != e.Start || si < 0 {
		return l, false
	}
	s := t.Sentences[si]
	p, r, via, ok := findPrep(t, lo, s.Start)
	if !ok || p > 0 && attributeWords.has(strings.ToLower(t.Tokens[p-1].Text)) {
		return l, false // "based in London"
	}
	// "the US state of Louisiana": the place word before "of" names the
	// container of the place after it, which is the venue.
	if l.span = venueSpan(t, e, l.building); l.span.End > e.End && strings.HasPrefix(t.Text[l.span.End:], " of ") {
		return l, false
	}
	// "Fort Worth's 6th Avenue": the possessor is not the venue.
	if k := extractors.SearchTokens(t.Tokens, e.End); k < len(t.Tokens) && t.Tokens[k].Start == e.End && lex.IsPossessive(t.Tokens[k].Text) {
		return l, false
	}
	trig, ok := eventNear(t, p, s, r.events)
	if !ok {
		return l, false
	}
	l.rule, l.prep, l.via, l.trig = r, p, via, trig
	l.span = venueSpan(t, e, l.building)
	l.date = linkDate(t, f.Dates, s, e.Start)
	return l, true
}

// linkParsed ties the entity e to an event through the parse of its
// sentence (eventOblPlace), when e can be a venue.
func linkParsed(t *extractors.Text, f *extractors.Findings, e extractors.Entity) (link, bool) {
	if !mayLinkByParse(t, e) {
		return link{}, false // no parse could tie e to an event: do not parse
	}
	building := buildingAfter(t, e)
	if e.Label == "ORG" && building == "" && !venueLabel(e) {
		// an organisation's premises: only through the parse, after
		// "at", "inside" or "aboard" (orgPreps)
		return linkSyntax(t, f, e, "")
	}
	if !venueLabel(e) && building == "" {
		return link{}, false
	}
	if l, ok := linkSyntax(t, f, e, building); ok {
		return l, true
	}
	return linkObject(t, f, e, building)
}

// buildingAfter returns the word after an organisation's name that makes
// it a building ("the Communist Party headquarters", "the Royal
// Shrewsbury hospital"), or "".
func buildingAfter(t *extractors.Text, e extractors.Entity) string {
	k := extractors.SearchTokens(t.Tokens, e.End)
	if e.Label == "ORG" && k < len(t.Tokens) && t.Tokens[k].Start == e.End+1 && (buildingWords.has(t.Tokens[k].Text) || facilityNouns.has(t.Tokens[k].Text)) {
		return t.Tokens[k].Text
	}
	return ""
}

// venueSpan returns the venue's span: the place, with a place word or a
// facility noun after it ("Hoa Lo prison", "Logar province", "her Dayton
// office") or the building word of an organisation.
func venueSpan(t *extractors.Text, e extractors.Entity, building string) extractors.Span {
	end := e.End
	if k := extractors.SearchTokens(t.Tokens, e.End); k < len(t.Tokens) && t.Tokens[k].Start == e.End+1 {
		if w := t.Tokens[k].Text; gazetteer.Load().Is("fac-after", w) || gazetteer.Load().Is("gpe-after", w) || facilityNouns.has(w) {
			end = t.Tokens[k].End
		}
	}
	if building != "" {
		end = e.End + 1 + len(building)
	}
	return extractors.Span{Text: t.Text[e.Start:end], Start: e.Start, End: end}
}

// venueLabel reports whether e can be a venue: a place, or an institution
// whose building hosts events.
func venueLabel(e extractors.Entity) bool {
	switch e.Label {
	case "GPE", "LOC", "FAC":
		return true
	case "ORG":
		for _, w := range strings.Fields(e.Text) {
			if institutions.exact[w] {
				return true
			}
		}
	}
	return false
}

// mostSpecific drops the countries when some venue is more specific: a
// country is too coarse to be the venue of an event when the article
// names a place in it ("a helicopter crash in Afghanistan" beside
// "crashed in Logar province").
func mostSpecific(found []link) []link {
	specific := false
	for _, l := range found {
		if !isCountry(l.span.Text) {
			specific = true
		}
	}
	if !specific {
		return found
	}
	out := found[:0:0]
	for _, l := range found {
		if !isCountry(l.span.Text) {
			out = append(out, l)
		}
	}
	return out
}

// isCountry reports whether name is a country in the gazetteer.
func isCountry(name string) bool {
	g := gazetteer.Load()
	e, ok := g.Lookup(name)
	return ok && e.Label == "GPE" && gazetteer.CountryNames[e.Canonical]
}

// venue returns the Venue of l; explain adds the evidence: the rule's
// trigger, preposition, place and its label, and the linked date (the
// Event itself is the trigger's phrase, see eventText).
func (l link) venue(t *extractors.Text, explain bool) extractors.Venue {
	v := extractors.Venue{Span: l.span, Event: eventText(t, t.Tokens[l.trig.tok].Start, l.span), Trace: extractors.Trace{Rule: l.rule.name}}
	if l.date != nil {
		v.Date = l.date.Value
	}
	if !explain {
		return v
	}
	if l.rule == dateline {
		v.Evidence = append(v.Evidence, "dateline: "+l.place.Text+" ("+l.place.Label+")")
	}
	v.Evidence = append(v.Evidence, "event: "+l.trig.phrase)
	if l.rule != dateline {
		v.Evidence = append(v.Evidence, linkEvidence(t, l))
		if l.via != "" {
			v.Evidence = append(v.Evidence, "carried to by: "+l.via)
		}
		v.Evidence = append(v.Evidence, "place: "+l.place.Text+" ("+l.place.Label+")")
	}
	if l.building != "" {
		v.Evidence = append(v.Evidence, "building: "+l.building)
	}
	if l.date != nil {
		v.Evidence = append(v.Evidence, "date: "+l.date.Text+" = "+l.date.Value)
	}
	return v
}

// linkEvidence says what tied the place to its event: the preposition,
// the verb whose object it is, the word opening a "where" clause, or the
// listing's label.
func linkEvidence(t *extractors.Text, l link) string {
	switch l.rule {
	case eventObjectPlace:
		return "object of: " + l.trig.text
	case listingPlace:
		return "listing label: " + strings.TrimSpace(t.Text[t.Tokens[l.prep].Start:l.place.Start])
	case placeWhereClause:
		return "clause: " + t.Tokens[l.prep].Text
	}
	return "preposition: " + t.Tokens[l.prep].Text
}

// mayLinkByParse reports whether the parse-based rules could tie e to an
// event, read off the tokens so that a sentence none of them can use is
// not parsed (parsing is the venue extractor's main cost): the rules need
// a locative preposition (syntaxPreps) before e in its sentence, the case
// marker of an oblique place ("in the country's southern province"),
// "where" just after e (placeWhereClause), or a verb of assault or visit
// before e (eventObjectPlace: "stormed the museum").
func mayLinkByParse(t *extractors.Text, e extractors.Entity) bool {
	si := t.SentenceAt(e.Start)
	if si < 0 {
		return false
	}
	s := t.Sentences[si]
	k := extractors.SearchTokens(t.Tokens, s.Start)
	for ; k < len(t.Tokens) && t.Tokens[k].Start < e.Start; k++ {
		w := strings.ToLower(t.Tokens[k].Text)
		if syntaxPreps[w] || objectEventForm(w) {
			return true
		}
	}
	for n := 0; k < len(t.Tokens) && t.Tokens[k].Start < s.End && n < 8; k, n = k+1, n+1 {
		if strings.EqualFold(t.Tokens[k].Text, "where") {
			return true
		}
	}
	return false
}

// objectEventForm reports whether the lower-case word w may be a form of a
// verb of [object events] ("stormed", "visits", "seizing"): it begins with
// the verb less a final "e".
func objectEventForm(w string) bool {
	for v := range objectEvents.exact {
		if strings.HasPrefix(w, strings.TrimSuffix(v, "e")) {
			return true
		}
	}
	for _, v := range objectEvents.prefixes {
		if strings.HasPrefix(w, v) {
			return true
		}
	}
	return false
}
