package money

import (
	_ "embed"
	"strings"
	"unicode/utf8"
)

// This file reads the currency around a money number: signs and codes
// before it (prefix), signs, codes and words after it (suffix), and the
// checks a currency word needs ("pounds" of weight, "won" the verb).

// Verdicts of scanner.prefix.
const (
	prefixNone   = iota // no currency before the number
	prefixFound         // a currency sign or code
	prefixReject        // the number is part of something else ($1 in code, A350)
	prefixWeak          // a one-letter abbreviation (R, N): needs a multiplier or separators
)

// prefix looks for a currency sign or code ending at p, the start of the
// number, or one space before it.
func (sc *scanner) prefix(p int) (start int, code string, verdict int) {
	if st, code, v := sc.prefixEndingAt(p, true); v != prefixNone {
		return st, code, v
	}
	if q := skipGapBack(sc.s, p); q != p {
		return sc.prefixEndingAt(q, false)
	}
	return p, "", prefixNone
}

// skipGapBack steps back over one space before p.
func skipGapBack(s string, p int) int {
	switch {
	case p >= 1 && s[p-1] == ' ':
		return p - 1
	case p >= 2 && s[p-2] == 0xC2 && s[p-1] == 0xA0:
		return p - 2
	case p >= 3 && s[p-3] == 0xE2 && s[p-2] == 0x80 && s[p-1] == 0xAF:
		return p - 3
	}
	return p
}

// prefixEndingAt reads a currency sign or code that ends at e. attached
// says the number follows at e with no space, so unknown letters there make
// the number part of a word.
func (sc *scanner) prefixEndingAt(e int, attached bool) (int, string, int) {
	s := sc.s
	if e == 0 {
		return e, "", prefixNone
	}
	switch last := s[e-1]; {
	case last == '$':
		return sc.dollarPrefix(e - 1)
	case last >= utf8.RuneSelf:
		for _, m := range signs {
			if m.prefix && strings.HasSuffix(s[:e], m.sym) {
				return e - len(m.sym), sc.symbolCode(m), prefixFound
			}
		}
		return e, "", prefixNone
	case !isLetterByte(last) && last != '.':
		return e, "", prefixNone
	}
	// Letters: an ISO code (USD, EUR) or a local abbreviation (Rs, RM).
	b := e
	if s[b-1] == '.' && b >= 3 && s[b-3:b] == "Rs." {
		b -= 3
	} else {
		for b > 0 && e-b < 4 && isLetterByte(s[b-1]) {
			b--
		}
	}
	if b == e {
		return e, "", prefixNone
	}
	unknown := prefixNone
	if attached {
		unknown = prefixReject
	}
	if b > 0 && isWordRune(s[:b]) {
		return e, "", unknown
	}
	label := s[b:e]
	if s[b] < 'A' || s[b] > 'Z' {
		return e, "", unknown // every code and abbreviation is capitalised
	}
	if b > 0 && s[b-1] == '$' {
		// "$US20 billion", "$A5m": Australian style.
		if code, ok := dollarPrefixes[label]; ok && (b == 1 || !isWordRune(s[:b-1])) {
			return b - 1, code, prefixFound
		}
		return e, "", prefixReject
	}
	if code, ok := codes[label]; ok {
		return b, code, prefixFound
	}
	if lp, ok := localPrefixes[label]; ok {
		if lp.needs != nil {
			if !attached || !sc.mentionsAny(lp.needs) {
				return e, "", unknown
			}
			return b, lp.code, prefixWeak
		}
		code := lp.code
		if lp.family != "" {
			code = sc.contextCode(lp.family, lp.code)
		}
		return b, code, prefixFound
	}
	return e, "", unknown
}

// dollarPrefix reads the dollar sign at d and the letters before it (US$,
// HK$, A$). A "$" glued to other letters, digits or code punctuation is
// not a dollar.
func (sc *scanner) dollarPrefix(d int) (int, string, int) {
	s := sc.s
	b := d
	for b > 0 && d-b < 4 && (isLetterByte(s[b-1]) || s[b-1] == '.' && b < d) {
		b--
	}
	if b < d {
		if b > 0 && isWordRune(s[:b]) {
			return d, "", prefixReject
		}
		if code, ok := dollarPrefixes[s[b:d]]; ok {
			return b, code, prefixFound
		}
		return d, "", prefixReject
	}
	if d > 0 {
		switch s[d-1] {
		case '_', '\\', '`', '$', '{', '[', '=', '|', '<', '>':
			return d, "", prefixReject
		}
		if isDigitByte(s[d-1]) {
			return d, "", prefixReject
		}
		// "US $5"
		if s[d-1] == ' ' {
			for _, us := range [...]string{"US", "U.S."} {
				b := d - 1 - len(us)
				if b >= 0 && s[b:d-1] == us && (b == 0 || !isWordRune(s[:b])) {
					return b, "USD", prefixFound
				}
			}
		}
	}
	return d, "USD", prefixFound
}

