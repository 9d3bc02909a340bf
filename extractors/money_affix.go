package extractors

import (
	"strings"
	"unicode/utf8"
)

// This file reads what surrounds a money number: the currency before it
// (prefix), the currency after it (suffix), the other end of a range, the
// approximation words before it, and spelled-out amounts anchored on their
// currency word.

// Verdicts of moneyScanner.prefix.
const (
	prefixNone   = iota // no currency before the number
	prefixFound         // a currency sign or code
	prefixReject        // the number is part of something else ($1 in code, A350)
	prefixWeak          // a one-letter abbreviation (R, N): needs a multiplier or separators
)

// prefix looks for a currency sign or code ending at p, the start of the
// number, or one space before it.
func (sc *moneyScanner) prefix(p int) (start int, code string, verdict int) {
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
func (sc *moneyScanner) prefixEndingAt(e int, attached bool) (int, string, int) {
	s := sc.s
	if e == 0 {
		return e, "", prefixNone
	}
	switch last := s[e-1]; {
	case last == '$':
		return sc.dollarPrefix(e - 1)
	case last >= utf8.RuneSelf:
		for _, m := range moneySymbols {
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
	if code, ok := moneyCodes[label]; ok {
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
func (sc *moneyScanner) dollarPrefix(d int) (int, string, int) {
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
		case '_', '\\', '`', '$', '{', '[', '=', '/', '|', '<', '>':
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
func (sc *moneyScanner) symbolCode(m moneySymbol) string {
	switch m.sym {
	case "¥":
		return sc.yenCode()
	case "₨":
		return sc.contextCode("rupee", "INR")
	}
	return m.code
}

// suffix looks for a currency after the number and multiplier of c (a
// sign, an ISO code, a currency word, or cents and pence) and records it in
// c when c has none yet or when it repeats c's currency ("$5 million
// dollars").
func (sc *moneyScanner) suffix(c *moneyCand, numStart int) {
	s := sc.s
	k := c.numEnd
	if k >= len(s) {
		return
	}
	code, end, minor, explicit := "", 0, false, false
	family := ""
	p := skipGap(s, k, false)
	switch {
	case s[k] == '$' && (k+1 == len(s) || !isLetterByte(s[k+1]) && !isDigitByte(s[k+1])):
		code, end, family = "USD", k+1, "dollar"
	case strings.HasPrefix(s[p:], "¢"):
		code, end, minor, family = "USD", p+len("¢"), true, "cent"
	case p < len(s) && s[p] >= utf8.RuneSelf:
		for _, m := range moneySymbols {
			if m.suffix && strings.HasPrefix(s[p:], m.sym) {
				code, end = sc.symbolCode(m), p+len(m.sym)
				break
			}
		}
	}
	if code == "" {
		p = skipGap(s, k, true)
		if p == k || p >= len(s) || !isLetterByte(s[p]) {
			return
		}
		e := p
		for e < len(s) && isLetterByte(s[e]) {
			e++
		}
		if e < len(s) && isDigitByte(s[e]) {
			return
		}
		w := s[p:e]
		if iso, ok := moneyCodes[w]; ok && s[p-1] != '-' {
			code, end, explicit = iso, e, true
		} else if a, e2, ok := adjectiveNoun(s, p); ok {
			code, end, explicit, family = a.code, e2, true, a.family
			minor = a.family == "cent"
		} else if n, ok := lookupNoun(w); ok {
			code, end, minor, family = n.code, e, n.minor, n.family
		} else {
			return
		}
		if family == "pound" && !explicit {
			if e2, ok := followedBy(s, end, "sterling"); ok {
				end, explicit = e2, true
			}
		}
		if code == "" || !explicit && (family == "rupee" || family == "franc" || family == "riyal" || family == "rial" || family == "dirham") {
			code = sc.contextCode(family, code)
		}
		if code == "" || !sc.wordOK(c, numStart, family, end, explicit) {
			return
		}
	}
	if end > len(s) || end < k || end < len(s) && isLetterByte(s[end]) && family != "" {
		return
	}
	if c.cur != "" {
		// A prefix already gave the currency; absorb a repeated one.
		if !minor && (code == c.cur || family == "dollar" && strings.HasSuffix(c.cur, "D")) {
			c.end = end
		}
		return
	}
	c.cur, c.end, c.minor, c.suffix, c.rule = code, end, minor, true, "suffix"
	if minor {
		c.rule = "minor"
	}
}

// adjectiveNoun reads "Hong Kong dollars", "Swiss francs", "euro cents"
// at p.
func adjectiveNoun(s string, p int) (currencyAdjective, int, bool) {
	e := p
	for e < len(s) && (isLetterByte(s[e]) || s[e] == '.') {
		e++
	}
	var buf [16]byte
	if e-p > len(buf) {
		return currencyAdjective{}, 0, false
	}
	for k := p; k < e; k++ {
		buf[k-p] = lowerByte(s[k])
	}
	for _, x := range adjectivesByFirstWord[string(buf[:e-p])] {
		a := currencyAdjectives[x]
		q := p + len(a.adj)
		if q >= len(s) || s[q] != ' ' || !moneyHasPrefixFold(s[p:], a.adj) {
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
	if k < len(s) && s[k] == ' ' && moneyHasPrefixFold(s[k+1:], w) {
		e := k + 1 + len(w)
		if e == len(s) || !isLetterByte(s[e]) {
			return e, true
		}
	}
	return k, false
}

// weightVerbs precede "pounds" that weigh something.
var weightVerbs = []string{"weigh", "weighs", "weighed", "weighing", "lost", "lose", "losing", "gained", "gain", "lift", "lifted", "lifting", "carried", "carrying"}

// wordOK applies the checks a currency word needs beyond its spelling:
// "pounds" is often weight, "won" a verb, "2019 dollars" an inflation base.
func (sc *moneyScanner) wordOK(c *moneyCand, numStart int, family string, end int, explicit bool) bool {
	s := sc.s
	num := s[numStart:c.numEnd]
	if !c.hasMult && len(num) == 4 && num >= "1800" && num <= "2100" && prevWordIs(s, numStart, "in") {
		return false // "in 2019 dollars"
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
	return moneyEqualFold(s[b:q], w) && (b == 0 || !isLetterByte(s[b-1]))
}

// rangeTail reads the second end of a range after c1 ("$3 to $4 billion",
// "$3-4 billion", "3 to 4 million euros", "between $3 and $4") and lends
// the multiplier or currency of one end to the other. It reports false
// when no second end follows or the two do not form a range.
func (sc *moneyScanner) rangeTail(c1 *moneyCand) (moneyCand, bool) {
	s := sc.s
	var none moneyCand
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
			c1.mult, c1.shared = c2.mult, true
		}
		return c2, true
	case c1.cur != "":
		// "$3-4 billion", "$10-15", "$3 to 4 billion".
		if c1.suffix || c1.minor || c1.hasMult && !c2.hasMult || !dash && !c2.hasMult || !(c1.raw() < c2.raw()) {
			return none, false
		}
		if !c1.hasMult && c2.hasMult {
			c1.mult, c1.shared = c2.mult, true
		}
		c2.cur, c2.shared, c2.rule = c1.cur, true, c1.rule
		return c2, true
	case c2.cur != "" && c2.suffix:
		// "3 to 4 million euros", "50-60 cents".
		if !c1.hasMult && c2.hasMult && c1.raw() < c2.raw() {
			c1.mult = c2.mult
		}
		c1.minor = c2.minor
		v1, v2 := c1.value(), c2.value()
		if v1 < v2 && v1*1000 >= v2 {
			c1.cur, c1.shared, c1.rule = c2.cur, true, c2.rule
		}
		return c2, true
	case c2.cur != "":
		return c2, true
	}
	return none, false
}

// approxWords mark an amount as approximate or bounded when they stand
// right before it.
var approxWords = []string{
	"about", "around", "nearly", "almost", "roughly", "approximately", "approx.", "some",
	"more than", "less than", "over", "under", "up to", "as much as", "as little as",
	"at least", "at most", "close to", "an estimated", "estimated", "upwards of",
	"upward of", "in excess of", "north of", "circa", "just over", "just under",
	"well over", "below", "above",
}

// approxBefore reports whether an approximation word ends right before
// start, with one space between.
func approxBefore(s string, start int) bool {
	if start > 0 && s[start-1] == '~' {
		return true
	}
	p := skipGapBack(s, start)
	if p == start || p == 0 {
		return false
	}
	// Look only when the word before is the last word of some phrase.
	a := p - 1
	for a > 0 && p-a < 14 && (isLetterByte(s[a-1]) || s[a-1] == '.') {
		a--
	}
	if !approxLastWords.fold(s[a:p]) {
		return false
	}
	for _, w := range approxWords {
		b := p - len(w)
		if b >= 0 && moneyEqualFold(s[b:p], w) && (b == 0 || !isLetterByte(s[b-1])) {
			return true
		}
	}
	return false
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

// approxLastWords holds the last words of approxWords.
var approxLastWords = func() wordSet {
	ws := wordSet{}
	for _, w := range approxWords {
		k := strings.LastIndexByte(w, ' ')
		ws[w[k+1:]] = struct{}{}
	}
	return ws
}()

// spelledFamilies are the currencies a spelled-out number may go with.
var spelledFamilies = map[string]bool{
	"dollar": true, "euro": true, "pound": true, "yen": true, "yuan": true, "rupee": true,
	"ruble": true, "cent": true, "penny": true, "franc": true,
}

// atWord handles the currency word s[i:j] when a spelled-out number
// precedes it: "half a million dollars", "five euros", "twenty-five
// cents", "two million Hong Kong dollars".
func (sc *moneyScanner) atWord(i, j int) {
	s := sc.s
	n, ok := lookupNoun(s[i:j])
	if !ok || !spelledFamilies[n.family] || i < sc.lastEnd {
		return
	}
	code, explicit := n.code, false
	p := i
	for _, a := range currencyAdjectives {
		b := p - 1 - len(a.adj)
		if a.family == n.family && b >= 0 && s[p-1] == ' ' && moneyEqualFold(s[b:p-1], a.adj) && (b == 0 || !isWordRune(s[:b])) {
			p, code, explicit = b, a.code, true
			break
		}
	}
	// Collect the number words before the currency, right to left.
	var spans [8][2]int
	k := 0
	q := p
	for k < len(spans) {
		a, b, ok := prevWord(s, q)
		if !ok || !isNumberWord(s[a:b]) {
			break
		}
		spans[k] = [2]int{a, b}
		k++
		q = a
	}
	for k > 0 && moneyEqualFold(s[spans[k-1][0]:spans[k-1][1]], "and") {
		k--
	}
	if k == 0 {
		return
	}
	start := spans[k-1][0]
	if prevWordIs(s, start, "of") {
		return // "a quarter of a million dollars", "tens of millions of dollars"
	}
	var words [8]string
	for x := 0; x < k; x++ {
		words[x] = s[spans[k-1-x][0]:spans[k-1-x][1]]
	}
	v, ok := parseNumberWords(words[:k])
	if !ok {
		return
	}
	end := j
	if n.family == "pound" && !explicit {
		if e2, ok := followedBy(s, end, "sterling"); ok {
			end, explicit = e2, true
		}
	}
	if code == "" || !explicit && (n.family == "rupee" || n.family == "franc") {
		code = sc.contextCode(n.family, code)
	}
	if code == "" {
		return
	}
	c := moneyCand{numEnd: spans[0][1], hasMult: v >= 1e6, mult: 6}
	if !sc.wordOK(&c, start, n.family, end, explicit) {
		return
	}
	rule := "words"
	if n.minor {
		v /= 100
		rule = "words-minor"
	}
	sc.add(start, end, v, code, approxBefore(s, start), rule)
}

// prevWord returns the word (letters, hyphens, dots) that ends one space
// before q.
func prevWord(s string, q int) (int, int, bool) {
	if q < 2 || s[q-1] != ' ' {
		return 0, 0, false
	}
	b := q - 1
	a := b
	for a > 0 && (isLetterByte(s[a-1]) || s[a-1] == '-') {
		a--
	}
	if a == b || a > 0 && isWordRune(s[:a]) {
		return 0, 0, false
	}
	return a, b, true
}

// yenCode says whether ¥ means yen or yuan in this text: yuan when the text
// speaks of yuan, renminbi or RMB and never of yen.
func (sc *moneyScanner) yenCode() string {
	if sc.yenCtx == 0 {
		sc.yenCtx = 1
		s := sc.s
		if (strings.Contains(s, "yuan") || strings.Contains(s, "Yuan") || strings.Contains(s, "renminbi") ||
			strings.Contains(s, "RMB")) && !strings.Contains(s, " yen") {
			sc.yenCtx = 2
		}
	}
	if sc.yenCtx == 2 {
		return "CNY"
	}
	return "JPY"
}

// mentionsAny reports whether the text contains one of words.
func (sc *moneyScanner) mentionsAny(words []string) bool {
	for _, w := range words {
		if strings.Contains(sc.s, w) {
			return true
		}
	}
	return false
}

// usesPoundSign reports whether the text writes "£" or "sterling"
// anywhere, which makes its "pounds" money rather than weight.
func (sc *moneyScanner) usesPoundSign() bool {
	if sc.poundCtx == 0 {
		sc.poundCtx = 2
		if strings.Contains(sc.s, "£") || strings.Contains(sc.s, "sterling") {
			sc.poundCtx = 1
		}
	}
	return sc.poundCtx == 1
}

// contextCode settles an ambiguous family (bare "rupees", "pesos", Rs) by
// the first explicit mention in the text ("Pakistani rupees", "PKR"), or
// returns def.
func (sc *moneyScanner) contextCode(family, def string) string {
	for _, f := range sc.families[:sc.nfam] {
		if f.family == family {
			return f.code
		}
	}
	s := sc.s
	code, best := def, len(s)
	// ISO codes anywhere.
	for _, cp := range contextPhrases {
		if cp.family == family && cp.phrase == cp.code {
			if at := strings.Index(s[:best], cp.code); at >= 0 {
				code, best = cp.code, at
			}
		}
	}
	// "<adjective> <family word>": find the family word, then look before it.
	for off := 0; off < best; {
		at := strings.Index(s[off:best], family)
		if at < 0 {
			break
		}
		at += off
		for _, cp := range contextPhrases {
			if cp.family != family || cp.phrase == cp.code {
				continue
			}
			adj := cp.phrase[:len(cp.phrase)-len(family)]
			b := at - len(adj)
			if b >= 0 && moneyEqualFold(s[b:at], adj) && (b == 0 || !isLetterByte(s[b-1])) {
				code, best = cp.code, b
				break
			}
		}
		off = at + len(family)
	}
	if sc.nfam < len(sc.families) {
		sc.families[sc.nfam] = contextPhrase{family: family, code: code}
		sc.nfam++
	}
	return code
}
