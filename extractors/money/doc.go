// Package money finds monetary amounts in article text: a number with a
// currency sign, code or word, multipliers, ranges and spelled-out amounts
// ("$300 million", "5bn EUR", "3 to 4 million euros", "half a million
// dollars"). See Extractor for what counts as an amount.
//
// Files:
//   - money.go: the Extractor, the scanner's view of each sentence's tokens, the
//     candidate amount and how it is read (sign, number, multiplier).
//   - number.go: digit strings, separator conventions, multiplier words.
//   - affix.go: the currency before the number (signs, codes, local
//     abbreviations) and after it (signs, codes, currency words).
//   - words.go: spelled-out amounts anchored on their currency word.
//   - range.go: ranges ("$3-4 billion") and approximation words.
//   - context.go: what an ambiguous currency (¥, rupees, pounds) means in
//     one text.
//   - currency.go: the currency vocabulary, read from data/currencies.txt.
//   - rules.go: the named rules whose names are the amounts' Trace.Rule.
//   - evidence.go: what --explain says decided each amount.
//   - data/: the word lists (currencies, approximation words, weight verbs).
//
// Tests: table tests in money_test.go, one case per file in testdata/ (see
// testdata/README.md).
package money
