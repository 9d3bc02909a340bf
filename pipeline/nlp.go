package pipeline

import (
	"fmt"

	"github.com/lede-project/lede/extractors"
	"github.com/lede-project/lede/pipeline/internal/prosefast"
)

// nlp segments, tokenizes, tags and runs the statistical entity model. The
// tagger and entity model are prose v2's, run through prosefast (identical
// output, tens of times faster, loaded in milliseconds). It holds no
// per-document state and is safe for concurrent use.
type nlp struct {
	model *prosefast.Model
}

func newNLP() (*nlp, error) {
	m, err := prosefast.Default()
	if err != nil {
		return nil, fmt.Errorf("load tagger and entity model: %w", err)
	}
	return &nlp{model: m}, nil
}

// analyse fills t.Paragraphs, t.Sentences, t.Tokens and t.Mentions. A blank
// line always ends a paragraph and a line break a sentence; no token,
// sentence or mention crosses one.
func (n *nlp) analyse(t *extractors.Text) error {
	t.Paragraphs = paragraphs(t.Text)
	// About one token per five bytes of news text.
	t.Tokens = make([]extractors.Token, 0, min(len(t.Text)/5+16, 1<<16))
	var toks []prosefast.Token
	for _, p := range t.Paragraphs {
		first := len(t.Sentences)
		t.Sentences = sentencesIn(t.Text, p, t.Sentences)
		for _, s := range t.Sentences[first:] {
			toks = n.model.Analyse(t.Text[s.Start:s.End], toks[:0])
			from := len(t.Tokens)
			for _, tok := range toks {
				st, en := s.Start+tok.Start, s.Start+tok.End
				t.Tokens = append(t.Tokens, extractors.Token{
					Text: t.Text[st:en], Tag: tok.Tag, Label: tok.Label, Start: st, End: en,
				})
			}
			t.Mentions = chunkMentions(t.Text, t.Tokens[from:], t.Mentions)
		}
	}
	return nil
}