// symbolCode resolves a currency sign to its code in this text.
func (sc *scanner) symbolCode(m sign) string {
	switch m.sym {
	case "¥", "￥":
		return sc.yenCode()
	case "₨":
		return sc.contextCode("rupee", "INR")
	}
	return m.code
}

// afterCurrency is a currency read after a number.
type afterCurrency struct {
	code     string
	end      int    // end of the sign, code or word(s)
	family   string // the word family ("dollar", "cent"); "" for most signs
	minor    bool   // cents or pence
	explicit bool   // an ISO code or a country adjective says which currency
}

// suffix looks for a currency after the number and multiplier of c (a
// sign, an ISO code, a currency word, or cents and pence) and records it in
// c when c has none yet or when it repeats c's currency ("$5 million
// dollars").
func (sc *scanner) suffix(c *candidate, numStart int) {
	s := sc.s
	k := c.numEnd
	if k >= len(s) {
		return
	}
	a, ok := sc.signAfter(k)
	if !ok {
		if a, ok = sc.wordAfter(c, numStart, k); !ok {
			return
		}
	}
	if a.end > len(s) || a.end < k || a.end < len(s) && isLetterByte(s[a.end]) && a.family != "" {
		return
	}
	if c.cur != "" {
		// A prefix already gave the currency; absorb a repeated one, and
		// let an explicit dollar after a bare "$" say which ("$5 AUD").
		switch {
		case a.minor:
		case a.code == c.cur || a.family == "dollar" && strings.HasSuffix(c.cur, "D") && !a.explicit:
			c.end = a.end
		case c.bareDollar && a.explicit && strings.HasSuffix(a.code, "D"):
			c.cur, c.end = a.code, a.end
			c.ev.currency = trimGaps(s[k:a.end])
		}
		return
	}
	c.cur, c.end, c.minor, c.suffix, c.rule = a.code, a.end, a.minor, true, currencyAfter
	c.ev.currency = trimGaps(s[k:a.end])
	if a.minor {
		c.rule = minorAfter
	}
}

// signAfter reads a currency sign at k or one space after it ("5$",
// "100 €", "5¢"). It reports false when there is none, or when a number
// follows the sign, whose amount it opens ("in 2019 €5 billion").
func (sc *scanner) signAfter(k int) (afterCurrency, bool) {
	s := sc.s
	var a afterCurrency
	p := skipGap(s, k, false)
	switch {
	case s[k] == '$' && (k+1 == len(s) || !isLetterByte(s[k+1]) && !isDigitByte(s[k+1])):
		a = afterCurrency{code: "USD", end: k + 1, family: "dollar"}
	case strings.HasPrefix(s[p:], "¢"):
		a = afterCurrency{code: "USD", end: p + len("¢"), minor: true, family: "cent"}
	case p < len(s) && s[p] >= utf8.RuneSelf:
		for _, m := range signs {
			if m.suffix && strings.HasPrefix(s[p:], m.sym) {
				a = afterCurrency{code: sc.symbolCode(m), end: p + len(m.sym)}
				break
			}
		}
	}
	return a, a.code != "" && !numberFollows(s, a.end)
}

