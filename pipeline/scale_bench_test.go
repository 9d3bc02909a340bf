package pipeline

import (
	"context"
	"runtime"

	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/lede-project/lede/internal/cputime"

	"github.com/lede-project/lede/extractors"
)

// BenchmarkScale measures each stage on inputs of 0.25, 1 and 4 MB (the
// seed article and a news page's text repeated, as paragraphs), reporting
// CPU nanoseconds and allocated bytes per input byte: both should stay
// flat as the input grows (cost linear in size). Repeating two articles is
// hard on the extractors (the same names thousands of times), harder than
// an archive of different articles. No timing is asserted anywhere.
//
//	go test ./pipeline -run '^$' -bench Scale -benchtime 2x -cpu 1
func BenchmarkScale(b *testing.B) {
	var parts []string
	for _, path := range []string{"../testdata/presstv-us-russia-talks.txt", "../testdata/check/harbor.txt"} {
		raw, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		parts = append(parts, strings.TrimSpace(string(raw)))
	}
	article := strings.Join(parts, "\n\n")
	p := testPipeline(b)
	for _, size := range []int{256 << 10, 1 << 20, 4 << 20} {
		var sb strings.Builder
		for sb.Len() < size {
			sb.WriteString(article)
			sb.WriteString("\n\n")
		}
		text := sb.String()
		html := "<html><body><article><p>" + strings.ReplaceAll(text, "\n\n", "</p>\n<p>") + "</p></article></body></html>"
		name := fmt.Sprintf("%.2fMB", float64(size)/(1<<20))
		stage := func(stage string, n int, fn func()) {
			b.Run(name+"/"+stage, func(b *testing.B) {
				b.ReportAllocs()
				var before, after runtime.MemStats
				runtime.ReadMemStats(&before)
				cpu := cputime.Used()
				for b.Loop() {
					fn()
				}
				cpu = cputime.Used() - cpu
				runtime.ReadMemStats(&after)
				// CPU time, not wall time: the machine is shared.
				b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N)/float64(n), "cpu-ns/byte")
				b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/float64(b.N)/float64(n), "alloc-B/byte")
			})
		}
		stage("html", len(html), func() { parseHTML([]byte(html), "") })
		stage("nlp", len(text), func() {
			t := &extractors.Text{Text: text}
			p.nlp.analyse(t)
		})
		t := &extractors.Text{Text: text}
		p.nlp.analyse(t)
		for _, x := range p.sel.run {
			stage(x.Name(), len(text), func() { x.Extract(t, &extractors.Findings{}) })
		}
		stage("whole-text", len(text), func() {
			res, _ := p.Process(context.Background(), Input{Source: "x.txt", Format: "text", Data: []byte(text)})
			Marshal(res, "")
		})
	}
}
