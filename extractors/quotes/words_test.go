package quotes

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/lede-project/lede/extractors"
	"github.com/lede-project/lede/extractors/internal/extest"
)

// TestWordsView checks that the words are the same whatever tokens they
// are a view over: the simple splitter's, one token per white-space chunk,
// one per rune, or tokens that leave stretches out.
func TestWordsView(t *testing.T) {
	texts := []string{
		`Biden's aide, Gen. Mark Milley, met U.S. officials at 5 p.m. on Jan. 4.`,
		`“We’re not done,” said co-founder J. R. Smith-Jones of AT&T's unit.`,
		`He denied 'sensational' claims about the A380's delay — again.`,
		`Mr.Smith wrote: "U.S.-based firms can't cope," and left...`,
	}
	chunks := func(s string) []extractors.Token {
		var out []extractors.Token
		for i := 0; i < len(s); {
			j := strings.IndexAny(s[i:], " \n")
			if j < 0 {
				j = len(s) - i
			}
			if j > 0 {
				out = append(out, extractors.Token{Text: s[i : i+j], Start: i, End: i + j})
			}
			i += j + 1
		}
		return out
	}
	runes := func(s string) []extractors.Token {
		var out []extractors.Token
		for i, r := range s {
			if r != ' ' {
				out = append(out, extractors.Token{Text: string(r), Start: i, End: i + utf8.RuneLen(r)})
			}
		}
		return out
	}
	sparse := func(s string) []extractors.Token {
		toks := extest.Analyse(s).Tokens
		var out []extractors.Token
		for i, tk := range toks {
			if i%3 != 1 {
				out = append(out, tk)
			}
		}
		return out
	}
	wordTexts := func(ws []word) []string {
		var out []string
		for _, w := range ws {
			out = append(out, w.text)
		}
		return out
	}
	for _, s := range texts {
		want := wordTexts(splitInto(nil, s, 0, len(s)))
		views := map[string][]extractors.Token{
			"extest": extest.Analyse(s).Tokens, "chunks": chunks(s), "runes": runes(s), "sparse": sparse(s),
		}
		for name, toks := range views {
			got := wordTexts(appendWords(nil, s, toks, 0, len(s)))
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s over %s tokens (-want +got):\n%s", s, name, diff)
			}
		}
	}
}
