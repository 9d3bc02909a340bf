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
	for _, s := range texts {
		want := wordTexts(appendWords(nil, s, []extractors.Token{{Text: s, Start: 0, End: len(s)}}, 0, len(s)))
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

// FuzzWordsView checks that the words over tokens cut at arbitrary rune
// boundaries (and with stretches left out) are those of the whole text.
//
//	go test ./extractors/quotes -run '^$' -fuzz FuzzWordsView -fuzztime 30s
func FuzzWordsView(f *testing.F) {
	f.Add(`Gen. A.B. Smith-Jones's U.S.-based co. said: "no." Mr.Smith`, uint64(7))
	f.Add(`’s, 'sensational' A380's — ok...`, uint64(3))
	f.Fuzz(func(t *testing.T, s string, seed uint64) {
		if !utf8.ValidString(s) {
			return
		}
		var toks []extractors.Token
		start := -1
		for i, r := range s {
			seed = seed*6364136223846793005 + 1442695040888963407
			if r == ' ' || r == '\n' || r == '\t' || seed>>61 == 0 {
				if start >= 0 {
					toks = append(toks, extractors.Token{Text: s[start:i], Start: start, End: i})
					start = -1
				}
			}
			if r != ' ' && r != '\n' && r != '\t' && start < 0 && seed>>60 != 1 {
				start = i
			}
		}
		if start >= 0 {
			toks = append(toks, extractors.Token{Text: s[start:], Start: start, End: len(s)})
		}
		want := wordTexts(appendWords(nil, s, []extractors.Token{{Text: s, Start: 0, End: len(s)}}, 0, len(s)))
		got := wordTexts(appendWords(nil, s, toks, 0, len(s)))
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("%q over %d tokens (-want +got):\n%s", s, len(toks), diff)
		}
	})
}

// wordTexts returns the text of each word.
func wordTexts(ws []word) []string {
	var out []string
	for _, w := range ws {
		out = append(out, w.text)
	}
	return out
}
