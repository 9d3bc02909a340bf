package entities

import "strings"

// strength says how much a rule's evidence weighs when the mentions of one
// name disagree (see resolve): strong evidence outvotes any number of
// guesses, and a guess yields to the label the name gets elsewhere.
type strength int

const (
	// unlabelled: the rule found a name but no label; the name's other
	// mentions or a full name it is part of may give it one.
	unlabelled strength = iota
	shapeGuess          // the look of the words alone
	modelGuess          // the statistical model's label alone
	// cue: a word next to the name or the shape of the word ("Coty
	// shares", "WeWork", "Kenyan"): outvotes guesses, but a person's full
	// name elsewhere claims the word ("Reid" after "Harry Reid").
	cue
	sure // listed names, word classes, titles, spelled-out acronyms
)

// weak reports whether the label is a guess another mention may overrule.
func (s strength) weak() bool { return s <= modelGuess }

// weight is the vote a mention of this strength casts for its label.
func (s strength) weight() int {
	switch s {
	case unlabelled:
		return 0
	case shapeGuess:
		return 1
	case modelGuess:
		return 2
	}
	return 100
}

// rule is one named decision about a mention. Its name is the mention's
// trace (Trace.Rule); what later steps need to know about the decision
// travels as typed fields of the rule, never as its name.
type rule struct {
	name     string
	strength strength
	// gazetteer: the label comes from a gazetteer entry, so a person's
	// surname elsewhere in the article may overrule it ("Bloomberg").
	gazetteer bool
	acronym   bool // the mention is an acronym, spelled out elsewhere perhaps
	club      bool // a place and a club nickname: the bare nickname merges in
}

// outcome is what a label rule decided about a candidate.
type outcome int

const (
	skip    outcome = iota // the rule does not apply: try the next
	named                  // a name with the label returned
	open                   // a name whose label is left to resolve
	notName                // not a name at all
)

// why collects the evidence lines behind one decision when --explain is
// on. When off, its methods return at once and allocate nothing.
type why struct {
	on    bool
	lines []string
}

// add appends one evidence line made of parts.
func (w *why) add(parts ...string) {
	if w == nil || !w.on {
		return
	}
	w.lines = append(w.lines, strings.Join(parts, ""))
}

// word notes that word belongs to a word class of the gazetteer's
// words.txt: "word class: org-last 'University'".
func (w *why) word(class, word string) { w.add("word class: ", class, " '", word, "'") }

// mark returns the number of lines so far, to undo a rule's lines with
// reset when the rule does not fire.
func (w *why) mark() int {
	if w == nil {
		return 0
	}
	return len(w.lines)
}

// reset drops the lines added since mark n.
func (w *why) reset(n int) {
	if w != nil && len(w.lines) > n {
		w.lines = w.lines[:n]
	}
}

// allRules returns every rule of the package: the label rules in their
// order, then the rules that label before (pre-labelled parts) or after
// them (resolve, headlines).
func allRules() []*rule {
	out := make([]*rule, 0, len(labelRules)+8)
	for i := range labelRules {
		out = append(out, &labelRules[i].rule)
	}
	return append(out, &rulePartyState, &ruleHyphenPart, &rulePersonPart, &ruleSurnameOverOrg,
		&ruleOrgHead, &ruleListMember, &ruleHeadlineKnown, &ruleHeadlineGazetteer, &ruleModel)
}
