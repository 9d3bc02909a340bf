package venues

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/lede-project/lede/extractors/internal/extest"
	"golang.org/x/tools/txtar"
)

// caseVenue is one line of a case's venues section.
type caseVenue struct {
	Text, Event, Date, Rule string
}

// TestVenueCases runs the txtar cases of testdata (see its README.md).
func TestVenueCases(t *testing.T) {
	extest.EachCase(t, func(t *testing.T, file string, a *txtar.Archive) {
		var input string
		var dates [][2]string
		var want []caseVenue
		for _, f := range a.Files {
			rows := extest.Rows(string(f.Data))
			switch f.Name {
			case "input":
				input = strings.TrimRight(string(f.Data), "\n")
			case "dates":
				for _, l := range rows {
					if len(l) != 2 {
						t.Fatalf("dates line %q: want phrase | value", l)
					}
					dates = append(dates, [2]string{l[0], l[1]})
				}
			case "venues":
				for _, l := range rows {
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
