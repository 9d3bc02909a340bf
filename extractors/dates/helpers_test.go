package dates

import (
	"fmt"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/lede-project/lede/extractors"
)

// dateCase is one table row: a text, its reference date ("" for none) and
// the expressions expected, each as "text|TYPE|value".
type dateCase struct {
	name      string
	text      string
	published string
	want      []string
}

// runDateCases runs the date extractor over each case's hand-built Text.
func runDateCases(t *testing.T, cases []dateCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := dateStrings(extractDates(c.text, c.published))
			want := c.want
			if want == nil {
				want = []string{}
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%q (-want +got):\n%s", c.text, diff)
			}
		})
	}
}

// extractDates runs the extractor on a Text built by newTestText.
func extractDates(text, published string) []extractors.Date {
	return extract(newTestText(text, published))
}

func dateStrings(ds []extractors.Date) []string {
	out := []string{}
	for _, d := range ds {
		out = append(out, fmt.Sprintf("%s|%s|%s", d.Text, d.Type, d.Value))
	}
	return out
}

// newTestText builds a Text the way the pipeline would, minus the tagger:
// tokens from a whitespace and punctuation splitter, with no tags, and no
// sentences (the extractor then finds its own).
func newTestText(text, published string) *extractors.Text {
	t := &extractors.Text{Text: text}
	if published != "" {
		p, err := time.Parse("2006-01-02", published)
		if err != nil {
			panic(err)
		}
		t.Published = p
	}
	start := -1
	flush := func(end int) {
		if start >= 0 {
			t.Tokens = append(t.Tokens, extractors.Token{Text: text[start:end], Start: start, End: end})
			start = -1
		}
	}
	for i, r := range text {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if start < 0 {
				start = i
			}
		case unicode.IsSpace(r):
			flush(i)
		default:
			flush(i)
			t.Tokens = append(t.Tokens, extractors.Token{Text: string(r), Start: i, End: i + utf8.RuneLen(r)})
		}
	}
	flush(len(text))
	return t
}
