package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/lede-project/lede/extractors"
)

// This file finds the spans between paired double quote marks: curly “…”,
// straight "…", the Lexis/NYT ''…'' and ``…'' conventions, guillemets «…»
// and German „…“. Single marks ‘…’ are nested quotes or apostrophes and never
// open a top-level quote. A quote may run over several paragraphs when each
// paragraph reopens with a mark; a mark that is never closed ends at its
// paragraph, so it can never swallow the rest of the article.

// markRole says how a quote mark may act.
type markRole uint8

const (
	canOpen markRole = 1 << iota
	canClose
)

// mark is one double quote mark in the text, in bytes.
type mark struct {
	start, end int
	role       markRole
}

// span is a candidate quotation: content [start, end) without marks and
// trimmed of white space, and the marks around it. close is -1 for a quote
// whose closing mark is missing.
type span struct {
	open, close  int // byte offset of the opening / closing mark (-1: none)
	openEnd      int // byte offset just after the opening mark
	closeEnd     int // byte offset just after the closing mark (or content end)
	start, end   int // content
	multiPara    bool
	unterminated bool
	para         int // index of the paragraph holding the opening mark
	lastPara     int // index of the paragraph holding the end
}

// scanMarks lists the double quote marks of text with the roles their
// neighbours allow.
func scanMarks(text string) []mark {
	var marks []mark
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '"':
				marks = append(marks, mark{i, i + 1, flank(text, i, i+1, canOpen|canClose)})
				i++
				continue
			case c == '\'' && i+1 < len(text) && text[i+1] == '\'':
				// Lexis '' (never three or more apostrophes in a row).
				if i+2 < len(text) && text[i+2] == '\'' {
					i += 3
					continue
				}
				marks = append(marks, mark{i, i + 2, flank(text, i, i+2, canOpen|canClose)})
				i += 2
				continue
			case c == '`' && i+1 < len(text) && text[i+1] == '`':
				marks = append(marks, mark{i, i + 2, canOpen})
				i += 2
				continue
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch r {
		case '“', '„', '«':
			role := flank(text, i, i+size, canOpen|canClose)
			if role != canClose || r != '“' {
				role = canOpen
			}
			marks = append(marks, mark{i, i + size, role})
		case '”', '»':
			role := flank(text, i, i+size, canOpen|canClose)
			if role != canOpen {
				role = canClose
			}
			marks = append(marks, mark{i, i + size, role})
		case '’', '‘':
			// Doubled curly singles: ‘‘…’’, and “…’’ where a converter turned
			// only the closing '' of the Lexis convention into curly marks.
			r2, size2 := utf8.DecodeRuneInString(text[i+size:])
			if r2 == '’' || r2 == '‘' {
				role := flank(text, i, i+size+size2, canOpen|canClose)
				if r == '‘' && role != canClose {
					role = canOpen
				}
				marks = append(marks, mark{i, i + size + size2, role})
				i += size + size2
				continue
			}
		}
		i += size
	}
	return marks
}

// flank narrows the roles allowed of the mark text[s:e] by its neighbours:
// a mark followed by white space cannot open, one preceded by a letter,
// digit or closing punctuation and not followed by a word cannot open.
func flank(text string, s, e int, allowed markRole) markRole {
	prev, _ := utf8.DecodeLastRuneInString(text[:s])
	next, _ := utf8.DecodeRuneInString(text[e:])
	if s == 0 {
		prev = ' '
	}
	if e >= len(text) {
		next = ' '
	}
	prevSpace := unicode.IsSpace(prev) || strings.ContainsRune("([{—–-:/", prev)
	nextWordy := !unicode.IsSpace(next) && !strings.ContainsRune(".,;:!?)]}—–", next)
	switch {
	case prevSpace && nextWordy:
		return allowed & canOpen
	case !prevSpace && !nextWordy:
		return allowed & canClose
	}
	// Between two words, or standing alone between spaces ("attention,’ ”
	// Hege said"): either role.
	return allowed
}

// paragraphs returns t.Paragraphs, or the blank-line paragraphs of t.Text
// when the caller built a Text without them.
func paragraphs(t *extractors.Text) []extractors.Range {
	if len(t.Paragraphs) > 0 {
		return t.Paragraphs
	}
	return extractors.SplitParagraphs(t.Text)
}

