package money

import (
	"math"
	"strconv"
	"strings"
)

// This file reads the numbers of the money extractor: digit strings with
// thousands separators and decimals (1,234.56; 1.234,56; 2,00,000),
// and multipliers (million, bn, k, crore). Values are kept as mantissa × 10^exp until the end, so that
// "$1.2bn" is exactly 1200000000 and not 1200000000.0000002.

// maxDigits bounds the significant digits of a number; longer digit
// strings are identifiers, not amounts.
const maxDigits = 18

// decimal is a decimal number: mant × 10^exp.
type decimal struct {
	mant uint64
	exp  int
}

// float returns the value, correctly rounded. It is finite for every
// mantissa below 10^18 and exponent the scanner can produce.
func (n decimal) float() float64 {
	if n.mant < 1<<53 && n.exp >= -22 && n.exp <= 22 {
		f := float64(n.mant)
		if n.exp >= 0 {
			return f * math.Pow10(n.exp)
		}
		return f / math.Pow10(-n.exp)
	}
	var buf [48]byte
	b := strconv.AppendUint(buf[:0], n.mant, 10)
	b = append(b, 'e')
	b = strconv.AppendInt(b, int64(n.exp), 10)
	f, err := strconv.ParseFloat(string(b), 64)
	if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
		return 0
	}
	return f
}

// numberEnd returns the end of the digit string starting at i: digits,
// with "," or "." between digits, or a no-break, narrow no-break or thin
// space before a group of exactly three digits ("1 000 000 €").
func numberEnd(s string, i int) int {
	j := i
	for j < len(s) {
		c := s[j]
		if isDigitByte(c) {
			j++
			continue
		}
		if (c == ',' || c == '.') && j+1 < len(s) && isDigitByte(s[j+1]) && j > i {
			j++
			continue
		}
		if n := groupSpace(s, j); n > 0 && j > i && threeDigits(s, j+n) {
			j += n
			continue
		}
		break
	}
	return j
}

// groupSpace returns the length of a space that groups digits at j
// (U+00A0, U+202F, U+2009), or 0.
func groupSpace(s string, j int) int {
	switch {
	case len(s)-j >= 2 && s[j] == 0xC2 && s[j+1] == 0xA0:
		return 2
	case len(s)-j >= 3 && s[j] == 0xE2 && s[j+1] == 0x80 && (s[j+2] == 0xAF || s[j+2] == 0x89):
		return 3
	}
	return 0
}

// threeDigits reports whether exactly three digits start at j.
func threeDigits(s string, j int) bool {
	if len(s)-j < 3 || !isDigitByte(s[j]) || !isDigitByte(s[j+1]) || !isDigitByte(s[j+2]) {
		return false
	}
	return len(s)-j == 3 || !isDigitByte(s[j+3])
}

// dropGroupSpaces removes the grouping spaces numberEnd admits, so that
// "1 000,50" parses as "1000,50". It allocates only when there are some.
func dropGroupSpaces(d string) string {
	if strings.IndexByte(d, 0xC2) < 0 && strings.IndexByte(d, 0xE2) < 0 {
		return d
	}
	b := make([]byte, 0, len(d))
	for k := 0; k < len(d); k++ {
		if isDigitByte(d[k]) || d[k] == ',' || d[k] == '.' {
			b = append(b, d[k])
		}
	}
	return string(b)
}

// numberStyle says which separator conventions a number may use.
type numberStyle struct {
	decimalComma bool // 1.234,56 and 12,50 (euro and other European amounts)
	indian       bool // 2,00,000 (rupees)
	scaled       bool // a multiplier follows ("€1.234bn" is then a decimal)
}

// parseNumber reads a digit string as numberEnd delimits it. A lone "."
// is a decimal point (1.234 is one point two three four, as English news
// writes it); a lone "," before three digits groups thousands. It reports
// false for strings no convention allows ("1,50" in dollars, "1.2.3").
func parseNumber(s string, st numberStyle) (decimal, bool) {
	var n decimal
	dec, ok := decimalSeparator(s, st)
	if !ok {
		return n, false
	}
	digits := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !isDigitByte(c) {
			continue
		}
		if digits == 0 && c == '0' && (dec < 0 || i < dec) {
			continue // leading zeros carry nothing
		}
		digits++
		if digits > maxDigits {
			return n, false
		}
		n.mant = n.mant*10 + uint64(c-'0')
		if dec >= 0 && i > dec {
			n.exp--
		}
	}
	return n, true
}

