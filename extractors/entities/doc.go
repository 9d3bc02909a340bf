// Package entities finds the people, organisations and places (and
// NORP groups: nationalities, religions, parties) an article mentions and
// merges the mentions of one article into entities ("Biden" -> "Joe
// Biden", "U.S." -> "United States").
//
// It works in five stages over the Text's tokens (Extract):
//
//  1. candidates: each sentence is chunked into runs of capitalised name
//     tokens, joined across connectors ("Bank of America") and cut at
//     titles, sentence openers and listed words ("US President Joe
//     Biden" -> "US", "Joe Biden"). Headline-style lines are set apart.
//  2. label: the first rule of an ordered table (labelRules) that
//     applies decides each candidate: a label, an open name, or no name.
//  3. resolve: weak and open labels are settled per article: a word of a
//     full name is that name, an acronym takes the kind of what it spells,
//     list members share a kind, and the mentions of a name vote.
//  4. settle (with Text.Tagger, which the pipeline sets): the statistical
//     tagger (nlp/ner), given what the rules said of every token as hints,
//     settles the mentions the rules only guessed; strong labels stand and
//     the tagger adds no name of its own (model.go, decideByModel).
//  5. merge: mentions are grouped into entities and summarised; headline
//     lines are scanned for the names found elsewhere.
//
// Every mention's Trace.Rule is the name of exactly one rule value; code
// never branches on a rule's name, but on the typed fields of the rule
// (strength, gazetteer, acronym, club). With Findings.Explain, each
// mention's Trace.Evidence lists what was weighed: the model's labels,
// gazetteer entries and their files, word classes, context words, votes
// and the entity it merged into.
//
// Word lists live in the gazetteer (extractors/internal/gazetteer/data),
// reporting verbs in lex. prose's labels (Token.Label) are one signal
// among several; the tagger weighs the rules' verdicts as hints.
//
// Files:
//
//	entities.go      Extractor, the mention type, candidates and labelAll, headlines
//	chunk.go         candidate runs: name tokens, connectors, listed names
//	split.go         cutting a run into candidates (titles, openers, listed words)
//	quoted.go        quoted titles of shows and books, whose words are no names
//	rule.go          the rule type, strengths, outcomes and the evidence collector
//	label.go         the label rule table and the model's labels
//	rules_listed.go  label rules from listed names and word classes
//	rules_name.go    label rules from titles, name shapes, context and the model
//	cues.go          context cues: words around a name, reporting verbs, postal codes
//	shape.go         word and name shapes: person shape, camel case, initials
//	resolve.go       settling weak labels per article
//	model.go         the tagger settling the rules' guesses, and its hints
//	merge.go         mentions into entities and summaries
package entities
