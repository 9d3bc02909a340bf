// Package quotes finds direct quotations and reported speech in an
// article and attributes each to its source, named as fully as the article
// allows (Extractor, in quotes.go).
//
// The work runs in stages, each in its own file:
//
//   - marks.go pairs the double quote marks into candidate spans;
//     quotes.go says whether a quote is "direct" or "partial" (woven into
//     the reporting sentence);
//   - words.go and events.go view the Text's tokens as words, with every
//     quote span one marker word, cut into sentences that never split a
//     quote, and find the reporting events: a cue (cues.go) and its source,
//     read by the ordered source rules of sources.go with the phrase
//     readers of speaker.go and np.go;
//   - syntax.go reads the dependency parse (Text.Parse) of sentences with
//     a quote: which cue governs the quote, the subject of a cue through
//     xcomp/advcl/conj, an appositive name, a pronoun subject, and cue
//     nouns ("released a statement condemning …");
//   - rules.go holds the ordered table of attribution rules that link each
//     quote to an event, with their match functions in attribution.go;
//     filter.go keeps the spans that are quotations;
//   - resolver.go gathers the article's names, lookup.go looks them up,
//     and coref.go and pronoun.go name every source: fuller names,
//     acronyms, descriptions, anaphors and pronouns (an ordered table of
//     antecedent steps);
//   - indirect.go turns the events that attribute no quote into reported
//     speech; explain.go writes the --explain evidence;
//   - lists.go loads the word lists of data/words.txt, and reads given
//     names' genders from the gazetteer (GivenNameGender).
//
// Every item's Trace.Rule names one attribution rule; with
// Findings.Explain, Trace.Evidence lists the cues considered, the cue
// taken, how its source was read and named and, for a pronoun, the
// antecedent steps tried.
package quotes
