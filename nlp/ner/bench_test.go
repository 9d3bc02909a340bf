package ner

import (
	"strings"
	"testing"
	"time"

	"github.com/lede-project/lede/internal/cputime"
)

// BenchmarkTag measures tagging speed; tokens/s is per CPU when run with
// -cpu 1:
//
//	go test ./nlp/ner -run '^$' -bench Tag -cpu 1
func BenchmarkTag(b *testing.B) {
	m := mustLoad(b)
	sents := testSentences(b)
	tokens := 0
	for _, s := range sents {
		tokens += len(s)
	}
	var out []string
	b.ReportAllocs()
	start, cpu := time.Now(), cputime.Used()
	n := 0
	for b.Loop() {
		for _, s := range sents {
			out = m.Tag(s, out)
		}
		n++
	}
	b.ReportMetric(float64(n*tokens)/time.Since(start).Seconds(), "tokens/s")
	b.ReportMetric(float64(n*tokens)/(cputime.Used()-cpu).Seconds(), "tokens/cpu-s")
}

// BenchmarkDecode measures decoding the embedded model (what Load does once).
func BenchmarkDecode(b *testing.B) {
	b.ReportAllocs()
	cpu, n := cputime.Used(), 0
	for b.Loop() {
		if _, err := Decode(embedded); err != nil {
			b.Fatal(err)
		}
		n++
	}
	b.ReportMetric(float64((cputime.Used()-cpu).Milliseconds())/float64(n), "cpu-ms/op")
}

func TestCapsLine(t *testing.T) {
	for s, want := range map[string]bool{
		"RUSSIA WARNS NATO":    true,
		"Russia warns NATO":    false,
		"NATO":                 false,
		"US , UK AGREE ON 5 %": true,
	} {
		var runes []rune
		if got := capsLine(tokens(strings.Fields(s), nil, &runes, nil)); got != want {
			t.Errorf("capsLine(%q) = %v", s, got)
		}
	}
}

// BenchmarkTagDocument measures the two-pass document tagger on the pinned
// sentences taken as one document.
func BenchmarkTagDocument(b *testing.B) {
	m := mustLoad(b)
	sents := testSentences(b)
	tokens := 0
	for _, s := range sents {
		tokens += len(s)
	}
	var out [][]string
	b.ReportAllocs()
	start, cpu := time.Now(), cputime.Used()
	n := 0
	for b.Loop() {
		out = m.TagDocument(sents, out)
		n++
	}
	b.ReportMetric(float64(n*tokens)/time.Since(start).Seconds(), "tokens/s")
	b.ReportMetric(float64(n*tokens)/(cputime.Used()-cpu).Seconds(), "tokens/cpu-s")
}

// BenchmarkTagDocumentHinted is BenchmarkTagDocument with a hint on every
// word (a capitalised word hinted as a name, as lede's rules hint many):
// what the pipeline's entity extractor runs.
func BenchmarkTagDocumentHinted(b *testing.B) {
	m := mustLoad(b)
	sents := testSentences(b)
	tokens := 0
	hints := make([][]string, len(sents))
	for i, s := range sents {
		tokens += len(s)
		hints[i] = make([]string, len(s))
		for j, w := range s {
			hints[i][j] = "O"
			if isName(w) {
				hints[i][j] = "B-PERSON|name-shape"
			}
		}
	}
	var out [][]string
	b.ReportAllocs()
	start, cpu := time.Now(), cputime.Used()
	n := 0
	for b.Loop() {
		out = m.TagDocumentHinted(sents, hints, out)
		n++
	}
	b.ReportMetric(float64(n*tokens)/time.Since(start).Seconds(), "tokens/s")
	b.ReportMetric(float64(n*tokens)/(cputime.Used()-cpu).Seconds(), "tokens/cpu-s")
}
