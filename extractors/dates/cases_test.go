package dates

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite the dates section of testdata/*.txtar with the extractor's output")

// TestDatesCases runs the txtar cases of testdata/ (see its README.md):
// every expression found, with its type, value and rule.
func TestDatesCases(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no cases: %v", err)
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".txtar")
		t.Run(name, func(t *testing.T) {
			a, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			input, ok := section(a, "input")
			if !ok {
				t.Fatal("no input section")
			}
			published, _ := section(a, "published")
			text := strings.TrimRight(input, "\n")
			got := []string{}
			for _, d := range extractDates(text, strings.TrimSpace(published)) {
				got = append(got, fmt.Sprintf("%s | %s | %s | %s", d.Text, d.Type, d.Value, d.Rule))
			}
			if *update {
				setSection(a, "dates", strings.Join(got, "\n"))
				if err := os.WriteFile(file, txtar.Format(a), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			wantText, _ := section(a, "dates")
			want := []string{}
			for _, l := range strings.Split(wantText, "\n") {
				if l = strings.TrimSpace(l); l != "" {
					want = append(want, l)
				}
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", file, diff)
			}
		})
	}
}

// section returns the text of the archive's file name.
func section(a *txtar.Archive, name string) (string, bool) {
	for _, f := range a.Files {
		if f.Name == name {
			return string(f.Data), true
		}
	}
	return "", false
}

// setSection replaces (or adds) the archive's file name.
func setSection(a *txtar.Archive, name, data string) {
	b := []byte(data + "\n")
	if data == "" {
		b = nil
	}
	for k := range a.Files {
		if a.Files[k].Name == name {
			a.Files[k].Data = b
			return
		}
	}
	a.Files = append(a.Files, txtar.File{Name: name, Data: bytes.Clone(b)})
}
