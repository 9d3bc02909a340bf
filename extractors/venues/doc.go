// Package venues finds the places where reported events happen: "talks
// ... held in Geneva", "shot down over Hanoi", "the film premiered in
// Venice", "stormed the Bardo National Museum", a dateline city whose
// story reports a match there, the place line of an event listing. Each
// venue's Event is a phrase saying what happened ("the Jan 12 meeting
// would be held", "the decisive doubles match"), never a bare verb. See
// Extractor for what counts as a venue.
//
// Files:
//   - venues.go: the Extractor, how a place entity becomes a venue, and
//     the evidence --explain shows.
//   - rules.go: the named rules that tie an event to a place (their names
//     are the venues' Trace.Rule) and the prepositions each accepts.
//   - link.go: the preposition before a place, the event word near it,
//     the event's date, and the places that only contain another.
//   - syntax.go: links through the dependency parse (a place attached to
//     an event predicate or noun, a "where" clause) and facility phrases
//     ("his Montgomery office").
//   - listing.go: the object of a verb of assault or visit, and listings.
//   - phrase.go: the event phrase of a venue, from the parse.
//   - dateline.go: dateline venues.
//   - words.go: the vocabulary, read from data/words.txt; the measured
//     sections come from scripts/venue-heads.py (GUM training documents).
//
// Tests: table tests in venues_test.go, one case per file in testdata/
// (see testdata/README.md); event_test.go checks that no venue of the
// tests or of the repository's goldens has a one-word event.
package venues
