package venues

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/txtar"
)

// caseVenue is one line of a case's venues section.
type caseVenue struct {
	Text, Event, Date, Rule string
}

// TestVenueCases runs the txtar cases of testdata (see its README.md).
func TestVenueCases(t *testing.T) {
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
			var input string
			var dates [][2]string
			var want []caseVenue
			for _, f := range a.Files {
				lines := caseLines(string(f.Data))
				switch f.Name {
				case "input":
					input = strings.TrimRight(string(f.Data), "\n")
				case "dates":
					for _, l := range lines {
						if len(l) != 2 {
							t.Fatalf("dates line %q: want phrase | value", l)
						}
						dates = append(dates, [2]string{l[0], l[1]})
					}
				case "venues":
					for _, l := range lines {
						if len(l) != 4 {
							t.Fatalf("venues line %q: want place | event | date | rule", l)
						}
						if l[2] == "-" {
							l[2] = ""
						}
						want = append(want, caseVenue{l[0], l[1], l[2], l[3]})
					}
				default:
					t.Fatalf("unknown section %q", f.Name)
				}
			}
			var got []caseVenue
			for _, v := range findVenues(input, dates...) {
				got = append(got, caseVenue{v.Text, v.Event, v.Date, v.Rule})
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", file, diff)
			}
		})
	}
}

// caseLines splits a section into lines of " | "-separated fields.
func caseLines(data string) [][]string {
	var out [][]string
	for _, line := range strings.Split(strings.TrimSpace(data), "\n") {
		if line = strings.TrimSpace(line); line != "" {
			out = append(out, strings.Split(line, " | "))
		}
	}
	return out
}
