package venues

import (
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/lede-project/lede/extractors"
	"github.com/lede-project/lede/extractors/entities"
	"github.com/lede-project/lede/extractors/internal/extest"
)

// TestRuleNamesUnique keeps every rule's name its own.
func TestRuleNamesUnique(t *testing.T) {
	names := extest.RuleNames(t, rules, func(r *rule) string { return r.name })
	for _, r := range linkRules {
		if !names[r.name] {
			t.Errorf("link rule %q is not in rules", r.name)
		}
	}
}

// isRule reports whether name is the name of a rule in rules.
func isRule(name string) bool {
	for _, r := range rules {
		if r.name == name {
			return true
		}
	}
	return false
}

// extract runs entities and venues over text.
func extract(text string, explain bool) *extractors.Findings {
	t := extest.Analyse(text)
	f := &extractors.Findings{Explain: explain}
	entities.New().Extract(t, f)
	New().Extract(t, f)
	return f
}

// TestSeedArticleRules: every venue of the seed article names a rule of
// the table (venuesOf checks the same for every test input).
func TestSeedArticleRules(t *testing.T) {
	b, err := os.ReadFile("../../testdata/presstv-us-russia-talks.txt")
	if err != nil {
		t.Fatal(err)
	}
	f := extract(string(b), false)
	if len(f.Venues) == 0 {
		t.Fatal("no venue in the seed article")
	}
	for _, v := range f.Venues {
		if !isRule(v.Rule) {
			t.Errorf("%q: rule %q is not in the rules table", v.Text, v.Rule)
		}
	}
}

// TestExplain checks that Findings.Explain fills the evidence and changes
// nothing else.
func TestExplain(t *testing.T) {
	text := "MADRID — Nadal won the decisive doubles match on Tuesday.\n\n" +
		"He took the child to Forest Hill's WoodSpring Suites hotel, police said. " +
		"McCain was shot down over Hanoi. The talks in Geneva ended late.\n\n" +
		"Protesters stormed the Riverside Museum. The place: Harbor Hall. The choir sang the anthem."
	plain, explained := extract(text, false), extract(text, true)
	stripped := append([]extractors.Venue(nil), explained.Venues...)
	for i := range stripped {
		stripped[i].Evidence = nil
	}
	if diff := cmp.Diff(plain.Venues, stripped); diff != "" {
		t.Errorf("Explain changed the output (-without +with):\n%s", diff)
	}
	got := map[string][]string{}
	for _, v := range plain.Venues {
		if v.Evidence != nil {
			t.Errorf("%q: evidence without Explain", v.Text)
		}
	}
	for _, v := range explained.Venues {
		got[v.Rule+" "+v.Text] = v.Evidence
	}
	want := map[string][]string{
		"dateline MADRID":                        {"dateline: MADRID (GPE)", "event: won"},
		"event-to-place WoodSpring Suites hotel": {"event: took", "preposition: to", "carried to by: took", "place: WoodSpring Suites (LOC)"},
		"event-over-place Hanoi":                 {"event: shot", "preposition: over", "place: Hanoi (GPE)"},
		"event-prep-place Geneva":                {"event: talks", "preposition: in", "place: Geneva (GPE)"},
		"event-object-place Riverside Museum":    {"event: stormed", "object of: stormed", "place: Riverside Museum (LOC)"},
		"listing-place Harbor Hall":              {"event: sang", "listing label: The place:", "place: Harbor Hall (LOC)"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("evidence (-want +got):\n%s", diff)
	}
}
