package dates

import "strings"

// Token helpers of the scanner and sentence numbering.

// Token helpers. All of them are safe for any index.

func (s *scan) tok(i int) *dtok {
	if i < 0 || i >= len(s.toks) {
		return nil
	}
	return &s.toks[i]
}

// w returns the lexicon word of token i ("" when unknown or out of range).
func (s *scan) w(i int) string {
	if tk := s.tok(i); tk != nil {
		return tk.low
	}
	return ""
}

// is reports whether token i is one of words.
func (s *scan) is(i int, words ...string) bool {
	tk := s.tok(i)
	if tk == nil || tk.kind == kNum {
		return false
	}
	for _, x := range words {
		if tk.low == x || tk.low == "" && tk.end-tk.start == len(x) && strings.EqualFold(s.text[tk.start:tk.end], x) {
			return true
		}
	}
	return false
}

// nameWord reports whether token i is a capitalised word the date
// lexicon does not know, in the same sentence as token i-1: the next word
// of a name ("April Glaspie", "Summer Street").
func (s *scan) nameWord(i int) bool {
	tk := s.tok(i)
	return tk != nil && tk.kind == kWord && tk.cap && tk.lex == nil && i > 0 && s.sameSent(i-1, i)
}

// midCap reports whether token i is capitalised inside its sentence (not at
// its start, nor after an opening quote or bracket): a name's word.
func (s *scan) midCap(i int) bool {
	tk := s.tok(i)
	if tk == nil || !tk.cap || i == 0 || !s.sameSent(i-1, i) {
		return false
	}
	switch s.raw(i - 1) {
	case "\"", "“", "‘", "'", "(", "[", ":", "—", "–", "-":
		return false
	}
	return true
}

// has reports whether token i's lexicon entry has class c.
func (s *scan) has(i int, c wclass) bool {
	tk := s.tok(i)
	return tk != nil && tk.lex != nil && tk.lex.class&c != 0
}

// raw returns the verbatim text of token i.
func (s *scan) raw(i int) string {
	if tk := s.tok(i); tk != nil {
		return s.text[tk.start:tk.end]
	}
	return ""
}

// punct reports whether token i is punctuation p.
func (s *scan) punct(i int, p string) bool {
	tk := s.tok(i)
	return tk != nil && tk.kind == kPunct && s.text[tk.start:tk.end] == p
}

// isHyphen reports whether token i is a hyphen or dash.
func (s *scan) isHyphen(i int) bool {
	return s.punct(i, "-") || s.punct(i, "–") || s.punct(i, "‑") || s.punct(i, "—")
}

// isApos reports whether token i is an apostrophe.
func (s *scan) isApos(i int) bool {
	return s.punct(i, "'") || s.punct(i, "’") || s.punct(i, "‘")
}

// glued reports whether token i+1 follows token i with no space.
func (s *scan) glued(i int) bool {
	tk := s.tok(i + 1)
	return tk != nil && i >= 0 && !tk.space
}

// num returns the value of digit token i and its digit count, or -1, 0.
func (s *scan) num(i int) (int, int) {
	tk := s.tok(i)
	if tk == nil || tk.kind != kNum {
		return -1, 0
	}
	return tk.num, tk.end - tk.start
}

// dot skips an abbreviation period glued to token i-1.
func (s *scan) dot(i int) int {
	if s.punct(i, ".") && s.glued(i-1) {
		return i + 1
	}
	return i
}

// sameSent reports whether tokens i and j are in one sentence.
func (s *scan) sameSent(i, j int) bool {
	a, b := s.tok(i), s.tok(j)
	return a != nil && b != nil && a.sent == b.sent
}

// sentences numbers the tokens by sentence: from Text.Sentences when the
// pipeline gave them, else at sentence punctuation and line breaks.
func (s *scan) sentences() {
	if ss := s.t.Sentences; len(ss) > 0 {
		p := 0
		for i := range s.toks {
			for p < len(ss)-1 && ss[p].End <= s.toks[i].start {
				p++
			}
			s.toks[i].sent = p
		}
		return
	}
	n := 0
	for i := range s.toks {
		tk := &s.toks[i]
		if i > 0 {
			gap := s.text[s.toks[i-1].end:tk.start]
			prev := s.raw(i - 1)
			if strings.Contains(gap, "\n") || (tk.space && tk.cap && (prev == "." || prev == "!" || prev == "?") && !s.abbrevBefore(i-1)) {
				n++
			}
		}
		tk.sent = n
	}
}

// abbrevBefore reports whether the period at token i ends an abbreviation
// ("Jan.", "p.m.") rather than a sentence.
func (s *scan) abbrevBefore(i int) bool {
	if !s.glued(i - 1) {
		return false
	}
	p := s.tok(i - 1)
	if q := s.tok(i - 2); q != nil && q.kind == kNum && p != nil && p.end-p.start == 1 && s.glued(i-2) {
		return false // "the 1300s.": a decade's "s", not an initial
	}
	return p != nil && p.kind == kWord && (p.lex != nil && p.lex.class&wMonthAbbr != 0 || p.end-p.start == 1)
}
