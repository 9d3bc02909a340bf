package entities

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/lede-project/lede/extractors"
	"github.com/lede-project/lede/extractors/internal/gazetteer"
	"github.com/lede-project/lede/extractors/internal/lex"
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

// labelRule is a rule that decides a candidate's label: match returns the
// label and the outcome (skip when the rule does not apply).
type labelRule struct {
	rule
	match func(r *entityRun, c *candidate, w *why) (string, outcome)
}

// labelRules are tried in order on every candidate; the first that does
// not skip decides. Listed names and word classes come first, then
// titles and name shapes, then context cues, and the statistical model's
// label last.
var labelRules = []labelRule{
	{rule{name: "postal-code", strength: sure}, postalCodeRule},
	{rule{name: "postal-town", strength: sure}, postalTownRule},
	{rule{name: "team-city", strength: sure}, teamCityRule},
	{rule{name: "gazetteer", strength: sure, gazetteer: true}, gazetteerRule},
	{rule{name: "team-name", strength: sure, club: true}, teamNameRule},
	{rule{name: "letter-label"}, letterLabelRule},
	{rule{name: "event-host", strength: sure, gazetteer: true}, eventHostRule},
	{rule{name: "title-given-name", strength: sure}, titleGivenNameRule},
	{rule{name: "last-word-class", strength: sure}, lastWordClassRule},
	{rule{name: "first-word-class", strength: sure}, firstWordClassRule},
	{rule{name: "head-word-class", strength: sure}, headWordClassRule},
	{rule{name: "org-country", strength: sure}, orgCountryRule},
	{rule{name: "org-prefix", strength: sure}, orgPrefixRule},
	{rule{name: "place-word-after", strength: sure}, placeWordAfterRule},
	{rule{name: "facility-word-after", strength: sure}, facilityWordAfterRule},
	{rule{name: "role-opener"}, roleOpenerRule},
	{rule{name: "title", strength: sure}, titleRule},
	{rule{name: "middle-initial", strength: sure}, middleInitialRule},
	{rule{name: "name-particle", strength: shapeGuess}, nameParticleRule},
	{rule{name: "appositive", strength: sure}, appositiveRule},
	{rule{name: "acronym", strength: sure, acronym: true}, acronymRule},
	{rule{name: "shouted-model", strength: modelGuess}, shoutedRule},
	{rule{name: "opener-speaker", strength: sure}, openerSpeakerRule},
	{rule{name: "sentence-opener"}, sentenceOpenerRule},
	{rule{name: "context", strength: cue}, contextRule},
	{rule{name: "camel-case", strength: cue}, camelCaseRule},
	{rule{name: "adjectival", strength: cue}, adjectivalRule},
	{rule{name: "first-name", strength: sure}, firstNameRule},
	{rule{name: "common-word"}, commonWordRule},
	{rule{name: "speaker", strength: sure}, speakerRule},
	{rule{name: "model-word", strength: modelGuess}, modelWordRule},
	{rule{name: "at-place", strength: sure}, atPlaceRule},
	{rule{name: "name-shape", strength: shapeGuess}, nameShapeRule},
	{rule{name: "recurring", strength: sure}, recurringRule},
	{rule{name: "unknown-name"}, unknownNameRule},
	{rule{name: "model-org-run", strength: shapeGuess}, modelOrgRunRule},
}

// label decides candidate c by the first rule in labelRules that applies
// and returns that rule, the label ("" for a name left open) and whether
// c is a name. A candidate no rule takes is not a name.
func (r *entityRun) label(c *candidate, w *why) (*labelRule, string, bool) {
	if w.on {
		r.modelEvidence(c, w)
	}
	for i := range labelRules {
		lr := &labelRules[i]
		n := w.mark()
		l, o := lr.match(r, c, w)
		switch o {
		case skip:
			w.reset(n)
			continue
		case notName:
			return lr, "", false
		case open:
			return lr, "", true
		}
		return lr, l, true
	}
	return nil, "", false
}

// modelEvidence notes the statistical model's labels on c's tokens.
func (r *entityRun) modelEvidence(c *candidate, w *why) {
	var labs []string
	for _, t := range r.t.Tokens[c.first:c.last] {
		if t.Label != "" && t.Label != "O" {
			labs = append(labs, t.Label)
		}
	}
	if len(labs) > 0 {
		w.add("model: ", strings.Join(labs, " "))
	}
}

