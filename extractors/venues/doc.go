// Package venues finds the places where reported events happen: "talks
// ... held in Geneva", "shot down over Hanoi", a dateline city whose
// story reports a match. See Extractor for what counts as a venue.
//
// Files:
//   - venues.go: the Extractor, how a place entity becomes a venue, and
//     the evidence --explain shows.
//   - rules.go: the named rules that tie an event to a place (their names
//     are the venues' Trace.Rule) and the prepositions each accepts.
//   - link.go: the preposition before a place, the event word near it,
//     the sentence's date, and the places that only contain another.
//   - dateline.go: dateline venues.
//   - words.go: the vocabulary, read from data/words.txt.
//
// Tests: table tests in venues_test.go, one case per file in testdata/
// (see testdata/README.md).
package venues
