package quotes

import (
	"strings"

	"github.com/lede-project/lede/extractors"
)

// Extractor finds direct quotations and reported speech and attributes each to
// its source, resolved to the most informative name the article gives.
//
// Direct quotes (Kind "direct") go to Findings.Quotes: every span between
// paired double quote marks that is someone's speech or writing, including
// partial quotes inside reported speech; scare quotes, titles, nicknames
// and slogans are left out. Reported speech without quote marks (Kind
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
	rule  string
	words int
	// override is the source found by subjectFallback, when set.
	override *mention
	speaker  string
}

// Extract implements Extractor.
func (*Extractor) Extract(t *extractors.Text, f *extractors.Findings) {
	paras := paragraphs(t)
	spans := findSpans(t)
	sents := segment(t, paras, spans)
	events := findEvents(sents)
	items := locate(sents, spans)
	link(t.Text, sents, events, items)
	items = filter(t.Text, sents, events, items)
	inherit(t.Text, sents, events, items)
	r := newResolver(t, f, sents, spans)
	r.resolveAll(events, items)
	r.subjectFallback(items, events)
	for i := range items {
		f.Quotes = append(f.Quotes, direct(t.Text, &items[i], events))
	}
	f.Reported = append(f.Reported, indirect(t.Text, sents, events)...)
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
func direct(text string, it *item, events []event) extractors.Quote {
	q := extractors.Quote{Span: extractors.Span{Text: text[it.span.start:it.span.end], Start: it.span.start, End: it.span.end}, Kind: "direct", Trace: extractors.Trace{Rule: it.rule}}
	if it.override != nil {
		q.Speaker = extractors.NullString(it.speaker)
		s, e := it.override.s, it.override.e
		q.SpeakerStart, q.SpeakerEnd = &s, &e
	} else if it.event >= 0 {
		ev := &events[it.event]
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
	if it.span.multiPara {
		q.Rule += "+multipara"
	}
	if it.span.unterminated {
		q.Rule += "+unterminated"
	}
	q.Rule = strings.TrimPrefix(q.Rule, "+")
	return q
}
