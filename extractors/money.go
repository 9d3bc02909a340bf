package extractors

import (
	"regexp"
	"strconv"
	"strings"
)

// Money finds monetary amounts.
type Money struct{}

// NewMoney returns the money extractor.
func NewMoney() *Money { return &Money{} }

// Name implements Extractor.
func (*Money) Name() string { return "money" }

var moneyRE = regexp.MustCompile(`(US\$|\$|£|€)(\d[\d,]*(?:\.\d+)?)(?:\s+(million|billion|trillion|thousand))?\b`)

var moneyCurrency = map[string]string{"$": "USD", "US$": "USD", "£": "GBP", "€": "EUR"}
var moneyScale = map[string]float64{"": 1, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}

// Extract implements Extractor.
func (*Money) Extract(t *Text, f *Findings) {
	for _, m := range moneyRE.FindAllStringSubmatchIndex(t.Text, -1) {
		num, err := strconv.ParseFloat(strings.ReplaceAll(t.Text[m[4]:m[5]], ",", ""), 64)
		if err != nil {
			continue
		}
		scale := ""
		if m[6] >= 0 {
			scale = t.Text[m[6]:m[7]]
		}
		f.Money = append(f.Money, Amount{
			Text: t.Text[m[0]:m[1]], Amount: num * moneyScale[scale],
			Currency: moneyCurrency[t.Text[m[2]:m[3]]], Start: m[0], End: m[1], Rule: "symbol-number",
		})
	}
}
