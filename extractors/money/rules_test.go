package money

import (
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/lede-project/lede/extractors"
	"github.com/lede-project/lede/extractors/internal/extest"
)

// TestRuleNamesUnique keeps every rule's name its own.
func TestRuleNamesUnique(t *testing.T) {
	names := extest.RuleNames(t, rules, func(r *rule) string { return r.name })
	for _, r := range rules {
		if r.ranged != nil && !names[r.ranged.name] {
			t.Errorf("rule %q: its range rule %q is not in rules", r.name, r.ranged.name)
		}
	}
}

// isRule reports whether name is the name of a rule in rules.
func isRule(name string) bool {
	for _, r := range rules {
		if r.name == name {
			return true
		}
	}
	return false
}

// TestSeedArticleRules runs the extractor over the seed article: every
// amount names a rule of the table (checkMoney does the same for every
// test input).
func TestSeedArticleRules(t *testing.T) {
	b, err := os.ReadFile("../../testdata/presstv-us-russia-talks.txt")
	if err != nil {
		t.Fatal(err)
	}
	got := extractMoney(t, string(b))
	if len(got) == 0 {
		t.Fatal("no amount in the seed article")
	}
}

// TestExplain checks that Findings.Explain fills the evidence and changes
// nothing else.
func TestExplain(t *testing.T) {
	text := "Karachi: the Pakistani rupee fell. Rs 5 crore went missing, about $3-4 billion was pledged and 3 to 4 million euros, " +
		"HK$2.3bn, ¥5 billion. He gave half a million dollars."
	var plain, explained extractors.Findings
	explained.Explain = true
	New().Extract(extest.Analyse(text), &plain)
	New().Extract(extest.Analyse(text), &explained)
	for _, a := range plain.Money {
		if a.Evidence != nil {
			t.Errorf("%q: evidence %q without Explain", a.Text, a.Evidence)
		}
	}
	stripped := append([]extractors.Amount(nil), explained.Money...)
	for i := range stripped {
		stripped[i].Evidence = nil
	}
	if diff := cmp.Diff(plain.Money, stripped); diff != "" {
		t.Errorf("Explain changed the output (-without +with):\n%s", diff)
	}
	want := map[string][]string{
		"Rs 5 crore":             {"number: 5", "multiplier: crore", "currency: PKR from abbreviation Rs", "context: first explicit mention Pakistani rupee"},
		"$3":                     {"number: 3", "multiplier: billion", "currency: USD from sign $", "range: shares its multiplier or currency with the other end", "approximate: about"},
		"4 billion":              {"number: 4", "multiplier: billion", "currency: USD from sign $", "range: shares its multiplier or currency with the other end", "approximate: about"},
		"3":                      {"number: 3", "multiplier: million", "currency: EUR from word euros", "range: shares its multiplier or currency with the other end"},
		"4 million euros":        {"number: 4", "multiplier: million", "currency: EUR from word euros"},
		"HK$2.3bn":               {"number: 2.3", "multiplier: bn", "currency: HKD from sign HK$"},
		"¥5 billion":             {"number: 5", "multiplier: billion", "currency: JPY from sign ¥", "context: ¥ is yen: the text does not speak of yuan"},
		"half a million dollars": {"number: half a million", "currency: USD from word dollars"},
	}
	got := map[string][]string{}
	for _, a := range explained.Money {
		got[a.Text] = a.Evidence
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("evidence (-want +got):\n%s", diff)
	}
}

// TestCurrencyData keeps data/currencies.txt well formed: every line in a
// known section, with the fields that section needs.
func TestCurrencyData(t *testing.T) {
	section := ""
	for i, line := range strings.Split(currenciesData, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "["):
			section = strings.Trim(line, "[]")
			if sectionFields[section] == 0 {
				t.Errorf("data/currencies.txt:%d: unknown section %s", i+1, line)
			}
		case len(strings.Split(line, "\t")) < sectionFields[section]:
			t.Errorf("data/currencies.txt:%d: %q has fewer than %d tab-separated fields", i+1, line, sectionFields[section])
		}
	}
	if len(currencyNouns) < 50 || len(currencyAdjectives) < 90 || len(signs) < 15 {
		t.Errorf("tables too short: %d words, %d adjectives, %d signs", len(currencyNouns), len(currencyAdjectives), len(signs))
	}
}

// TestTokenGranularity: the scanner views tokens, so how finely the text
// was tokenized does not change the amounts. extest.Analyse splits
// "5,000" and "$1.5" into several tokens; a white-space splitter (one
// token per word, as coarse as a tokenizer gets) keeps them whole.
func TestTokenGranularity(t *testing.T) {
	fine := extest.Analyse(benchText)
	coarse := &extractors.Text{Text: benchText, Sentences: fine.Sentences}
	for i := 0; i < len(benchText); {
		for i < len(benchText) && (benchText[i] == ' ' || benchText[i] == '\n') {
			i++
		}
		j := i
		for j < len(benchText) && benchText[j] != ' ' && benchText[j] != '\n' {
			j++
		}
		if j > i {
			coarse.Tokens = append(coarse.Tokens, extractors.Token{Text: benchText[i:j], Start: i, End: j})
		}
		i = j
	}
	var a, b extractors.Findings
	New().Extract(fine, &a)
	New().Extract(coarse, &b)
	if len(a.Money) < 30 {
		t.Fatalf("only %d amounts", len(a.Money))
	}
	if diff := cmp.Diff(a.Money, b.Money); diff != "" {
		t.Errorf("fine vs coarse tokens (-fine +coarse):\n%s", diff)
	}
}
