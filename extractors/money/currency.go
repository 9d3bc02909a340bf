package money

import (
	_ "embed"
	"strings"

	"github.com/lede-project/lede/extractors/internal/lex"
)

// This file holds the currency vocabulary of the money extractor: symbols,
// ISO codes and words, before or after the number, and how an ambiguous one
// (¥, Rs, "rupees", "pesos") is settled by what the text says explicitly.

// dollarPrefixes maps the letters written before "$" to the dollar they mark.
// A bare "$" is USD; letters not listed here make the "$" something else
// (code, a variable, a typo) and the number is not money.
var dollarPrefixes = currencies.dollarPrefixes

// sign is a currency sign. Code "" means the sign needs context (¥).
type sign struct {
	sym    string
	code   string
	prefix bool // may stand before the number
	suffix bool // may stand after the number
}

// signs are the currency signs other than "$" (which dollarPrefixes
// qualifies). Each one is unambiguous except ¥ (yen or yuan) and ₨ (a rupee).
var signs = currencies.signs

// codes are ISO 4217 codes and local abbreviations written before or
// after the number ("USD 5", "5bn EUR", "Rs 2,000 crore", "RM5").
var codes = currencies.codes

// localPrefix is an abbreviation that only stands before the number.
type localPrefix struct {
	code string
	// family, when set, lets an explicit mention in the text ("Pakistani
	// rupees") override code.
	family string
	// needs, when set, lists words one of which the text must contain for
	// the abbreviation to be a currency at all (a single letter such as
	// "R" is too common otherwise); such amounts also need a multiplier or
	// thousands separators (R500 million, N10,000).
	needs []string
}

// localPrefixes are the local abbreviations: Rs 500, RM5, Sh5 billion.
var localPrefixes = currencies.localPrefixes

// currencyNoun is a currency word written after the number ("5 euros").
type currencyNoun struct {
	word   string // lower case, as written
	family string // groups singular, plural and adjectives: "dollar"
	code   string // default ISO code; "" means only an adjective or the text's context decides
	lower  bool   // only in lower case: the word is also a common word or name (won, rand)
	minor  bool   // a hundredth of the main unit (cents, pence)
}

// currencyNouns lists currency words.
var currencyNouns = currencies.currencyNouns

// currencyAdjective names the country in "Hong Kong dollars".
type currencyAdjective struct {
	adj    string // as usually written; matched case-insensitively
	family string
	code   string
}

// currencyAdjectives qualify a currency noun of the same family. Longer
// adjectives come first where one is a prefix of another.
var currencyAdjectives = currencies.currencyAdjectives

// ambiguousFamilies are the currency word families whose bare forms
// ("rupees", "Rs", "pesos") take the currency of the text's first explicit
// mention ("Pakistani rupees"); see contextCode.
var ambiguousFamilies = currencies.ambiguousFamilies

// decimalCommaCodes are the currencies written with a decimal comma at
// home (1.234,56 €); indianGroupingCodes those whose amounts may group
// digits in twos (2,00,000).
var decimalCommaCodes, indianGroupingCodes = currencies.decimalComma, currencies.indianGrouping

//go:embed data/currencies.txt
var currenciesData string

// currencies holds the tables above, read once from data/currencies.txt,
// the one home of the currency vocabulary.
var currencies = parseCurrencies(currenciesData)

// currencyTables is the parsed data/currencies.txt.
type currencyTables struct {
	signs              []sign
	dollarPrefixes     map[string]string
	codes              map[string]string
	localPrefixes      map[string]localPrefix
	currencyNouns      []currencyNoun
	currencyAdjectives []currencyAdjective
	ambiguousFamilies  map[string]bool
	decimalComma       map[string]bool
	indianGrouping     map[string]bool
}

// sectionFields is how many fields a line of each section of
// data/currencies.txt has at least.
var sectionFields = map[string]int{"signs": 3, "dollar prefixes": 2, "codes": 2, "local prefixes": 4, "words": 3, "adjectives": 3,
	"ambiguous families": 1, "decimal comma": 1, "indian grouping": 1}

