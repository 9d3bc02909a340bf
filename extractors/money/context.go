package money

import "strings"

// This file settles what an ambiguous currency means in one text: ¥ (yen or
// yuan), bare rupees and pesos, "pounds" (money or weight), one-letter
// abbreviations. Each fact is looked up at most once per text.

// yenCode says whether ¥ means yen or yuan in this text: yuan when the text
// speaks of yuan, renminbi or RMB and never of yen.
func (sc *scanner) yenCode() string {
	if sc.yenCtx == 0 {
		sc.yenCtx = 1
		s := sc.text
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
func (sc *scanner) mentionsAny(words []string) bool {
	for _, w := range words {
		if strings.Contains(sc.text, w) {
			return true
		}
	}
	return false
}

// usesPoundSign reports whether the text writes "£" or "sterling"
// anywhere, which makes its "pounds" money rather than weight.
func (sc *scanner) usesPoundSign() bool {
	if sc.poundCtx == 0 {
		sc.poundCtx = 2
		if strings.Contains(sc.text, "£") || strings.Contains(sc.text, "sterling") {
			sc.poundCtx = 1
		}
	}
	return sc.poundCtx == 1
}

// contextCode settles an ambiguous family (bare "rupees", "pesos", Rs) by
// the first explicit mention in the text ("Pakistani rupees", "PKR"), or
// returns def.
func (sc *scanner) contextCode(family, def string) string {
	for _, f := range sc.families[:sc.nfam] {
		if f.family == family {
			return f.code
		}
	}
	s := sc.text
	code, best, why := def, len(s), ""
	// ISO codes anywhere.
	for _, cp := range contextPhrases {
		if cp.family == family && cp.phrase == cp.code {
			if at := strings.Index(s[:best], cp.code); at >= 0 {
				code, best, why = cp.code, at, cp.phrase
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
			if b >= 0 && equalFold(s[b:at], adj) && (b == 0 || !isLetterByte(s[b-1])) {
				code, best, why = cp.code, b, cp.phrase
				break
			}
		}
		off = at + len(family)
	}
	if sc.nfam < len(sc.families) {
		sc.families[sc.nfam] = contextPhrase{family: family, phrase: why, code: code}
		sc.nfam++
	}
	return code
}
