// Package syntax gives extractors the dependency parse of nlp/depparse:
// it splits a sentence's tokens (extractors.Token, from the NLP stage) into
// the words Universal Dependencies writes and parses them, as an
// extractors.SentenceParser for Text.Parse.
package syntax

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/lede-project/lede/extractors"
	"github.com/lede-project/lede/nlp/depparse"
)

// Parser parses sentences with the embedded depparse model. It is safe for
// concurrent use.
type Parser struct {
	model *depparse.Model
}

// Load returns a Parser over the embedded model (decoded once per process).
func Load() (*Parser, error) {
	m, err := depparse.Load()
	if err != nil {
		return nil, fmt.Errorf("load dependency parser: %w", err)
	}
	return &Parser{model: m}, nil
}

// ParseSentence parses one sentence's tokens split into Universal
// Dependencies words (Words); heads are indices into the result.
func (p *Parser) ParseSentence(text string, toks []extractors.Token) []extractors.Syntax {
	spans := Words(text, toks, make([][2]int, 0, len(toks)+2))
	words := make([]string, len(spans))
	for k, sp := range spans {
		words[k] = text[sp[0]:sp[1]]
	}
	out := p.model.Parse(words, nil)
	res := make([]extractors.Syntax, len(out))
	for k, d := range out {
		res[k] = extractors.Syntax{Start: spans[k][0], End: spans[k][1],
			UPOS: d.UPOS, Tag: d.Tag, Lemma: d.Lemma, Head: d.Head, Dep: d.Dep}
	}
	return res
}

// Words appends the byte spans of a sentence's words as Universal
// Dependencies (and the Penn Treebank, which the parser was trained on)
// write them: the tokens, with a clitic "'ve", "'d", "’ve", "’d" split from
// its host ("I've", "he'd"), "cannot" as "can" "not", and a full stop at
// the end of the sentence split from a word that has no other full stop
// ("May." but not "U.S."). The NLP stage's tokenizer leaves these whole.
func Words(text string, toks []extractors.Token, out [][2]int) [][2]int {
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
