package entities

import (
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/lede-project/lede/extractors"
	"github.com/lede-project/lede/extractors/internal/extest"
)

// TestRuleNamesUnique checks that no two rules share a name and that every
// label rule has a match function.
func TestRuleNamesUnique(t *testing.T) {
	extest.RuleNames(t, allRules(), func(r *rule) string { return r.name })
	for _, lr := range labelRules {
		if lr.match == nil {
			t.Errorf("label rule %q has no match function", lr.name)
		}
	}
}

// checkRules fails t when a mention in f names no rule of the package.
func checkRules(t testing.TB, f *extractors.Findings) {
	t.Helper()
	known := map[string]bool{}
	for _, r := range allRules() {
		known[r.name] = true
	}
	for _, e := range f.Entities {
		if !known[e.Rule] {
			t.Errorf("%q (%s): rule %q is in no rule table", e.Text, e.Label, e.Rule)
		}
	}
}

// TestExplain checks that Explain fills every mention's evidence with the
// evidence weighed, and that the output is otherwise the same as without.
func TestExplain(t *testing.T) {
	b, err := os.ReadFile("../../testdata/presstv-us-russia-talks.txt")
	if err != nil {
		t.Fatal(err)
	}
	plain := &extractors.Findings{}
	New().Extract(extest.Analyse(string(b)), plain)
	explained := &extractors.Findings{Explain: true}
	New().Extract(extest.Analyse(string(b)), explained)
	stripped := make([]extractors.Entity, len(explained.Entities))
	for i, e := range explained.Entities {
		e.Evidence = nil
		stripped[i] = e
	}
	if diff := cmp.Diff(plain.Entities, stripped); diff != "" {
		t.Errorf("Explain changed the entities (-plain +explained):\n%s", diff)
	}
	for _, e := range plain.Entities {
		if e.Evidence != nil {
			t.Errorf("%q: evidence %q without Explain", e.Text, e.Evidence)
		}
	}
	want := map[string]string{ // mention -> a line its evidence holds
		"NATO":              "gazetteer: ORG",
		"Biden":             "part of: Joe Biden",
		"Permanent Council": "word class: org-last 'Council'",
	}
	for _, e := range explained.Entities {
		line, ok := want[e.Text]
		if !ok {
			continue
		}
		delete(want, e.Text)
		if !strings.Contains(strings.Join(e.Evidence, "\n"), line) {
			t.Errorf("%q (%s): evidence %q, want a line with %q", e.Text, e.Rule, e.Evidence, line)
		}
	}
	for text := range want {
		t.Errorf("seed article: no mention %q", text)
	}
}

// TestExplainNoAllocations checks that the evidence collector costs
// nothing when Explain is off.
func TestExplainNoAllocations(t *testing.T) {
	w := &why{}
	n := testing.AllocsPerRun(100, func() {
		w.add("gazetteer: ", "ORG", " ", "NATO")
		w.word("org-last", "Council")
	})
	if n != 0 {
		t.Errorf("why with Explain off: %v allocations, want 0", n)
	}
}
