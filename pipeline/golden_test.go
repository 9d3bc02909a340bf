package pipeline_test

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/lede-project/lede/golden"
	"github.com/lede-project/lede/pipeline"
)

// Run "go test ./pipeline -run TestGolden -update" to rewrite the goldens of
// testdata/ after an intended change; review "git diff testdata/" and say in
// the commit which goldens changed and why. Inputs are never rewritten.
var update = flag.Bool("update", false, "rewrite testdata/*.golden.json")

// seedPublished is the reference date of testdata/ (its lede.json, which
// "lede check testdata/" reads too).
var seedPublished = time.Date(2021, 12, 28, 0, 0, 0, 0, time.UTC)

// TestGolden runs the whole pipeline on each article of testdata/ and
// compares the JSON with its golden file, in the format "lede check" uses.
func TestGolden(t *testing.T) {
	p, err := pipeline.New(pipeline.Config{Published: seedPublished})
	if err != nil {
		t.Fatal(err)
	}
	paths, err := filepath.Glob("../testdata/*.*")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, path := range paths {
		ext := filepath.Ext(path)
		if ext != ".txt" && ext != ".html" {
			continue
		}
		n++
		t.Run(filepath.Base(path), func(t *testing.T) {
			res, err := p.Process(context.Background(), pipeline.Input{Source: path})
			if err != nil {
				t.Fatal(err)
			}
			res.Source = filepath.Base(path)
			b, err := pipeline.Marshal(res, "")
			if err != nil {
				t.Fatal(err)
			}
			got, err := golden.Decode(b)
			if err != nil {
				t.Fatal(err)
			}
			goldenPath := path + ".golden.json"
			if *update {
				out, err := golden.Marshal(got)
				if err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(goldenPath, out, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			wb, err := os.ReadFile(goldenPath)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			want, err := golden.Decode(wb)
			if err != nil {
				t.Fatalf("%s: %v", goldenPath, err)
			}
			if changes := golden.Diff(want, got, golden.Selector{}); len(changes) > 0 {
				var sb strings.Builder
				for _, c := range changes {
					sb.WriteString("\n  " + c.String())
				}
				t.Errorf("%s differs from its golden (-update rewrites it):%s", filepath.Base(path), sb.String())
			}
		})
	}
	if n == 0 {
		t.Fatal("no articles in testdata/")
	}
}
