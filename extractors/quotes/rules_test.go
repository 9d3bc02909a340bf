package quotes

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/lede-project/lede/extractors"
	"github.com/lede-project/lede/extractors/internal/extest"
	"golang.org/x/tools/txtar"
)

// ruleNames returns the names of every rule of the package's tables, and
// fails t when one is used twice.
func ruleNames(t *testing.T) map[string]bool {
	t.Helper()
	names := map[string]bool{}
	add := func(table, name string) {
		if name == "" || names[table+":"+name] {
			t.Errorf("%s rule %q: empty or not unique", table, name)
		}
		names[table+":"+name] = true
	}
	for _, rl := range attributionRules {
		add("attribution", rl.name)
	}
	add("attribution", reportedRule.name)
	for _, rl := range sourceRules {
		add("source", rl.name)
	}
	add("source", colonNameRule.name)
	for _, st := range antecedentSteps {
		add("antecedent", st.name)
	}
	return names
}

// testInputs returns the texts of the txtar cases, the seed article and
// the benchmark article.
func testInputs(t *testing.T) map[string]string {
	t.Helper()
	in := map[string]string{"bench": benchArticle}
	b, err := os.ReadFile("../../testdata/presstv-us-russia-talks.txt")
	if err != nil {
		t.Fatal(err)
	}
	in["seed"] = string(b)
	files, _ := filepath.Glob("testdata/*.txtar")
	for _, file := range files {
		a, err := txtar.ParseFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if input, ok := extest.Section(a, "input"); ok {
			in[file] = strings.TrimRight(input, "\n")
		}
	}
	return in
}

// TestRuleNames checks that rule names are unique within each table and
// that every item emitted on the test inputs names an attribution rule.
func TestRuleNames(t *testing.T) {
	names := ruleNames(t)
	for name, text := range testInputs(t) {
		f := extract(text)
		for _, q := range append(f.Quotes, f.Reported...) {
			if !names["attribution:"+q.Rule] {
				t.Errorf("%s: %q has rule %q, not in the tables", name, q.Text, q.Rule)
			}
		}
	}
}

// TestExplain checks that Findings.Explain fills every item's evidence and
// changes nothing else, and that the evidence names the source rule and,
// for a pronoun, the antecedent steps.
func TestExplain(t *testing.T) {
	for name, text := range testInputs(t) {
		plain := extract(text)
		f := &extractors.Findings{Explain: true}
		New().Extract(testText(text), f)
		f.Sort()
		for _, q := range append(f.Quotes, f.Reported...) {
			if len(q.Evidence) == 0 && q.Rule != "unattributed" {
				t.Errorf("%s: %q (%s) has no evidence", name, q.Text, q.Rule)
			}
		}
		ignore := cmpopts.IgnoreFields(extractors.Trace{}, "Evidence")
		if diff := cmp.Diff(plain.Quotes, f.Quotes, ignore); diff != "" {
			t.Errorf("%s: quotes with Explain (-without +with):\n%s", name, diff)
		}
		if diff := cmp.Diff(plain.Reported, f.Reported, ignore); diff != "" {
			t.Errorf("%s: reported with Explain (-without +with):\n%s", name, diff)
		}
	}
	f := &extractors.Findings{Explain: true}
	text := `Mayor Ana Kiel spoke on Monday. "We will build it," she said.`
	New().Extract(testText(text), f)
	want := []string{
		`cue "said" after the quote in its sentence`,
		`antecedent of "she": same-sentence: ""; previous-subject: "Ana Kiel"`,
		`source "she" (pronoun) before the cue, read by rule subject-before, named "Ana Kiel"`,
	}
	if len(f.Quotes) != 1 {
		t.Fatalf("got %d quotes, want 1", len(f.Quotes))
	}
	if diff := cmp.Diff(want, f.Quotes[0].Evidence); diff != "" {
		t.Errorf("evidence (-want +got):\n%s", diff)
	}
}

// TestNoEvidenceWithoutExplain checks that without Explain no evidence is
// written.
func TestNoEvidenceWithoutExplain(t *testing.T) {
	for name, text := range testInputs(t) {
		f := extract(text)
		for _, q := range append(f.Quotes, f.Reported...) {
			if q.Evidence != nil {
				t.Errorf("%s: %q has evidence without Explain", name, q.Text)
			}
		}
	}
}
