package venues

import (
	"strings"

	"github.com/lede-project/lede/extractors"
	"github.com/lede-project/lede/extractors/internal/lex"
)

// findDateline returns the venue of a dateline: a capitalised place
// opening the text ("MADRID —", "LONDON (AP) —", the dateline rule) or
// alone on the first line (the datelineLine rule) when the sentence of
// the story that follows reports a physical event (a match, a summit, a
// protest, a crash) rather than an announcement.
func findDateline(t *extractors.Text, f *extractors.Findings) (link, bool) {
	if len(f.Entities) == 0 || len(t.Sentences) == 0 {
		return link{}, false
	}
	e := f.Entities[0]
	if e.Label != "GPE" || strings.TrimSpace(t.Text[:e.Start]) != "" {
		return link{}, false
	}
	r, s, ok := datelineSentence(t, e)
	if !ok {
		return link{}, false
	}
	first := extractors.SearchTokens(t.Tokens, s.Start)
	for k := first; k < len(t.Tokens) && t.Tokens[k].End <= s.End; k++ {
		if w := t.Tokens[k].Text; r.events.has(strings.ToLower(w)) {
			return link{
				rule: r, place: e, trig: trigger{text: w, tok: k, phrase: w},
				span: e.Span, date: eventDate(f.Dates, s, e.Start),
			}, true
		}
	}
	return link{}, false
}

// datelineSentence reports whether the place e opening the text is a
// dateline, by which rule, and the sentence whose event it places: the
// one it opens ("MADRID — ..."), or the next when it stands alone on the
// first line.
func datelineSentence(t *extractors.Text, e extractors.Entity) (*rule, extractors.Range, bool) {
	rest := strings.TrimLeft(t.Text[e.End:], " ,")
	if strings.HasPrefix(rest, "\n") {
		for _, x := range t.Sentences {
			if x.Start >= e.End {
				return datelineLine, x, true
			}
		}
		return nil, extractors.Range{}, false
	}
	if !strings.HasPrefix(rest, "—") && !strings.HasPrefix(rest, "–") && !strings.HasPrefix(rest, "-") && !strings.HasPrefix(rest, "(") || !lex.AllCaps(e.Text) {
		return nil, extractors.Range{}, false
	}
	s := t.Sentences[0]
	if si := t.SentenceAt(e.Start); si >= 0 {
		s = t.Sentences[si]
	}
	return dateline, s, true
}
