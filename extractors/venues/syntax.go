package venues

import (
	"strings"

	"github.com/lede-project/lede/extractors"
	"github.com/lede-project/lede/extractors/internal/lex"
)

// This file ties a place to an event through the dependency parse: the
// place attaches by a locative preposition to an event predicate or an
// event noun, however far apart the words are ("premiered in Venice",
// "fidgeting in the green room at Radio City Music Hall", "a news
// conference at his Montgomery office").

// syntaxPreps are the prepositions whose place the parse-based rule takes
// as an event's location.
var syntaxPreps = map[string]bool{"in": true, "at": true, "inside": true, "outside": true, "near": true, "aboard": true}

// orgPreps are the prepositions after which an organisation's name stands
// for its premises ("speaking at the White House", "told reporters aboard
// Air Force One"); "in" an organisation is membership, not a place.
var orgPreps = map[string]bool{"at": true, "inside": true, "aboard": true}

// linkSyntax ties the place e to the predicate or event noun it attaches
// to by a locative preposition in the parse of its sentence.
func linkSyntax(t *extractors.Text, f *extractors.Findings, e extractors.Entity, building string) (link, bool) {
	w, h := t.ParseAt(e.Start)
	if h < 0 {
		return link{}, false
	}
	h = spanHead(w, h, e.End)
	c := caseOf(w, h)
	if c < 0 || !isOblique(w[h].Dep) {
		return linkWhere(t, f, e, building, w, h)
	}
	if e.Label == "ORG" && !orgPreps[strings.ToLower(w[c].Lemma)] {
		return link{}, false
	}
	p := w[h].Head
	// "the green room at Radio City Music Hall": through a facility noun to
	// its event.
	if p >= 0 && !isVerb(w[p]) && facilityNouns.has(strings.ToLower(w[p].Lemma)) && isOblique(w[p].Dep) && caseOf(w, p) >= 0 {
		p = w[p].Head
	}
	// "Houston plays San Diego State in the Las Vegas Bowl": the parse may
	// hang a facility or site on a named object instead of on its verb. A
	// city there more often locates the object ("joins the International
	// Criminal Court at The Hague"), so GPEs are left out.
	if p >= 0 && e.Label != "GPE" && w[p].UPOS == "PROPN" && w[p].Dep == "obj" && w[p].Head >= 0 && isVerb(w[w[p].Head]) {
		p = w[p].Head
	}
	if p < 0 || !eventHead(w, p, t.Text[w[p].Start:w[p].End], isFacility(e.Text)) {
		return linkWhere(t, f, e, building, w, h)
	}
	prep := extractors.SearchTokens(t.Tokens, w[c].Start)
	if prep > 0 && attributeWords.has(strings.ToLower(t.Tokens[prep-1].Text)) {
		return link{}, false // "based in London"
	}
	return parseLink(t, f, eventOblPlace, e, building, prep, extractors.SearchTokens(t.Tokens, w[p].Start))
}

// parseLink is the link of rule r from the event word at token trig,
// through the token prep (the preposition, or what stands for it), to the
// place e; false when either token is past the text's tokens.
func parseLink(t *extractors.Text, f *extractors.Findings, r *rule, e extractors.Entity, building string, prep, trig int) (link, bool) {
	if trig >= len(t.Tokens) || prep >= len(t.Tokens) {
		return link{}, false
	}
	word := t.Tokens[trig].Text
	s := t.Sentences[t.SentenceAt(e.Start)]
	return link{
		rule: r, place: e, prep: prep, building: building,
		trig: trigger{text: word, tok: trig, phrase: word},
		span: venueSpan(t, e, building), date: linkDate(t, f.Dates, s, e.Start),
	}, true
}

// linkWhere ties the place at word h to the event of its relative clause
// opened by "where" ("Forest Hill's WoodSpring Suites hotel, where he
// held her captive", "an Ozark gas station where a skimming device was
// hidden inside a pump"), when the clause's predicate heads an event.
func linkWhere(t *extractors.Text, f *extractors.Findings, e extractors.Entity, building string, w []extractors.Syntax, h int) (link, bool) {
	// The clause opens right after the place, past a comma; the parser
	// hangs it on the place's noun (acl:relcl) or on the main verb
	// (advcl), so the word "where" is looked up by position.
	adv := -1
	for k := h + 1; k < len(w) && k <= h+4; k++ {
		if w[k].Start < e.End || w[k].UPOS == "PUNCT" || w[k].Dep == "compound" {
			continue
		}
		if strings.ToLower(w[k].Lemma) == "where" && w[k].Dep == "advmod" {
			adv = k
		}
		break
	}
	if adv < 0 || w[adv].Head < 0 {
		return link{}, false
	}
	v := w[adv].Head
	if !isVerb(w[v]) || !eventHead(w, v, t.Text[w[v].Start:w[v].End], isFacility(e.Text)) {
		return link{}, false
	}
	return parseLink(t, f, placeWhereClause, e, building,
		extractors.SearchTokens(t.Tokens, w[adv].Start), extractors.SearchTokens(t.Tokens, w[v].Start))
}

