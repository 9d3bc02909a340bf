package money

import "strings"

// This file says, for lede extract --explain, what decided each amount.

// evidence is what the scanner read for one amount, kept as slices of the
// text (no allocation) until --explain asks for lines.
type evidence struct {
	number   string // the number as written: "1.2", "half a million"
	mult     string // the multiplier as written: "bn", "million"; "" when none
	currency string // the sign, code or word(s) read: "€", "USD", "Hong Kong dollars"
	approx   string // the approximation word before the amount: "about", "~"
	shared   bool   // a range end that borrowed from the other end
}

// explainLines renders ev for an amount in currency code: the number as
// read, the multiplier, the currency and what decided it (a sign, a code,
// a word, the text's context).
func (sc *scanner) explainLines(ev *evidence, code string) []string {
	lines := []string{"number: " + ev.number}
	if ev.mult != "" {
		lines = append(lines, "multiplier: "+ev.mult)
	}
	lines = append(lines, "currency: "+code+" from "+currencyKind(ev.currency)+" "+ev.currency)
	if ctx := sc.contextOf(ev.currency, code); ctx != "" {
		lines = append(lines, "context: "+ctx)
	}
	if ev.shared {
		lines = append(lines, "range: shares its multiplier or currency with the other end")
	}
	if ev.approx != "" {
		lines = append(lines, "approximate: "+ev.approx)
	}
	return lines
}

// currencyKind says what kind of currency mention w is.
func currencyKind(w string) string {
	switch {
	case w == "p":
		return "pence mark"
	case w == "" || strings.IndexByte(w, '$') >= 0 || w[0] >= 0x80:
		return "sign"
	case codes[w] != "":
		return "code"
	case localPrefixes[w].code != "":
		return "abbreviation"
	}
	return "word"
}

// contextOf says how the text settled an ambiguous currency mention w, or
// "" when w alone decided.
func (sc *scanner) contextOf(w, code string) string {
	switch w {
	case "¥", "￥":
		if code == "CNY" {
			return "the text speaks of yuan or renminbi, never of yen"
		}
		return "¥ is yen: the text does not speak of yuan"
	case "₨":
		return sc.settledBy("rupee")
	}
	if lp, ok := localPrefixes[w]; ok {
		if lp.needs != nil {
			return "the text mentions " + strings.TrimSpace(strings.Join(lp.needs, " or "))
		}
		if lp.family != "" {
			return sc.settledBy(lp.family)
		}
		return ""
	}
	last := w[strings.LastIndexByte(w, ' ')+1:]
	n, ok := lookupNoun(last)
	if !ok || last != w { // an adjective or "sterling" said which
		return ""
	}
	switch {
	case n.family == "pound" && sc.usesPoundSign():
		return "pounds are money: the text uses £ or sterling"
	case n.family == "pound":
		return "pounds are money: a multiplier of a million or more"
	case n.code == "" || ambiguousFamilies[n.family]:
		return sc.settledBy(n.family)
	}
	return ""
}

// settledBy names the mention that settled family in this text.
func (sc *scanner) settledBy(family string) string {
	for _, f := range sc.families[:sc.nfam] {
		if f.family == family && f.phrase != "" {
			return "first explicit mention " + f.phrase
		}
	}
	return "no explicit mention of which " + family
}
