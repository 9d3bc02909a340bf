package pipeline

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"golang.org/x/net/html"
)

// BenchmarkHTML measures the HTML stage (bytes -> main text + metadata) on
// a self-made page that is always present.
func BenchmarkHTML(b *testing.B) {
	page, err := os.ReadFile(filepath.Join("testdata", "html", "bench-article.html"))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(page)))
	cpu := cpuTime()
	for b.Loop() {
		if _, err := parseHTML(page, ""); err != nil {
			b.Fatal(err)
		}
	}
	reportPages(b, b.N, cpuTime()-cpu)
}

// BenchmarkHTMLCorpus runs the HTML stage over every page of the shared
// article-extraction corpus (skipped when ../shared is absent). With -cpu 1
// pages/cpu-s is pages per CPU-second:
//
//	go test -run '^$' -bench HTMLCorpus -cpu 1 ./pipeline
func BenchmarkHTMLCorpus(b *testing.B) {
	paths, _ := filepath.Glob(filepath.Join(sharedCorpus, "html", "*.html"))
	if len(paths) == 0 {
		b.Skip("no corpus at " + sharedCorpus)
	}
	pages := make([][]byte, len(paths))
	size := 0
	for i, p := range paths {
		var err error
		if pages[i], err = os.ReadFile(p); err != nil {
			b.Fatal(err)
		}
		size += len(pages[i])
	}
	b.ReportAllocs()
	b.SetBytes(int64(size))
	cpu := cpuTime()
	for b.Loop() {
		for _, page := range pages {
			if _, err := parseHTML(page, ""); err != nil {
				b.Fatal(err)
			}
		}
	}
	reportPages(b, b.N*len(pages), cpuTime()-cpu)
}

// reportPages reports pages per wall-clock second and, where the CPU time
// is known, pages per CPU-second (the figure that stays put on a busy,
// shared machine; it includes the garbage collector's work).
func reportPages(b *testing.B, pages int, cpu time.Duration) {
	b.ReportMetric(float64(pages)/b.Elapsed().Seconds(), "pages/s")
	if cpu > 0 {
		b.ReportMetric(float64(pages)/cpu.Seconds(), "pages/cpu-s")
	}
}

// BenchmarkHTMLCorpusParseOnly is the floor under BenchmarkHTMLCorpus: only
// x/net/html's parse of the same pages. On a busy machine compare the two
// in one run rather than absolute rates.
func BenchmarkHTMLCorpusParseOnly(b *testing.B) {
	paths, _ := filepath.Glob(filepath.Join(sharedCorpus, "html", "*.html"))
	if len(paths) == 0 {
		b.Skip("no corpus at " + sharedCorpus)
	}
	pages := make([][]byte, len(paths))
	for i, p := range paths {
		var err error
		if pages[i], err = os.ReadFile(p); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	cpu := cpuTime()
	for b.Loop() {
		for _, page := range pages {
			if _, err := html.Parse(bytes.NewReader(page)); err != nil {
				b.Fatal(err)
			}
		}
	}
	reportPages(b, b.N*len(pages), cpuTime()-cpu)
}
