package extractors

import (
	"sync"
	"testing"
)

// countingParser gives each token its own word, every word headed by the
// first, and counts its calls.
type countingParser struct {
	mu    sync.Mutex
	calls int
}

func (p *countingParser) ParseSentence(text string, toks []Token) []Syntax {
	p.mu.Lock()
	p.calls++
	p.mu.Unlock()
	out := make([]Syntax, len(toks))
	for i, tok := range toks {
		out[i] = Syntax{Start: tok.Start, End: tok.End, Head: 0, Dep: "dep"}
	}
	if len(out) > 0 {
		out[0].Head, out[0].Dep = -1, "root"
	}
	return out
}

func parseTestText() *Text {
	text := "Ann left. Bo came."
	return &Text{
		Text:      text,
		Sentences: []Range{{0, 9}, {10, 18}},
		Tokens: []Token{{Text: "Ann", Start: 0, End: 3}, {Text: "left", Start: 4, End: 8}, {Text: ".", Start: 8, End: 9},
			{Text: "Bo", Start: 10, End: 12}, {Text: "came", Start: 13, End: 17}, {Text: ".", Start: 17, End: 18}},
	}
}

func TestParseIsLazyAndCached(t *testing.T) {
	tx := parseTestText()
	if tx.Parse(0) != nil {
		t.Fatal("Parse without a parser: want nil")
	}
	p := &countingParser{}
	tx.Parser = p
	if got := tx.Parse(5); got != nil {
		t.Fatalf("Parse(5) of 2 sentences = %v, want nil", got)
	}
	w := tx.Parse(1)
	if len(w) != 3 || tx.Text[w[0].Start:w[0].End] != "Bo" || w[0].Head != -1 || w[1].Head != 0 {
		t.Fatalf("Parse(1) = %+v", w)
	}
	tx.Parse(1)
	if p.calls != 1 {
		t.Fatalf("parser called %d times for one sentence asked twice, want 1", p.calls)
	}
	words, i := tx.ParseAt(14)
	if len(words) != 3 || i != 1 {
		t.Fatalf("ParseAt(14) = %d words, word %d; want 3, 1", len(words), i)
	}
	if _, i := tx.ParseAt(9); i != -1 {
		t.Fatalf("ParseAt in white space: word %d, want -1", i)
	}
}

// TestParseReadsWholeSyntax: with t.Syntax set (the whole text parsed),
// Parse slices it and makes heads relative to the sentence.
func TestParseReadsWholeSyntax(t *testing.T) {
	tx := parseTestText()
	tx.Syntax = (&countingParser{}).ParseSentence(tx.Text, tx.Tokens[:3])
	for _, sx := range (&countingParser{}).ParseSentence(tx.Text, tx.Tokens[3:]) {
		if sx.Head >= 0 {
			sx.Head += 3
		}
		tx.Syntax = append(tx.Syntax, sx)
	}
	w := tx.Parse(1)
	if len(w) != 3 || w[0].Head != -1 || w[2].Head != 0 || w[0].Start != 10 {
		t.Fatalf("Parse(1) over t.Syntax = %+v", w)
	}
}

func TestTreeHelpers(t *testing.T) {
	// "the old man left": det(man,the) amod(man,old) nsubj(left,man) root(left)
	w := []Syntax{{Head: 2, Dep: "det"}, {Head: 2, Dep: "amod"}, {Head: 3, Dep: "nsubj:pass"}, {Head: -1, Dep: "root"}}
	if got := Children(w, 2, nil); len(got) != 2 || got[0] != 0 || got[1] != 1 {
		t.Errorf("Children(man) = %v, want [0 1]", got)
	}
	if got := Child(w, 3, "nsubj"); got != 2 {
		t.Errorf("Child(left, nsubj) = %d, want 2 (nsubj:pass)", got)
	}
	if got := Child(w, 3, "obj"); got != -1 {
		t.Errorf("Child(left, obj) = %d, want -1", got)
	}
	if lo, hi := Subtree(w, 2); lo != 0 || hi != 2 {
		t.Errorf("Subtree(man) = %d..%d, want 0..2", lo, hi)
	}
}
