package dates

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/lede-project/lede/extractors"
	"github.com/lede-project/lede/extractors/internal/extest"
)

// BenchmarkDates runs the date extractor alone over a ~780-word news
// article of our own (testdata/dates/news.txt). articles/s is wall-clock;
// articles/cpu-s divides by the CPU time the process used, which is the
// per-core rate and stays meaningful on a loaded shared machine.
//
//	go test ./extractors/dates -run '^$' -bench Dates -cpu 1
func BenchmarkDates(b *testing.B) {
	raw, err := os.ReadFile(filepath.Join("testdata", "news.txt"))
	if err != nil {
		b.Fatal(err)
	}
	text := newTestText(string(raw), "2022-12-06")
	d := New()
	b.ReportAllocs()
	b.SetBytes(int64(len(raw)))
	cpu0 := extest.CpuTime()
	for b.Loop() {
		var f extractors.Findings
		d.Extract(text, &f)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	if cpu := extest.CpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(b.N)/cpu.Seconds(), "articles/cpu-s")
	}
}
