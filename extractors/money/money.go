package money

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/lede-project/lede/extractors"
)

// Extractor finds monetary amounts: a number with a currency written as a sign
// ($, US$, HK$, £, €, ¥, ₹...), an ISO code or local abbreviation (USD 5,
// 5bn EUR, Rs 2,000 crore) or a word (5 euros, 20 billion rubles, 10,000
// yuan, 50 cents, 99p), before or after the number, with multipliers
// (thousand ... trillion, k, m, mn, bn, tn, lakh, crore) and ranges whose
// ends share a multiplier or currency ("$3-4 billion" is 3e9 and 4e9).
// Spelled-out amounts count when the currency is a word ("half a million
// dollars"). A number with no currency (percentages, share counts, years,
// "a million people") is not money, and neither is a vague amount with no
// number ("millions of dollars").
//
// Each Amount is in units of its ISO 4217 currency; Approx marks amounts
// after "about", "nearly", "more than", "some", "roughly" and the like,
// which stay outside the span. A bare $ is USD; ¥ is JPY unless the text
// speaks of yuan or renminbi; Rs and bare "rupees" are INR unless the text
// names another rupee ("Pakistani rupees", "PKR"); "pounds" are money only
// in a text that uses £ or sterling, or with a multiplier, and never
// before "of". Where a separator convention is ambiguous ("5.000 euros"),
// nothing is emitted rather than a guess.
//
// Extractor keeps no state and is safe for concurrent use. It reads the
// Text's tokens sentence by sentence, anchored on the digits and currency
// words inside them, without regular expressions: a token such as "$300M"
// or "€1.2bn" is viewed as its sign, number and multiplier, and an amount
// may span tokens ("$", "300", "million") but never a sentence break.
type Extractor struct{}

// New returns the money extractor.
func New() *Extractor { return &Extractor{} }

// Name implements Extractor.
func (*Extractor) Name() string { return "money" }

// Extract implements Extractor.
func (*Extractor) Extract(t *extractors.Text, f *extractors.Findings) {
	sc := scanner{text: t.Text, out: f.Money, explain: f.Explain}
	sents := t.Sentences
	if len(sents) == 0 && len(t.Tokens) > 0 {
		sents = []extractors.Range{{Start: t.Tokens[0].Start, End: t.Tokens[len(t.Tokens)-1].End}}
	}
	for _, sent := range sents {
		sc.s, sc.base, sc.lastEnd = t.Text[sent.Start:sent.End], sent.Start, 0
		sc.run(t.TokensIn(sent.Start, sent.End))
	}
	f.Money = sc.out
}

// scanner holds the state of one pass over one text.
type scanner struct {
	text string // the whole text, for the facts that settle ambiguous currencies
	// s is the sentence being read and base its offset in text: offsets
	// inside the scanner are into s.
	s       string
	base    int
	out     []extractors.Amount
	lastEnd int  // end of the last amount emitted in s: amounts never overlap
	explain bool // fill Trace.Evidence

	// Lazily computed facts about the whole text, 0 = not yet known.
	yenCtx   int8             // 1 JPY, 2 CNY
	poundCtx int8             // 1 the text uses "£", 2 it does not
	families [4]contextPhrase // resolved ambiguous families
	nfam     int
}

// run reads the tokens of sentence s left to right. Anchors are the digit
// strings inside tokens (every written amount has one) and currency words
// (for spelled-out amounts); from an anchor the scanner views the token and
// its neighbours a character class at a time.
func (sc *scanner) run(toks []extractors.Token) {
	next := 0
	for _, tok := range toks {
		i := max(tok.Start-sc.base, next)
		next = sc.scanToken(i, tok.End-sc.base)
	}
}

// scanToken reads the anchors of one token, from i to its end e, and
// returns where reading goes on (past e when an amount spans tokens).
func (sc *scanner) scanToken(i, e int) int {
	s := sc.s
	for i < e {
		c := s[i]
		switch {
		case isDigitByte(c):
			i = sc.atNumber(i)
		case isLetterByte(c) && (i == 0 || !isLetterByte(s[i-1])):
			j := i + 1
			for j < len(s) && isLetterByte(s[j]) {
				j++
			}
			if wordTrigger[lowerByte(c)] && (j == len(s) || !isDigitByte(s[j])) {
				sc.atWord(i, j)
			}
			i = j
		default:
			i++
		}
	}
	return i
}

// wordTrigger holds the first letters of the currency words that can follow
// a spelled-out number (dollars, euros, pounds, pence, yen, yuan, rupees,
// rubles, cents, francs, bucks).
var wordTrigger = func() (t [256]bool) {
	for _, n := range currencyNouns {
		if spelledFamilies[n.family] {
			t[n.word[0]] = true
		}
	}
	return t
}()

// atNumber handles the digit string at i and returns where scanning goes on.
func (sc *scanner) atNumber(i int) int {
	skip := numberEnd(sc.s, i)
	c1, ok := sc.amountAt(i, false)
	if !ok {
		return skip
	}
	next := c1.end
	c2, ok2 := sc.rangeTail(&c1)
	approx := approxWord(sc.s, c1.start)
	if c1.cur != "" {
		sc.emit(c1, approx)
	}
	if ok2 {
		sc.emit(c2, approx)
		next = c2.end
	}
	if next < skip {
		next = skip
	}
	return next
}

