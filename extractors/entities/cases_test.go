package entities

import (
	"flag"
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
	extest.EachCase(t, func(t *testing.T, file string, a *txtar.Archive) {
		input, ok := extest.Section(a, "input")
		if !ok {
			t.Fatalf("%s: no input section", file)
		}
		text := extest.Analyse(strings.TrimSuffix(input, "\n"))
		model, _ := extest.Section(a, "model")
		for _, line := range extest.Lines(model) {
			phrase, kind, _ := strings.Cut(line, " | ")
			label(text, phrase, kind)
		}
		f := &extractors.Findings{}
		New().Extract(text, f)
		checkRules(t, f)
		checkSpans(t, text.Text, f.Entities)
		got := mentionLines(f.Entities)
		if *update {
			extest.UpdateSection(t, file, a, "entities", strings.Join(got, "\n")+"\n")
			return
		}
		want, _ := extest.Section(a, "entities")
		if diff := cmp.Diff(extest.Lines(want), got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", file, diff)
		}
	})
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
