package money

import "strings"

// This file holds the currency vocabulary of the money extractor: symbols,
// ISO codes and words, before or after the number, and how an ambiguous one
// (¥, Rs, "rupees", "pesos") is settled by what the text says explicitly.

// dollarPrefixes maps the letters written before "$" to the dollar they mark.
// A bare "$" is USD; letters not listed here make the "$" something else
// (code, a variable, a typo) and the number is not money.
var dollarPrefixes = map[string]string{
	"US": "USD", "U.S.": "USD", "USD": "USD",
	"HK": "HKD",
	"A":  "AUD", "AU": "AUD", "AUD": "AUD", "Aus": "AUD", "AUS": "AUD",
	"C": "CAD", "CA": "CAD", "CAD": "CAD", "Can": "CAD", "CAN": "CAD",
	"NZ": "NZD",
	"S":  "SGD", "SG": "SGD", "SGD": "SGD",
	"R":  "BRL",
	"NT": "TWD",
	"MX": "MXN", "Mex": "MXN",
	"J": "JMD", "TT": "TTD", "EC": "XCD", "RD": "DOP", "N": "NAD", "Z": "ZWL", "FJ": "FJD",
}

// moneySymbol is a currency sign. Code "" means the sign needs context (¥).
type moneySymbol struct {
	sym    string
	code   string
	prefix bool // may stand before the number
	suffix bool // may stand after the number
}

// moneySymbols are the currency signs other than "$" (which dollarPrefixes
// qualifies). Each one is unambiguous except ¥ (yen or yuan) and ₨ (a rupee).
var moneySymbols = []moneySymbol{
	{"£", "GBP", true, true},
	{"€", "EUR", true, true},
	{"¥", "", true, true},
	{"￥", "", true, true},
	{"₹", "INR", true, true},
	{"₨", "", true, true},
	{"₽", "RUB", true, true},
	{"₩", "KRW", true, true},
	{"₦", "NGN", true, true},
	{"₱", "PHP", true, true},
	{"₪", "ILS", true, true},
	{"₺", "TRY", true, true},
	{"₫", "VND", true, true},
	{"฿", "THB", true, true},
	{"₴", "UAH", true, true},
	{"₸", "KZT", true, true},
	{"₵", "GHS", true, true},
	{"zł", "PLN", false, true},
	{"Kč", "CZK", false, true},
}

// moneyCodes are ISO 4217 codes and local abbreviations written before or
// after the number ("USD 5", "5bn EUR", "Rs 2,000 crore", "RM5"). PHP is left
// out on purpose: "PHP 7" is the programming language.
var moneyCodes = map[string]string{
	"USD": "USD", "EUR": "EUR", "GBP": "GBP", "JPY": "JPY", "CNY": "CNY", "RMB": "CNY",
	"INR": "INR", "CHF": "CHF", "HKD": "HKD", "AUD": "AUD", "CAD": "CAD", "NZD": "NZD",
	"SGD": "SGD", "BRL": "BRL", "RUB": "RUB", "KRW": "KRW", "ZAR": "ZAR", "MXN": "MXN",
	"SEK": "SEK", "NOK": "NOK", "DKK": "DKK", "PLN": "PLN", "SAR": "SAR", "AED": "AED",
	"ILS": "ILS", "NGN": "NGN", "KES": "KES", "THB": "THB", "MYR": "MYR", "IDR": "IDR",
	"PKR": "PKR", "TWD": "TWD", "EGP": "EGP", "VND": "VND", "CZK": "CZK", "HUF": "HUF",
	"UAH": "UAH", "QAR": "QAR", "KWD": "KWD", "BDT": "BDT", "LKR": "LKR", "NPR": "NPR",
	"ARS": "ARS", "CLP": "CLP", "COP": "COP", "PEN": "PEN", "GHS": "GHS", "KZT": "KZT",
	"RON": "RON", "BGN": "BGN", "ISK": "ISK",
}

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
var localPrefixes = map[string]localPrefix{
	"Rs": {"INR", "rupee", nil}, "RS": {"INR", "rupee", nil}, "Rs.": {"INR", "rupee", nil},
	"RM": {"MYR", "", nil}, "Rp": {"IDR", "", nil},
	"KSh": {"KES", "", nil}, "Ksh": {"KES", "", nil}, "Sh": {"KES", "shilling", nil},
	"Dh": {"AED", "dirham", nil}, "Dhs": {"AED", "dirham", nil},
	"R": {"ZAR", "", []string{" rand", "South Africa"}},
	"N": {"NGN", "", []string{"naira", "Nigeria"}},
}

