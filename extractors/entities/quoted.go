package entities

import (
	"strings"

	"github.com/lede-project/lede/extractors/internal/lex"
)

// titleSmall are the lower-case words a title-case phrase keeps.
var titleSmall = map[string]bool{
	"of": true, "the": true, "with": true, "and": true, "a": true, "an": true, "in": true,
	"to": true, "for": true, "on": true, "at": true, "by": true, "from": true, "or": true,
	"'s": true, "’s": true,
}

// quotedTitle reports whether candidate c lies inside a short title-case
// phrase in double quote marks: the name of a show, song, book or
// nickname ("“Dancing with the Stars”", "the “Dawson’s Creek” star"),
// whose words are not entities. A place the text puts something at or
// in ("at the “Caja Magica”") and a listed place inside ("“Hanoi
// Hilton”" keeps Hanoi) stay.
func (r *extraction) quotedTitle(c candidate) bool {
	toks := r.t.Tokens
	titleWord := func(k int) bool {
		w := toks[k].Text
		return lex.UpperStart(w) || titleSmall[strings.ToLower(w)] || w == "," || w == "." || w == "!" || w == "?" || w == ":"
	}
	open := c.first - 1
	for open >= 0 && c.first-open <= 8 && !isDoubleMark(toks[open].Text) && titleWord(open) {
		open--
	}
	if open < 0 || !isDoubleMark(toks[open].Text) {
		return false
	}
	end := c.last
	for end < len(toks) && end-open <= 10 && !isDoubleMark(toks[end].Text) && titleWord(end) {
		end++
	}
	if end >= len(toks) || !isDoubleMark(toks[end].Text) || end-open-1 > 8 {
		return false
	}
	if toks[open].Text == "”" || toks[end].Text == "“" {
		return false
	}
	if e, ok := r.g.Lookup(r.t.Text[c.start:c.end]); ok && (e.Label == "GPE" || e.Label == "LOC") {
		return false
	}
	p := open - 1
	if p >= 0 && strings.EqualFold(toks[p].Text, "the") {
		p--
	}
	if p >= 0 && lex.VenuePreps[strings.ToLower(toks[p].Text)] {
		return false
	}
	return true
}

// placeHead returns the first token of c as a candidate when it alone is a
// listed place.
func (r *extraction) placeHead(c candidate) (candidate, bool) {
	if c.last-c.first < 2 {
		return candidate{}, false
	}
	t := r.t.Tokens[c.first]
	if e, ok := r.g.Lookup(t.Text); !ok || (e.Label != "GPE" && e.Label != "LOC") {
		return candidate{}, false
	}
	return candidate{first: c.first, last: c.first + 1, start: t.Start, end: t.End}, true
}

// isDoubleMark reports whether w is a double quotation mark.
func isDoubleMark(w string) bool { return w == "\"" || w == "“" || w == "”" }
