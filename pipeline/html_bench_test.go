package pipeline

import (
	"os"
	"path/filepath"
	"testing"
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
	for b.Loop() {
		if _, err := parseHTML(page, ""); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pages/s")
}

// BenchmarkHTMLCorpus runs the HTML stage over every page of the shared
// article-extraction corpus (skipped when ../shared is absent). With -cpu 1
// its pages/s is pages per CPU-second:
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
	for b.Loop() {
		for _, page := range pages {
			if _, err := parseHTML(page, ""); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.N*len(pages))/b.Elapsed().Seconds(), "pages/s")
}
