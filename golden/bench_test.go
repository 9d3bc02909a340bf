package golden

import (
	"os"
	"strings"
	"testing"
)

// BenchmarkDiff compares the seed article's golden with a copy whose text
// was edited near the start, so that most items moved.
func BenchmarkDiff(b *testing.B) {
	raw, err := os.ReadFile("../testdata/presstv-us-russia-talks.txt.golden.json")
	if err != nil {
		b.Skip(err)
	}
	want, err := Decode(raw)
	if err != nil {
		b.Fatal(err)
	}
	edited := strings.Replace(string(raw), `"end": `, `"end": 1`, 7)
	got, err := Decode([]byte(edited))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		Diff(want, got, Selector{})
	}
}

func BenchmarkCanonical(b *testing.B) {
	raw, err := os.ReadFile("../testdata/presstv-us-russia-talks.txt.golden.json")
	if err != nil {
		b.Skip(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Canonical(raw); err != nil {
			b.Fatal(err)
		}
	}
}