// words returns the tokens of c.
func (r *entityRun) words(c *candidate) []extractors.Token { return r.t.Tokens[c.first:c.last] }

// text returns the text of c.
func (r *entityRun) text(c *candidate) string { return r.t.Text[c.start:c.end] }

// lastWord returns the last word of c, cut at c's end when c ends inside
// its last token ("Party" of "Party-controlled").
func (r *entityRun) lastWord(c *candidate) string {
	lt := r.t.Tokens[c.last-1]
	if c.end > lt.Start && c.end < lt.End {
		return r.t.Text[lt.Start:c.end]
	}
	return lt.Text
}

// next returns the token after c, or "".
func (r *entityRun) next(c *candidate) string {
	if c.last < len(r.t.Tokens) {
		return r.t.Tokens[c.last].Text
	}
	return ""
}

// lookup finds s in the gazetteer and notes the entry as evidence.
func (r *entityRun) lookup(s string, w *why) (gazetteer.Entry, bool) {
	e, ok := r.g.Lookup(s)
	if ok {
		w.add("gazetteer: ", e.Label, " ", e.Canonical, " (", e.Source, ")")
	}
	return e, ok
}

// postalCodeRule: "FL" of "Tampa, FL", "ON" of "Toronto, ON": a state or
// province code after a town, as addresses and tour listings write it.
func postalCodeRule(r *entityRun, c *candidate, w *why) (string, outcome) {
	if r.postalCode(c.first, c.last) {
		w.word("us-postal", r.text(c))
		return "GPE", named
	}
	return "", skip
}

// postalTownRule: "Tampa" of "Tampa, FL": the town before a postal code.
func postalTownRule(r *entityRun, c *candidate, w *why) (string, outcome) {
	if c.last+1 < len(r.t.Tokens) && r.next(c) == "," && r.postalCode(c.last+1, c.last+2) {
		w.add("postal code after: ", r.t.Tokens[c.last+1].Text)
		return "GPE", named
	}
	return "", skip
}

// teamCityRule: "the Pittsburgh center", "Cleveland DL", "Cincinnati
// fans": a listed city before a sports role stands for its club.
func teamCityRule(r *entityRun, c *candidate, w *why) (string, outcome) {
	if next := r.next(c); r.g.Is("team-role", next) {
		if e, ok := r.lookup(r.text(c), w); ok && e.Label == "GPE" {
			w.word("team-role", next)
			return "ORG", named
		}
	}
	return "", skip
}

// gazetteerRule: "United States", "NATO", "the Hague": a listed name,
// written as listed or after "the", takes the list's label.
func gazetteerRule(r *entityRun, c *candidate, w *why) (string, outcome) {
	text := r.text(c)
	if e, ok := r.lookup(text, w); ok {
		return e.Label, named
	}
	if c.first > 0 && strings.EqualFold(r.t.Tokens[c.first-1].Text, "the") {
		if e, ok := r.lookup("the "+text, w); ok {
			return e.Label, named
		}
	}
	return "", skip
}

// teamNameRule: "New York Islanders", "Tampa Bay Lightning": a listed
// place and a listed club nickname make one club.
func teamNameRule(r *entityRun, c *candidate, w *why) (string, outcome) {
	toks := r.words(c)
	if len(toks) < 2 {
		return "", skip
	}
	last := toks[len(toks)-1]
	if e, ok := r.g.Lookup(last.Text); !ok || e.Label != "ORG" || !r.g.Teams[e.Canonical] {
		return "", skip
	}
	if p, ok := r.lookup(r.t.Text[c.start:toks[len(toks)-2].End], w); ok && p.Label == "GPE" {
		w.add("club nickname: ", last.Text, " (teams.txt)")
		return "ORG", named
	}
	return "", skip
}

// letterLabelRule: "Group C", "Plan B": a capital letter ending a run
// makes it a label, not a name.
func letterLabelRule(r *entityRun, c *candidate, w *why) (string, outcome) {
	last := r.lastWord(c)
	if c.last-c.first > 1 && len(last) == 1 && last[0] >= 'A' && last[0] <= 'Z' {
		return "", notName
	}
	return "", skip
}

