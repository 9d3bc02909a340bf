package extractors

import "strings"

// A quoted "today" is the day the speaker spoke. News often quotes what was
// said at yesterday's game or hearing in an article dated the day after:
// "Yes, we needed to win this game today," the coach said of Monday
// night's loss. speakerToday moves such a "today" to the day the article
// is about, when the text says which day that was.

// eventNouns are occasions a speaker's "today" is the day of.
var eventNouns = []string{"game", "match", "hearing", "hearings", "vote", "session", "meeting",
	"race", "debate", "ceremony", "testimony", "proceedings", "trial", "summit", "event",
	"performance", "show", "fight", "bout", "final", "win", "loss", "defeat", "victory"}

// speakerToday reports whether "today" at token i is a quoted speaker's
// and means the news day: the text has named the day before publication as
// the day of its events ("on Monday", "yesterday"), the word is inside a
// quotation, and it is tied to an occasion ("this game today", "today's
// hearing") or to a past-tense clause ("we needed to win today").
func (s *scan) speakerToday(i int) bool {
	if !s.hasRef || !s.newsDay.Equal(addDays(s.ref, -1)) || !s.inQuote(i) {
		return false
	}
	for k := i - 3; k <= i+7; k++ {
		if k != i && k >= 0 && s.sameSent(i, k) && s.is(k, eventNouns...) {
			return true
		}
	}
	return s.tenseAround(i, i+1) == tPast
}

// inQuote reports whether token i is inside a quotation opened earlier in
// its paragraph.
func (s *scan) inQuote(i int) bool {
	at := s.toks[i].start
	p := strings.LastIndexByte(s.text[:at], '\n') + 1
	seg := s.text[p:at]
	open := strings.Count(seg, "\u201c") - strings.Count(seg, "\u201d")
	return open > 0 || strings.Count(seg, `"`)%2 == 1
}
