package pipeline

import (
	"regexp"
	"strings"
	"sync"
)

// Cleaning plain text (Config.Clean, --clean): a plain-text article copied
// from a web page often carries the page's chrome, such as share prompts,
// "Follow us" lines, and a tail of alternate addresses and app names.
// cleanText drops those lines. Without --clean plain text is analysed verbatim.

// chromeLine matches a whole line of site chrome. It is compiled on first
// use, since only --clean needs it.
var chromeLine = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)^\s*(?:` +
		`share(?: this| on| via)?(?: article| story| post| page)?(?: on .{0,30})?` +
		`|.{0,80}can (?:also )?be accessed at the following alternate address(?:es)?:?` +
		`|(?:https?://)?www\.[a-z0-9.-]+(?:/\S*)?` +
		`|follow us(?: on .{0,60})?` +
		`|(?:click|tap) here(?: to .{0,80})?` +
		`|subscribe(?: now| today)?(?: to .{0,60})?` +
		`|sign up(?: for .{0,60})?` +
		`|advertisement|sponsored content` +
		`|read more:?.{0,100}` +
		`|related(?: articles| stories| news)?:?` +
		`|(?:©|\(c\)|copyright\b).{0,120}` +
		`|.{0,80}all rights reserved\.?` +
		`|(?:print|email|tweet|comments?)(?: this)?(?: article| story)?` +
		`)\s*$`)
})

// cleanText drops chrome lines from plain text, and the run of short
// lines trailing the last of them ("SHARE THIS ARTICLE" then an app name).
// Paragraph breaks are kept: removed lines leave at most one blank line.
func cleanText(text string) string {
	lines := strings.Split(text, "\n")
	// The tail: from the first chrome line after which only chrome, blank
	// or short unpunctuated lines follow.
	cut := len(lines)
	for i := len(lines) - 1; i >= 0; i-- {
		l := strings.TrimSpace(lines[i])
		switch {
		case l == "":
			continue
		case chromeLine().MatchString(l):
			cut = i
			continue
		case shortUnpunctuated(l):
			continue
		}
		break
	}
	var b strings.Builder
	blank := 0
	for _, l := range lines[:cut] {
		if chromeLine().MatchString(l) {
			continue
		}
		if strings.TrimSpace(l) == "" {
			blank++
			if blank > 1 {
				continue
			}
		} else {
			blank = 0
		}
		b.WriteString(l)
		b.WriteByte('\n')
	}
	out := strings.TrimRight(b.String(), "\n\t ")
	if strings.HasSuffix(text, "\n") {
		out += "\n"
	}
	return out
}

// shortUnpunctuated reports whether l is a short line that does not end
// like a sentence (a menu entry or an app name, not prose).
func shortUnpunctuated(l string) bool {
	if len(strings.Fields(l)) > 6 {
		return false
	}
	return !strings.ContainsAny(l[len(l)-1:], ".!?\"”’)")
}
