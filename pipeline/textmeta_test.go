package pipeline

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestTextMeta(t *testing.T) {
	type meta struct {
		Title     string
		Authors   []string
		Published string
	}
	tests := []struct {
		name, text string
		want       meta
	}{
		{"section label, headline (PressTV)", "News   /   More\n\nUS, Russia expected to hold talks on Jan 10 over Ukraine\n\nUnited States and Russia will hold talks on Jan 10 amid rising tensions over the Ukraine conflict. (Photo by Reuters)\n",
			meta{Title: "US, Russia expected to hold talks on Jan 10 over Ukraine"}},
		{"headline and dateline (Wikinews)", "After visa snags, all-girl Afghan team honored for 'courageous achievement' at international robotics competition\n\nFriday, July 21, 2017\n\nA group of Afghan teenagers was awarded a silver medal on Tuesday.\n",
			meta{Title: "After visa snags, all-girl Afghan team honored for 'courageous achievement' at international robotics competition", Published: "2017-07-21"}},
		{"byline with affiliation (AP copy)", "Britain's Johnson says he is sure of a deal\n\nBy DANICA KIRKA\nAssociated Press\n\nLONDON (AP) — Prime Minister Boris Johnson said Monday that he was sure of a deal.\n",
			meta{Title: "Britain's Johnson says he is sure of a deal", Authors: []string{"Danica Kirka"}}},
		{"label line not set off, byline and date", "POLITICS\nPERRIS: Woman ordered hit on father of her child, police say\n\nBY SARAH BURGE / STAFF WRITER\nPublished: Jan. 14, 2015\n\nA woman was arrested on Tuesday.\n",
			meta{Title: "PERRIS: Woman ordered hit on father of her child, police say", Authors: []string{"Sarah Burge"}, Published: "2015-01-14"}},
		{"updated line is not the date", "Council backs bridge\n\nUpdated March 9, 2011\n\nThe council voted on Monday.\n",
			meta{Title: "Council backs bridge"}},
		{"first line a sentence: no title", "The council voted on Monday to build a new bridge.\n\nIt will cost $12 million.\n", meta{}},
		{"first line runs into the story: no title", "Council backs bridge\nThe council voted on Monday to build a new bridge.\n", meta{}},
		{"one word: no title", "Hello\n\nThe council voted on Monday.\n", meta{}},
		{"empty", "", meta{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &Document{}
			textMeta(d, tt.text)
			got := meta{Title: d.Title, Authors: d.Authors, Published: formatPublished(d.Published, d.HasTime)}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// FuzzTextMeta checks textMeta's invariants on any text: no panic, the
// title is one of the text's trimmed lines, every author's words are in the
// text (case-folded: all-caps bylines are re-cased).
//
//	go test ./pipeline -run '^$' -fuzz FuzzTextMeta -fuzztime 1m
func FuzzTextMeta(f *testing.F) {
	f.Add("News / More\n\nUS, Russia expected to hold talks\n\nBy JANE ROE\nMarch 7, 2011\n\nBody.\n")
	f.Add("Headline here\n\nPublished: 2011-03-07\n\nBody.")
	f.Fuzz(func(t *testing.T, text string) {
		d := &Document{}
		textMeta(d, text)
		if d.Title != "" && !strings.Contains(collapseSpace(text), d.Title) {
			t.Fatalf("title %q is not in the text", d.Title)
		}
		for _, a := range d.Authors {
			for _, w := range strings.Fields(a) {
				if !strings.Contains(strings.ToLower(text), strings.ToLower(w)) {
					t.Fatalf("author word %q is not in the text", w)
				}
			}
		}
	})
}
