package entities

import (
	"strings"

	"github.com/lede-project/lede/extractors"
	"github.com/lede-project/lede/extractors/internal/gazetteer"
)

// proseLabel maps the statistical model's labels onto lede's.
var proseLabel = map[string]string{
	"PERSON": "PERSON", "ORGANIZATION": "ORG", "ORG": "ORG", "GPE": "GPE", "GSP": "GPE",
	"LOCATION": "LOC", "LOC": "LOC", "FACILITY": "LOC", "FAC": "LOC",
}

// modelLabel returns the model's label for tokens [i, j): the label of the
// most tokens, "" when the model saw no entity there.
func (r *extraction) modelLabel(i, j int) string {
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
	match func(r *extraction, c *candidate, w *why) (string, outcome)
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
func (r *extraction) label(c *candidate, w *why) (*labelRule, string, bool) {
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
func (r *extraction) modelEvidence(c *candidate, w *why) {
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
func (r *extraction) words(c *candidate) []extractors.Token { return r.t.Tokens[c.first:c.last] }

// text returns the text of c.
func (r *extraction) text(c *candidate) string { return r.t.Text[c.start:c.end] }

// lastWord returns the last word of c, cut at c's end when c ends inside
// its last token ("Party" of "Party-controlled").
func (r *extraction) lastWord(c *candidate) string {
	lt := r.t.Tokens[c.last-1]
	if c.end > lt.Start && c.end < lt.End {
		return r.t.Text[lt.Start:c.end]
	}
	return lt.Text
}

// next returns the token after c, or "".
func (r *extraction) next(c *candidate) string {
	if c.last < len(r.t.Tokens) {
		return r.t.Tokens[c.last].Text
	}
	return ""
}

// lookup finds s in the gazetteer and notes the entry as evidence.
func (r *extraction) lookup(s string, w *why) (gazetteer.Entry, bool) {
	e, ok := r.g.Lookup(s)
	if ok {
		w.add("gazetteer: ", e.Label, " ", e.Canonical, " (", e.Source, ")")
	}
	return e, ok
}
