package entities

import (
	"strings"

	"github.com/lede-project/lede/extractors/internal/gazetteer"
)

// postalCodeRule: "FL" of "Tampa, FL", "ON" of "Toronto, ON": a state or
// province code after a town, as addresses and tour listings write it.
func postalCodeRule(r *extraction, c *candidate, w *why) (string, outcome) {
	if r.postalCode(c.first, c.last) {
		w.word("us-postal", r.text(c))
		return "GPE", named
	}
	return "", skip
}

// postalTownRule: "Tampa" of "Tampa, FL": the town before a postal code.
func postalTownRule(r *extraction, c *candidate, w *why) (string, outcome) {
	if c.last+1 < len(r.t.Tokens) && r.next(c) == "," && r.postalCode(c.last+1, c.last+2) {
		w.add("postal code after: ", r.t.Tokens[c.last+1].Text)
		return "GPE", named
	}
	return "", skip
}

// teamCityRule: "the Pittsburgh center", "Cleveland DL", "Cincinnati
// fans": a listed city before a sports role stands for its club.
func teamCityRule(r *extraction, c *candidate, w *why) (string, outcome) {
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
func gazetteerRule(r *extraction, c *candidate, w *why) (string, outcome) {
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
func teamNameRule(r *extraction, c *candidate, w *why) (string, outcome) {
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
func letterLabelRule(r *extraction, c *candidate, w *why) (string, outcome) {
	last := r.lastWord(c)
	if c.last-c.first > 1 && len(last) == 1 && last[0] >= 'A' && last[0] <= 'Z' {
		return "", notName
	}
	return "", skip
}

// eventHostRule: "Google Science Fair" -> "Google", "Dubai Air Show" ->
// "Dubai": an event is no entity, but its listed host is.
func eventHostRule(r *extraction, c *candidate, w *why) (string, outcome) {
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

// lastWordClassRule: "Ulta Beauty", "Kennedy Space Center", "Hudson
// Bay", "Kansas City": the last word of a name says its kind.
func lastWordClassRule(r *extraction, c *candidate, w *why) (string, outcome) {
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
// Tacoma", "State of Texas": the first word of a name, alone or before
// "of", says its kind.
func firstWordClassRule(r *extraction, c *candidate, w *why) (string, outcome) {
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
func headWordClassRule(r *extraction, c *candidate, w *why) (string, outcome) {
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
func orgCountryRule(r *extraction, c *candidate, w *why) (string, outcome) {
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
func orgPrefixRule(r *extraction, c *candidate, w *why) (string, outcome) {
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
func placeWordAfterRule(r *extraction, c *candidate, w *why) (string, outcome) {
	if c.last < len(r.t.Tokens) && r.sameLine(c.last-1, c.last) && r.g.Is("gpe-after", r.next(c)) {
		w.word("gpe-after", r.next(c))
		return "GPE", named
	}
	return "", skip
}

// facilityWordAfterRule: "Hoa Lo prison", "Bagram airfield": a lower-case
// facility word right after a name joins it, and the whole is a place.
func facilityWordAfterRule(r *extraction, c *candidate, w *why) (string, outcome) {
	if c.last < len(r.t.Tokens) && r.sameLine(c.last-1, c.last) && r.g.Is("fac-after", r.next(c)) {
		w.word("fac-after", r.next(c))
		c.end = r.t.Tokens[c.last].End
		c.last++
		return "LOC", named
	}
	return "", skip
}
