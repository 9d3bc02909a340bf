// Package extest is what the extractor packages' tests share: a Text built
// without the statistical tagger (Analyse), the testdata/*.txtar case runner
// and its section helpers, and rule-table checks. Only tests import it.
package extest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

// EachCase runs fn as a subtest for every testdata/*.txtar file of the
// package under test, the subtest named after the file without .txtar. It
// fails t when there is no such file, and the subtest when its file does
// not parse.
func EachCase(t *testing.T, fn func(t *testing.T, file string, a *txtar.Archive)) {
	t.Helper()
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
			fn(t, file, a)
		})
	}
}

// Section returns the text of the archive's file called name, and whether
// there is one.
func Section(a *txtar.Archive, name string) (string, bool) {
	for _, f := range a.Files {
		if f.Name == name {
			return string(f.Data), true
		}
	}
	return "", false
}

// SetSection replaces the text of the archive's file called name, or adds
// the file at the end. txtar.Format ends a non-empty text with a newline.
func SetSection(a *txtar.Archive, name, data string) {
	for i := range a.Files {
		if a.Files[i].Name == name {
			a.Files[i].Data = []byte(data)
			return
		}
	}
	a.Files = append(a.Files, txtar.File{Name: name, Data: []byte(data)})
}

// UpdateSection sets the archive's file called name to data and writes
// the archive back to file, for a test's -update flag.
func UpdateSection(t *testing.T, file string, a *txtar.Archive, name, data string) {
	t.Helper()
	SetSection(a, name, data)
	if err := os.WriteFile(file, txtar.Format(a), 0o644); err != nil {
		t.Fatal(err)
	}
}

// Lines returns the non-blank lines of data, trimmed; never nil, so an
// empty section compares equal to an empty []string{} with cmp.Diff.
func Lines(data string) []string {
	out := []string{}
	for _, l := range strings.Split(data, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// Rows splits the non-blank lines of data, trimmed, into their
// " | "-separated fields: "a | b | c" gives ["a" "b" "c"].
func Rows(data string) [][]string {
	var out [][]string
	for _, l := range Lines(data) {
		out = append(out, strings.Split(l, " | "))
	}
	return out
}

// RuleNames returns the set of the names of rules, name giving a rule's
// name, and fails t for a rule with no name or a name used twice.
func RuleNames[R any](t testing.TB, rules []R, name func(R) string) map[string]bool {
	t.Helper()
	seen := map[string]bool{}
	for _, r := range rules {
		n := name(r)
		if n == "" {
			t.Errorf("a rule has no name: %+v", r)
		}
		if seen[n] {
			t.Errorf("rule name %q is used twice", n)
		}
		seen[n] = true
	}
	return seen
}
