package quotes

import (
	"unicode"
	"unicode/utf8"

	"github.com/lede-project/lede/extractors"
	"github.com/lede-project/lede/extractors/internal/lex"
)

// Extractor finds direct quotations and reported speech and attributes each to
// its source, resolved to the most informative name the article gives.
//
// Direct quotes go to Findings.Quotes: every span between paired double
// quote marks that is someone's speech or writing, Kind "direct" when it
// stands as an utterance of its own and "partial" when it is a fragment
// woven into the reporting sentence (see kind); scare quotes, titles,
// nicknames and slogans are left out. Reported speech without quote marks (Kind
// "indirect") goes to Findings.Reported, so the two never mix.
//
// Extractor keeps no state and is safe for concurrent use.
type Extractor struct{}

// New returns the quote extractor.
func New() *Extractor { return &Extractor{} }

// Name implements Extractor.
func (*Extractor) Name() string { return "quotes" }

// item is one accepted quotation while it is being attributed.
type item struct {
	span  span
	sent  int // sentence holding the opening mark
	tok   int // index of its marker in that sentence's words
	event int // index of the attributing event, -1 when none
	rule  *attributionRule
	words int
	// override is the source found by the previous-subject rule, when set.
	override *mention
	speaker  string
	evidence []string // Findings.Explain only
}

// Extract implements Extractor.
func (*Extractor) Extract(t *extractors.Text, f *extractors.Findings) {
	paras := paragraphs(t)
	spans := findSpans(t)
	sents := segment(t, paras, spans)
	events := findEvents(t, sents)
	a := &attributor{t: t, text: t.Text, sents: sents, events: events, items: locate(sents, spans), bySent: eventsBySentence(sents, events), explain: f.Explain}
	// Attribute each quote by the cues of its own sentence.
	for ii := range a.items {
		a.scanCues(ii)
		a.attribute(inSentence, ii)
	}
	// Keep the quotations; attribute the rest by their context.
	a.items = filter(t.Text, sents, events, a.items)
	for ii := range a.items {
		if a.items[ii].rule == nil {
			a.attribute(inContext, ii)
		}
	}
	// Name every source, then let the late rules replace weak guesses.
	a.res = newResolver(t, f, sents, spans)
	a.res.resolveAll(events, a.items)
	for ii := range a.items {
		if a.items[ii].rule.overridable {
			a.attribute(afterResolution, ii)
		}
	}
	for i := range a.items {
		f.Quotes = append(f.Quotes, a.direct(&a.items[i]))
	}
	f.Reported = append(f.Reported, indirect(t.Text, sents, events, f.Explain)...)
}

// locate finds the sentence and marker token of every span.
func locate(sents []sentence, spans []span) []item {
	items := make([]item, 0, len(spans))
	si := 0
	for _, sp := range spans {
		for si < len(sents) && sents[si].End <= sp.open {
			si++
		}
		it := item{span: sp, sent: -1, tok: -1, event: -1}
		for k := si; k < len(sents) && sents[k].Start <= sp.open+1; k++ {
			for wi, w := range sents[k].words {
				if w.text == markerText && w.s == sp.open {
					it.sent, it.tok = k, wi
				}
			}
			if it.sent >= 0 {
				break
			}
		}
		if it.sent < 0 {
			continue
		}
		items = append(items, it)
	}
	return items
}

// direct builds the output Quote of an attributed item.
func (a *attributor) direct(it *item) extractors.Quote {
	text := a.text
	q := extractors.Quote{Span: extractors.Span{Text: text[it.span.start:it.span.end], Start: it.span.start, End: it.span.end}, Kind: a.kind(it), Trace: extractors.Trace{Rule: it.rule.name}}
	if it.override != nil {
		q.Speaker = extractors.NullString(it.speaker)
		s, e := it.override.s, it.override.e
		q.SpeakerStart, q.SpeakerEnd = &s, &e
	} else if it.event >= 0 {
		ev := &a.events[it.event]
		q.Cue = text[ev.cueS:ev.cueE]
		if ev.speaker != "" {
			q.Speaker = extractors.NullString(ev.speaker)
			q.SpeakerTitle = ev.title
			if ev.m.kind != kindNone {
				s, e := ev.m.s, ev.m.e
				q.SpeakerStart, q.SpeakerEnd = &s, &e
			}
		}
	}
	if a.explain {
		q.Evidence = a.evidence(it)
	}
	return q
}

// kind says whether a quotation is "direct", an utterance set off by
// punctuation or standing alone (Esper said, "…"; "…," he said), or
// "partial": a fragment woven into the syntax of the reporting sentence,
// what semanticists call mixed quotation (called the deal a "disaster for
// the region"; said the plan was "dead on arrival"). A quote is woven in
// when the word before its opening mark is a word rather than punctuation,
// except a cue verb introducing a capitalised utterance without a comma
// (he said "We will appeal."), or when it opens in lower case after no
// punctuation at all.
func (a *attributor) kind(it *item) string {
	ws := a.sents[it.sent].words
	first, _ := utf8.DecodeRuneInString(a.text[it.span.start:it.span.end])
	if it.tok == 0 || ws[it.tok-1].punct {
		return "direct"
	}
	if _, cue := lex.ReportingLemma(ws[it.tok-1].low); cue && !unicode.IsLower(first) {
		return "direct"
	}
	return "partial"
}