// eventHostRule: "Google Science Fair" -> "Google", "Dubai Air Show" ->
// "Dubai": an event is no entity, but its listed host is.
func eventHostRule(r *entityRun, c *candidate, w *why) (string, outcome) {
	last := r.lastWord(c)
	if !r.wordIs("event-last", last) || r.wordIs("org-last", last) {
		return "", skip
	}
	toks := r.words(c)
	for n := len(toks) - 1; n >= 1; n-- {
		if e, ok := r.lookup(r.t.Text[c.start:toks[n-1].End], w); ok && e.Label != "NORP" {
			w.word("event-last", last)
			c.last, c.end = c.first+n, toks[n-1].End
			return e.Label, named
		}
	}
	return "", notName
}

// titleGivenNameRule: "Police Chief Ellen Park", "Mayor John Field":
// after a title, a given name starts a person's name whatever its last
// word.
func titleGivenNameRule(r *entityRun, c *candidate, w *why) (string, outcome) {
	toks := r.words(c)
	if c.titled && len(toks) > 1 && len(toks) <= 3 && r.g.FirstNames[toks[0].Text] && personShape(toks) {
		w.add("title before, given name: ", toks[0].Text)
		return "PERSON", named
	}
	return "", skip
}

// lastWordClassRule: "Ulta Beauty", "Kennedy Space Center", "Hudson
// Bay", "Kansas City": the last word of a name says its kind.
func lastWordClassRule(r *entityRun, c *candidate, w *why) (string, outcome) {
	if c.last-c.first < 2 {
		return "", skip
	}
	last := r.lastWord(c)
	switch {
	case r.wordIs("org-last", last) || r.g.Is("org-last", strings.TrimSuffix(last, ".")):
		w.word("org-last", last)
		return "ORG", named
	case r.wordIs("fac-last", last):
		w.word("fac-last", last)
		return "LOC", named
	case r.g.Is("loc-last", last):
		w.word("loc-last", last)
		return "LOC", named
	case r.g.Is("gpe-last", last):
		w.word("gpe-last", last)
		return "GPE", named
	}
	return "", skip
}

// firstWordClassRule: "Mount Kenya", "University of Kabul", "Port of
// Spain", "State of Texas": the first word of a name, alone or before
// "of", says its kind.
func firstWordClassRule(r *entityRun, c *candidate, w *why) (string, outcome) {
	toks := r.words(c)
	if len(toks) < 2 {
		return "", skip
	}
	first := toks[0].Text
	of := len(toks) > 2 && toks[1].Text == "of"
	ofFor := of || len(toks) > 2 && toks[1].Text == "for"
	for _, t := range [...]struct {
		class, label string
		ok           bool
	}{
		{"loc-first", "LOC", true},
		{"org-first", "ORG", ofFor},
		{"fac-last", "LOC", of},
		{"gpe-last", "GPE", of},
		{"org-start", "ORG", true},
	} {
		if t.ok && r.g.Is(t.class, first) {
			w.word(t.class, first)
			return t.label, named
		}
	}
	return "", skip
}

// headWordClassRule: "American University of Kabul", "National Museum
// of Flight": an organisation or facility head inside the name, before
// "of" or "for".
func headWordClassRule(r *entityRun, c *candidate, w *why) (string, outcome) {
	toks := r.words(c)
	for k := 1; k+1 < len(toks); k++ {
		if toks[k+1].Text != "of" && toks[k+1].Text != "for" {
			continue
		}
		if r.g.Is("org-first", toks[k].Text) {
			w.word("org-first", toks[k].Text)
			return "ORG", named
		}
		if r.g.Is("fac-last", toks[k].Text) {
			w.word("fac-last", toks[k].Text)
			return "LOC", named
		}
	}
	return "", skip
}

// orgCountryRule: "Environment Canada", "Team Estonia": a word and a
// country make a body named for its country.
func orgCountryRule(r *entityRun, c *candidate, w *why) (string, outcome) {
	toks := r.words(c)
	if len(toks) != 2 || r.g.FirstNames[toks[0].Text] || r.known(c.first) {
		return "", skip
	}
	if e, ok := r.lookup(r.lastWord(c), w); ok && e.Label == "GPE" && gazetteer.CountryNames[e.Canonical] {
		return "ORG", named
	}
	return "", skip
}

