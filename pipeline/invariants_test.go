package pipeline

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/lede-project/lede/extractors"
)

// checkResult returns the invariants of the lede/v1 contract that res breaks:
// every span lies inside text and text[start:end] (in code points) equals the
// item's text, speaker spans included; every list is non-nil and sorted by
// start; the JSON encoding is valid UTF-8 JSON.
func checkResult(res *Result) []string {
	var bad []string
	fail := func(format string, args ...any) { bad = append(bad, fmt.Sprintf(format, args...)) }
	runes := []rune(res.Text)
	span := func(kind string, i, start, end int, want string, exact bool) {
		if start < 0 || end < start || end > len(runes) {
			fail("%s[%d]: span [%d,%d) outside text of %d code points", kind, i, start, end, len(runes))
			return
		}
		if got := string(runes[start:end]); exact && got != want {
			fail("%s[%d]: text[%d:%d] = %q, item text %q", kind, i, start, end, got, want)
		}
	}
	sorted := func(kind string, starts []int) {
		for i := 1; i < len(starts); i++ {
			if starts[i] < starts[i-1] {
				fail("%s: not sorted by start at %d (%d after %d)", kind, i, starts[i], starts[i-1])
			}
		}
	}
	if res.Sentences == nil || res.Entities == nil || res.Dates == nil || res.Money == nil ||
		res.Venues == nil || res.Quotes == nil || res.Reported == nil || res.Authors == nil ||
		res.Warnings == nil || res.People == nil || res.Organizations == nil || res.Places == nil {
		fail("a list is nil (must encode as [])")
	}
	var starts []int
	for i, s := range res.Sentences {
		span("sentences", i, s.Start, s.End, "", false)
		starts = append(starts, s.Start)
	}
	sorted("sentences", starts)
	starts = starts[:0]
	for i, e := range res.Entities {
		span("entities", i, e.Start, e.End, e.Text, true)
		starts = append(starts, e.Start)
	}
	sorted("entities", starts)
	starts = starts[:0]
	for i, d := range res.Dates {
		span("dates", i, d.Start, d.End, d.Text, true)
		starts = append(starts, d.Start)
	}
	sorted("dates", starts)
	starts = starts[:0]
	for i, m := range res.Money {
		span("money", i, m.Start, m.End, m.Text, true)
		starts = append(starts, m.Start)
	}
	sorted("money", starts)
	starts = starts[:0]
	for i, v := range res.Venues {
		span("venues", i, v.Start, v.End, v.Text, true)
		starts = append(starts, v.Start)
	}
	sorted("venues", starts)
	for _, list := range []struct {
		kind   string
		quotes []extractors.Quote
	}{{"quotes", res.Quotes}, {"reported", res.Reported}} {
		starts = starts[:0]
		for i, q := range list.quotes {
			span(list.kind, i, q.Start, q.End, q.Text, true)
			if (q.SpeakerStart == nil) != (q.SpeakerEnd == nil) {
				fail("%s[%d]: only one of speaker_start, speaker_end", list.kind, i)
			}
			if q.SpeakerStart != nil && q.SpeakerEnd != nil {
				// The span names the speaker's mention; Speaker may be a
				// fuller form, so only the bounds are checked, plus that the
				// mention is a non-empty piece of the text.
				span(list.kind+".speaker", i, *q.SpeakerStart, *q.SpeakerEnd, "", false)
				if *q.SpeakerStart == *q.SpeakerEnd {
					fail("%s[%d]: empty speaker span", list.kind, i)
				}
			}
			starts = append(starts, q.Start)
		}
		sorted(list.kind, starts)
	}
	b, err := Marshal(res, "")
	if err != nil {
		fail("marshal: %v", err)
		return bad
	}
	if !utf8.Valid(b) {
		fail("JSON is not valid UTF-8")
	}
	if !json.Valid(b) {
		fail("JSON is not valid")
	}
	if bytes.Count(b, []byte("\n")) != 1 {
		fail("one-line JSON holds %d newlines", bytes.Count(b, []byte("\n")))
	}
	return bad
}

// isInternal reports whether err is a recovered panic.
func isInternal(err error) bool {
	return err != nil && strings.Contains(err.Error(), "internal error")
}