// emit appends the candidate c if it has a currency. approx is the
// approximation word before the amount, if any.
func (sc *scanner) emit(c candidate, approx string) {
	if c.cur == "" {
		return
	}
	r := c.rule
	if c.shared && r.ranged != nil {
		r = r.ranged
	}
	c.ev.approx, c.ev.shared = approx, c.shared
	sc.add(c.start, c.end, c.value(), c.cur, r, &c.ev)
}

// add appends one amount unless it overlaps the previous one or its value
// is not a finite, non-negative number. ev is read only to explain.
func (sc *scanner) add(start, end int, v float64, cur string, r *rule, ev *evidence) {
	if start < sc.lastEnd || end > len(sc.s) || start >= end {
		return
	}
	if !(v >= 0) || v > 1e30 { // also rejects NaN
		return
	}
	a := extractors.Amount{Span: extractors.Span{Text: sc.s[start:end], Start: sc.base + start, End: sc.base + end}, Amount: v, Currency: cur, Approx: ev.approx != "", Trace: extractors.Trace{Rule: r.name}}
	if sc.explain {
		a.Evidence = sc.explainLines(ev, cur)
	}
	sc.out = append(sc.out, a)
	sc.lastEnd = end
}

// candidate is one candidate amount, maybe without a currency yet (the
// first end of "3 to 4 million euros").
type candidate struct {
	start, end int // the whole mention, currency signs and words included
	numEnd     int // end of the number and its multiplier
	num        decimal
	mult       int  // power of ten of the multiplier
	hasMult    bool // a multiplier was written
	minor      bool // cents or pence
	cur        string
	suffix     bool // the currency came after the number
	shared     bool // multiplier or currency borrowed from the other range end
	bareDollar bool // the prefix was a plain "$", which a later code may qualify
	rule       *rule
	ev         evidence // what was read, for --explain
}

// value returns the amount in units of the currency.
func (c candidate) value() float64 {
	n := c.num
	n.exp += c.mult
	if c.minor {
		n.exp -= 2
	}
	return n.float()
}

// raw returns the written number without multiplier, for comparing the
// ends of a range.
func (c candidate) raw() float64 { return c.num.float() }

// amountAt reads a candidate amount whose number starts at digit i:
// currency before it, the number, a multiplier, a currency after it.
// inRange says i follows a range connector, where a hyphen is no minus sign.
func (sc *scanner) amountAt(i int, inRange bool) (candidate, bool) {
	s := sc.s
	var c candidate
	numStart := i
	if i >= 2 && s[i-1] == '.' && (s[i-2] == '$' || s[i-2] >= utf8.RuneSelf) {
		numStart = i - 1 // "$.50"
	}
	j := numberEnd(s, i)
	c.start, c.numEnd = numStart, j
	c.ev.number = s[numStart:j]

	start, cur, verdict := sc.prefix(numStart)
	switch verdict {
	case prefixReject:
		return c, false
	case prefixFound, prefixWeak:
		c.start, c.cur, c.rule = start, cur, signBefore
		c.ev.currency = trimGaps(s[start:numStart])
		c.bareDollar = s[start] == '$' && cur == "USD"
	default:
		if numStart != i {
			return c, false
		}
		if !sc.numberStartOK(i, inRange) {
			return c, false
		}
	}

	k, ok := sc.multiplier(&c, i, j)
	if !ok {
		return c, false
	}
	c.numEnd, c.end = k, k
	if c.hasMult {
		c.ev.mult = trimGaps(s[j:k])
	}
	if verdict == prefixWeak && !c.hasMult && strings.IndexByte(s[i:j], ',') < 0 {
		return c, false
	}
	if k < len(s) && s[k] == '%' {
		return c, false
	}
	if isPercentWord(s, k) {
		return c, false
	}

	// Currency after the number.
	if !c.minor {
		sc.suffix(&c, numStart)
	}

	// The number itself, now that the currency says which separators are
	// allowed.
	style := numberStyle{
		decimalComma: c.suffix && c.cur != "" || decimalCommaCodes[c.cur],
		indian:       indianGroupingCodes[c.cur],
		scaled:       c.hasMult || c.minor,
	}
	digits := dropGroupSpaces(s[i:j])
	if len(digits) > 1 && digits[0] == '0' && isDigitByte(digits[1]) {
		return c, false // "000" continues a number grouped by spaces ("1 000 euros")
	}
	n, ok := parseNumber(digits, style)
	if !ok {
		return c, false
	}
	if numStart != i {
		n.exp -= len(digits) // ".50": every digit is a decimal
		for d := digits; len(d) > 0; d = d[1:] {
			if !isDigitByte(d[0]) {
				return c, false
			}
		}
	}
	c.num = n
	return c, true
}

