package entities

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/lede-project/lede/extractors"
	"github.com/lede-project/lede/extractors/internal/extest"
	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite the entities section of testdata/*.txtar from the output")

// TestCases runs the txtar cases in testdata (see testdata/README.md):
// one pattern each, its input text, the model labels to replay and every
// mention the extractor must find, with its label, entity and rule.
func TestCases(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no cases: %v", err)
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			a, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			input, ok := section(a, "input")
			if !ok {
				t.Fatalf("%s: no input section", file)
			}
			text := extest.Analyse(strings.TrimSuffix(input, "\n"))
			model, _ := section(a, "model")
			for _, line := range lines(model) {
				phrase, kind, _ := strings.Cut(line, " | ")
				label(text, phrase, kind)
			}
			f := &extractors.Findings{}
			New().Extract(text, f)
			checkRules(t, f)
			checkSpans(t, text.Text, f.Entities)
			got := mentionLines(f.Entities)
			if *update {
				setSection(a, "entities", strings.Join(got, "\n")+"\n")
				if err := os.WriteFile(file, txtar.Format(a), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, _ := section(a, "entities")
			if diff := cmp.Diff(lines(want), got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", file, diff)
			}
		})
	}
}

// mentionLines renders mentions as the "text | label | entity | rule"
// lines of a case.
func mentionLines(es []extractors.Entity) []string {
	out := []string{}
	for _, e := range es {
		out = append(out, strings.Join([]string{e.Text, e.Label, e.Entity, e.Rule}, " | "))
	}
	return out
}

// checkSpans fails t when a mention's offsets are outside the text, do
// not match its text, or the mentions are not sorted.
func checkSpans(t testing.TB, text string, es []extractors.Entity) {
	t.Helper()
	for i, e := range es {
		if e.Start < 0 || e.End > len(text) || e.Start > e.End || text[e.Start:e.End] != e.Text {
			t.Fatalf("mention %d %q: bad span [%d,%d)", i, e.Text, e.Start, e.End)
		}
		if i > 0 && extractors.ByPos(es[i-1].Start, es[i-1].End, e.Start, e.End) > 0 {
			t.Fatalf("mentions not sorted at %d", i)
		}
	}
}

// section returns the text of the file called name in a.
func section(a *txtar.Archive, name string) (string, bool) {
	for _, f := range a.Files {
		if f.Name == name {
			return string(f.Data), true
		}
	}
	return "", false
}

// setSection replaces (or adds) the file called name in a.
func setSection(a *txtar.Archive, name, data string) {
	for i := range a.Files {
		if a.Files[i].Name == name {
			a.Files[i].Data = []byte(data)
			return
		}
	}
	a.Files = append(a.Files, txtar.File{Name: name, Data: []byte(data)})
}

// lines returns the non-blank lines of s, trimmed.
func lines(s string) []string {
	out := []string{}
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}
