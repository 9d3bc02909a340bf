package prosefast

import (
	"testing"

	"github.com/jdkato/prose/v2"
)

// FuzzAnalyse checks Analyse's invariants on arbitrary text — offsets in
// order and inside the text, each token's text the sanitized original —
// and, where prose does not panic and no tie decided a tag or label, that
// tokens, tags and labels equal prose's:
//
//	go test -run '^$' -fuzz FuzzAnalyse -fuzztime 120s ./pipeline/internal/prosefast
func FuzzAnalyse(f *testing.F) {
	for _, s := range cornerCases {
		f.Add(s)
	}
	m, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	pm := proseDefault()
	f.Fuzz(func(t *testing.T, text string) {
		toks, tie := m.analyse(text, nil)
		prev := 0
		for _, k := range toks {
			if k.Start < prev || k.End <= k.Start || k.End > len(text) {
				t.Fatalf("token %+v out of order or range", k)
			}
			clean, _ := sanitize(text[k.Start:k.End], nil, nil)
			if string(clean) != k.Text {
				t.Fatalf("token %+v: text at its offsets is %q", k, text[k.Start:k.End])
			}
			prev = k.End
		}
		if tie {
			return
		}
		var doc *prose.Document
		func() {
			defer func() { _ = recover() }()
			doc, _ = prose.NewDocument(text, prose.UsingModel(pm), prose.WithSegmentation(false))
		}()
		if doc == nil {
			return
		}
		want := doc.Tokens()
		if len(want) != len(toks) {
			t.Fatalf("%d tokens, prose %d", len(toks), len(want))
		}
		for i, w := range want {
			if w.Text != toks[i].Text || w.Tag != toks[i].Tag || w.Label != toks[i].Label {
				t.Fatalf("token %d: %+v, prose %+v", i, toks[i], w)
			}
		}
	})
}
