package pipeline

import (
	"fmt"

	"github.com/lede-project/lede/extractors"
	"github.com/lede-project/lede/nlp/ner"
)

// tagger is the statistical entity tagger (nlp/ner) as an
// extractors.EntityTagger: whole documents, with document features and
// name agreement (TagDocumentHinted). It is safe for concurrent use.
type tagger struct {
	m *ner.Model
}

func newTagger() (extractors.EntityTagger, error) {
	m, err := ner.Load()
	if err != nil {
		return nil, fmt.Errorf("load entity tagger: %w", err)
	}
	return &tagger{m: m}, nil
}

// TagEntities implements extractors.EntityTagger.
func (g *tagger) TagEntities(sents, hints [][]string) [][]string {
	return g.m.TagDocumentHinted(sents, hints, nil)
}
