package money

// This file names the ways an amount is written. Each rule is a value; its
// name is the Trace.Rule of every amount it finds. The scanner decides
// which rule an amount follows from what it read (a sign before the
// number, a word after it...) and carries the rule on the candidate: no
// code looks at a rule's name.

// rule is one way of writing an amount.
type rule struct {
	name string
	// ranged is the rule of the same amount written as one end of a range
	// that borrowed its multiplier or currency from the other end ("$3-4
	// billion"); nil for the range rules themselves and spelled amounts.
	ranged *rule
}

var (
	// signBefore: "$300 million", "US$5", "€1.2 billion", "USD 1.5
	// million", "Rs 2,000 crore": a currency sign, ISO code or local
	// abbreviation written before the number.
	signBefore = &rule{name: "prefix", ranged: signBeforeRange}
	// signBeforeRange: "$3-4 billion", "between $3 and $4 billion": an end
	// of a range that takes its currency or multiplier from the other end.
	signBeforeRange = &rule{name: "prefix+range"}

	// currencyAfter: "5,000 USD", "100 €", "500 million euros", "20 billion
	// Hong Kong dollars": a sign, code or currency word after the number.
	currencyAfter = &rule{name: "suffix", ranged: currencyAfterRange}
	// currencyAfterRange: "3 to 4 million euros": the first end of a range
	// whose currency is written after the second.
	currencyAfterRange = &rule{name: "suffix+range"}

	// minorAfter: "24 cents", "5¢", "50 euro cents": a hundredth of a
	// currency, written after the number.
	minorAfter = &rule{name: "minor", ranged: minorAfterRange}
	// minorAfterRange: "50-60 cents": the first end of a range of cents.
	minorAfterRange = &rule{name: "minor+range"}

	// pence: "99p": pence written as a "p" glued to the number.
	pence = &rule{name: "pence"}

	// spelled: "half a million dollars", "five euros", "two million Hong
	// Kong dollars": a number in words before a currency word.
	spelled = &rule{name: "words"}
	// spelledMinor: "fifteen cents", "twenty-five pence": a spelled number
	// of hundredths.
	spelledMinor = &rule{name: "words-minor"}
)

// rules lists every rule of the money extractor.
var rules = []*rule{
	signBefore, signBeforeRange, currencyAfter, currencyAfterRange,
	minorAfter, minorAfterRange, pence, spelled, spelledMinor,
}
