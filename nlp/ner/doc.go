// Package ner is a statistical named-entity recogniser for English: a greedy
// left-to-right averaged perceptron over BIO labels for PERSON, ORG, GPE and
// LOC, with hashed lexical features (word, lower case, shape, affixes,
// neighbours within two tokens, headline case, whether the word is a common
// lower-case word) and the two previous labels. TagDocument adds a second
// pass with document features and makes repeated names agree.
//
// The trained weights are embedded (model.bin) and decoded once by Load; a
// *Model is read-only after that and safe for concurrent use. Tag allocates
// nothing when the caller reuses its output slice.
//
// Training (Train) and the corpus readers (ReadIOB, ReadGUM) live here too so
// that the command cmd/lede-train can rebuild model.bin from open data; the
// data recipe, licences and scores are in README.md beside this file.
package ner
