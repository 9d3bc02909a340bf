package pipeline

import (
	"fmt"
	"strings"
	"unicode/utf8"

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

// parse fills t.Syntax, one parse per sentence, over the sentence's tokens
// split into Universal Dependencies words (udWords).
func (p *parser) parse(t *extractors.Text) {
	t.Syntax = make([]extractors.Syntax, 0, len(t.Tokens)+len(t.Sentences))
	var spans [][2]int
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
		spans = udWords(t.Text, t.Tokens[i:j], spans[:0])
		words = words[:0]
		for _, sp := range spans {
			words = append(words, t.Text[sp[0]:sp[1]])
		}
		out = p.model.Parse(words, out)
		base := len(t.Syntax)
		for k, d := range out {
			head := -1
			if d.Head >= 0 {
				head = base + d.Head
			}
			t.Syntax = append(t.Syntax, extractors.Syntax{Start: spans[k][0], End: spans[k][1],
				UPOS: d.UPOS, Tag: d.Tag, Lemma: d.Lemma, Head: head, Dep: d.Dep})
		}
		i = j
	}
}

// udWords appends the byte spans of a sentence's words as Universal
// Dependencies (and the Penn Treebank, which the parser was trained on)
// write them: the tokens, with a clitic "'ve", "'d", "’ve", "’d" split from
// its host ("I've", "he'd"), "cannot" as "can" "not", and a full stop at
// the end of the sentence split from a word that has no other full stop
// ("May." but not "U.S."). The NLP stage's tokenizer leaves these whole.
func udWords(text string, toks []extractors.Token, out [][2]int) [][2]int {
	for k, tok := range toks {
		w := tok.Text
		switch {
		case len(w) > 3 && isClitic(w):
			c := len(w) - cliticLen(w)
			out = append(out, [2]int{tok.Start, tok.Start + c}, [2]int{tok.Start + c, tok.End})
		case strings.EqualFold(w, "cannot"):
			out = append(out, [2]int{tok.Start, tok.Start + 3}, [2]int{tok.Start + 3, tok.End})
		case k == len(toks)-1 && len(w) > 1 && strings.HasSuffix(w, ".") && strings.Count(w, ".") == 1:
			out = append(out, [2]int{tok.Start, tok.End - 1}, [2]int{tok.End - 1, tok.End})
		default:
			out = append(out, [2]int{tok.Start, tok.End})
		}
	}
	return out
}

// isClitic reports whether w ends in 've or 'd (straight or curly) after
// a letter.
func isClitic(w string) bool {
	c := cliticLen(w)
	if c == 0 || c >= len(w) {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(w[:len(w)-c])
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
}

// cliticLen is the byte length of a final 've or 'd clitic of w, 0 if none.
func cliticLen(w string) int {
	for _, c := range []string{"'ve", "’ve", "'d", "’d", "'VE", "'D"} {
		if strings.HasSuffix(w, c) {
			return len(c)
		}
	}
	return 0
}
