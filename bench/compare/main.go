// Command compare measures, in one run on one core, the CPU cost per page of
// three contenders over a directory of HTML pages:
//
//   - lede: the whole pipeline (HTML to lede/v1 JSON, every extractor;
//     with -syntax also the full dependency parse in the output),
//   - trafilatura: go-trafilatura extracting the main text only,
//   - parse: a bare golang.org/x/net/html parse.
//
// It lives in a module of its own so that go-trafilatura never becomes a
// dependency of lede. The contenders alternate (lede, trafilatura, parse,
// lede, ...) for -rounds rounds; each round runs one contender over every
// page and is timed by the process's CPU time (getrusage), with GOMAXPROCS 1
// so that the figures are CPU-seconds of one core. The best round of each
// contender is reported, and the ratios are computed from those.
//
// usage: go run . [-rounds 5] [-syntax] [-cpuprofile FILE] DIR
//
// With -cpuprofile only lede runs, profiled.
package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"sort"
	"strings"
	"syscall"
	"time"

	"github.com/lede-project/lede/pipeline"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

type page struct {
	name string
	data []byte
}

func main() {
	rounds := flag.Int("rounds", 5, "rounds per contender; the best is reported")
	syntax := flag.Bool("syntax", false, "lede also parses every sentence for its output (--syntax)")
	profile := flag.String("cpuprofile", "", "write a CPU profile of lede's rounds to this file")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: compare [-rounds N] [-syntax] DIR")
		os.Exit(2)
	}
	runtime.GOMAXPROCS(1)
	pages, err := readPages(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, "compare:", err)
		os.Exit(1)
	}
	p, err := pipeline.New(pipeline.Config{Syntax: *syntax})
	if err != nil {
		fmt.Fprintln(os.Stderr, "compare:", err)
		os.Exit(1)
	}
	contenders := []struct {
		name string
		run  func(page) error
	}{
		{"lede", func(pg page) error { return runLede(p, pg) }},
		{"trafilatura", runTrafilatura},
		{"parse", runParse},
	}
	if *profile != "" {
		f, err := os.Create(*profile)
		if err != nil {
			fmt.Fprintln(os.Stderr, "compare:", err)
			os.Exit(1)
		}
		defer f.Close()
		contenders = contenders[:1]
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintln(os.Stderr, "compare:", err)
			os.Exit(1)
		}
		defer pprof.StopCPUProfile()
	}
	best := make([]time.Duration, len(contenders))
	for r := 0; r < *rounds; r++ {
		for i, c := range contenders {
			runtime.GC()
			t0 := cpu()
			for _, pg := range pages {
				if err := c.run(pg); err != nil {
					fmt.Fprintf(os.Stderr, "compare: %s: %s: %v\n", c.name, pg.name, err)
				}
			}
			d := cpu() - t0
			if r == 0 || d < best[i] {
				best[i] = d
			}
		}
	}
	n := float64(len(pages))
	for i, c := range contenders {
		fmt.Printf("%-12s %7.3f CPU-s for %d pages  %7.1f pages/CPU-s\n", c.name, best[i].Seconds(), len(pages), n/best[i].Seconds())
	}
	if len(contenders) < 3 {
		return
	}
	fmt.Printf("lede ÷ trafilatura throughput: %.2f×\n", best[1].Seconds()/best[0].Seconds())
	fmt.Printf("lede cost ÷ bare parse cost:   %.2f×\n", best[0].Seconds()/best[2].Seconds())
}

func readPages(dir string) ([]page, error) {
	var names []string
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	for _, e := range ents {
		if n := e.Name(); strings.HasSuffix(n, ".html") || strings.HasSuffix(n, ".htm") {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	if len(names) == 0 {
		return nil, fmt.Errorf("%s: no .html pages", dir)
	}
	out := make([]page, len(names))
	for i, n := range names {
		b, err := os.ReadFile(filepath.Join(dir, n))
		if err != nil {
			return nil, err
		}
		out[i] = page{name: n, data: b}
	}
	return out, nil
}

// runLede runs the whole pipeline and encodes the result as lede extract does.
func runLede(p *pipeline.Pipeline, pg page) error {
	res, err := p.Process(context.Background(), pipeline.Input{Source: pg.name, Format: "html", Data: pg.data})
	if err != nil {
		return err
	}
	_, err = pipeline.Marshal(res, "")
	return err
}

// runTrafilatura extracts the main text, as fast as go-trafilatura allows:
// no fallback extractors, no comments, and the publication date only from
// metadata (HtmlDateMode Disabled: it cannot skip its metadata pass).
func runTrafilatura(pg page) error {
	_, err := trafilatura.Extract(bytes.NewReader(pg.data), trafilatura.Options{
		ExcludeComments: true,
		HtmlDateMode:    trafilatura.Disabled,
	})
	return err
}

func runParse(pg page) error {
	_, err := html.Parse(bytes.NewReader(pg.data))
	return err
}

// cpu returns the CPU time (user + system) the process has used.
func cpu() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
