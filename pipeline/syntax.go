package pipeline

import (
	"github.com/lede-project/lede/extractors"
	"github.com/lede-project/lede/nlp/syntax"
)

// parser runs the dependency parser (nlp/syntax over nlp/depparse) over a
// Text's sentences. It is safe for concurrent use.
type parser struct {
	*syntax.Parser
}

func newParser() (*parser, error) {
	p, err := syntax.Load()
	if err != nil {
		return nil, err
	}
	return &parser{p}, nil
}

// parse fills t.Syntax, one parse per sentence (--syntax).
func (p *parser) parse(t *extractors.Text) {
	t.Syntax = make([]extractors.Syntax, 0, len(t.Tokens)+len(t.Sentences))
	i := 0
	for _, s := range t.Sentences {
		for i < len(t.Tokens) && t.Tokens[i].End <= s.Start {
			i++
		}
		j := i
		for j < len(t.Tokens) && t.Tokens[j].Start < s.End {
			j++
		}
		base := len(t.Syntax)
		for _, sx := range p.ParseSentence(t.Text, t.Tokens[i:j]) {
			if sx.Head >= 0 {
				sx.Head += base
			}
			t.Syntax = append(t.Syntax, sx)
		}
		i = j
	}
}
