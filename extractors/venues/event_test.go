package venues

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// bareEvent reports why event is no event phrase: empty, a single word
// (a bare verb such as "held", or a bare noun), or the place itself. ""
// when it is a phrase.
func bareEvent(event, place string) string {
	switch {
	case strings.TrimSpace(event) == "":
		return "empty event"
	case len(strings.Fields(event)) < 2:
		return "one-word event " + event
	case strings.EqualFold(strings.TrimSpace(event), strings.TrimSpace(place)):
		return "event is the place"
	}
	return ""
}

// TestBareEvent checks the check itself.
func TestBareEvent(t *testing.T) {
	for _, c := range []struct {
		event, place string
		bare         bool
	}{{"held", "Brussels", true}, {"", "Brussels", true}, {"Brussels", "Brussels", true},
		{"held in Brussels", "Brussels", false}, {"the Jan 12 meeting", "Brussels", false}} {
		if got := bareEvent(c.event, c.place) != ""; got != c.bare {
			t.Errorf("bareEvent(%q, %q) bare = %v, want %v", c.event, c.place, got, c.bare)
		}
	}
}

// TestGoldenEventsArePhrases: no venue of the whole-article goldens in the
// repository's testdata (and testdata/check) has a bare verb, or any one
// word, as its event. The venues of this package's table tests and txtar
// cases are checked by findVenues.
func TestGoldenEventsArePhrases(t *testing.T) {
	var files []string
	for _, g := range []string{"../../testdata/*.json", "../../testdata/*/*.json"} {
		m, err := filepath.Glob(g)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	n := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var doc struct {
			Venues []struct{ Text, Event string }
		}
		if json.Unmarshal(b, &doc) != nil {
			continue // not a record (lede.json configuration)
		}
		for _, v := range doc.Venues {
			n++
			if why := bareEvent(v.Event, v.Text); why != "" {
				t.Errorf("%s: venue %q: %s", f, v.Text, why)
			}
		}
	}
	if n == 0 {
		t.Fatal("no venue in the goldens: the glob or the format changed")
	}
}
