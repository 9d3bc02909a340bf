package venues

import (
	"strings"

	"github.com/lede-project/lede/extractors"
	"github.com/lede-project/lede/extractors/internal/lex"
)

// This file names the ways a sentence ties an event to a place. Each rule
// is a value; its name is the Trace.Rule of every venue it finds. The
// words that fired (the trigger, the preposition) go to the evidence, not
// into the name.

// rule is one pattern that ties an event to a place.
type rule struct {
	name string
	// prep reports whether token k of t is this rule's preposition before
	// a place, and returns the word that licenses it ("took" for "took
	// ... to"), if any. nil for the dateline rule.
	prep func(t *extractors.Text, k, sentStart int) (via string, ok bool)
	// events are the words that trigger an event near the preposition.
	events *wordList
}

var (
	// eventOverPlace: "shot down over Hanoi", "crashed over the
	// Atlantic": an aircraft's event happens over a place. After other
	// words "over" gives a topic ("talks over Ukraine").
	eventOverPlace = &rule{name: "event-over-place", prep: prepWord("over"), events: overEvents}

	// eventPrepPlace: "talks ... held in Geneva", "the siege inside the
	// Polytechnic University", "a search behind 42 Birch Place": an event
	// word near a locative preposition before a place.
	eventPrepPlace = &rule{name: "event-prep-place", prep: locativePrep, events: eventWords}

	// eventToPlace: "took the child to Forest Hill's WoodSpring Suites", "a
	// speech to the Diplomatic Academy": "to" after a word of carrying or
	// addressing gives where the event happens.
	eventToPlace = &rule{name: "event-to-place", prep: carriedToPrep, events: eventWords}

	// eventOblPlace: "the film premiered in Venice", "fidgeting in the
	// green room at Radio City Music Hall", "a news conference at his
	// Montgomery office": in the dependency parse, the place attaches by
	// in/at/inside/outside/near (obl or nmod) to an event predicate
	// ([events], [event verbs], never a [state verbs] one; at a named
	// facility any predicate that is no state) or to an event noun,
	// however many words lie between them. An organisation's name counts
	// as its premises after at/inside/aboard ("speaking at the White
	// House", "aboard Air Force One").
	eventOblPlace = &rule{name: "event-obl-place", events: eventWords}

	// placeWhereClause: "Forest Hill's WoodSpring Suites hotel, where he
	// ... held her captive", "an Ozark gas station where a skimming device
	// was bundled": a relative clause opened by "where" tells what
	// happened at the place; its predicate must head an event as in
	// eventOblPlace ("Qatar, where the group maintains a political office"
	// gives none).
	placeWhereClause = &rule{name: "place-where-clause", events: eventWords}

	// eventObjectPlace: "the attackers stormed the Bardo National Museum",
	// "Islamists assaulted the U.S. Embassy", "visited the U.S.-Mexico
	// border": the place is the object of a verb of assault or visit
	// ([object events]), whose event happens at its object.
	eventObjectPlace = &rule{name: "event-object-place", events: objectEvents}

	// listingPlace: "The day: July 9, 2000. The place: Wrigley Field.",
	// "Where: Harbor Hall": an event listing prints the place on a line
	// of its own after a label ([listing labels]); the event is the
	// listing's next statement.
	listingPlace = &rule{name: "listing-place", events: listingLabels}

	// dateline: "MADRID — Rafael Nadal kept Spain's hopes alive in the
	// decisive doubles match": a city in capitals opening the text, then a
	// dash or a parenthesis (AP style), places the physical event the
	// first sentence reports.
	dateline = &rule{name: "dateline", events: datelineEvents}
)

// linkRules are the rules that tie an event to a place through a
// preposition, tried in order at each word before the place.
var linkRules = []*rule{eventOverPlace, eventPrepPlace, eventToPlace}

// rules lists every rule of the venue extractor.
var rules = []*rule{eventOverPlace, eventPrepPlace, eventToPlace, eventOblPlace, placeWhereClause, eventObjectPlace, listingPlace, dateline}

// prepWord returns a prep function accepting the lower-case word w.
func prepWord(w string) func(*extractors.Text, int, int) (string, bool) {
	return func(t *extractors.Text, k, _ int) (string, bool) {
		return "", t.Tokens[k].Text == w
	}
}

// locativePrep accepts the locative prepositions other than "over" ("in",
// "at", "inside", "near"...), in lower case.
func locativePrep(t *extractors.Text, k, _ int) (string, bool) {
	w := t.Tokens[k].Text
	return "", w != "over" && lex.VenuePreps[strings.ToLower(w)] && lex.LowerStart(w)
}

// carriedToPrep accepts "to" after a word of carrying or addressing
// within four tokens before it.
func carriedToPrep(t *extractors.Text, k, sentStart int) (string, bool) {
	if t.Tokens[k].Text != "to" {
		return "", false
	}
	for b := k - 1; b >= 0 && b >= k-4 && t.Tokens[b].Start >= sentStart; b-- {
		if w := t.Tokens[b].Text; carriedTo.has(strings.ToLower(w)) {
			return w, true
		}
	}
	return "", false
}
