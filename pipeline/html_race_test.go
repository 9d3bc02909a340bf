package pipeline

import (
	"os"
	"path/filepath"
	"sync"
	"testing"
)

// TestParseHTMLConcurrent runs the HTML stage on the same pages from many
// goroutines; run it with -race. Results must not depend on concurrency.
func TestParseHTMLConcurrent(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "html", "*.html"))
	var pages [][]byte
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, b)
	}
	want := make([]string, len(pages))
	for i, b := range pages {
		d, err := parseHTML(b, "")
		if err != nil {
			t.Fatal(err)
		}
		want[i] = d.Text + "\x00" + d.Title
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, b := range pages {
				d, err := parseHTML(b, "")
				if err != nil {
					t.Error(err)
					return
				}
				if got := d.Text + "\x00" + d.Title; got != want[i] {
					t.Errorf("%s: concurrent result differs", paths[i])
				}
			}
		}()
	}
	wg.Wait()
}