// currencyNoun is a currency word written after the number ("5 euros").
type currencyNoun struct {
	word   string // lower case, as written
	family string // groups singular, plural and adjectives: "dollar"
	code   string // default ISO code; "" means only an adjective or the text's context decides
	lower  bool   // only in lower case: the word is also a common word or name (won, rand)
	minor  bool   // a hundredth of the main unit (cents, pence)
}

// currencyNouns lists currency words, longest first within a family.
var currencyNouns = []currencyNoun{
	{word: "dollars", family: "dollar", code: "USD"},
	{word: "dollar", family: "dollar", code: "USD"},
	{word: "bucks", family: "dollar", code: "USD", lower: true},
	{word: "euros", family: "euro", code: "EUR"},
	{word: "euro", family: "euro", code: "EUR"},
	{word: "pounds", family: "pound", code: "GBP"},
	{word: "pound", family: "pound", code: "GBP"},
	{word: "sterling", family: "sterling", code: "GBP"},
	{word: "yen", family: "yen", code: "JPY"},
	{word: "yuan", family: "yuan", code: "CNY"},
	{word: "renminbi", family: "yuan", code: "CNY"},
	{word: "rupees", family: "rupee", code: "INR"},
	{word: "rupee", family: "rupee", code: "INR"},
	{word: "rupiah", family: "rupiah", code: "IDR"},
	{word: "roubles", family: "ruble", code: "RUB"},
	{word: "rubles", family: "ruble", code: "RUB"},
	{word: "rouble", family: "ruble", code: "RUB"},
	{word: "ruble", family: "ruble", code: "RUB"},
	{word: "won", family: "won", code: "KRW", lower: true},
	{word: "francs", family: "franc", code: "CHF"},
	{word: "franc", family: "franc", code: "CHF"},
	{word: "pesos", family: "peso"},
	{word: "peso", family: "peso"},
	{word: "reais", family: "real", code: "BRL"},
	{word: "real", family: "real", lower: true},
	{word: "rand", family: "rand", code: "ZAR", lower: true},
	{word: "kronor", family: "krona", code: "SEK"},
	{word: "krona", family: "krona", code: "SEK"},
	{word: "kroner", family: "krone"},
	{word: "krone", family: "krone"},
	{word: "lira", family: "lira", code: "TRY"},
	{word: "naira", family: "naira", code: "NGN"},
	{word: "shillings", family: "shilling"},
	{word: "shilling", family: "shilling"},
	{word: "ringgit", family: "ringgit", code: "MYR"},
	{word: "baht", family: "baht", code: "THB"},
	{word: "riyals", family: "riyal", code: "SAR"},
	{word: "riyal", family: "riyal", code: "SAR"},
	{word: "rials", family: "rial", code: "IRR"},
	{word: "rial", family: "rial", code: "IRR"},
	{word: "dirhams", family: "dirham", code: "AED"},
	{word: "dirham", family: "dirham", code: "AED"},
	{word: "shekels", family: "shekel", code: "ILS"},
	{word: "shekel", family: "shekel", code: "ILS"},
	{word: "zlotys", family: "zloty", code: "PLN"},
	{word: "zloty", family: "zloty", code: "PLN"},
	{word: "forints", family: "forint", code: "HUF"},
	{word: "forint", family: "forint", code: "HUF"},
	{word: "hryvnias", family: "hryvnia", code: "UAH"},
	{word: "hryvnia", family: "hryvnia", code: "UAH"},
	{word: "dinars", family: "dinar"},
	{word: "dinar", family: "dinar"},
	{word: "cedis", family: "cedi", code: "GHS"},
	{word: "taka", family: "taka", code: "BDT", lower: true},
	{word: "tenge", family: "tenge", code: "KZT", lower: true},
	{word: "cents", family: "cent", code: "USD", minor: true},
	{word: "cent", family: "cent", code: "USD", minor: true},
	{word: "pence", family: "penny", code: "GBP", minor: true},
	{word: "penny", family: "penny", code: "GBP", minor: true},
}

// currencyAdjective names the country in "Hong Kong dollars".
type currencyAdjective struct {
	adj    string // as usually written; matched case-insensitively
	family string
	code   string
}

