package entities

import (
	"strconv"
	"strings"

	"github.com/lede-project/lede/extractors/internal/lex"
)

// titleGivenNameRule: "Police Chief Ellen Park", "Mayor John Field":
// after a title, a given name starts a person's name whatever its last
// word.
func titleGivenNameRule(r *extraction, c *candidate, w *why) (string, outcome) {
	toks := r.words(c)
	if c.titled && len(toks) > 1 && len(toks) <= 3 && r.g.FirstNames[toks[0].Text] && personShape(toks) {
		w.add("title before, given name: ", toks[0].Text)
		return "PERSON", named
	}
	return "", skip
}

// roleOpenerRule: "Officials said", "Doctors say": a role noun opening a
// sentence is a description, not a name.
func roleOpenerRule(r *extraction, c *candidate, w *why) (string, outcome) {
	if c.last-c.first == 1 && c.initial && r.roleWord(r.text(c)) {
		return "", notName
	}
	return "", skip
}

// titleRule: "Mayor Field", "Sen. Warren": a name after a person's title
// or role is a person.
func titleRule(r *extraction, c *candidate, w *why) (string, outcome) {
	if c.titled {
		if c.first > 0 {
			w.add("title before: ", r.t.Tokens[c.first-1].Text)
		}
		return "PERSON", named
	}
	return "", skip
}

// middleInitialRule: "Christopher L. Tays", "Sonya A. Zoghlin": a middle
// initial makes a person, sure enough to lend the surname its kind.
func middleInitialRule(r *extraction, c *candidate, w *why) (string, outcome) {
	toks := r.words(c)
	if len(toks) > 1 && personShape(toks) && r.middleInitial(toks) {
		w.add("middle initial in a name-shaped run")
		return "PERSON", named
	}
	return "", skip
}

// nameParticleRule: "Botic van de Zanschulp", "Moon Jae-in": a name
// particle or a hyphenated given name after a short family name.
func nameParticleRule(r *extraction, c *candidate, w *why) (string, outcome) {
	toks := r.words(c)
	if len(toks) > 1 && personShape(toks) && (r.hasParticle(toks) || r.hyphenGiven(toks)) {
		w.add("name particle or hyphenated given name")
		return "PERSON", named
	}
	return "", skip
}

// appositiveRule: "Cheuk Hau-yip, the commander of ...": a name with a
// role noun in apposition is a person.
func appositiveRule(r *extraction, c *candidate, w *why) (string, outcome) {
	if r.appositiveRole(c.last) && personShape(r.words(c)) {
		w.add("role noun in apposition after the comma")
		return "PERSON", named
	}
	return "", skip
}

// acronymRule: "NSC", "WHO": a short all-capital word is an
// organisation's acronym, unless listed as a common all-capital word
// ("CEO", "EBITDA"), a Roman numeral or written in lower case elsewhere.
func acronymRule(r *extraction, c *candidate, w *why) (string, outcome) {
	text := r.text(c)
	if c.last-c.first != 1 || !lex.Acronym(text) {
		return "", skip
	}
	if r.g.Is("allcaps-stop", text) || romanNumeral(text) || r.lower[strings.ToLower(text)] {
		return "", notName
	}
	w.add("all capitals, not a listed common all-capital word")
	return "ORG", named
}

// shoutedRule: "NASDAQ" in running text: a longer all-capital word is a
// name only when the model calls it an organisation.
func shoutedRule(r *extraction, c *candidate, w *why) (string, outcome) {
	text := r.text(c)
	if c.last-c.first != 1 || !lex.AllCaps(text) {
		return "", skip
	}
	if r.modelLabel(c.first, c.last) == "ORG" && !c.headline && !strings.ContainsAny(text, "0123456789") {
		w.add("all capitals; the model says ORG")
		return "ORG", named
	}
	return "", notName
}

// openerSpeakerRule: "Nadal said": a sentence-opening word only the
// tagger calls common is a person when a reporting verb follows.
func openerSpeakerRule(r *extraction, c *candidate, w *why) (string, outcome) {
	if c.last-c.first == 1 && c.initial && r.commonWord(c.first) && !r.lexicalCommon(c.first) &&
		r.speechNext(c.last) && r.modelLabel(c.first, c.last) != "ORG" {
		w.add("reporting verb after: ", r.next(c))
		return "PERSON", named
	}
	return "", skip
}

// sentenceOpenerRule: "However", "Meanwhile": a capitalised common word
// opening a sentence is no name; one only the tagger calls common is left
// for a later full name to claim.
func sentenceOpenerRule(r *extraction, c *candidate, w *why) (string, outcome) {
	if c.last-c.first != 1 || !c.initial || !r.commonWord(c.first) {
		return "", skip
	}
	if r.lexicalCommon(c.first) {
		return "", notName
	}
	return "", open
}

// contextRule: "Coty shares", "the firm Coty", "analyst at Miller
// Tabak", "the town of Ziketan": the words around a name say its kind.
func contextRule(r *extraction, c *candidate, w *why) (string, outcome) {
	if l := r.contextLabel(c, w); l != "" {
		return l, named
	}
	return "", skip
}