// wordAfter reads an ISO code or a currency word after one space or hyphen
// at k ("5,000 USD", "5 euros", "3 Hong Kong dollars", "5 million pounds
// sterling") and checks it is money here (wordOK).
func (sc *scanner) wordAfter(c *candidate, numStart, k int) (afterCurrency, bool) {
	s := sc.s
	var a afterCurrency
	p := skipGap(s, k, true)
	if p == k || p >= len(s) || !isLetterByte(s[p]) {
		return a, false
	}
	e := p
	for e < len(s) && isLetterByte(s[e]) {
		e++
	}
	if e < len(s) && isDigitByte(s[e]) {
		return a, false
	}
	w := s[p:e]
	if iso, ok := codes[w]; ok && len(w) == 3 && s[p-1] != '-' {
		if numberFollows(s, e) {
			return a, false // "in 2019 USD 5 million": the code is the next amount's
		}
		a = afterCurrency{code: iso, end: e, explicit: true}
	} else if adj, e2, ok := adjectiveNoun(s, p); ok {
		a = afterCurrency{code: adj.code, end: e2, explicit: true, family: adj.family, minor: adj.family == "cent"}
	} else if n, ok := lookupNoun(w); ok {
		a = afterCurrency{code: n.code, end: e, minor: n.minor, family: n.family}
	} else {
		return a, false
	}
	if a.family == "pound" && !a.explicit {
		if e2, ok := followedBy(s, a.end, "sterling"); ok {
			a.end, a.explicit = e2, true
		}
	}
	if a.code == "" || !a.explicit && ambiguousFamilies[a.family] {
		a.code = sc.contextCode(a.family, a.code)
	}
	return a, a.code != "" && sc.wordOK(c, numStart, a.family, a.end, a.explicit)
}

// numberFollows reports whether a digit follows at k, after at most one
// space.
func numberFollows(s string, k int) bool {
	k = skipGap(s, k, false)
	return k < len(s) && (isDigitByte(s[k]) || s[k] == '.' && k+1 < len(s) && isDigitByte(s[k+1]))
}

// adjectiveNoun reads "Hong Kong dollars", "Swiss francs", "euro cents"
// at p.
func adjectiveNoun(s string, p int) (currencyAdjective, int, bool) {
	e := p
	for e < len(s) && (isLetterByte(s[e]) || s[e] == '.') {
		e++
	}
	var buf [16]byte
	if e-p > len(buf) || !adjectiveShape.has(s[p:e]) {
		return currencyAdjective{}, 0, false
	}
	for k := p; k < e; k++ {
		buf[k-p] = lowerByte(s[k])
	}
	for _, x := range adjectivesByFirstWord[string(buf[:e-p])] {
		a := currencyAdjectives[x]
		q := p + len(a.adj)
		if q >= len(s) || s[q] != ' ' || !hasPrefixFold(s[p:], a.adj) {
			continue
		}
		e := q + 1
		for e < len(s) && isLetterByte(s[e]) {
			e++
		}
		if n, ok := lookupNoun(s[q+1 : e]); ok && n.family == a.family {
			return a, e, true
		}
	}
	return currencyAdjective{}, 0, false
}

// followedBy reports whether word w follows after one space at k.
func followedBy(s string, k int, w string) (int, bool) {
	if k < len(s) && s[k] == ' ' && hasPrefixFold(s[k+1:], w) {
		e := k + 1 + len(w)
		if e == len(s) || !isLetterByte(s[e]) {
			return e, true
		}
	}
	return k, false
}

//go:embed data/weight_verbs.txt
var weightData string

// weightVerbs precede "pounds" that weigh something: data/weight_verbs.txt.
var weightVerbs = lines(weightData)

// wordOK applies the checks a currency word needs beyond its spelling:
// "pounds" is often weight, "won" a verb, "2019 dollars" an inflation base.
func (sc *scanner) wordOK(c *candidate, numStart int, family string, end int, explicit bool) bool {
	s := sc.s
	num := s[numStart:c.numEnd]
	if !c.hasMult && len(num) == 4 && num >= "1800" && num <= "2100" {
		for _, w := range [...]string{"in", "by", "since", "until", "before", "after", "during", "constant", "adjusted", "nominal", "real"} {
			if prevWordIs(s, numStart, w) {
				return false // "in 2019 dollars", "by 2019 dollars were scarce"
			}
		}
	}
	switch family {
	case "pound":
		if explicit {
			return true
		}
		if _, ok := followedBy(s, end, "of"); ok {
			return false
		}
		for _, v := range weightVerbs {
			if prevWordIs(s, numStart, v) {
				return false
			}
		}
		return sc.usesPoundSign() || c.hasMult && c.mult >= 6
	case "won":
		return explicit || c.hasMult || strings.IndexByte(num, ',') >= 0
	case "real":
		return explicit
	}
	return true
}

// prevWordIs reports whether the word before p (after one space) is w.
func prevWordIs(s string, p int, w string) bool {
	q := skipGapBack(s, p)
	if q == p || q < len(w) {
		return false
	}
	b := q - len(w)
	return equalFold(s[b:q], w) && (b == 0 || !isLetterByte(s[b-1]))
}