// currencyAdjectives qualify a currency noun of the same family. Longer
// adjectives come first where one is a prefix of another.
var currencyAdjectives = []currencyAdjective{
	{"US", "dollar", "USD"}, {"U.S.", "dollar", "USD"}, {"American", "dollar", "USD"},
	{"Hong Kong", "dollar", "HKD"}, {"Australian", "dollar", "AUD"}, {"Canadian", "dollar", "CAD"},
	{"New Zealand", "dollar", "NZD"}, {"Singapore", "dollar", "SGD"}, {"Singaporean", "dollar", "SGD"},
	{"New Taiwan", "dollar", "TWD"}, {"Taiwan", "dollar", "TWD"}, {"Taiwanese", "dollar", "TWD"},
	{"Jamaican", "dollar", "JMD"}, {"Namibian", "dollar", "NAD"}, {"Zimbabwean", "dollar", "ZWL"},
	{"Zimbabwe", "dollar", "ZWL"}, {"Fijian", "dollar", "FJD"}, {"Brunei", "dollar", "BND"},
	{"Liberian", "dollar", "LRD"}, {"Bahamian", "dollar", "BSD"}, {"Barbados", "dollar", "BBD"},
	{"Belize", "dollar", "BZD"}, {"East Caribbean", "dollar", "XCD"}, {"Trinidad and Tobago", "dollar", "TTD"},
	{"British", "pound", "GBP"}, {"UK", "pound", "GBP"}, {"Egyptian", "pound", "EGP"},
	{"Lebanese", "pound", "LBP"}, {"Syrian", "pound", "SYP"}, {"South Sudanese", "pound", "SSP"},
	{"Sudanese", "pound", "SDG"},
	{"Indian", "rupee", "INR"}, {"Pakistani", "rupee", "PKR"}, {"Sri Lankan", "rupee", "LKR"},
	{"Nepalese", "rupee", "NPR"}, {"Nepali", "rupee", "NPR"}, {"Mauritian", "rupee", "MUR"},
	{"Indonesian", "rupiah", "IDR"},
	{"Mexican", "peso", "MXN"}, {"Philippine", "peso", "PHP"}, {"Argentine", "peso", "ARS"},
	{"Argentinian", "peso", "ARS"}, {"Colombian", "peso", "COP"}, {"Chilean", "peso", "CLP"},
	{"Cuban", "peso", "CUP"}, {"Dominican", "peso", "DOP"}, {"Uruguayan", "peso", "UYU"},
	{"Swiss", "franc", "CHF"}, {"CFA", "franc", "XOF"}, {"Congolese", "franc", "CDF"},
	{"Rwandan", "franc", "RWF"}, {"Burundian", "franc", "BIF"}, {"Guinean", "franc", "GNF"},
	{"Russian", "ruble", "RUB"}, {"Belarusian", "ruble", "BYN"},
	{"South Korean", "won", "KRW"}, {"Korean", "won", "KRW"}, {"North Korean", "won", "KPW"},
	{"Japanese", "yen", "JPY"}, {"Chinese", "yuan", "CNY"},
	{"Brazilian", "real", "BRL"}, {"South African", "rand", "ZAR"},
	{"Swedish", "krona", "SEK"}, {"Icelandic", "krona", "ISK"},
	{"Danish", "krone", "DKK"}, {"Norwegian", "krone", "NOK"},
	{"Turkish", "lira", "TRY"}, {"Nigerian", "naira", "NGN"},
	{"Kenyan", "shilling", "KES"}, {"Ugandan", "shilling", "UGX"}, {"Tanzanian", "shilling", "TZS"},
	{"Somali", "shilling", "SOS"},
	{"Malaysian", "ringgit", "MYR"}, {"Thai", "baht", "THB"},
	{"Saudi", "riyal", "SAR"}, {"Qatari", "riyal", "QAR"},
	{"Iranian", "rial", "IRR"}, {"Omani", "rial", "OMR"}, {"Yemeni", "rial", "YER"},
	{"UAE", "dirham", "AED"}, {"Emirati", "dirham", "AED"}, {"Moroccan", "dirham", "MAD"},
	{"Israeli", "shekel", "ILS"}, {"New Israeli", "shekel", "ILS"}, {"Polish", "zloty", "PLN"},
	{"Hungarian", "forint", "HUF"}, {"Ukrainian", "hryvnia", "UAH"},
	{"Kuwaiti", "dinar", "KWD"}, {"Iraqi", "dinar", "IQD"}, {"Jordanian", "dinar", "JOD"},
	{"Bahraini", "dinar", "BHD"}, {"Libyan", "dinar", "LYD"}, {"Tunisian", "dinar", "TND"},
	{"Algerian", "dinar", "DZD"}, {"Serbian", "dinar", "RSD"},
	{"Ghanaian", "cedi", "GHS"}, {"Bangladeshi", "taka", "BDT"}, {"Kazakh", "tenge", "KZT"},
	{"euro", "cent", "EUR"}, {"US", "cent", "USD"}, {"U.S.", "cent", "USD"},
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
		switch a.family {
		case "rupee", "peso", "krone", "dinar", "shilling", "franc", "riyal", "rial", "dirham":
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
		if n.lower && w == n.word || !n.lower && moneyEqualFold(w, n.word) {
			return *n, true
		}
	}
	return currencyNoun{}, false
}
