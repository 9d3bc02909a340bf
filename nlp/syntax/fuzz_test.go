package syntax

import (
	"strings"
	"testing"
	"unicode"

	"github.com/lede-project/lede/extractors"
)

// splitTokens cuts text into tokens at white space and around punctuation,
// as a tokenizer might.
func splitTokens(text string) []extractors.Token {
	var out []extractors.Token
	start := -1
	flush := func(end int) {
		if start >= 0 && end > start {
			out = append(out, extractors.Token{Text: text[start:end], Start: start, End: end})
		}
		start = -1
	}
	for i, r := range text {
		switch {
		case unicode.IsSpace(r):
			flush(i)
		case unicode.IsPunct(r) && r != '-' && r != '/' && r != '\'':
			flush(i)
			start = i
			flush(i + len(string(r)))
		case start < 0:
			start = i
		}
	}
	flush(len(text))
	return out
}

// FuzzParseSentence: for any text, Words gives non-empty spans in order
// inside the tokens, and ParseSentence one tree (one root, heads in
// range, no cycle) over them, each word's span its token's bytes.
func FuzzParseSentence(f *testing.F) {
	p, err := Load()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{
		"I've said we cannot leave in May.",
		"A long-term, 15-year-old and/or w/o plan...Now?!",
		"re-elect non-profit 555-123-4567 2019-11-18 3/4",
		"",
		"---///...",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		toks := splitTokens(text)
		spans := Words(text, toks, nil)
		prev := 0
		for _, sp := range spans {
			if sp[0] < prev || sp[0] >= sp[1] || sp[1] > len(text) {
				t.Fatalf("word span %v out of order or empty (previous end %d) in %q", sp, prev, text)
			}
			if strings.TrimSpace(text[sp[0]:sp[1]]) == "" {
				t.Fatalf("word span %v is white space in %q", sp, text)
			}
			prev = sp[1]
		}
		w := p.ParseSentence(text, toks)
		if len(w) != len(spans) {
			t.Fatalf("%d parsed words for %d spans", len(w), len(spans))
		}
		roots := 0
		for i, x := range w {
			if x.Head == -1 {
				roots++
				continue
			}
			if x.Head < 0 || x.Head >= len(w) || x.Head == i {
				t.Fatalf("word %d: head %d out of range", i, x.Head)
			}
			for h, n := x.Head, 0; h >= 0; h, n = w[h].Head, n+1 {
				if n > len(w) {
					t.Fatalf("word %d: cycle", i)
				}
			}
		}
		if len(w) > 0 && roots != 1 {
			t.Fatalf("%d roots in %q", roots, text)
		}
	})
}
