package dates

import (
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/lede-project/lede/extractors"
	"github.com/lede-project/lede/extractors/internal/extest"
)

// TestSyntaxTense: with the dependency parser, the direction of a bare
// weekday comes from the predicate it modifies, not from the nearest verb
// to its left. Each text is run with and without the parser; want is the
// parsed reading, old the word-order one where it differs.
func TestSyntaxTense(t *testing.T) {
	cases := []struct {
		name, text, published string
		want, old             []string
	}{
		// a verb of another clause stands between the weekday and its
		// own predicate (fresh-2026-12's tmz-1 has this shape)
		{"clause between", "Police said the ring was taken from her room sometime between 8 AM and 9 PM Wednesday.", "2015-02-26",
			[]string{"8 AM|TIME|2015-02-25T08:00", "9 PM Wednesday|TIME|2015-02-25T21:00"},
			[]string{"8 AM|TIME|2015-03-04T08:00", "9 PM Wednesday|TIME|2015-03-04T21:00"}},
		// a relative clause's past verb stands between a schedule's
		// present and its weekday
		{"relative clause", "The museum, which was damaged in the storm, reopens to the public on Saturday.", "2019-11-19",
			[]string{"Saturday|DATE|2019-11-23"}, []string{"Saturday|DATE|2019-11-16"}},
		{"relative clause far", "The band, which toured Europe and Asia last year, plays the stadium in Denver on Friday.", "2019-11-19",
			[]string{"last year|DATE|2018", "Friday|DATE|2019-11-22"}, []string{"last year|DATE|2018", "Friday|DATE|2019-11-15"}},
		// a date inside a noun phrase keeps the word-order reading
		{"noun phrase", "The move comes after the group's November rollout of new tools.", "2016-12-10",
			[]string{"November|DATE|2016-11"}, nil},
		{"reported future", "She said on Tuesday that she would resign at the end of the year.", "2018-10-09",
			[]string{"Tuesday|DATE|2018-10-09", "the end of the year|DATE|2018"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tx := extest.Analyse(c.text)
			ref, err := time.Parse("2006-01-02", c.published)
			if err != nil {
				t.Fatal(err)
			}
			tx.Published = ref
			if diff := cmp.Diff(c.want, dateStrings(extract(tx))); diff != "" {
				t.Errorf("with parser (-want +got):\n%s", diff)
			}
			old := c.old
			if old == nil {
				old = c.want
			}
			plain := extractors.Text{Text: tx.Text, Published: ref, Paragraphs: tx.Paragraphs, Sentences: tx.Sentences, Tokens: tx.Tokens}
			if diff := cmp.Diff(old, dateStrings(extract(&plain))); diff != "" {
				t.Errorf("without parser (-want +got):\n%s", diff)
			}
		})
	}
}

// TestAgreementPast: a verb the tagger read as a plural present right
// after a singular noun is a past that looks like its base form ("the
// IMF forecast", "Russia beat"), so a month without its year is the last
// one, not the next.
func TestAgreementPast(t *testing.T) {
	cases := []struct{ text, published, verb, noun, want string }{
		{"In January the IMF forecast growth of 2.5% in 2020.", "2020-02-24", "forecast", "IMF", "January|DATE|2020-01"},
		{"In March the company cut 500 jobs at the plant.", "2019-11-19", "cut", "company", "March|DATE|2019-03"},
	}
	for _, c := range cases {
		tx := newTestText(c.text, c.published)
		for k := range tx.Tokens {
			switch tx.Tokens[k].Text {
			case c.verb:
				tx.Tokens[k].Tag = "VBP"
			case c.noun:
				tx.Tokens[k].Tag = "NN"
			}
		}
		got := dateStrings(extract(tx))
		if len(got) == 0 || got[0] != c.want {
			t.Errorf("%q: got %v, want %s first", c.text, got, c.want)
		}
	}
}

// TestSyntaxEvidence: --explain says when the parse chose the verb.
func TestSyntaxEvidence(t *testing.T) {
	tx := extest.Analyse("The museum, which was damaged in the storm, reopens to the public on Saturday.")
	tx.Published = time.Date(2019, 11, 19, 0, 0, 0, 0, time.UTC)
	f := extractors.Findings{Explain: true}
	New().Extract(tx, &f)
	if len(f.Dates) != 1 {
		t.Fatalf("dates: %v", dateStrings(f.Dates))
	}
	want := `direction: future: present-tense verb "reopens" (dependency parse)`
	if ev := f.Dates[0].Evidence; !slices.Contains(ev, want) {
		t.Errorf("evidence %q lacks %q", ev, want)
	}
}