// orgPrefixRule: "CBS Sports", "CBS DFW": a listed organisation and its
// unit.
func orgPrefixRule(r *entityRun, c *candidate, w *why) (string, outcome) {
	toks := r.words(c)
	if len(toks) < 2 || len(toks) > 3 || r.g.FirstNames[toks[1].Text] {
		return "", skip
	}
	if e, ok := r.lookup(toks[0].Text, w); ok && e.Label == "ORG" {
		return "ORG", named
	}
	return "", skip
}

// placeWordAfterRule: "Logar province", "Sichuan region": a lower-case
// place word right after a name makes it a place.
func placeWordAfterRule(r *entityRun, c *candidate, w *why) (string, outcome) {
	if c.last < len(r.t.Tokens) && r.sameLine(c.last-1, c.last) && r.g.Is("gpe-after", r.next(c)) {
		w.word("gpe-after", r.next(c))
		return "GPE", named
	}
	return "", skip
}

// facilityWordAfterRule: "Hoa Lo prison", "Bagram airfield": a lower-case
// facility word right after a name joins it, and the whole is a place.
func facilityWordAfterRule(r *entityRun, c *candidate, w *why) (string, outcome) {
	if c.last < len(r.t.Tokens) && r.sameLine(c.last-1, c.last) && r.g.Is("fac-after", r.next(c)) {
		w.word("fac-after", r.next(c))
		c.end = r.t.Tokens[c.last].End
		c.last++
		return "LOC", named
	}
	return "", skip
}

// roleOpenerRule: "Officials said", "Doctors say": a role noun opening a
// sentence is a description, not a name.
func roleOpenerRule(r *entityRun, c *candidate, w *why) (string, outcome) {
	if c.last-c.first == 1 && c.initial && r.roleWord(r.text(c)) {
		return "", notName
	}
	return "", skip
}

