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

// qRole says how a quote mark may act.
type qRole uint8

const (
	qOpen qRole = 1 << iota
	qClose
)

// qMark is one double quote mark in the text, in bytes.
type qMark struct {
	start, end int
	role       qRole
}

// qSpan is a candidate quotation: content [start, end) without marks and
// trimmed of white space, and the marks around it. close is -1 for a quote
// whose closing mark is missing.
type qSpan struct {
	open, close  int // byte offset of the opening / closing mark (-1: none)
	openEnd      int // byte offset just after the opening mark
	closeEnd     int // byte offset just after the closing mark (or content end)
	start, end   int // content
	multiPara    bool
	unterminated bool
	para         int // index of the paragraph holding the opening mark
	lastPara     int // index of the paragraph holding the end
}

// qScanMarks lists the double quote marks of text with the roles their
// neighbours allow.
func qScanMarks(text string) []qMark {
	var marks []qMark
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '"':
				marks = append(marks, qMark{i, i + 1, qFlank(text, i, i+1, qOpen|qClose)})
				i++
				continue
			case c == '\'' && i+1 < len(text) && text[i+1] == '\'':
				// Lexis '' (never three or more apostrophes in a row).
				if i+2 < len(text) && text[i+2] == '\'' {
					i += 3
					continue
				}
				marks = append(marks, qMark{i, i + 2, qFlank(text, i, i+2, qOpen|qClose)})
				i += 2
				continue
			case c == '`' && i+1 < len(text) && text[i+1] == '`':
				marks = append(marks, qMark{i, i + 2, qOpen})
				i += 2
				continue
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch r {
		case '“', '„', '«':
			role := qFlank(text, i, i+size, qOpen|qClose)
			if role != qClose || r != '“' {
				role = qOpen
			}
			marks = append(marks, qMark{i, i + size, role})
		case '”', '»':
			role := qFlank(text, i, i+size, qOpen|qClose)
			if role != qOpen {
				role = qClose
			}
			marks = append(marks, qMark{i, i + size, role})
		case '’', '‘':
			// Doubled curly singles: ‘‘…’’ (the e7994d55 “…’’ variant too).
			r2, size2 := utf8.DecodeRuneInString(text[i+size:])
			if r2 == '’' || r2 == '‘' {
				role := qFlank(text, i, i+size+size2, qOpen|qClose)
				if r == '‘' && role != qClose {
					role = qOpen
				}
				marks = append(marks, qMark{i, i + size + size2, role})
				i += size + size2
				continue
			}
		}
		i += size
	}
	return marks
}

// qFlank narrows the roles allowed of the mark text[s:e] by its neighbours:
// a mark followed by white space cannot open, one preceded by a letter,
// digit or closing punctuation and not followed by a word cannot open.
func qFlank(text string, s, e int, allowed qRole) qRole {
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
		return allowed & qOpen
	case !prevSpace && !nextWordy:
		return allowed & qClose
	}
	// Between two words, or standing alone between spaces ("attention,’ ”
	// Hege said"): either role.
	return allowed
}

// qParagraphs returns t.Paragraphs, or the blank-line paragraphs of t.Text
// when the caller built a Text without them.
func qParagraphs(t *extractors.Text) []extractors.Range {
	if len(t.Paragraphs) > 0 {
		return t.Paragraphs
	}
	return extractors.SplitParagraphs(t.Text)
}

// qFindSpans pairs the marks of t into quotation spans, in text order.
func qFindSpans(t *extractors.Text) []qSpan {
	text := t.Text
	paras := qParagraphs(t)
	marks := qScanMarks(text)
	var out []qSpan
	mi := 0
	var cur *qSpan // the quote still open, if any
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
				if atParaStart && m.role&qOpen != 0 {
					cur.multiPara = true
					cur.lastPara = pi
					continue
				}
				out = qFinishOpen(text, paras, cur, out)
				cur = nil
			}
			switch {
			case cur == nil && m.role&qOpen != 0:
				cur = &qSpan{open: m.start, openEnd: m.end, close: -1, para: pi, lastPara: pi}
			case cur != nil && m.role&qClose != 0:
				cur.close, cur.closeEnd = m.start, m.end
				if s, ok := qTrimContent(text, cur.openEnd, cur.close); ok {
					cur.start, cur.end = s.Start, s.End
					out = append(out, *cur)
				}
				cur = nil
			case cur != nil && m.role == qOpen:
				// A second opener before any closer: the first was stray
				// or never closed; it ends where this one begins.
				out = qFinishAt(text, cur, m.start, out)
				cur = &qSpan{open: m.start, openEnd: m.end, close: -1, para: pi, lastPara: pi}
			}
		}
		if cur != nil && pi+1 < len(paras) {
			// Does the next paragraph reopen? Decided at its first mark.
			next := paras[pi+1]
			if mi < len(marks) && marks[mi].start < next.End &&
				strings.TrimSpace(text[next.Start:marks[mi].start]) == "" && marks[mi].role&qOpen != 0 {
				continue
			}
			out = qFinishOpen(text, paras, cur, out)
			cur = nil
		}
	}
	if cur != nil {
		out = qFinishOpen(text, paras, cur, out)
	}
	return out
}

// qFinishOpen ends a quote whose closing mark never came at the end of the
// last paragraph it reached. It is kept only when it is plainly a quote: it
// covers the paragraph from its opening mark to the end, having opened at
// the paragraph start or after a colon or comma.
func qFinishOpen(text string, paras []extractors.Range, q *qSpan, out []qSpan) []qSpan {
	end := paras[q.lastPara].End
	return qFinishAt(text, q, end, out)
}

// qFinishAt ends an unterminated quote at byte offset end.
func qFinishAt(text string, q *qSpan, end int, out []qSpan) []qSpan {
	before := strings.TrimRight(text[:q.open], " \t")
	lead := before == "" || strings.HasSuffix(before, "\n") || strings.HasSuffix(before, ":") || strings.HasSuffix(before, ",")
	if !lead && !q.multiPara {
		return out
	}
	s, ok := qTrimContent(text, q.openEnd, end)
	if !ok || qCountWords(text[s.Start:s.End]) < 4 {
		return out
	}
	q.start, q.end = s.Start, s.End
	q.closeEnd = s.End
	q.unterminated = true
	return append(out, *q)
}

// qTrimContent trims white space inside the marks; ok is false when
// nothing is left.
func qTrimContent(text string, s, e int) (extractors.Range, bool) {
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

// qCountWords counts the word tokens (runs holding a letter or digit) of s.
func qCountWords(s string) int {
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
