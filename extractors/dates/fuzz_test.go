package dates

import (
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/lede-project/lede/extractors"
)

// Well-formed TIMEX3 values: calendar points (2019-11-18, 2019-W47-WE,
// 2019-Q3, 2021-SU, 199, XXXX-01-10, 2019-11-14TNI, 2008-09-17T16:08Z),
// the reference points, and durations (P3Y, PT48H, P2.5Y, PXW).
var (
	pointValue = regexp.MustCompile(`^(PRESENT_REF|PAST_REF|FUTURE_REF|` +
		`(\d{2,4}|X{2,4})(-(\d{2}|XX)(-(\d{2}|XX))?|-W(\d{2}|XX)(-([1-7]|WE))?|-Q[1-4X]|-H[12]|-(SP|SU|FA|WI))?` +
		`(T(\d{2}:\d{2}Z?|MO|AF|EV|NI))?)$`)
	durationValuePat = regexp.MustCompile(`^PT?(\d+(\.\d+)?|X)(Y|M|W|D|H|S|Q|WE)$`)
)

// checkDates asserts the extractor's invariants on one text.
func checkDates(t *testing.T, text string, ds []extractors.Date) {
	t.Helper()
	prevEnd := 0
	for _, d := range ds {
		if d.Start < 0 || d.Start >= d.End || d.End > len(text) {
			t.Fatalf("bad span [%d,%d) in %d bytes: %+v", d.Start, d.End, len(text), d)
		}
		if text[d.Start:d.End] != d.Text {
			t.Fatalf("text[%d:%d] = %q, item says %q", d.Start, d.End, text[d.Start:d.End], d.Text)
		}
		if !utf8.ValidString(d.Text) && utf8.ValidString(text) {
			t.Fatalf("span %q splits a rune", d.Text)
		}
		if d.Start < prevEnd {
			t.Fatalf("items overlap or are unsorted at %+v", d)
		}
		prevEnd = d.End
		if d.Rule == "" {
			t.Fatalf("no rule: %+v", d)
		}
		switch d.Type {
		case "DATE", "TIME":
			if !pointValue.MatchString(d.Value) {
				t.Fatalf("malformed %s value %q for %q", d.Type, d.Value, d.Text)
			}
		case "DURATION":
			if !durationValuePat.MatchString(d.Value) {
				t.Fatalf("malformed DURATION value %q for %q", d.Value, d.Text)
			}
		case "SET":
			if !durationValuePat.MatchString(d.Value) && !pointValue.MatchString(d.Value) {
				t.Fatalf("malformed SET value %q for %q", d.Value, d.Text)
			}
		default:
			t.Fatalf("bad type %q", d.Type)
		}
	}
}

// FuzzDates checks that any text gives valid, sorted spans with
// well-formed values, with and without a reference date.
//
//	go test ./extractors/dates -run '^$' -fuzz FuzzDates -fuzztime 60s
func FuzzDates(f *testing.F) {
	for _, s := range []string{
		"Talks on Jan. 10-13, 2022 at 3 p.m. GMT; late Monday night.",
		"the 1990s, '82, the 21st century, 7/8/07, 2022-01-10, Q3 2019, FY2020",
		"nearly a year ago, the past nine days, every other week, $53 million a week",
		"The 55-year-old said May 5:30 555-2019 24-17 1,999 2.2019",
		"earlier in the day, the same period last year, the next year, that evening",
		"Saturday, May 18 — 12:00 UTC Monday — 0100 GMT — noon — midnight",
		"’80s and ‘90s – twenty-five years – a year and a half – half an hour",
		"the last week of March, the fifth week of February, the last day of June, on the 31st.",
		"today's GM. year-end, 2018.04.05. 05.04.2018, the Sept. 11 attacks, their best week since",
		"the 1988 fourth quarter, 1989 first-half, in the quarter ended, a day earlier, 1986-87.",
		"It struck at 2:30 p.m. (1830 GMT), $1.20 a share a year, the past year and a half",
		"",
	} {
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, text string, withRef bool) {
		pub := ""
		if withRef {
			pub = "2019-12-31"
		}
		tx := newTestText(text, pub)
		var fd extractors.Findings
		New().Extract(tx, &fd)
		checkDates(t, text, fd.Dates)
	})
}

// TestDatesInvariantsOnCorpus checks the invariants over the test article
// and some awkward inputs, so they hold in plain `go test` runs too.
func TestDatesInvariantsOnCorpus(t *testing.T) {
	for _, text := range []string{
		strings.Repeat("Monday ", 50),
		"\xff\xfe Jan 10 \xff",
		"May May May 2019 2019 2019 - - - 10-13",
		"the the the end of of the",
		"Jan. 31, 2023 Feb 30 February 29, 2019 February 29, 2020",
	} {
		checkDates(t, text, extractDates(text, "2020-01-01"))
		checkDates(t, text, extractDates(text, ""))
	}
}

// TestDatesHugeCounts checks that absurd counts give no malformed values.
func TestDatesHugeCounts(t *testing.T) {
	text := "It happened 999999999 years ago, 5000 decades earlier, 99999 weeks ago and 3000 years ago."
	checkDates(t, text, extractDates(text, "2019-11-19"))
	checkDates(t, text, extractDates(text, ""))
}