// multiplier reads what follows the digits s[i:j] of c: attached letters
// (a multiplier as in "5bn", pence as in "99p", nothing else), then
// multiplier words after a space or hyphen ("$5 million", "$5-million",
// "5 lakh crore"). It returns where the number ends, or false when the
// digits belong to a word ("5th", "$5abc") or a percentage.
func (sc *scanner) multiplier(c *candidate, i, j int) (int, bool) {
	s := sc.s
	k := j
	if k < len(s) && s[k] == '%' {
		return k, false
	}
	if k < len(s) && isLetterByte(s[k]) {
		e := k
		for e < len(s) && isLetterByte(s[e]) {
			e++
		}
		if e < len(s) && isDigitByte(s[e]) {
			return k, false
		}
		w := s[k:e]
		if m, ok := multiplierWord(w, true); ok {
			c.mult, c.hasMult, k = m, true, e
		} else if w == "p" && c.cur == "" && sc.penceOK(s[i:j], e) {
			c.cur, c.minor, c.rule, k = "GBP", true, pence, e
			c.ev.currency = w
		} else {
			return k, false
		}
	}
	if c.minor {
		return k, true
	}
	if !c.hasMult {
		if m, e, ok := spacedMultiplier(s, k); ok {
			c.mult, c.hasMult, k = m, true, e
		}
	}
	if c.hasMult {
		// A second multiplier: "5 lakh crore", "1 thousand crore".
		if m, e, ok := spacedMultiplier(s, k); ok && m > c.mult-(c.mult%3) && m != 2 {
			c.mult, k = c.mult+m, e
		}
	}
	return k, true
}

// numberStartOK reports whether a number with no currency sign before it
// starts a word: not inside an identifier (A350, G20), a URL, a time or a
// fraction.
func (sc *scanner) numberStartOK(i int, inRange bool) bool {
	if i == 0 {
		return true
	}
	r, size := utf8.DecodeLastRuneInString(sc.s[:i])
	switch {
	case r < utf8.RuneSelf && isLetterByte(byte(r)):
		return false
	case r == '-' && !inRange:
		// "A350-900", "1-800": part of a model number or phone number.
		return i-size == 0 || !isWordRune(sc.s[:i-size])
	case r == '/' || r == ':' || r == '#' || r == '@' || r == '_' || r == '\\' || r == '.' || r == ',' || r == '^' || r == '=' || r == '+' || r == '*' || r == '$':
		return false
	case r >= utf8.RuneSelf && unicode.IsLetter(r):
		return false
	}
	return true
}

// isWordRune reports whether s ends in a letter or digit.
func isWordRune(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r < utf8.RuneSelf && (isLetterByte(byte(r)) || isDigitByte(byte(r))) || r >= utf8.RuneSelf && unicode.IsLetter(r)
}

// spacedMultiplier reads a multiplier word after one space or hyphen at k
// ("$5 million", "$5-million", "Rs 5 lakh"), returning its power of ten and
// the end of the word.
func spacedMultiplier(s string, k int) (int, int, bool) {
	p := skipGap(s, k, true)
	if p == k || p >= len(s) || !isLetterByte(s[p]) {
		return 0, 0, false
	}
	e := p
	for e < len(s) && isLetterByte(s[e]) {
		e++
	}
	if e < len(s) && isDigitByte(s[e]) {
		return 0, 0, false
	}
	m, ok := multiplierWord(s[p:e], false)
	if !ok {
		return 0, 0, false
	}
	return m, e, true
}

// skipGap skips one space (ASCII, no-break or narrow no-break) or, when
// hyphen is set, one hyphen at k.
func skipGap(s string, k int, hyphen bool) int {
	if k >= len(s) {
		return k
	}
	switch {
	case s[k] == ' ':
		return k + 1
	case hyphen && s[k] == '-':
		return k + 1
	case len(s)-k >= 2 && s[k] == 0xC2 && s[k+1] == 0xA0: // U+00A0
		return k + 2
	case len(s)-k >= 3 && s[k] == 0xE2 && s[k+1] == 0x80 && s[k+2] == 0xAF: // U+202F
		return k + 3
	}
	return k
}

// isPercentWord reports whether "percent" or "per cent" follows at k.
func isPercentWord(s string, k int) bool {
	p := skipGap(s, k, false)
	if p == k {
		return false
	}
	return hasPrefixFold(s[p:], "percent") || hasPrefixFold(s[p:], "per cent")
}

// penceOK reports whether digits followed by "p" ending at e are pence
// ("99p"), not a video resolution ("1080p"), a time ("5p.m.") or a
// page. Pence of a pound or more need a text that uses "£".
func (sc *scanner) penceOK(digits string, e int) bool {
	s := sc.s
	if e+1 < len(s) && s[e] == '.' && isLetterByte(s[e+1]) {
		return false
	}
	switch digits {
	case "144", "240", "360", "480", "540", "576", "720", "1080", "1440", "2160", "4320":
		return false
	}
	whole := digits
	if k := strings.IndexByte(digits, '.'); k >= 0 {
		whole = digits[:k]
	}
	return len(whole) <= 2 || sc.usesPoundSign()
}
