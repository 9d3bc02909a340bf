package money

import (
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/lede-project/lede/extractors"
	"github.com/lede-project/lede/extractors/internal/extest"
	"golang.org/x/tools/txtar"
)

// caseAmount is one line of a case's money section.
type caseAmount struct {
	Text     string
	Amount   float64
	Currency string
	Rule     string
	Approx   bool
}

// TestMoneyCases runs the txtar cases of testdata (see its README.md).
func TestMoneyCases(t *testing.T) {
	extest.EachCase(t, func(t *testing.T, file string, a *txtar.Archive) {
		input, want := "", []caseAmount(nil)
		for _, f := range a.Files {
			switch f.Name {
			case "input":
				input = strings.TrimRight(string(f.Data), "\n")
			case "money":
				want = parseCaseAmounts(t, string(f.Data))
			default:
				t.Fatalf("unknown section %q", f.Name)
			}
		}
		var f extractors.Findings
		New().Extract(testText(input), &f)
		if err := checkMoney(input, f.Money); err != "" {
			t.Fatal(err)
		}
		var got []caseAmount
		for _, m := range f.Money {
			got = append(got, caseAmount{m.Text, m.Amount, m.Currency, m.Rule, m.Approx})
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", file, diff)
		}
	})
}

// parseCaseAmounts reads "text | amount | code | rule [| approx]" lines.
func parseCaseAmounts(t *testing.T, data string) []caseAmount {
	var out []caseAmount
	for _, f := range extest.Rows(data) {
		line := strings.Join(f, " | ")
		if len(f) < 4 {
			t.Fatalf("money line %q: want text | amount | code | rule", line)
		}
		v, err := strconv.ParseFloat(f[1], 64)
		if err != nil {
			t.Fatalf("money line %q: %v", line, err)
		}
		out = append(out, caseAmount{f[0], v, f[2], f[3], len(f) > 4 && f[4] == "approx"})
	}
	return out
}

// testText builds the Text a test runs on.
func testText(s string) *extractors.Text { return extest.Analyse(s) }
