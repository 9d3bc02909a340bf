package money

import (
	"math"
	"strings"
)

// This file reads spelled-out amounts anchored on their currency word:
// "half a million dollars", "fifteen cents".

// spelledFamilies are the currencies a spelled-out number may go with.
var spelledFamilies = map[string]bool{
	"dollar": true, "euro": true, "pound": true, "yen": true, "yuan": true, "rupee": true,
	"ruble": true, "cent": true, "penny": true, "franc": true,
}

// atWord handles the currency word s[i:j] when a spelled-out number
// precedes it: "half a million dollars", "five euros", "twenty-five
// cents", "two million Hong Kong dollars".
func (sc *scanner) atWord(i, j int) {
	s := sc.s
	if i < 2 || s[i-1] != ' ' {
		return // a spelled-out number ends one space before
	}
	n, ok := lookupNoun(s[i:j])
	if !ok || !spelledFamilies[n.family] || i < sc.lastEnd {
		return
	}
	code, explicit := n.code, false
	p := i
	for _, a := range currencyAdjectives {
		b := p - 1 - len(a.adj)
		if a.family == n.family && b >= 0 && s[p-1] == ' ' && equalFold(s[b:p-1], a.adj) && (b == 0 || !isWordRune(s[:b])) {
			p, code, explicit = b, a.code, true
			break
		}
	}
	start, numEnd, v, ok := spelledNumberBefore(s, p)
	if !ok {
		return
	}
	end := j
	if n.family == "pound" && !explicit {
		if e2, ok := followedBy(s, end, "sterling"); ok {
			end, explicit = e2, true
		}
	}
	if code == "" || !explicit && ambiguousFamilies[n.family] {
		code = sc.contextCode(n.family, code)
	}
	if code == "" {
		return
	}
	c := candidate{numEnd: numEnd, hasMult: v >= 1e6, mult: 6}
	if !sc.wordOK(&c, start, n.family, end, explicit) {
		return
	}
	r := spelled
	if n.minor {
		v /= 100
		r = spelledMinor
	}
	ev := evidence{number: s[start:numEnd], currency: s[p:end], approx: approxWord(s, start)}
	sc.add(start, end, v, code, r, &ev)
}

// spelledNumberBefore reads the number words that end one space before p
// ("half a million", "twenty-five") and returns where they start and end
// and their value. It reports false when there are none, when they do not
// make a definite number, or when "of" comes before them ("a quarter of a
// million dollars", "tens of millions of dollars").
func spelledNumberBefore(s string, p int) (start, end int, v float64, ok bool) {
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
	for k > 0 && equalFold(s[spans[k-1][0]:spans[k-1][1]], "and") {
		k--
	}
	if k == 0 {
		return 0, 0, 0, false
	}
	start = spans[k-1][0]
	if prevWordIs(s, start, "of") {
		return 0, 0, 0, false
	}
	// Left to right, hyphenated words split ("half-million"), except the
	// tens and ones of "twenty-five".
	var words [16]string
	nw := 0
	for x := k - 1; x >= 0; x-- {
		w := s[spans[x][0]:spans[x][1]]
		if _, ok := smallNumberValue(w); ok {
			words[nw], nw = w, nw+1
			continue
		}
		for w != "" && nw < len(words) {
			h := strings.IndexByte(w, '-')
			if h < 0 {
				words[nw], nw = w, nw+1
				break
			}
			words[nw], nw = w[:h], nw+1
			w = w[h+1:]
		}
	}
	v, ok = parseNumberWords(words[:nw])
	return start, spans[0][1], v, ok
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

// smallNumbers are the spelled-out numbers below one hundred that can
// start or make up an amount ("twenty-five cents").
var smallNumbers = map[string]float64{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

// isNumberWord reports whether w can be part of a spelled-out amount;
// hyphenated words ("half-million") when each part can.
func isNumberWord(w string) bool {
	if h := strings.IndexByte(w, '-'); h > 0 && h < len(w)-1 {
		if _, ok := smallNumberValue(w); ok {
			return true
		}
		return isNumberWord(w[:h]) && isNumberWord(w[h+1:])
	}
	return isSimpleNumberWord(w)
}

// isSimpleNumberWord reports whether w, without hyphens, can be part of a
// spelled-out amount.
func isSimpleNumberWord(w string) bool {
	if _, ok := smallNumberValue(w); ok {
		return true
	}
	if _, ok := multiplierWord(w, false); ok && len(w) > 3 {
		return true
	}
	return equalFold(w, "a") || equalFold(w, "an") || equalFold(w, "half") || equalFold(w, "and")
}

// smallNumberValue reads "five", "Twenty" or "twenty-five".
func smallNumberValue(w string) (float64, bool) {
	if len(w) < 3 || len(w) > 20 {
		return 0, false
	}
	var buf [20]byte
	for i := 0; i < len(w); i++ {
		buf[i] = lowerByte(w[i])
	}
	lw := buf[:len(w)]
	for i, c := range lw {
		if c == '-' {
			tens, ok1 := smallNumbers[string(lw[:i])]
			ones, ok2 := smallNumbers[string(lw[i+1:])]
			if ok1 && ok2 && tens >= 20 && int(tens)%10 == 0 && ones < 10 {
				return tens + ones, true
			}
			return 0, false
		}
	}
	v, ok := smallNumbers[string(lw)]
	return v, ok
}

// parseNumberWords reads a spelled-out number: "two million", "half a
// million", "three hundred", "a billion", "one hundred and fifty". It
// requires a real quantity: "a" alone ("a dollar") or a bare multiplier
// ("million dollars" after "a few") is not a definite amount.
func parseNumberWords(words []string) (float64, bool) {
	var total, cur float64
	quantity := false // a numeral, or "a"/"half a" before a multiplier
	pending := 0.0    // value of "a" or "half a" awaiting its multiplier
	for k := 0; k < len(words); k++ {
		w := words[k]
		if v, ok := smallNumberValue(w); ok {
			if pending != 0 || (cur != 0 && cur < 100) {
				return 0, false
			}
			cur += v
			quantity = true
			continue
		}
		switch {
		case equalFold(w, "a"), equalFold(w, "an"):
			if pending != 0 || cur != 0 {
				if pending == 0.5 && cur == 0 {
					continue // "half a"
				}
				return 0, false
			}
			pending = 1
			continue
		case equalFold(w, "half"):
			// "half a million", "a half million", "a half-million".
			if pending != 0 && pending != 1 || cur != 0 || k+1 >= len(words) {
				return 0, false
			}
			pending = 0.5
			continue
		case equalFold(w, "and"):
			if cur == 0 || k == len(words)-1 {
				return 0, false
			}
			continue
		}
		e, ok := multiplierWord(w, false)
		if !ok || len(w) <= 3 {
			return 0, false
		}
		if pending != 0 {
			if cur != 0 {
				return 0, false
			}
			cur, pending, quantity = pending, 0, true
		}
		if cur == 0 {
			return 0, false
		}
		if e == 2 {
			cur *= 100
			continue
		}
		total += cur * math.Pow10(e)
		cur = 0
	}
	if pending != 0 || !quantity {
		return 0, false
	}
	return total + cur, total+cur > 0
}
