package quotes

import (
	"fmt"

	"github.com/lede-project/lede/extractors"
)

// This file holds the attribution rules: the ordered table of ways a
// quotation finds the reporting event (cue and source) that attributes it.
// Every direct quote's Trace.Rule is the name of exactly one of them.

// stage says when an attribution rule can run.
type stage uint8

const (
	// inSentence rules look at the quote's own sentence; they run before
	// the filter, which needs their answer to judge short quotes.
	inSentence stage = iota
	// inContext rules look at the sentences and paragraphs around a quote
	// that no in-sentence rule attributed.
	inContext
	// afterResolution rules run once every source has a name, and may
	// replace the answer of a rule marked overridable.
	afterResolution
)

// attributionRule is one way a quote finds its reporting event.
type attributionRule struct {
	name  string
	stage stage
	// overridable marks a weak answer an afterResolution rule may replace.
	overridable bool
	// match reports whether the rule attributes items[ii] and to which
	// event (-1: none). A rule may also give the item its override source.
	match func(a *attributor, ii int) (event int, ok bool)
}

// attributionRules are tried in order within each stage; the first match
// wins.
var attributionRules = []*attributionRule{
	// "“We will appeal,” Hollis said." / "“…,” said Hollis.": a cue after
	// the quote in its sentence, taken when the quote leaves its sentence
	// open (a comma, question mark or dash) or has no cue before it.
	{name: "cue-after", stage: inSentence, match: cueAfter},
	// "Esper said, “…”" / "According to Park, the bridge is “safe for
	// now”": a cue before the quote in its sentence.
	{name: "cue-before", stage: inSentence, match: cueBefore},
	// "“A,” he said. “B.”": a quote that goes on from the attributed one
	// before it in the paragraph (or opens the next one) with no other
	// cue between.
	{name: "continuation", stage: inContext, match: continuation},
	// "He said:" ending the sentence before a quote that opens its own.
	{name: "colon", stage: inContext, match: colonIntro},
	// "Erekat said it was …" then a paragraph that is only a quote: the
	// source of the reported speech that ends the paragraph before.
	{name: "previous-paragraph", stage: inContext, match: previousParagraph},
	// "“…” That was the message from organizer Beatriz Lomas.": a named
	// source in the sentence after a quote that is a sentence of its own.
	{name: "next-sentence", stage: inContext, match: nextSentence},
	// "Mr. Obama was blunt. … “…”": the latest person or organisation
	// heard from in this paragraph or the two before. A weak guess.
	{name: "latest-source", stage: inContext, overridable: true, match: latestSourceRule},
	// A quote no other rule attributes: its speaker is unknown (null).
	{name: "unattributed", stage: inContext, overridable: true, match: unattributed},
	// "Ms. Marsh was unmoved. “I have made up my mind.”": a quote opening
	// the sentence after one whose subject is a person, when only a weak
	// rule attributed it.
	{name: "previous-subject", stage: afterResolution, match: previousSubject},
}

// reportedRule names every reported-speech item: a reporting event that
// attributes no direct quote, with its content ("The spokesman said
// Moscow will hold talks", "…, according to officials").
var reportedRule = &attributionRule{name: "reported"}

// attributor holds what the attribution rules look at.
type attributor struct {
	t      *extractors.Text // for the parse (syntax.go)
	text   string
	sents  []sentence
	events []event
	items  []item
	bySent [][]int // event indices by sentence
	// after and before are the cues of the item being attributed found by
	// scanCues (in-sentence stage), -1 when none.
	after, before int
	res           *resolver // afterResolution stage only
	explain       bool
}

// attribute tries the rules of stage st on items[ii], in order; the
// first match wins.
func (a *attributor) attribute(st stage, ii int) {
	it := &a.items[ii]
	for _, rl := range attributionRules {
		if rl.stage != st {
			continue
		}
		if ei, ok := rl.match(a, ii); ok {
			it.event, it.rule = ei, rl
			return
		}
	}
}

// note adds an evidence line to it; callers check a.explain first, so
// that no arguments are boxed when not explaining.
func (a *attributor) note(it *item, format string, args ...any) {
	it.evidence = append(it.evidence, fmt.Sprintf(format, args...))
}
