package money

import (
	"math"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/lede-project/lede/extractors"
	"github.com/lede-project/lede/extractors/internal/extest"
)

// money is the part of an Amount a money test compares: offsets are
// checked separately, as an invariant, by checkMoney.
type money struct {
	Text     string
	Amount   float64
	Currency string
	Approx   bool
}

func extractMoney(t testing.TB, text string) []money {
	t.Helper()
	var f extractors.Findings
	New().Extract(extest.Analyse(text), &f)
	if err := checkMoney(text, f.Money); err != "" {
		t.Fatalf("Extract(%q): %s", text, err)
	}
	var got []money
	for _, a := range f.Money {
		got = append(got, money{a.Text, a.Amount, a.Currency, a.Approx})
	}
	return got
}

// checkMoney returns what is wrong with amounts found in text, or "".
func checkMoney(text string, amounts []extractors.Amount) string {
	prevEnd := 0
	for _, a := range amounts {
		switch {
		case a.Start < prevEnd || a.End <= a.Start || a.End > len(text):
			return "bad or overlapping offsets " + a.Text
		case text[a.Start:a.End] != a.Text:
			return "text[start:end] != text for " + a.Text
		case math.IsNaN(a.Amount) || math.IsInf(a.Amount, 0) || a.Amount < 0:
			return "amount not finite and non-negative for " + a.Text
		case len(a.Currency) != 3 || strings.ToUpper(a.Currency) != a.Currency:
			return "currency not an ISO code: " + a.Currency
		case !isRule(a.Rule):
			return "rule " + a.Rule + " of " + a.Text + " is not in the rules table"
		}
		prevEnd = a.End
	}
	return ""
}