// findSpans pairs the marks of t into quotation spans, in text order.
func findSpans(t *extractors.Text) []span {
	text := t.Text
	paras := paragraphs(t)
	marks := scanMarks(text)
	var out []span
	mi := 0
	var cur *span // the quote still open, if any
	for pi, p := range paras {
		for mi < len(marks) && marks[mi].start < p.Start {
			mi++ // marks between paragraphs (cannot happen with trimmed spans)
		}
		first := true
		for ; mi < len(marks) && marks[mi].end <= p.End; mi++ {
			m := marks[mi]
			atParaStart := first && strings.TrimSpace(text[p.Start:m.start]) == ""
			first = false
			if cur != nil && cur.lastPara < pi {
				// The quote was left open at the end of an earlier
				// paragraph: a reopening mark at the start of this one
				// continues it, anything else ends it there.
				if atParaStart && m.role&canOpen != 0 {
					cur.multiPara = true
					cur.lastPara = pi
					continue
				}
				out = finishOpen(text, paras, cur, out)
				cur = nil
			}
			switch {
			case cur == nil && m.role&canOpen != 0:
				cur = &span{open: m.start, openEnd: m.end, close: -1, para: pi, lastPara: pi}
			case cur != nil && m.role&canClose != 0:
				cur.close, cur.closeEnd = m.start, m.end
				if s, ok := trimContent(text, cur.openEnd, cur.close); ok {
					cur.start, cur.end = s.Start, s.End
					out = append(out, *cur)
				}
				cur = nil
			case cur != nil && m.role == canOpen:
				// A second opener before any closer: the first was stray
				// or never closed; it ends where this one begins.
				out = finishAt(text, cur, m.start, out)
				cur = &span{open: m.start, openEnd: m.end, close: -1, para: pi, lastPara: pi}
			}
		}
		if cur != nil && pi+1 < len(paras) {
			// Does the next paragraph reopen? Decided at its first mark.
			next := paras[pi+1]
			if mi < len(marks) && marks[mi].start < next.End &&
				strings.TrimSpace(text[next.Start:marks[mi].start]) == "" && marks[mi].role&canOpen != 0 {
				continue
			}
			out = finishOpen(text, paras, cur, out)
			cur = nil
		}
	}
	if cur != nil {
		out = finishOpen(text, paras, cur, out)
	}
	return out
}

// finishOpen ends a quote whose closing mark never came at the end of the
// last paragraph it reached. It is kept only when it is plainly a quote: it
// covers the paragraph from its opening mark to the end, having opened at
// the paragraph start or after a colon or comma.
func finishOpen(text string, paras []extractors.Range, q *span, out []span) []span {
	end := paras[q.lastPara].End
	return finishAt(text, q, end, out)
}

// finishAt ends an unterminated quote at byte offset end.
func finishAt(text string, q *span, end int, out []span) []span {
	before := strings.TrimRight(text[:q.open], " \t")
	lead := before == "" || strings.HasSuffix(before, "\n") || strings.HasSuffix(before, ":") || strings.HasSuffix(before, ",")
	if !lead && !q.multiPara {
		return out
	}
	s, ok := trimContent(text, q.openEnd, end)
	if !ok || countWords(text[s.Start:s.End]) < 4 {
		return out
	}
	q.start, q.end = s.Start, s.End
	q.closeEnd = s.End
	q.unterminated = true
	return append(out, *q)
}

// trimContent trims white space inside the marks; ok is false when
// nothing is left.
func trimContent(text string, s, e int) (extractors.Range, bool) {
	for s < e {
		r, size := utf8.DecodeRuneInString(text[s:])
		if !unicode.IsSpace(r) {
			break
		}
		s += size
	}
	for e > s {
		r, size := utf8.DecodeLastRuneInString(text[:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= size
	}
	return extractors.Range{Start: s, End: e}, s < e
}

// countWords counts the word tokens (runs holding a letter or digit) of s.
func countWords(s string) int {
	n, in := 0, false
	for _, r := range s {
		w := unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’' || r == '-'
		if w && !in && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			n++
			in = true
		} else if !w {
			in = false
		}
	}
	return n
}