// spanHead climbs from word i to the word of the place that attaches
// outside it (a name is headed by its first word, "Radio" in "Radio City
// Music Hall", but a parse may head it by another).
func spanHead(w []extractors.Syntax, i, end int) int {
	start := w[i].Start
	for n := 0; n < len(w); n++ {
		p := w[i].Head
		if p < 0 || w[p].Start < start || w[p].Start >= end {
			return i
		}
		i = p
	}
	return i
}

// caseOf returns the index of the locative preposition of word i, or -1.
func caseOf(w []extractors.Syntax, i int) int {
	for _, k := range extractors.Children(w, i, nil) {
		if w[k].Dep == "case" && syntaxPreps[strings.ToLower(w[k].Lemma)] {
			return k
		}
	}
	return -1
}

// isOblique reports whether dep attaches a place to a predicate or a
// noun: obl or nmod, with any subtype.
func isOblique(dep string) bool {
	base, _, _ := strings.Cut(dep, ":")
	return base == "obl" || base == "nmod"
}

// eventHead reports whether word p of w, written as form, can head an
// event: an event verb that is no state ("lives in", "is located in"), or
// an event noun. At a facility, which exists for things to happen in it,
// every verb that is no state heads an event ("fidgeting in the green
// room at Radio City Music Hall"). A verb with a determiner or a possessor
// is a noun the tagger missed (nounLike).
func eventHead(w []extractors.Syntax, p int, form string, facility bool) bool {
	s := w[p]
	lemma, form := strings.ToLower(s.Lemma), strings.ToLower(form)
	if isVerb(s) && !nounLike(w, p) {
		return (facility || eventVerbs.has(lemma) || eventWords.has(form)) && !stateVerbs.has(lemma) && !attributeWords.has(form)
	}
	return (s.UPOS == "NOUN" || isVerb(s)) && (eventWords.has(lemma) || eventWords.has(form))
}

// nounLike reports whether verb p reads as a noun the tagger missed: it
// has a determiner or a possessor, or it follows the noun it modifies
// with no object ("the department's headquarters building in Washington").
func nounLike(w []extractors.Syntax, p int) bool {
	if extractors.Child(w, p, "det") >= 0 || extractors.Child(w, p, "nmod:poss") >= 0 {
		return true
	}
	return w[p].Dep == "acl" && w[p].Head == p-1 && extractors.Child(w, p, "obj") < 0
}

// isFacility reports whether the place name ends in a facility noun
// ("Radio City Music Hall", "his Montgomery office").
func isFacility(name string) bool {
	f := strings.Fields(name)
	return len(f) > 1 && facilityNouns.has(strings.ToLower(f[len(f)-1]))
}

// facilityPhrases returns the facility phrases of t that no entity
// covers: a facility noun with a proper noun before it ("his Montgomery
// office", "an Ozark gas station"), as FAC entities spanning the modifiers
// and the noun.
func facilityPhrases(t *extractors.Text, ents []extractors.Entity) []extractors.Entity {
	var out []extractors.Entity
	for k := 1; k < len(t.Tokens); k++ {
		tok := t.Tokens[k]
		if !facilityNouns.has(tok.Text) || !lex.UpperStart(t.Tokens[k-1].Text) && !(k > 1 && lex.UpperStart(t.Tokens[k-2].Text)) {
			continue
		}
		w, i := t.ParseAt(tok.Start)
		if i < 0 {
			continue
		}
		lo := i
		for lo > 0 && w[lo-1].Head == i && (w[lo-1].Dep == "compound" || w[lo-1].Dep == "amod") {
			lo--
		}
		if lo == i || w[lo].UPOS != "PROPN" || covered(ents, w[lo].Start) {
			continue
		}
		text := t.Text[w[lo].Start:tok.End]
		out = append(out, extractors.Entity{Span: extractors.Span{Text: text, Start: w[lo].Start, End: tok.End}, Label: "FAC"})
	}
	return out
}

// covered reports whether a place entity covers byte offset off (an
// organisation's name may open a facility phrase: "an Ozark gas station").
func covered(ents []extractors.Entity, off int) bool {
	for _, e := range ents {
		if e.Start <= off && off < e.End && e.Label != "ORG" && e.Label != "PERSON" {
			return true
		}
	}
	return false
}
