package pipeline

import (
	"context"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

var (
	sharedOnce sync.Once
	sharedP    *Pipeline
	sharedErr  error
)

// testPipeline returns one Pipeline shared by the package's tests (models
// load once), configured with the seed's publication date.
func testPipeline(t testing.TB) *Pipeline {
	t.Helper()
	sharedOnce.Do(func() {
		sharedP, sharedErr = New(Config{})
	})
	if sharedErr != nil {
		t.Fatal(sharedErr)
	}
	return sharedP
}

func seedInput(t testing.TB, path string, published bool) Input {
	in := Input{Source: path}
	if published {
		in.Published = time.Date(2021, 12, 28, 0, 0, 0, 0, time.UTC)
	}
	return in
}

// TestSeedFacts checks the headline facts issue 2 requires of the seed
// article, as plain text and as HTML. They survive unrelated churn in the
// goldens.
func TestSeedFacts(t *testing.T) {
	for _, path := range []string{"../testdata/presstv-us-russia-talks.txt", "../testdata/presstv-us-russia-talks.html"} {
		t.Run(path, func(t *testing.T) {
			res, err := testPipeline(t).Process(context.Background(), seedInput(t, path, true))
			if err != nil {
				t.Fatal(err)
			}
			checkOffsets(t, res)

			money := map[string]float64{}
			for _, m := range res.Money {
				if m.Currency == "USD" {
					money[m.Text] = m.Amount
				}
			}
			if money["$300 million"] != 300000000 {
				t.Errorf("money: want $300 million = 300000000 USD, got %+v", res.Money)
			}

			dates := map[string][]string{}
			for _, d := range res.Dates {
				dates[d.Text] = append(dates[d.Text], d.Value)
			}
			for text, want := range map[string]string{
				"Jan 12": "2022-01-12", "January 10": "2022-01-10", "January 12": "2022-01-12",
				"January 13": "2022-01-13", "late Monday": "2021-12-27", "Monday": "2021-12-27",
				"Tuesday": "2021-12-28", "June": "2021-06",
			} {
				if !slices.Contains(dates[text], want) {
					t.Errorf("dates: want %q = %s, got %v", text, want, dates[text])
				}
			}

			var venues []string
			for _, v := range res.Venues {
				venues = append(venues, v.Text)
			}
			for _, want := range []string{"Geneva", "Brussels"} {
				if !slices.Contains(venues, want) {
					t.Errorf("venues: want %s, got %v", want, venues)
				}
			}

			speakers := map[string]string{}
			for _, q := range res.Quotes {
				if q.Kind == "direct" && len(q.Text) > 20 {
					speakers[q.Text[:20]] = string(q.Speaker)
				}
			}
			if got := speakers["January 10 will be t"]; got != "Sergei Ryabkov" {
				t.Errorf(`quote "January 10 will be…": speaker %q, want Sergei Ryabkov`, got)
			}
			if got := speakers["When we sit down to "]; !containsFold(got, "spokesperson") || !containsFold(got, "National Security Council") {
				t.Errorf(`quote "When we sit down…": speaker %q, want the National Security Council spokesperson`, got)
			}

			ents := map[string]string{}
			for _, e := range res.Entities {
				ents[e.Text+"/"+e.Label] = e.Label
			}
			for _, want := range []string{"NATO/ORG", "OSCE/ORG", "TASS/ORG", "Sergei Ryabkov/PERSON", "Joe Biden/PERSON",
				"Geneva/GPE", "Brussels/GPE", "Moscow/GPE", "Washington/GPE"} {
				if _, ok := ents[want]; !ok {
					t.Errorf("entities: missing %s", want)
				}
			}
		})
	}
}

// TestSeedWithoutDate checks that without a reference date unresolvable
// years are written XXXX.
func TestSeedWithoutDate(t *testing.T) {
	res, err := testPipeline(t).Process(context.Background(), seedInput(t, "../testdata/presstv-us-russia-talks.txt", false))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, d := range res.Dates {
		if d.Text == "January 10" {
			found = true
			if d.Value != "XXXX-01-10" {
				t.Errorf("January 10 without a reference date: got %s, want XXXX-01-10", d.Value)
			}
		}
	}
	if !found {
		t.Error("January 10 not found")
	}
	if res.Published != "" {
		t.Errorf("published: got %q, want empty", res.Published)
	}
}

func containsFold(s, sub string) bool {
	return strings.Contains(strings.ToLower(s), strings.ToLower(sub))
}

// checkOffsets asserts the contract's span invariants on a Result: every
// item's text equals text[start:end] in code points, and lists are sorted.
func checkOffsets(t *testing.T, res *Result) {
	t.Helper()
	runes := []rune(res.Text)
	check := func(kind, text string, start, end int) {
		if start < 0 || end > len(runes) || start > end {
			t.Errorf("%s %q: bad span [%d,%d) of %d", kind, text, start, end, len(runes))
			return
		}
		if got := string(runes[start:end]); got != text {
			t.Errorf("%s: text[%d:%d] = %q, item text %q", kind, start, end, got, text)
		}
	}
	last := -1
	for _, s := range res.Sentences {
		check("sentence", string(runes[max(0, min(s.Start, len(runes))):max(0, min(s.End, len(runes)))]), s.Start, s.End)
		if s.Start < last {
			t.Errorf("sentences not sorted at %d", s.Start)
		}
		last = s.Start
	}
	for _, e := range res.Entities {
		check("entity", e.Text, e.Start, e.End)
	}
	for _, d := range res.Dates {
		check("date", d.Text, d.Start, d.End)
	}
	for _, m := range res.Money {
		check("money", m.Text, m.Start, m.End)
	}
	for _, v := range res.Venues {
		check("venue", v.Text, v.Start, v.End)
	}
	for _, q := range res.Quotes {
		check("quote", q.Text, q.Start, q.End)
	}
}