// camelCaseRule: "WeWork", "OrbitBeyond": a capital inside a word marks
// a company.
func camelCaseRule(r *extraction, c *candidate, w *why) (string, outcome) {
	if c.last-c.first == 1 && camelCase(r.text(c)) {
		w.add("a capital inside the word")
		return "ORG", named
	}
	return "", skip
}

// adjectivalRule: "Estonian", "Kenyan": the adjective of a listed place
// is a nationality or group (NORP).
func adjectivalRule(r *extraction, c *candidate, w *why) (string, outcome) {
	if c.last-c.first == 1 && r.adjectival(r.text(c)) {
		w.add("the adjective of a listed place")
		return "NORP", named
	}
	return "", skip
}

// firstNameRule: "Michael Bloomberg", "Ellen Park": a listed given name
// opens a person's name.
func firstNameRule(r *extraction, c *candidate, w *why) (string, outcome) {
	toks := r.words(c)
	if len(toks) > 1 && r.g.FirstNames[toks[0].Text] && personShape(toks) {
		w.add("given name: ", toks[0].Text, " (first_names.txt)")
		return "PERSON", named
	}
	return "", skip
}

// commonWordRule: one capitalised word that opens a sentence as a common
// word, or that the article also writes in lower case, is no name.
func commonWordRule(r *extraction, c *candidate, w *why) (string, outcome) {
	if c.last-c.first != 1 {
		return "", skip
	}
	if c.initial && r.commonWord(c.first) || r.lower[strings.ToLower(r.text(c))] {
		return "", notName
	}
	return "", skip
}

// speakerRule: "Nadal said", "Greta tweeted": one word the model does
// not know, followed by a reporting verb, is a person.
func speakerRule(r *extraction, c *candidate, w *why) (string, outcome) {
	if c.last-c.first == 1 && r.modelLabel(c.first, c.last) == "" && r.speechNext(c.last) {
		w.add("reporting verb after: ", r.next(c))
		return "PERSON", named
	}
	return "", skip
}

// modelWordRule: one word the rules above left: the model's label when
// the words around support it (a person that speaks or owns, a place
// after a place preposition); otherwise the word is left open.
func modelWordRule(r *extraction, c *candidate, w *why) (string, outcome) {
	if c.last-c.first != 1 {
		return "", skip
	}
	model := r.modelLabel(c.first, c.last)
	supported := true
	switch model {
	case "", "ORG":
		supported = false
	case "PERSON":
		supported = r.speechNext(c.last) || lex.IsPossessive(r.next(c))
	case "GPE", "LOC":
		// The model's place guesses for unknown words are poor.
		supported = r.placePrep(c.first)
	}
	if !supported {
		w.add("left open: the model alone says '", model, "'")
		return "", open
	}
	w.add("the model says ", model, ", and the next or previous word agrees")
	return model, named
}

// atPlaceRule: "at the Caja Magica", "at the \"Hanoi Hilton\"": a named
// place an event happens at.
func atPlaceRule(r *extraction, c *candidate, w *why) (string, outcome) {
	p := c.first - 1
	if p <= 1 || r.modelLabel(c.first, c.last) == "PERSON" {
		return "", skip
	}
	if q := r.t.Tokens[p].Text; q == "\"" || q == "“" {
		p--
	}
	if strings.EqualFold(r.t.Tokens[p].Text, "the") && r.t.Tokens[p-1].Text == "at" {
		w.add("after: at the")
		return "LOC", named
	}
	return "", skip
}

// unknownShape reports whether c is a short run that looks like a
// person's name but no rule above knew; the model's labels for such runs
// are mostly wrong (measured on the NER development set).
func (r *extraction) unknownShape(c *candidate) bool {
	return c.last-c.first <= 3 && personShape(r.words(c))
}

// nameShapeRule: "Quinn Falk said": an unknown short name the model calls
// a person, or that speaks next, is a person.
func nameShapeRule(r *extraction, c *candidate, w *why) (string, outcome) {
	if !r.unknownShape(c) {
		return "", skip
	}
	if r.speechNext(c.last) {
		w.add("reporting verb after: ", r.next(c))
		return "PERSON", named
	}
	if r.modelLabel(c.first, c.last) == "PERSON" {
		w.add("name-shaped; the model says PERSON")
		return "PERSON", named
	}
	return "", skip
}

// recurringRule: "Sea Org" three times over: a name written the same way
// again and again, never with a given name or a title, is most often an
// organisation.
func recurringRule(r *extraction, c *candidate, w *why) (string, outcome) {
	if !r.unknownShape(c) {
		return "", skip
	}
	if n := r.recurrences(r.text(c)); n >= 3 {
		if w.on {
			w.add("written the same way ", strconv.Itoa(n), " times")
		}
		return "ORG", named
	}
	return "", skip
}

// unknownNameRule: any other unknown short name-shaped run is left out.
func unknownNameRule(r *extraction, c *candidate, w *why) (string, outcome) {
	if r.unknownShape(c) {
		return "", notName
	}
	return "", skip
}

// modelOrgRunRule: a longer run the model calls an organisation.
func modelOrgRunRule(r *extraction, c *candidate, w *why) (string, outcome) {
	if c.last-c.first > 1 && r.modelLabel(c.first, c.last) == "ORG" {
		w.add("the model says ORG for the run")
		return "ORG", named
	}
	return "", skip
}
