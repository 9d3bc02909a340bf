package dates

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/lede-project/lede/extractors"
	"github.com/lede-project/lede/extractors/internal/extest"
)

// emitted records the rule of every Date the package's tests saw come out
// of extract; TestMain checks each names a rule of allRules.
var emitted = struct {
	sync.Mutex
	rules map[string]string // rule -> an expression that named it
}{rules: map[string]string{}}

// extract runs the extractor on tx and records the rules of its output.
func extract(tx *extractors.Text) []extractors.Date {
	var f extractors.Findings
	New().Extract(tx, &f)
	emitted.Lock()
	defer emitted.Unlock()
	for _, d := range f.Dates {
		emitted.rules[d.Rule] = d.Text
	}
	return f.Dates
}

// TestMain runs the tests, then checks that every Date they produced
// named a rule of the table.
func TestMain(m *testing.M) {
	code := m.Run()
	if code == 0 {
		if bad := unknownRules(); len(bad) > 0 {
			fmt.Fprintln(os.Stderr, "dates: items name rules missing from allRules:", strings.Join(bad, "; "))
			code = 1
		}
	}
	os.Exit(code)
}

// unknownRules lists the emitted rules that are not in allRules.
func unknownRules() []string {
	known := map[string]bool{}
	for _, r := range allRules {
		known[r.name] = true
	}
	emitted.Lock()
	defer emitted.Unlock()
	var bad []string
	for name, text := range emitted.rules {
		if !known[name] {
			bad = append(bad, fmt.Sprintf("%q (%q)", name, text))
		}
	}
	slices.Sort(bad)
	return bad
}

// TestRuleNamesUnique checks that no two rules share a name and that
// every rule has one.
func TestRuleNamesUnique(t *testing.T) {
	extest.RuleNames(t, allRules, func(r *rule) string { return r.name })
}

// TestSeedRulesInTable checks that every item on the seed article names
// a rule of the table, with and without a publication date.
func TestSeedRulesInTable(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("..", "..", "testdata", "presstv-us-russia-talks.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, pub := range []string{"2021-12-28", ""} {
		for _, d := range extractDates(string(raw), pub) {
			if !slices.ContainsFunc(allRules, func(r *rule) bool { return r.name == d.Rule }) {
				t.Errorf("%q names rule %q, not in allRules", d.Text, d.Rule)
			}
		}
	}
	if bad := unknownRules(); len(bad) > 0 {
		t.Errorf("rules missing from allRules: %v", bad)
	}
}

// TestExplainAnchors checks the anchor lines: a written year, a year
// carried over from the text's last date, and the publication date.
func TestExplainAnchors(t *testing.T) {
	tx := newTestText("The fire started on Nov. 2, 2018. By Nov. 5 it was out. Crews will return in March.", "2019-11-20")
	f := extractors.Findings{Explain: true}
	New().Extract(tx, &f)
	got := map[string][]string{}
	for _, d := range f.Dates {
		got[d.Text] = d.Evidence
	}
	want := map[string][]string{
		"Nov. 2, 2018": {"rule: month-day", "anchor: none, the text wrote the year"},
		"Nov. 5":       {"rule: month-day", "anchor: the year the text last wrote, 2018"},
		"March": {"rule: month", "anchor: publication date 2019-11-20, direction from the clause",
			`direction: future verb "will"`},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("evidence (-want +got):\n%s", diff)
	}
}

// TestExplain checks that Findings.Explain fills every item's evidence
// with its rule, and that without it the output is the same, with no
// evidence.
func TestExplain(t *testing.T) {
	text := "The talks were postponed until December. Officials met late Monday " +
		"and will meet again on Friday; two days earlier, the envoy arrived."
	plain := extractDates(text, "2021-12-28")
	tx := newTestText(text, "2021-12-28")
	f := extractors.Findings{Explain: true}
	New().Extract(tx, &f)
	if len(f.Dates) == 0 {
		t.Fatal("no dates")
	}
	for _, d := range f.Dates {
		if len(d.Evidence) == 0 || d.Evidence[0] != "rule: "+d.Rule {
			t.Errorf("%q: evidence %q does not start with its rule", d.Text, d.Evidence)
		}
	}
	for _, d := range plain {
		if d.Evidence != nil {
			t.Errorf("%q: evidence %q without Explain", d.Text, d.Evidence)
		}
	}
	strip := func(ds []extractors.Date) []extractors.Date {
		out := slices.Clone(ds)
		for k := range out {
			out[k].Evidence = nil
		}
		return out
	}
	if diff := cmp.Diff(plain, strip(f.Dates)); diff != "" {
		t.Errorf("Explain changed the output (-without +with):\n%s", diff)
	}
	want := map[string][]string{
		"December": {"rule: month", "anchor: publication date 2021-12-28, direction from the clause",
			`direction: future: put off to ("until" after a verb of delay)`},
		"late Monday": {"rule: weekday-past", "anchor: publication date 2021-12-28, direction from the clause",
			`direction: past: past-tense verb "met"`, "modifier: late"},
		"Friday": {"rule: weekday-future", "anchor: publication date 2021-12-28, direction from the clause",
			`direction: future: future verb "will"`},
		"two days earlier": {"rule: n-units-earlier", `anchor: the text's date 2021-12-31, from "Friday" at byte 90`},
	}
	for _, d := range f.Dates {
		if w, ok := want[d.Text]; ok {
			if diff := cmp.Diff(w, d.Evidence); diff != "" {
				t.Errorf("%q evidence (-want +got):\n%s", d.Text, diff)
			}
		}
	}
}
