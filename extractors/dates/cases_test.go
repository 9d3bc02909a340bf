package dates

import (
	"flag"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/lede-project/lede/extractors/internal/extest"
	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite the dates section of testdata/*.txtar with the extractor's output")

// TestDatesCases runs the txtar cases of testdata/ (see its README.md):
// every expression found, with its type, value and rule.
func TestDatesCases(t *testing.T) {
	extest.EachCase(t, func(t *testing.T, file string, a *txtar.Archive) {
		input, ok := extest.Section(a, "input")
		if !ok {
			t.Fatal("no input section")
		}
		published, _ := extest.Section(a, "published")
		text := strings.TrimRight(input, "\n")
		got := []string{}
		for _, d := range extractDates(text, strings.TrimSpace(published)) {
			got = append(got, fmt.Sprintf("%s | %s | %s | %s", d.Text, d.Type, d.Value, d.Rule))
		}
		if *update {
			extest.UpdateSection(t, file, a, "dates", strings.Join(got, "\n"))
			return
		}
		want, _ := extest.Section(a, "dates")
		if diff := cmp.Diff(extest.Lines(want), got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", file, diff)
		}
	})
}