// parseCurrencies reads the sections of data (see its header for the
// fields), skipping malformed lines and unknown sections (TestCurrencyData
// keeps the embedded file free of both).
func parseCurrencies(data string) currencyTables {
	t := currencyTables{
		dollarPrefixes: map[string]string{}, codes: map[string]string{}, localPrefixes: map[string]localPrefix{},
		ambiguousFamilies: map[string]bool{}, decimalComma: map[string]bool{}, indianGrouping: map[string]bool{},
	}
	section := ""
	lex.EachLine(data, func(line string) {
		if strings.HasPrefix(line, "[") {
			section = strings.Trim(line, "[]")
			return
		}
		f := strings.Split(line, "\t")
		if len(f) < sectionFields[section] {
			return // malformed: TestCurrencyData reports it
		}
		for i := range f {
			if f[i] == "-" {
				f[i] = ""
			}
		}
		switch section {
		case "signs":
			t.signs = append(t.signs, sign{f[0], f[1], strings.Contains(f[2], "before"), strings.Contains(f[2], "after")})
		case "dollar prefixes":
			t.dollarPrefixes[f[0]] = f[1]
		case "codes":
			t.codes[f[0]] = f[1]
		case "local prefixes":
			lp := localPrefix{code: f[1], family: f[2]}
			if f[3] != "" {
				lp.needs = strings.Split(f[3], "|")
			}
			t.localPrefixes[f[0]] = lp
		case "words":
			n := currencyNoun{word: f[0], family: f[1], code: f[2]}
			if len(f) > 3 {
				n.lower, n.minor = strings.Contains(f[3], "lower"), strings.Contains(f[3], "minor")
			}
			t.currencyNouns = append(t.currencyNouns, n)
		case "ambiguous families":
			t.ambiguousFamilies[f[0]] = true
		case "decimal comma":
			t.decimalComma[f[0]] = true
		case "indian grouping":
			t.indianGrouping[f[0]] = true
		case "adjectives":
			t.currencyAdjectives = append(t.currencyAdjectives, currencyAdjective{f[0], f[1], f[2]})
		}
	})
	return t
}

// contextPhrases are, per ambiguous family, the explicit mentions ("Pakistani
// rupees", "PKR") that settle which currency its bare forms (Rs, ₨, "rupees")
// mean in this text. Built once from currencyAdjectives.
var contextPhrases = buildContextPhrases()

type contextPhrase struct {
	family, phrase, code string
}

func buildContextPhrases() []contextPhrase {
	var out []contextPhrase
	for _, a := range currencyAdjectives {
		if ambiguousFamilies[a.family] {
			out = append(out, contextPhrase{a.family, a.adj + " " + a.family, a.code})
			out = append(out, contextPhrase{a.family, a.code, a.code})
		}
	}
	return out
}

// adjectiveShape filters words that may start a currency adjective.
var adjectiveShape = func() *wordShape {
	var first []string
	for _, a := range currencyAdjectives {
		w, _, _ := strings.Cut(a.adj, " ")
		first = append(first, w)
	}
	return newWordShape(first...)
}()

// adjectivesByFirstWord indexes currencyAdjectives by their first word in
// lower case ("hong" for "Hong Kong").
var adjectivesByFirstWord = func() map[string][]int {
	m := map[string][]int{}
	for i, a := range currencyAdjectives {
		w := a.adj
		for k := 0; k < len(w); k++ {
			if w[k] == ' ' {
				w = w[:k]
				break
			}
		}
		var b []byte
		for k := 0; k < len(w); k++ {
			b = append(b, lowerByte(w[k]))
		}
		m[string(b)] = append(m[string(b)], i)
	}
	return m
}()

// nounIndex maps a currency word in lower case to its currencyNouns entry.
var nounIndex = func() map[string]int {
	m := map[string]int{}
	for i, n := range currencyNouns {
		m[n.word] = i
	}
	return m
}()

// nounShape filters words that may be currency nouns.
var nounShape = func() *wordShape {
	var words []string
	for _, n := range currencyNouns {
		words = append(words, n.word)
	}
	return newWordShape(words...)
}()

// nounsByLetter lists, per first letter (lower case & 31), the indexes of
// the currency nouns that start with it.
var nounsByLetter = func() (t [32][]int) {
	for i, n := range currencyNouns {
		t[n.word[0]&31] = append(t[n.word[0]&31], i)
	}
	return t
}()

// lookupNoun returns the currency noun spelled w (case-insensitively unless
// the noun is lower-case only).
func lookupNoun(w string) (currencyNoun, bool) {
	if !nounShape.has(w) {
		return currencyNoun{}, false
	}
	for _, i := range nounsByLetter[w[0]&31] {
		n := &currencyNouns[i]
		if len(n.word) != len(w) {
			continue
		}
		if n.lower && w == n.word || !n.lower && equalFold(w, n.word) {
			return *n, true
		}
	}
	return currencyNoun{}, false
}
