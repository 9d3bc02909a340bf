package prosefast

import (
	"os"
	"testing"
	"time"

	"github.com/jdkato/prose/v2"
)

// benchSentences is the test article (about 700 tokens) split as the
// identity test splits it.
func benchSentences(b *testing.B) []string {
	data, err := os.ReadFile("../../testdata/nlp/article.txt")
	if err != nil {
		b.Fatal(err)
	}
	return sentences(string(data))
}

// Run both in one go to compare: go test -bench 'Tag' -run '^$' ./pipeline/internal/prosefast
func BenchmarkTagProse(b *testing.B) {
	sents := benchSentences(b)
	pm := proseDefault()
	b.ReportAllocs()
	n := 0
	cpu0 := cpuTime()
	for b.Loop() {
		for _, s := range sents {
			doc, err := prose.NewDocument(s, prose.UsingModel(pm), prose.WithSegmentation(false))
			if err != nil {
				b.Fatal(err)
			}
			n += len(doc.Tokens())
		}
	}
	reportTokens(b, n, cpu0)
}

func BenchmarkTagFast(b *testing.B) {
	sents := benchSentences(b)
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	n := 0
	var toks []Token
	cpu0 := cpuTime()
	for b.Loop() {
		for _, s := range sents {
			toks = m.Analyse(s, toks[:0])
			n += len(toks)
		}
	}
	reportTokens(b, n, cpu0)
}

// BenchmarkLoadFast measures decoding the embedded model.
func BenchmarkLoadFast(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Unmarshal(modelBin); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadProse measures prose's model load (gunzip + gob decode).
func BenchmarkLoadProse(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		prose.ModelFromData("bench")
	}
}

// reportTokens reports tokens per wall second and per CPU second of the
// whole process (the fairer figure on a shared machine).
func reportTokens(b *testing.B, n int, cpu0 time.Duration) {
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "tokens/s")
	b.ReportMetric(float64(n)/(cpuTime()-cpu0).Seconds(), "tokens/cpu-s")
}