// TestMoney has at least one case for every line of issue 5.
func TestMoney(t *testing.T) {
	usd := func(text string, v float64) money { return money{text, v, "USD", false} }
	tests := []struct {
		name string
		text string
		want []money
	}{
		// Symbols and codes before or after the number.
		{"dollar sign", "It will cost $300 million.", []money{usd("$300 million", 3e8)}},
		{"US$", "a US$5 fee", []money{usd("US$5", 5)}},
		{"US space $", "a US $5 fee", []money{usd("US $5", 5)}},
		{"USD before", "USD 1.5 million was paid", []money{usd("USD 1.5 million", 1.5e6)}},
		{"USD after", "It sold for 5,000 USD.", []money{usd("5,000 USD", 5000)}},
		{"HK$", "a HK$1.2bn project", []money{{"HK$1.2bn", 1.2e9, "HKD", false}}},
		{"A$ C$ NZ$ S$ R$", "A$3m, C$4.50, NZ$26 million, S$6 and R$7 billion", []money{
			{"A$3m", 3e6, "AUD", false}, {"C$4.50", 4.5, "CAD", false}, {"NZ$26 million", 26e6, "NZD", false},
			{"S$6", 6, "SGD", false}, {"R$7 billion", 7e9, "BRL", false}}},
		{"pound sign", "fined £500,000 on Monday", []money{{"£500,000", 5e5, "GBP", false}}},
		{"euro sign", "a €1.2 billion loan", []money{{"€1.2 billion", 1.2e9, "EUR", false}}},
		{"euro sign after", "Tickets cost 100 € each.", []money{{"100 €", 100, "EUR", false}}},
		{"yen sign", "Sony earned ¥300 billion.", []money{{"¥300 billion", 3e11, "JPY", false}}},
		{"yen sign means yuan", "Alibaba sold ¥5 billion of goods; the yuan fell.", []money{{"¥5 billion", 5e9, "CNY", false}}},
		{"rupee sign", "a ₹5 crore grant", []money{{"₹5 crore", 5e7, "INR", false}}},
		{"Rs crore", "Rs 2,000 crore was set aside", []money{{"Rs 2,000 crore", 2e10, "INR", false}}},
		{"Rs. lakh", "a prize of Rs. 5 lakh", []money{{"Rs. 5 lakh", 5e5, "INR", false}}},
		{"Rs Pakistani", "The budget of Rs 50 billion was cut, the Pakistani rupee fell.", []money{{"Rs 50 billion", 5e10, "PKR", false}}},
		{"ruble sign", "only ₽100", []money{{"₽100", 100, "RUB", false}}},
		{"won sign", "priced at ₩5,000", []money{{"₩5,000", 5000, "KRW", false}}},
		{"CHF", "fined CHF 3.5 million", []money{{"CHF 3.5 million", 3.5e6, "CHF", false}}},
		{"euros word", "a ticket for 5 euros", []money{{"5 euros", 5, "EUR", false}}},
		{"dollars word", "300 million dollars in aid", []money{usd("300 million dollars", 3e8)}},
		{"rubles word", "20 billion rubles in bonds", []money{{"20 billion rubles", 2e10, "RUB", false}}},
		{"roubles word", "20 billion roubles in bonds", []money{{"20 billion roubles", 2e10, "RUB", false}}},
		{"yuan word", "a fine of 10,000 yuan", []money{{"10,000 yuan", 1e4, "CNY", false}}},
		{"yen word", "trading at 92.27 yen to the dollar", []money{{"92.27 yen", 92.27, "JPY", false}}},
		{"repeated currency", "$5.9 billion dollars", []money{usd("$5.9 billion dollars", 5.9e9)}},
		{"Australian style", "$US20 billion and $A5m", []money{usd("$US20 billion", 2e10), {"$A5m", 5e6, "AUD", false}}},
		{"NT$", "NT$1,000", []money{{"NT$1,000", 1000, "TWD", false}}},
		{"Rs variants", "Rs 500, Rs.500, Rs500", []money{{"Rs 500", 500, "INR", false}, {"Rs.500", 500, "INR", false}, {"Rs500", 500, "INR", false}}},
		{"INR code", "INR 5,000 crore", []money{{"INR 5,000 crore", 5e10, "INR", false}}},
		{"crore rupees", "5 crore rupees", []money{{"5 crore rupees", 5e7, "INR", false}}},
		{"codes attached", "USD5bn and EUR 3.5bn and 5m GBP", []money{usd("USD5bn", 5e9), {"EUR 3.5bn", 3.5e9, "EUR", false}, {"5m GBP", 5e6, "GBP", false}}},
		{"local prefixes", "Sh5 billion, Dh5 million, RM3 million", []money{
			{"Sh5 billion", 5e9, "KES", false}, {"Dh5 million", 5e6, "AED", false}, {"RM3 million", 3e6, "MYR", false}}},
		{"rand letter", "South Africa's R500 billion stimulus; R2-D2", []money{{"R500 billion", 5e11, "ZAR", false}}},
		{"rand letter needs context", "the R500 billion plan", nil},
		{"naira letter", "Nigeria's budget of N10.33 trillion", []money{{"N10.33 trillion", 10.33e12, "NGN", false}}},
		{"pence share prices", "Shares rose 12p to 245p; a £5 note", []money{
			{"12p", 0.12, "GBP", false}, {"245p", 2.45, "GBP", false}, {"£5", 5, "GBP", false}}},
		{"peso context", "He paid 10,000 pesos; the Philippine peso weakened.", []money{{"10,000 pesos", 1e4, "PHP", false}}},
		{"peso without context", "He paid 10,000 pesos.", nil},
		{"kroner", "3 billion kronor and 500 million Danish kroner", []money{
			{"3 billion kronor", 3e9, "SEK", false}, {"500 million Danish kroner", 5e8, "DKK", false}}},
		{"spelled", "Fifty dollars. Ten thousand dollars. Twelve million yen.", []money{
			usd("Fifty dollars", 50), usd("Ten thousand dollars", 1e4), {"Twelve million yen", 1.2e7, "JPY", false}}},
		{"U.S. dollars", "5 million U.S. dollars", []money{usd("5 million U.S. dollars", 5e6)}},
		{"bucks", "20 bucks", []money{usd("20 bucks", 20)}},
		{"won with multiplier", "1 trillion won and 5,000 won", []money{{"1 trillion won", 1e12, "KRW", false}, {"5,000 won", 5000, "KRW", false}}},
		{"conversion", "1 billion yuan ($140 million)", []money{{"1 billion yuan", 1e9, "CNY", false}, usd("$140 million", 1.4e8)}},

		// Multipliers and abbreviations.
		{"thousand", "$5 thousand", []money{usd("$5 thousand", 5e3)}},
		{"trillion", "a $2 trillion plan", []money{usd("$2 trillion", 2e12)}},
		{"k", "a $50k salary and $50K bonus", []money{usd("$50k", 5e4), usd("$50K", 5e4)}},
		{"m", "£3m and £71.6million", []money{{"£3m", 3e6, "GBP", false}, {"£71.6million", 71.6e6, "GBP", false}}},
		{"mn", "$4mn and $4 mn", []money{usd("$4mn", 4e6), usd("$4 mn", 4e6)}},
		{"bn", "€1.2bn and US$7.2 bn", []money{{"€1.2bn", 1.2e9, "EUR", false}, usd("US$7.2 bn", 7.2e9)}},
		{"b", "a $5B deal", []money{usd("$5B", 5e9)}},
		{"tn", "$1.5tn of debt", []money{usd("$1.5tn", 1.5e12)}},
		{"hyphenated", "a $5-million deal and a $1.2-billion bond", []money{usd("$5-million", 5e6), usd("$1.2-billion", 1.2e9)}},
		{"lakh crore", "Rs 1.5 lakh crore", []money{{"Rs 1.5 lakh crore", 1.5e12, "INR", false}}},

		// Decimals and separators.
		{"grouping and decimals", "$1,234.56 and $1,000,000", []money{usd("$1,234.56", 1234.56), usd("$1,000,000", 1e6)}},
		{"decimal multiplier", "$1.2bn", []money{usd("$1.2bn", 1.2e9)}},
		{"european", "1.234,56 € and 12,50 €", []money{{"1.234,56 €", 1234.56, "EUR", false}, {"12,50 €", 12.5, "EUR", false}}},
		{"european euro prefix", "€1.234.567", []money{{"€1.234.567", 1234567, "EUR", false}}},
		{"decimal comma not for dollars", "$1,50", nil},
		{"ambiguous euro thousands", "5.000 euros and €1.500", nil},
		{"euro decimal with multiplier", "€1.234bn", []money{{"€1.234bn", 1.234e9, "EUR", false}}},
		{"fullwidth yen", "￥500", []money{{"￥500", 500, "JPY", false}}},
		{"space grouping", "1\u00a0000\u00a0000 € and 2\u202f500,50 €", []money{
			{"1\u00a0000\u00a0000 €", 1e6, "EUR", false}, {"2\u202f500,50 €", 2500.5, "EUR", false}}},
		{"ascii space grouping is not guessed", "1 000 euros", nil},
		{"indian grouping", "Rs 2,00,000", []money{{"Rs 2,00,000", 2e5, "INR", false}}},
		{"cents decimal", "$.50 each", []money{usd("$.50", 0.5)}},
		{"per share", "$2.53 per diluted share", []money{usd("$2.53", 2.53)}},

		// Ranges and shared multipliers.
		{"range to", "$3 to $4 billion", []money{usd("$3", 3e9), usd("$4 billion", 4e9)}},
		{"range hyphen", "$3-4 billion", []money{usd("$3", 3e9), usd("4 billion", 4e9)}},
		{"range en dash", "$10–15 per ticket", []money{usd("$10", 10), usd("15", 15)}},
		{"range between", "between $3 and $4 billion", []money{usd("$3", 3e9), usd("$4 billion", 4e9)}},
		{"range suffix", "3 to 4 million euros", []money{{"3", 3e6, "EUR", false}, {"4 million euros", 4e6, "EUR", false}}},
		{"range own multipliers", "from $47 billion to $8 billion", []money{usd("$47 billion", 47e9), usd("$8 billion", 8e9)}},
		{"range approx", "about $3-4 billion", []money{{"$3", 3e9, "USD", true}, {"4 billion", 4e9, "USD", true}}},
		{"not a range", "gave $5 to 10 charities", []money{usd("$5", 5)}},
		{"range both signs", "$3.5-$4 billion and $50,000-$60,000", []money{
			usd("$3.5", 3.5e9), usd("$4 billion", 4e9), usd("$50,000", 5e4), usd("$60,000", 6e4)}},
		{"range to multiplier", "$5 to 6 million", []money{usd("$5", 5e6), usd("6 million", 6e6)}},
		{"range suffix hyphen", "5-6 million dollars", []money{usd("5", 5e6), usd("6 million dollars", 6e6)}},
		{"range crore", "Rs 10 crore-Rs 15 crore", []money{{"Rs 10 crore", 1e8, "INR", false}, {"Rs 15 crore", 1.5e8, "INR", false}}},
		{"range descending is no range", "fell from 5 to 3 million euros", []money{{"3 million euros", 3e6, "EUR", false}}},

		// Cents and pence.
		{"cents", "50 cents a gallon", []money{usd("50 cents", 0.5)}},
		{"pence", "a 99p pie", []money{{"99p", 0.99, "GBP", false}}},
		{"pence word", "rose 5 pence", []money{{"5 pence", 0.05, "GBP", false}}},
		{"euro cents", "12 euro cents", []money{{"12 euro cents", 0.12, "EUR", false}}},
		{"US cents", "50 US cents", []money{usd("50 US cents", 0.5)}},
		{"spelled bucks", "twenty bucks", []money{usd("twenty bucks", 20)}},
		{"spelled cents", "fifteen cents", []money{usd("fifteen cents", 0.15)}},
		{"cent sign", "a 99¢ soda", []money{usd("99¢", 0.99)}},
		{"cents range", "50-60 cents", []money{usd("50", 0.5), usd("60 cents", 0.6)}},

		// Which dollar.
		{"Hong Kong dollars", "3 million Hong Kong dollars", []money{{"3 million Hong Kong dollars", 3e6, "HKD", false}}},
		{"Australian dollars", "AU$40 million or 25 million Australian dollars", []money{
			{"AU$40 million", 4e7, "AUD", false}, {"25 million Australian dollars", 25e6, "AUD", false}}},
		{"dollar code after bare $", "$5 million AUD, $7 CAD and $9 USD", []money{
			{"$5 million AUD", 5e6, "AUD", false}, {"$7 CAD", 7, "CAD", false}, usd("$9 USD", 9)}},
		{"dollar words after bare $", "$5 million Australian dollars and US$3 million dollars", []money{
			{"$5 million Australian dollars", 5e6, "AUD", false}, usd("US$3 million dollars", 3e6)}},
		{"bare dollar is USD", "The Hong Kong firm paid $5 million.", []money{usd("$5 million", 5e6)}},
		{"Swiss francs", "40 million Swiss francs", []money{{"40 million Swiss francs", 4e7, "CHF", false}}},
		{"pounds sterling", "5 million pounds sterling", []money{{"5 million pounds sterling", 5e6, "GBP", false}}},
		{"spelled dollars adjective", "two million US dollars", []money{usd("two million US dollars", 2e6)}},

		// Not money.
		{"percentage", "up 5% or 4.8 percent or 90 per cent", nil},
		{"share counts", "5 million shares changed hands", nil},
		{"people", "a million people and 300 million users", nil},
		{"years", "in 2019 and 2020", nil},
		{"year before a sign", "In 2019 €5 billion and in 2020 USD 3 million were spent.", []money{
			{"€5 billion", 5e9, "EUR", false}, usd("USD 3 million", 3e6)}},
		{"inflation base", "in 2019 dollars it was less, or 500 in constant 2010 dollars", nil},
		{"phone", "call 1-800-555-0199 now", nil},
		{"ticker", "$AAPL rose; $TSLA fell", nil},
		{"code", "echo $1abc; x=$2; `$3`; ${4}", nil},
		{"price pairs", "£999/$1,299 or $5/month", []money{{"£999", 999, "GBP", false}, usd("$1,299", 1299), usd("$5", 5)}},
		{"model numbers", "the A350-900 and G20", nil},
		{"resolution", "1080p video", nil},
		{"weight", "He weighs 250 pounds and lost 20 pounds.", nil},
		{"weight of", "5 million pounds of waste", nil},
		{"won verb", "In 2019 won the title, 3 won", nil},
		{"vague", "hundreds of millions of dollars, a few million dollars, billions of dollars", nil},
		{"quarter of a million", "a quarter of a million dollars", nil},
		{"a dollar", "a dollar goes further", nil},
		{"adjectival spelled dollar", "a one-dollar bill", nil},
		{"exchange words", "the U.S. dollar rose against the yen", nil},
		{"scores and dates", "won 24-10 in 2019-2020 on 11/18", nil},

		// Spelled-out amounts and approximations.
		{"half a million", "nearly half a million dollars", []money{{"half a million dollars", 5e5, "USD", true}}},
		{"a million dollars", "A million dollars!", []money{usd("A million dollars", 1e6)}},
		{"a half-million", "a half-million dollars and a half million euros", []money{
			usd("a half-million dollars", 5e5), {"a half million euros", 5e5, "EUR", false}}},
		{"a half", "a half dollars", nil},
		{"spelled hundred", "one hundred and fifty euros", []money{{"one hundred and fifty euros", 150, "EUR", false}}},
		{"approx about", "about $5 million", []money{{"$5 million", 5e6, "USD", true}}},
		{"approx nearly", "nearly $449,000", []money{{"$449,000", 449000, "USD", true}}},
		{"approx more than", "more than $700 million", []money{{"$700 million", 7e8, "USD", true}}},
		{"approx some", "some $2bn", []money{{"$2bn", 2e9, "USD", true}}},
		{"approx roughly", "roughly £3m", []money{{"£3m", 3e6, "GBP", true}}},
		{"pounds in a British text", "It cost £5. Fines of 200 pounds.", []money{{"£5", 5, "GBP", false}, {"200 pounds", 200, "GBP", false}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := extractMoney(t, tt.text)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Extract(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestMoneySeed checks the headline fact of the seed article.
func TestMoneySeed(t *testing.T) {
	text := "Washington has pledged $300 million in additional security assistance to Ukraine."
	got := extractMoney(t, text)
	want := []money{{"$300 million", 300000000, "USD", false}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
}

// TestParseNumber covers the separator conventions directly.
func TestParseNumber(t *testing.T) {
	tests := []struct {
		in    string
		style numberStyle
		want  float64
		ok    bool
	}{
		{"1234", numberStyle{}, 1234, true},
		{"1,234", numberStyle{}, 1234, true},
		{"1,234.56", numberStyle{}, 1234.56, true},
		{"1.234", numberStyle{}, 1.234, true},
		{"1.234.567", numberStyle{}, 1234567, true},
		{"1.234,56", numberStyle{}, 0, false},
		{"1.234,56", numberStyle{decimalComma: true}, 1234.56, true},
		{"12,5", numberStyle{}, 0, false},
		{"12,5", numberStyle{decimalComma: true}, 12.5, true},
		{"1,2345", numberStyle{decimalComma: true}, 0, false},
		{"2,00,000", numberStyle{}, 0, false},
		{"2,00,000", numberStyle{indian: true}, 200000, true},
		{"12,34,56,789.50", numberStyle{indian: true}, 123456789.5, true},
		{"1.2.3", numberStyle{}, 0, false},
		{"0.99", numberStyle{}, 0.99, true},
		{"1234567890123456789", numberStyle{}, 0, false},
	}
	for _, tt := range tests {
		n, ok := parseNumber(tt.in, tt.style)
		if ok != tt.ok || ok && n.float() != tt.want {
			t.Errorf("parseNumber(%q, %+v) = %v, %v; want %v, %v", tt.in, tt.style, n.float(), ok, tt.want, tt.ok)
		}
	}
}

// TestParseNumberWords covers spelled-out numbers directly.
func TestParseNumberWords(t *testing.T) {
	tests := []struct {
		in   string
		want float64
		ok   bool
	}{
		{"half a million", 5e5, true},
		{"a million", 1e6, true},
		{"two million five hundred thousand", 2.5e6, true},
		{"twenty-five", 25, true},
		{"one hundred and fifty", 150, true},
		{"a", 0, false},
		{"million", 0, false},
		{"half", 0, false},
		{"a half million", 5e5, true},
		{"half million", 5e5, true},
		{"a half", 0, false},
		{"twenty five", 0, false},
	}
	for _, tt := range tests {
		got, ok := parseNumberWords(strings.Fields(tt.in))
		if ok != tt.ok || got != tt.want {
			t.Errorf("parseNumberWords(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

// FuzzMoney checks the invariants of the money extractor on any input:
// no panic, offsets inside the text, text[start:end] == Text, sorted and
// non-overlapping amounts, finite non-negative values, ISO codes.
//
//	go test ./extractors/money -run '^$' -fuzz FuzzMoney -fuzztime 60s
func FuzzMoney(f *testing.F) {
	for _, s := range []string{
		"$300 million", "$3-4 billion", "between $3 and $4 billion", "1.234,56 €", "Rs 2,00,000 crore",
		"half a million dollars", "99p", "$.50", "US $5", "¥5 billion yuan", "3 to 4 million euros",
		"5 million pounds sterling", "1-800-555-0199", "$1,50", "12,34,56,789.50 rupees", "$99999999999999999999 trillion",
		"fifteen cents", "€", "$", "5-", "- $", "a\u00a0€5\u202fbn", benchText,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var fs extractors.Findings
		New().Extract(extest.Analyse(s), &fs)
		if err := checkMoney(s, fs.Money); err != "" {
			t.Fatalf("Extract(%q): %s", s, err)
		}
	})
}

// BenchmarkMoney measures the money extractor alone on a news-like text of
// about 700 words; articles/s is 1e9 / (ns/op).
func BenchmarkMoney(b *testing.B) {
	t := extest.Analyse(benchText)
	m := New()
	var f extractors.Findings
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		f.Money = f.Money[:0]
		m.Extract(t, &f)
	}
	if len(f.Money) < 20 {
		b.Fatalf("only %d amounts in the benchmark text", len(f.Money))
	}
}

// BenchmarkMoneyBaseline is a yardstick for BenchmarkMoney on a loaded
// machine: one pass of the regular expression the first money extractor
// used ($, £ or € and a number), over the same text. Compare the two
// ns/op of one run, not absolute figures.
func BenchmarkMoneyBaseline(b *testing.B) {
	re := regexp.MustCompile(`(US\$|\$|£|€)(\d[\d,]*(?:\.\d+)?)(?:\s+(million|billion|trillion|thousand))?\b`)
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		n = len(re.FindAllStringSubmatchIndex(benchText, -1))
	}
	if n == 0 {
		b.Fatal("baseline found nothing")
	}
}

// TestMoneyConcurrent runs one Money from several goroutines: it keeps no
// state, so every run finds the same amounts (run with -race).
func TestMoneyConcurrent(t *testing.T) {
	m := New()
	text := extest.Analyse(benchText)
	var want extractors.Findings
	m.Extract(text, &want)
	done := make(chan []extractors.Amount)
	for range 4 {
		go func() {
			var f extractors.Findings
			m.Extract(text, &f)
			done <- f.Money
		}()
	}
	for range 4 {
		if diff := cmp.Diff(want.Money, <-done); diff != "" {
			t.Errorf("concurrent run differs (-want +got):\n%s", diff)
		}
	}
}

// TestMoneyBenchText pins the amounts of the benchmark article, so that a
// faster scanner cannot become a blinder one unnoticed.
func TestMoneyBenchText(t *testing.T) {
	got := extractMoney(t, benchText)
	var texts []string
	for _, a := range got {
		texts = append(texts, a.Text)
	}
	want := []string{
		"$4.2 billion", "$38.50", "$52", "$300 million", "$1.5 billion", "$2.5bn", "24 cents",
		"$71.14", "$1.1 billion", "$50.12", "$350", "400 million", "$212 million", "$1.87",
		"$6.9 billion", "$5.4 billion", "$1.79", "$64.5 million", "$1.3 billion", "$900 million",
		"HK$2.3bn", "€185 million", "£12.6m", "£310 million", "Rs 1,200 crore", "4.5 billion yen",
		"$150 million", "$120 million", "$640 million", "$75 million", "1.2 billion dollars",
		"500 million euros", "$11.40", "$2.50", "$18,200", "$380 million", "half a million dollars",
	}
	if diff := cmp.Diff(want, texts); diff != "" {
		t.Errorf("amounts in the benchmark text (-want +got):\n%s", diff)
	}
}
