package dates

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/lede-project/lede/extractors"
)

// TestDatesSeed checks the headline facts of issue 2 on the seed article,
// with tokens that carry no tags (the extractor must not need them).
func TestDatesSeed(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("..", "..", "testdata", "presstv-us-russia-talks.txt"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(raw)
	type fact struct{ text, value string }
	cases := []struct {
		published string
		want      []fact // in text order; other dates may come between
	}{
		{"2021-12-28", []fact{
			{"Jan 10", "2022-01-10"},
			{"Jan 10", "2022-01-10"},
			{"January 10", "2022-01-10"},
			{"late Monday", "2021-12-27"},
			{"January 12", "2022-01-12"},
			{"January 13", "2022-01-13"},
			{"Tuesday", "2021-12-28"},
			{"January 10", "2022-01-10"},
			{"January 10", "2022-01-10"},
			{"June", "2021-06"},
			{"Jan 12", "2022-01-12"},
			{"Monday", "2021-12-27"},
		}},
		{"", []fact{
			{"Jan 10", "XXXX-01-10"},
			{"late Monday", "XXXX-WXX-1"},
			{"January 12", "XXXX-01-12"},
			{"Tuesday", "XXXX-WXX-2"},
			{"June", "XXXX-06"},
		}},
	}
	for _, c := range cases {
		got := extractDates(text, c.published)
		k := 0
		for _, d := range got {
			if k < len(c.want) && d.Text == c.want[k].text && d.Value == c.want[k].value {
				k++
			}
		}
		if k < len(c.want) {
			t.Errorf("published %q: missing %q = %s (in order); got %v", c.published, c.want[k].text, c.want[k].value, dateStrings(got))
		}
		for _, d := range got {
			if d.Rule == "" {
				t.Errorf("%q has no rule", d.Text)
			}
		}
	}
}

// TestDatesConcurrent runs one extractor from several goroutines (run with
// -race): it keeps no per-article state.
func TestDatesConcurrent(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "news.txt"))
	if err != nil {
		t.Fatal(err)
	}
	text := newTestText(string(raw), "2022-12-06")
	d := New()
	var want extractors.Findings
	d.Extract(text, &want)
	done := make(chan []extractors.Date)
	for range 4 {
		go func() {
			var f extractors.Findings
			d.Extract(text, &f)
			done <- f.Dates
		}()
	}
	for range 4 {
		if got := <-done; !reflect.DeepEqual(got, want.Dates) {
			t.Errorf("concurrent run differs: %d vs %d dates", len(got), len(want.Dates))
		}
	}
}
