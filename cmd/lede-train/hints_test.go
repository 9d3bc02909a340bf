package main

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/lede-project/lede/nlp/ner"
)

// TestHints: the hints of tokenised sentences are what lede's entity
// extractor hands its tagger: a listed place and a titled person carry
// their labels and rules on the words they cover, other words are O, and
// a document's sentences are hinted together.
func TestHints(t *testing.T) {
	h, err := newHinter()
	if err != nil {
		t.Fatal(err)
	}
	sents := []ner.Sentence{
		{Words: strings.Fields("President Joe Biden visited Paris on Monday ."), Doc: 1},
		{Words: strings.Fields("Biden said the talks went well ."), Doc: 1},
		{Words: strings.Fields("Nothing happened ."), Doc: 2},
	}
	for i := range sents {
		sents[i].Labels = make([]string, len(sents[i].Words))
	}
	failed, err := h.addHints(sents)
	if err != nil || failed != 0 {
		t.Fatalf("addHints: %d failed, %v", failed, err)
	}
	got := [][]string{hintLabels(sents[0].Hints), hintLabels(sents[1].Hints), hintLabels(sents[2].Hints)}
	want := [][]string{
		{"O", "B-PERSON", "I-PERSON", "O", "B-GPE", "O", "O", "O"},
		{"B-PERSON", "O", "O", "O", "O", "O", "O"},
		{"O", "O", "O"},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("hint labels (-want +got):\n%s", d)
	}
	if r := sents[0].Hints[4]; r != "B-GPE|gazetteer" {
		t.Errorf("Paris: hint %q, want B-GPE|gazetteer", r)
	}
	if d := cmp.Diff([]string{"B-PERSON", "O"}, hintLabels([]string{"B-PERSON|title", "B-X|sentence-opener"})); d != "" {
		t.Errorf("hintLabels (-want +got):\n%s", d)
	}
}
