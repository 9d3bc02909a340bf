package main

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/sirupsen/logrus"

	"github.com/lede-project/lede/pipeline"
)

// BenchmarkBatch runs the whole pipeline (bytes to JSON lines) over a
// directory with 1 and 2 workers, reporting articles per second of wall
// time; divide by the CPUs in use for articles per CPU-second. The
// directory is $LEDE_BENCH_DIR, else the shared article-extraction corpus
// when it is checked out next to the worktree, else the bundled seed
// articles.
//
//	go test ./cmd/lede -run '^$' -bench Batch -benchtime 3x
func BenchmarkBatch(b *testing.B) {
	dir := os.Getenv("LEDE_BENCH_DIR")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared", "corpora", "article-extraction", "html")
		if !isDir(dir) {
			dir = filepath.Join("..", "..", "testdata")
		}
	}
	var paths []string
	if err := pipeline.WalkEach(dir, func(path string, err error) error {
		paths = append(paths, path)
		return err
	}); err != nil {
		b.Fatal(err)
	}
	p, err := pipeline.New(pipeline.Config{})
	if err != nil {
		b.Fatal(err)
	}
	log := logrus.New()
	log.SetOutput(io.Discard)
	for _, jobs := range []int{1, 2} {
		b.Run("j"+strconv.Itoa(jobs), func(b *testing.B) {
			b.ReportAllocs()
			n := 0
			for b.Loop() {
				bt := &batch{p: p, jobs: jobs, stdout: io.Discard, log: log, prog: newProgress(io.Discard, "never")}
				tl, err := bt.run(context.Background(), func(emit func(item) bool) {
					for _, path := range paths {
						if !emit(item{in: pipeline.Input{Source: path}}) {
							return
						}
					}
				})
				if err != nil {
					b.Fatal(err)
				}
				n += tl.ok + tl.failed
			}
			b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
		})
	}
}
