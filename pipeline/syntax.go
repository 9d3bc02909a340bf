package pipeline

import (
	"fmt"

	"github.com/lede-project/lede/extractors"
	"github.com/lede-project/lede/nlp/depparse"
)

// parser runs the dependency parser (nlp/depparse) over a Text's sentences.
// It is loaded on the first Pipeline that asks for syntax and is safe for
// concurrent use.
type parser struct {
	model *depparse.Model
}

func newParser() (*parser, error) {
	m, err := depparse.Load()
	if err != nil {
		return nil, fmt.Errorf("load dependency parser: %w", err)
	}
	return &parser{model: m}, nil
}

// parse fills t.Syntax: every sentence's tokens are parsed as one tree.
// Heads are indexes into t.Tokens.
func (p *parser) parse(t *extractors.Text) {
	t.Syntax = make([]extractors.Syntax, len(t.Tokens))
	var words []string
	var out []depparse.Token
	i := 0
	for _, s := range t.Sentences {
		for i < len(t.Tokens) && t.Tokens[i].End <= s.Start {
			i++
		}
		j := i
		for j < len(t.Tokens) && t.Tokens[j].Start < s.End {
			j++
		}
		words = words[:0]
		for _, tok := range t.Tokens[i:j] {
			words = append(words, tok.Text)
		}
		out = p.model.Parse(words, out)
		for k, d := range out {
			head := -1
			if d.Head >= 0 {
				head = i + d.Head
			}
			t.Syntax[i+k] = extractors.Syntax{UPOS: d.UPOS, Tag: d.Tag, Lemma: d.Lemma, Head: head, Dep: d.Dep}
		}
		i = j
	}
}