// decimalSeparator finds the decimal separator of the digit string s: its
// index, or -1 when every separator groups digits. It reports false when
// the separators are used inconsistently or as style does not allow.
func decimalSeparator(s string, st numberStyle) (int, bool) {
	var seps [24]int
	ns := 0
	for i := 0; i < len(s); i++ {
		if s[i] == ',' || s[i] == '.' {
			if ns == len(seps) {
				return -1, false
			}
			seps[ns] = i
			ns++
		}
	}
	if ns == 0 {
		return -1, true
	}
	last := s[seps[ns-1]]
	mixed := false
	for k := 0; k < ns-1; k++ {
		if s[seps[k]] != last {
			mixed = true
		}
	}
	switch {
	case mixed:
		// 1,234.56 or 1.234,56: the last separator is the decimal one,
		// the others all the other character.
		for k := 0; k < ns-1; k++ {
			if s[seps[k]] == last {
				return -1, false
			}
		}
		ok := (last == '.' || st.decimalComma) && groupsOK(s, seps[:ns-1], seps[ns-1], st.indian && last == '.')
		return seps[ns-1], ok
	case last == '.' && ns == 1:
		// "5.000 euros": five thousand where a comma is the decimal mark,
		// five in English. Too ambiguous to emit.
		ambiguous := st.decimalComma && !st.scaled && len(s)-seps[0]-1 == 3 && seps[0] <= 3
		return seps[0], !ambiguous
	case last == '.':
		// 1.234.567: European thousands.
		return -1, groupsOK(s, seps[:ns], len(s), false)
	}
	// Only commas.
	if groupsOK(s, seps[:ns], len(s), st.indian) {
		return -1, true
	}
	if ns == 1 && st.decimalComma && len(s)-seps[0]-1 <= 2 {
		return seps[0], true
	}
	return -1, false
}

// groupsOK checks the digit groups between grouping separators seps, the
// last group ending at end: 1-3 digits first, then exactly 3 each, or in
// Indian style 1-2 digits first, 2 each, and 3 last (2,00,000).
func groupsOK(s string, seps []int, end int, indian bool) bool {
	if len(seps) == 0 {
		return true
	}
	first := seps[0]
	western := first >= 1 && first <= 3
	for k, p := range seps {
		next := end
		if k+1 < len(seps) {
			next = seps[k+1]
		}
		if next-p-1 != 3 {
			western = false
		}
	}
	if western || !indian {
		return western
	}
	if first < 1 || first > 2 {
		return false
	}
	for k, p := range seps {
		next := end
		want := 2
		if k+1 < len(seps) {
			next = seps[k+1]
		} else {
			want = 3
		}
		if next-p-1 != want {
			return false
		}
	}
	return true
}

// wordShape records which (first letter, length) pairs a set of words
// has: a cheap, case-insensitive filter before comparing strings.
type wordShape [32][24]bool

// newWordShape returns the shape of words.
func newWordShape(words ...string) *wordShape {
	var t wordShape
	for _, w := range words {
		if w != "" && len(w) < len(t[0]) {
			t[w[0]&31][len(w)] = true
		}
	}
	return &t
}

// has reports whether some word of the set may be w.
func (t *wordShape) has(w string) bool {
	return w != "" && len(w) < len(t[0]) && t[w[0]&31][len(w)]
}

// multiplierShape covers the multiplier words of two letters or more.
var multiplierShape = newWordShape("mn", "mln", "mil", "bn", "bln", "bil", "tn", "trn", "lac",
	"thousand", "million", "billion", "trillion", "hundred", "lakh", "lakhs", "lacs", "crore", "crores")

// multiplierWord returns the power of ten a multiplier word or
// abbreviation stands for: "million" 6, "bn" 9, "crore" 7. Single letters
// (k, m, b) count only when attached to the number, which the caller says.
func multiplierWord(w string, attached bool) (int, bool) {
	if len(w) > 1 && !multiplierShape.has(w) {
		return 0, false
	}
	switch len(w) {
	case 1:
		if !attached {
			return 0, false
		}
		switch w {
		case "k", "K":
			return 3, true
		case "m", "M":
			return 6, true
		case "b", "B":
			return 9, true
		case "T":
			return 12, true
		}
		return 0, false
	case 2, 3:
		switch {
		case equalFold(w, "mn"), equalFold(w, "mln"), equalFold(w, "mil"):
			return 6, true
		case equalFold(w, "bn"), equalFold(w, "bln"), equalFold(w, "bil"):
			return 9, true
		case equalFold(w, "tn"), equalFold(w, "trn"):
			return 12, true
		case equalFold(w, "lac"):
			return 5, true
		}
		return 0, false
	}
	switch {
	case equalFold(w, "thousand"):
		return 3, true
	case equalFold(w, "million"):
		return 6, true
	case equalFold(w, "billion"):
		return 9, true
	case equalFold(w, "trillion"):
		return 12, true
	case equalFold(w, "hundred"):
		return 2, true
	case equalFold(w, "lakh"), equalFold(w, "lakhs"), equalFold(w, "lacs"):
		return 5, true
	case equalFold(w, "crore"), equalFold(w, "crores"):
		return 7, true
	}
	return 0, false
}

// trimGaps trims the spaces and hyphens that join a number to its
// multiplier or currency ("$ 5", "5-million").
func trimGaps(s string) string { return strings.Trim(s, " -\u00a0\u202f") }

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

func isLetterByte(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func lowerByte(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// equalFold compares ASCII strings case-insensitively.
func equalFold(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		if lowerByte(a[i]) != lowerByte(b[i]) {
			return false
		}
	}
	return true
}

// hasPrefixFold reports whether s starts with prefix, ignoring ASCII case.
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && equalFold(s[:len(prefix)], prefix)
}
