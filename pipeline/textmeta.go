package pipeline

import (
	"strings"
	"unicode/utf8"
)

// Plain text carries its metadata the way a printed story does: a headline
// on a line of its own at the top (after any section label such as "News /
// More" or "POLITICS"), then perhaps a "By ..." line and a dateline. The
// text itself is never changed; only the title, authors and date are read.

// textMetaLines is how many non-blank lines after the headline may hold
// the byline or the date.
const textMetaLines = 4

// textMeta fills d's title, authors and date from the top of a plain text.
func textMeta(d *Document, text string) {
	lines := topLines(text, 2+textMetaLines)
	if len(lines) == 0 {
		return
	}
	i := 0
	// A section label: a short line followed by a headline-shaped one.
	if len(lines) > 1 && sectionLabel(lines[0].text) && headlineLine(lines[1]) {
		i = 1
	}
	if !headlineLine(lines[i]) {
		return
	}
	d.Title = lines[i].text
	for _, l := range lines[i+1:] {
		t := l.text
		if utf8.RuneCountInString(t) > 120 {
			break // the story has begun
		}
		if d.Authors == nil && bylinePrefix.MatchString(t) {
			d.Authors = personNames(t)
		}
		if d.Published.IsZero() && !hasCue(t, updateCues) && datelineLine(t) {
			if md, ok := parseDate(t); ok {
				d.Published, d.HasTime = md.t, md.hasTime
			}
		}
	}
}

// textLine is one non-blank line of a text's top.
type textLine struct {
	text   string // trimmed
	setOff bool   // followed by a blank line (or the end of the text)
}

// topLines returns the first n non-blank lines of text.
func topLines(text string, n int) []textLine {
	var out []textLine
	blank := false
	for len(out) < n+1 && text != "" {
		line, rest, _ := strings.Cut(text, "\n")
		text = rest
		t := strings.TrimSpace(strings.TrimPrefix(line, "\ufeff"))
		if t == "" {
			blank = true
			continue
		}
		if len(out) > 0 && blank {
			out[len(out)-1].setOff = true
		}
		blank = false
		out = append(out, textLine{text: collapseSpace(t)})
	}
	if len(out) > 0 && (blank || text == "") && len(out) <= n {
		out[len(out)-1].setOff = true
	}
	if len(out) > n {
		out = out[:n]
	}
	return out
}

// headlineLine reports whether l reads as a headline: set off by a blank
// line, 2 to 25 words, at most 200 characters, not ending in a full stop
// (a headline has none; a sentence does) or a colon.
func headlineLine(l textLine) bool {
	if !l.setOff || len(l.text) > 200 {
		return false
	}
	if w := len(strings.Fields(l.text)); w < 2 || w > 25 {
		return false
	}
	switch l.text[len(l.text)-1] {
	case '.', ':', ',', ';':
		return strings.HasSuffix(l.text, "...")
	}
	return !bylinePrefix.MatchString(l.text) && !datelineLine(l.text)
}

// sectionLabel reports whether s is a section label above a headline: at
// most four words, or path-like ("News / More", "World | Europe").
func sectionLabel(s string) bool {
	if strings.ContainsAny(s, "/|›>»") && len(strings.Fields(s)) <= 8 {
		return true
	}
	return len(strings.Fields(s)) <= 4 && !strings.ContainsAny(s, ".?!")
}

// datelineLine reports whether a short line is a date line: a date with at
// most a few words around it ("March 7, 2011", "Published: 2011-03-07
// 10:00", "Tuesday, December 10, 2013 at 9:24 pm ET").
func datelineLine(t string) bool {
	if utf8.RuneCountInString(t) > 80 {
		return false
	}
	if _, ok := parseDate(t); !ok {
		return false
	}
	return len(strings.Fields(t)) <= 10
}
