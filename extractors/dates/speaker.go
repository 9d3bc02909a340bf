package dates

import "strings"

// A quoted "today" is the day the speaker spoke. News often quotes what was
// said at yesterday's game or hearing in an article dated the day after:
// "Yes, we needed to win this game today," the coach said of Monday
// night's loss. speakerToday moves such a "today" to the day the article
// is about, when the text says which day that was.

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
		if k != i && k >= 0 && s.sameSent(i, k) && s.in(k, eventNouns) {
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

// todayContrast reports whether "today" at token i opens a sentence that
// sets the present against a time just named: "... in the 1300s. Today,
// plague infections are rare"; "In May, he said ... Today that mission may
// have expanded". The sentence is in the present or has a modal, and the
// last date the text gave, within a few sentences, is an earlier period.
// That "today" is the present age (PRESENT_REF), not the day.
func (s *scan) todayContrast(i int) bool {
	if !s.hasRef || i > 0 && s.sameSent(i-1, i) || len(s.out) == 0 {
		return false
	}
	last := len(s.out) - 1
	if i-s.outTok[last] > 80 {
		return false
	}
	v := s.out[last].Value
	ref := dateOf(s.ref)
	if s.out[last].Type != "DATE" || v == "" || v[0] < '0' || v[0] > '9' || len(v) > len(ref) || v >= ref[:len(v)] {
		return false
	}
	for k := i + 1; k < len(s.toks) && k < i+15 && s.sameSent(i, k); k++ {
		if s.is(k, "may", "might", "can", "could", "must") || s.tagAt(k) == "MD" {
			return true
		}
		if tn := s.verbTense(k, true); tn != tNone {
			return tn == tPresent && !s.reporting(k) // "Today, the firm reports..." is the day
		}
	}
	return false
}
