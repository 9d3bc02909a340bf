package venues

import (
	"strings"
	"testing"

	"github.com/lede-project/lede/extractors/dates"
	"github.com/lede-project/lede/extractors/entities"
	"github.com/lede-project/lede/extractors/internal/extest"

	"github.com/lede-project/lede/extractors"
)

// FuzzVenues runs entities, dates and venues (which reads the parse) over
// any text: no panic, every venue's span is its text, it names a rule of
// the table, and its event is more than one token.
func FuzzVenues(f *testing.F) {
	for _, s := range []string{
		"The talks were held in Geneva on Monday.",
		"MADRID — Rafael Nadal kept Spain's hopes alive in the decisive doubles match.",
		"Gunmen stormed the Bardo National Museum in Tunis, where tourists hid.",
		"The day: July 9, 2000. The place: Wrigley Field.",
		"in at inside near aboard where , , ,",
		"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		tx := extest.Analyse(text)
		fs := &extractors.Findings{Explain: true}
		entities.New().Extract(tx, fs)
		dates.New().Extract(tx, fs)
		New().Extract(tx, fs)
		for _, v := range fs.Venues {
			if v.Start < 0 || v.Start >= v.End || v.End > len(text) || text[v.Start:v.End] != v.Text {
				t.Fatalf("venue %+v: span is not its text in %q", v, text)
			}
			if !inTable(v.Rule) {
				t.Fatalf("venue %+v: rule %q is not in the table", v, v.Rule)
			}
			if strings.TrimSpace(v.Event) == "" || oneToken(tx, v.Event) {
				t.Fatalf("venue %+v: event %q is a bare word", v, v.Event)
			}
		}
	})
}

func inTable(name string) bool {
	for _, r := range rules {
		if r.name == name {
			return true
		}
	}
	return false
}

// oneToken reports whether s is the text of a single token of t.
func oneToken(t *extractors.Text, s string) bool {
	for _, tok := range t.Tokens {
		if tok.Text == s {
			return true
		}
	}
	return false
}
