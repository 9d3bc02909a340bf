package money

import (
	_ "embed"
	"strings"

	"github.com/lede-project/lede/extractors/internal/lex"
)

// This file reads ranges ("$3 to $4 billion", "$3-4 billion") and the
// approximation words before an amount ("about", "more than").

// rangeTail reads the second end of a range after c1 ("$3 to $4 billion",
// "$3-4 billion", "3 to 4 million euros", "between $3 and $4") and lends
// the multiplier or currency of one end to the other. It reports false
// when no second end follows or the two do not form a range.
func (sc *scanner) rangeTail(c1 *candidate) (candidate, bool) {
	s := sc.s
	var none candidate
	q := skipGap(s, c1.end, false)
	dash := false
	switch {
	case strings.HasPrefix(s[q:], "-"):
		q, dash = q+1, true
	case strings.HasPrefix(s[q:], "–"), strings.HasPrefix(s[q:], "—"):
		q, dash = q+len("–"), true
	case q > c1.end && strings.HasPrefix(s[q:], "to "):
		q += 2
	case q > c1.end && strings.HasPrefix(s[q:], "and ") && prevWordIs(s, c1.start, "between"):
		q += 3
	default:
		return none, false
	}
	q = skipGap(s, q, false)
	d := q
	for d < len(s) && d < q+5 && !isDigitByte(s[d]) && s[d] != ' ' {
		d++
	}
	if d >= len(s) || !isDigitByte(s[d]) {
		return none, false
	}
	c2, ok := sc.amountAt(d, true)
	if !ok || c2.start != q {
		return none, false
	}
	if c2.end+1 < len(s) && s[c2.end] == '-' && isDigitByte(s[c2.end+1]) {
		return none, false // a phone number or a date, not a range
	}
	switch {
	case c1.cur != "" && c2.cur != "":
		if c1.cur == c2.cur && !c1.hasMult && c2.hasMult && !c1.suffix && !c1.minor && c1.raw() < c2.raw() {
			c1.mult, c1.shared, c1.ev.mult = c2.mult, true, c2.ev.mult
		}
		return c2, true
	case c1.cur != "":
		// "$3-4 billion", "$10-15", "$3 to 4 billion".
		if c1.suffix || c1.minor || c1.hasMult && !c2.hasMult || !dash && !c2.hasMult || !(c1.raw() < c2.raw()) {
			return none, false
		}
		if !c1.hasMult && c2.hasMult {
			c1.mult, c1.shared, c1.ev.mult = c2.mult, true, c2.ev.mult
		}
		c2.cur, c2.shared, c2.rule, c2.ev.currency = c1.cur, true, c1.rule, c1.ev.currency
		return c2, true
	case c2.cur != "" && c2.suffix:
		// "3 to 4 million euros", "50-60 cents".
		if !c1.hasMult && c2.hasMult && c1.raw() < c2.raw() {
			c1.mult, c1.ev.mult = c2.mult, c2.ev.mult
		}
		c1.minor = c2.minor
		v1, v2 := c1.value(), c2.value()
		if v1 < v2 && v1*1000 >= v2 {
			c1.cur, c1.shared, c1.rule, c1.ev.currency = c2.cur, true, c2.rule, c2.ev.currency
		}
		return c2, true
	case c2.cur != "":
		return c2, true
	}
	return none, false
}

//go:embed data/approx_words.txt
var approxData string

// approxWords mark an amount as approximate or bounded when they stand
// right before it: data/approx_words.txt.
var approxWords = lines(approxData)

// approxWord returns the approximation word ("about", "more than", "~")
// that ends right before start, with one space between, or "".
func approxWord(s string, start int) string {
	if start > 0 && s[start-1] == '~' {
		return "~"
	}
	p := skipGapBack(s, start)
	if p == start || p == 0 {
		return ""
	}
	// Look only when the word before is the last word of some phrase.
	a := p - 1
	for a > 0 && p-a < 14 && (isLetterByte(s[a-1]) || s[a-1] == '.') {
		a--
	}
	if !approxLastShape.has(s[a:p]) || !approxLastWords.fold(s[a:p]) {
		return ""
	}
	for _, w := range approxWords {
		b := p - len(w)
		if b >= 0 && equalFold(s[b:p], w) && (b == 0 || !isLetterByte(s[b-1])) {
			return s[b:p]
		}
	}
	return ""
}

// wordSet is a set of lower-case words.
type wordSet map[string]struct{}

// fold reports whether w, lower-cased, is in the set.
func (ws wordSet) fold(w string) bool {
	var buf [16]byte
	if len(w) > len(buf) {
		return false
	}
	for k := 0; k < len(w); k++ {
		buf[k] = lowerByte(w[k])
	}
	_, ok := ws[string(buf[:len(w)])]
	return ok
}

// approxLastShape filters the last words of approxWords.
var approxLastShape = func() *wordShape {
	var last []string
	for w := range approxLastWords {
		last = append(last, w)
	}
	return newWordShape(last...)
}()

// approxLastWords holds the last words of approxWords.
var approxLastWords = func() wordSet {
	ws := wordSet{}
	for _, w := range approxWords {
		k := strings.LastIndexByte(w, ' ')
		ws[w[k+1:]] = struct{}{}
	}
	return ws
}()

// lines returns the entries of a word list: its lines that are neither
// blank nor comments.
func lines(data string) []string {
	var out []string
	lex.EachLine(data, func(line string) { out = append(out, line) })
	return out
}