// titleRule: "Mayor Field", "Sen. Warren": a name after a person's title
// or role is a person.
func titleRule(r *entityRun, c *candidate, w *why) (string, outcome) {
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
func middleInitialRule(r *entityRun, c *candidate, w *why) (string, outcome) {
	toks := r.words(c)
	if len(toks) > 1 && personShape(toks) && r.middleInitial(toks) {
		return "PERSON", named
	}
	return "", skip
}

// nameParticleRule: "Botic van de Zanschulp", "Moon Jae-in": a name
// particle or a hyphenated given name after a short family name.
func nameParticleRule(r *entityRun, c *candidate, w *why) (string, outcome) {
	toks := r.words(c)
	if len(toks) > 1 && personShape(toks) && (r.hasParticle(toks) || r.hyphenGiven(toks)) {
		return "PERSON", named
	}
	return "", skip
}

// appositiveRule: "Cheuk Hau-yip, the commander of ...": a name with a
// role noun in apposition is a person.
func appositiveRule(r *entityRun, c *candidate, w *why) (string, outcome) {
	if r.appositiveRole(c.last) && personShape(r.words(c)) {
		return "PERSON", named
	}
	return "", skip
}

// acronymRule: "NSC", "WHO": a short all-capital word is an
// organisation's acronym, unless listed as a common all-capital word
// ("CEO", "EBITDA"), a Roman numeral or written in lower case elsewhere.
func acronymRule(r *entityRun, c *candidate, w *why) (string, outcome) {
	text := r.text(c)
	if c.last-c.first != 1 || !lex.Acronym(text) {
		return "", skip
	}
	if r.g.Is("allcaps-stop", text) || romanNumeral(text) || r.lower[strings.ToLower(text)] {
		return "", notName
	}
	return "ORG", named
}

// shoutedRule: "NASDAQ" in running text: a longer all-capital word is a
// name only when the model calls it an organisation.
func shoutedRule(r *entityRun, c *candidate, w *why) (string, outcome) {
	text := r.text(c)
	if c.last-c.first != 1 || !lex.AllCaps(text) {
		return "", skip
	}
	if r.modelLabel(c.first, c.last) == "ORG" && !c.headline && !strings.ContainsAny(text, "0123456789") {
		return "ORG", named
	}
	return "", notName
}

// openerSpeakerRule: "Nadal said": a sentence-opening word only the
// tagger calls common is a person when a reporting verb follows.
func openerSpeakerRule(r *entityRun, c *candidate, w *why) (string, outcome) {
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
func sentenceOpenerRule(r *entityRun, c *candidate, w *why) (string, outcome) {
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
func contextRule(r *entityRun, c *candidate, w *why) (string, outcome) {
	if l := r.contextLabel(c, w); l != "" {
		return l, named
	}
	return "", skip
}

// camelCaseRule: "WeWork", "OrbitBeyond": a capital inside a word marks
// a company.
func camelCaseRule(r *entityRun, c *candidate, w *why) (string, outcome) {
	if c.last-c.first == 1 && camelCase(r.text(c)) {
		return "ORG", named
	}
	return "", skip
}

// adjectivalRule: "Estonian", "Kenyan": the adjective of a listed place
// is a nationality or group (NORP).
func adjectivalRule(r *entityRun, c *candidate, w *why) (string, outcome) {
	if c.last-c.first == 1 && r.adjectival(r.text(c)) {
		return "NORP", named
	}
	return "", skip
}

// firstNameRule: "Michael Bloomberg", "Ellen Park": a listed given name
// opens a person's name.
func firstNameRule(r *entityRun, c *candidate, w *why) (string, outcome) {
	toks := r.words(c)
	if len(toks) > 1 && r.g.FirstNames[toks[0].Text] && personShape(toks) {
		w.add("given name: ", toks[0].Text, " (first_names.txt)")
		return "PERSON", named
	}
	return "", skip
}

// commonWordRule: one capitalised word that opens a sentence as a common
// word, or that the article also writes in lower case, is no name.
func commonWordRule(r *entityRun, c *candidate, w *why) (string, outcome) {
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
func speakerRule(r *entityRun, c *candidate, w *why) (string, outcome) {
	if c.last-c.first == 1 && r.modelLabel(c.first, c.last) == "" && r.speechNext(c.last) {
		w.add("reporting verb after: ", r.next(c))
		return "PERSON", named
	}
	return "", skip
}

// modelWordRule: one word the rules above left: the model's label when
// the words around support it (a person that speaks or owns, a place
// after a place preposition); otherwise the word is left open.
func modelWordRule(r *entityRun, c *candidate, w *why) (string, outcome) {
	if c.last-c.first != 1 {
		return "", skip
	}
	switch model := r.modelLabel(c.first, c.last); model {
	case "", "ORG":
		return "", open
	case "PERSON":
		if !r.speechNext(c.last) && !lex.IsPossessive(r.next(c)) {
			return "", open
		}
		return model, named
	case "GPE", "LOC":
		// The model's place guesses for unknown words are poor.
		if !r.placePrep(c.first) {
			return "", open
		}
		return model, named
	default:
		return model, named
	}
}

// atPlaceRule: "at the Caja Magica", "at the \"Hanoi Hilton\"": a named
// place an event happens at.
func atPlaceRule(r *entityRun, c *candidate, w *why) (string, outcome) {
	p := c.first - 1
	if p <= 1 || r.modelLabel(c.first, c.last) == "PERSON" {
		return "", skip
	}
	if q := r.t.Tokens[p].Text; q == "\"" || q == "“" {
		p--
	}
	if strings.EqualFold(r.t.Tokens[p].Text, "the") && r.t.Tokens[p-1].Text == "at" {
		return "LOC", named
	}
	return "", skip
}

// unknownShape reports whether c is a short run that looks like a
// person's name but no rule above knew; the model's labels for such runs
// are mostly wrong (measured on the NER development set).
func (r *entityRun) unknownShape(c *candidate) bool {
	return c.last-c.first <= 3 && personShape(r.words(c))
}

// nameShapeRule: "Quinn Falk said": an unknown short name the model calls
// a person, or that speaks next, is a person.
func nameShapeRule(r *entityRun, c *candidate, w *why) (string, outcome) {
	if r.unknownShape(c) && (r.modelLabel(c.first, c.last) == "PERSON" || r.speechNext(c.last)) {
		return "PERSON", named
	}
	return "", skip
}

// recurringRule: "Sea Org" three times over: a name written the same way
// again and again, never with a given name or a title, is most often an
// organisation.
func recurringRule(r *entityRun, c *candidate, w *why) (string, outcome) {
	if !r.unknownShape(c) {
		return "", skip
	}
	if n := strings.Count(r.t.Text, r.text(c)); n >= 3 {
		if w.on {
			w.add("written the same way ", strconv.Itoa(n), " times")
		}
		return "ORG", named
	}
	return "", skip
}

// unknownNameRule: any other unknown short name-shaped run is left out.
func unknownNameRule(r *entityRun, c *candidate, w *why) (string, outcome) {
	if r.unknownShape(c) {
		return "", notName
	}
	return "", skip
}

// modelOrgRunRule: a longer run the model calls an organisation.
func modelOrgRunRule(r *entityRun, c *candidate, w *why) (string, outcome) {
	if c.last-c.first > 1 && r.modelLabel(c.first, c.last) == "ORG" {
		return "ORG", named
	}
	return "", skip
}

// placePrep reports whether the word before token i is a place preposition.
func (r *entityRun) placePrep(i int) bool {
	if i == 0 || strings.ContainsAny(r.t.Tokens[i].Text, "0123456789") {
		return false
	}
	switch r.t.Tokens[i-1].Text {
	case "in", "near", "outside":
		return true
	}
	return false
}

// contextLabel labels c from the words around it: "ORG" for "Coty
// shares", "the firm Coty", "analyst at Coty", "Coty, a company"; "GPE"
// for "the town of Ziketan"; "" when the context says nothing.
func (r *entityRun) contextLabel(c *candidate, w *why) string {
	toks := r.t.Tokens
	if c.last-c.first > 1 && r.g.FirstNames[toks[c.first].Text] {
		return "" // "publishers Jann Wenner of ...": a person
	}
	n := c.last
	if n < len(toks) && lex.IsPossessive(toks[n].Text) && toks[n].Text != "'" {
		n++
	}
	if n < len(toks) && r.g.Is("org-next", strings.ToLower(toks[n].Text)) && r.sameLine(c.last-1, n) {
		w.word("org-next", toks[n].Text)
		return "ORG"
	}
	if c.first > 0 && r.g.Is("org-prev", toks[c.first-1].Text) {
		w.word("org-prev", toks[c.first-1].Text)
		return "ORG"
	}
	if c.first > 1 && toks[c.first-1].Text == "at" && r.g.Is("role-at", strings.ToLower(toks[c.first-2].Text)) {
		w.word("role-at", toks[c.first-2].Text)
		return "ORG"
	}
	if r.orgAppositive(c, w) {
		return "ORG"
	}
	if c.first > 2 && toks[c.first-1].Text == "of" {
		// "the town of Ziketan", "the city of Homs": a settlement.
		if lex.SettlementNouns[toks[c.first-2].Text] && strings.EqualFold(toks[c.first-3].Text, "the") {
			w.add("settlement noun before: the ", toks[c.first-2].Text, " of")
			return "GPE"
		}
		// "Tom Tays, 32, of Franklin": where a named person lives.
		if toks[c.first-2].Text == "," && lex.IsDigits(toks[c.first-3].Text) {
			w.add("age, of: ", toks[c.first-3].Text, ", of")
			return "GPE"
		}
	}
	// "shares of Coty", "CEO of Coty".
	if c.first > 1 && toks[c.first-1].Text == "of" && r.g.Is("org-of", strings.ToLower(toks[c.first-2].Text)) {
		w.word("org-of", toks[c.first-2].Text)
		return "ORG"
	}
	return ""
}

// orgAppositive reports whether an appositive after c makes it an
// organisation: "Kosmos, a group co-founded by ...", "Big Machine, which
// was bought ...".
func (r *entityRun) orgAppositive(c *candidate, w *why) bool {
	toks := r.t.Tokens
	if c.last+2 >= len(toks) || toks[c.last].Text != "," {
		return false
	}
	switch toks[c.last+1].Text {
	case "which":
		w.add("appositive: , which")
		return true
	case "a", "an", "the":
		for k := c.last + 2; k < len(toks) && k <= c.last+4; k++ {
			if r.g.Is("org-appositive", toks[k].Text) {
				w.word("org-appositive", toks[k].Text)
				return true
			}
			if !lex.LowerStart(toks[k].Text) {
				break
			}
		}
	}
	return false
}

// roleWord reports whether the capitalised word w is a role noun, singular
// or plural ("Officials said", "Doctor says"): a description, not a name.
func (r *entityRun) roleWord(w string) bool {
	lw := strings.ToLower(w)
	return r.g.Is("role", lw) || (strings.HasSuffix(lw, "s") && r.g.Is("role", strings.TrimSuffix(lw, "s")))
}

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
func (r *entityRun) adjectival(s string) bool {
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

// speechNext reports whether a reporting verb in a finite form follows
// token i ("Nadal said", "Greta tweeted"), the mark of a person named by
// one word. The verbs are lex's list (lex.ReportingLemma); a bare lemma,
// an -ing form ("Reuters reporting") or a word the tagger calls no verb
// ("reports" as a noun) is not enough.
func (r *entityRun) speechNext(i int) bool {
	if i >= len(r.t.Tokens) {
		return false
	}
	tok := r.t.Tokens[i]
	lemma, ok := lex.ReportingLemma(tok.Text)
	if !ok || tok.Text == lemma || strings.HasSuffix(tok.Text, "ing") {
		return false
	}
	// "Recent reports have ...": a plural noun, when the tagger says so.
	return tok.Tag == "" || strings.HasPrefix(tok.Tag, "VB")
}

// middleInitial reports whether a one-letter initial stands inside the
// name: "Sonya A. Zoghlin", "Patrick W. Carlineo".
func (r *entityRun) middleInitial(toks []extractors.Token) bool {
	for k := 1; k+1 < len(toks); k++ {
		if t := toks[k].Text; (len(t) == 1 || len(t) == 2 && t[1] == '.') && t[0] >= 'A' && t[0] <= 'Z' {
			return true
		}
	}
	return false
}

// hasParticle reports whether a lower-case name particle joins the name:
// "Botic van de Zanschulp".
func (r *entityRun) hasParticle(toks []extractors.Token) bool {
	for k := 1; k+1 < len(toks); k++ {
		if particles[toks[k].Text] {
			return true
		}
	}
	return false
}

// appositiveRole reports whether a role noun follows the name after a
// comma: "Cheuk Hau-yip, the commander of ...", "Sonya A. Zoghlin,
// Carlineo's attorney".
func (r *entityRun) appositiveRole(i int) bool {
	toks := r.t.Tokens
	if i >= len(toks) || toks[i].Text != "," {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		w := toks[k].Text
		if r.g.Is("role", w) {
			return true
		}
		switch {
		case w == "the" || w == "a" || w == "an" || lex.IsPossessive(w) || lex.UpperStart(w):
			continue
		case lex.LowerStart(w) && k+1 < len(toks) && r.g.Is("role", toks[k+1].Text):
			continue // "the former president"
		}
		return false
	}
	return false
}

// hyphenGiven reports whether the name is a short family name and a
// hyphenated given name, as romanised Chinese and Korean names are written:
// "Cheuk Hau-yip", "Moon Jae-in".
func (r *entityRun) hyphenGiven(toks []extractors.Token) bool {
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

// postalCode reports whether tokens [first, last) are one US state or
// Canadian province code ("FL", "ON") written right after "Town," and not
// followed by another capitalised word on its line, the way addresses and
// tour listings give places: "Tampa, FL", "Toronto, ON for a show".
// Elsewhere such words are often ordinary ("IN", "OR") or acronyms.
func (r *entityRun) postalCode(first, last int) bool {
	tks := r.t.Tokens
	if last != first+1 || first < 2 || !r.g.Is("us-postal", tks[first].Text) {
		return false
	}
	comma, town := tks[first-1], tks[first-2]
	if comma.Text != "," || !lex.UpperStart(town.Text) || comma.Start != town.End {
		return false
	}
	// "Mark Tedeschi, QC", "Tom Molomby, SC": a barrister's post-nominal
	// letters after a person's name, not Quebec or South Carolina
	k := first - 2
	for k > 0 && lex.UpperStart(tks[k-1].Text) && tks[k-1].End < tks[k].Start && !strings.Contains(r.t.Text[tks[k-1].End:tks[k].Start], "\n") {
		k--
	}
	if code := tks[first].Text; (code == "QC" || code == "SC") && first-2 > k && r.g.FirstNames[tks[k].Text] {
		return false
	}
	if last < len(tks) {
		next := tks[last]
		between := r.t.Text[tks[first].End:next.Start]
		if !strings.Contains(between, "\n") && lex.UpperStart(next.Text) {
			return false
		}
	}
	return true
}
