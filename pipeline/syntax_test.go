package pipeline

import (
	"context"
	"strings"
	"testing"

	"github.com/lede-project/lede/nlp/depparse"
)

// TestSyntax parses the seed article: with Config.Syntax every token has a
// head in its own sentence and each sentence one root; the CoNLL-U it
// writes reads back with the same trees; without Syntax there are no
// tokens, and no parser unless an extractor reads the parse.
func TestSyntax(t *testing.T) {
	p, err := New(Config{Syntax: true})
	if err != nil {
		t.Fatal(err)
	}
	res, err := p.Process(context.Background(), seedInput(t, "../testdata/presstv-us-russia-talks.txt", true))
	if err != nil {
		t.Fatal(err)
	}
	checkOffsets(t, res)
	text := []rune(res.Text)
	roots, k := 0, 0
	for _, s := range res.Sentences {
		first := k
		for k < len(res.Tokens) && res.Tokens[k].Start < s.End {
			tok := res.Tokens[k]
			if string(text[tok.Start:tok.End]) != tok.Text {
				t.Fatalf("token %d %q at %d-%d", k, tok.Text, tok.Start, tok.End)
			}
			switch {
			case tok.Head == -1:
				roots++
			case tok.Head < first || tok.Head >= len(res.Tokens) || res.Tokens[tok.Head].Start >= s.End:
				t.Errorf("token %q: head %d outside its sentence", tok.Text, tok.Head)
			}
			k++
		}
	}
	if k != len(res.Tokens) || roots != len(res.Sentences) {
		t.Errorf("%d of %d tokens in sentences, %d roots for %d sentences", k, len(res.Tokens), roots, len(res.Sentences))
	}
	trees, err := depparse.ReadCoNLLU(strings.NewReader(string(MarshalCoNLLU(res))))
	if err != nil {
		t.Fatalf("CoNLL-U does not read back: %v", err)
	}
	if n := countWords(trees); n != len(res.Tokens) {
		t.Errorf("CoNLL-U holds %d words, want %d", n, len(res.Tokens))
	}
	plain, err := testPipeline(t).Process(context.Background(), seedInput(t, "../testdata/presstv-us-russia-talks.txt", true))
	if err != nil {
		t.Fatal(err)
	}
	if plain.Tokens != nil {
		t.Error("tokens without Config.Syntax")
	}
	// the parser is loaded only when Syntax is set or an extractor reads
	// the parse (dates, quotes and venues do; money does not)
	if testPipeline(t).parser == nil {
		t.Error("no parser for the dates extractor")
	}
	noParse, err := New(Config{Only: []string{"money"}})
	if err != nil {
		t.Fatal(err)
	}
	if noParse.parser != nil {
		t.Error("a parser loaded for money alone")
	}
}

func countWords(ss []depparse.Sentence) int {
	n := 0
	for _, s := range ss {
		n += len(s.Words)
	}
	return n
}
