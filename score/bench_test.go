package score

import (
	"testing"
)

// BenchmarkE2E scores the hand-written e2e testdata (3 articles).
func BenchmarkE2E(b *testing.B) {
	gold, pred := loadB(b, "e2e-gold.jsonl"), loadB(b, "e2e-pred.jsonl")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := E2E(gold, pred, Options{Errors: true}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkE2EShared scores ../shared's e2e-dev gold against itself
// (24 articles, every item matched), when it is present.
func BenchmarkE2EShared(b *testing.B) {
	gold := loadShared(b, "corpora/e2e-dev/gold.jsonl")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := E2E(gold, gold, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
