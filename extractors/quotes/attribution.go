package quotes

import (
	"cmp"
	"slices"
	"unicode"
	"unicode/utf8"
)

// This file links each quotation to the reporting event that attributes it:
// a cue in the same sentence after the quote ("…," Heyward said) or before
// it (Esper said, "…"); failing that, the statement it continues (split
// and multi-paragraph quotes, "A," he said. "B."), a colon introduction in
// the sentence before ("He said:"), or a source in the next sentence
// ("That was the message from organizer Beatriz Lomas").

// link attributes items to events in their own sentence.
func link(text string, sents []sentence, events []event, items []item) {
	bySent := eventsBySentence(sents, events)
	for ii := range items {
		it := &items[ii]
		ws := sents[it.sent].words
		after, before := -1, -1
		for _, ei := range bySent[it.sent] {
			ev := &events[ei]
			if ev.tok > it.tok && after < 0 && onlyWordsBetween(ws, it.tok, ev.tok) && ev.tok-it.tok <= 32 {
				if ev.after && !onlyPunctBetween(ws, it.tok, ev.tok) {
					continue
				}
				if !ev.after && !ev.agentless && ev.m.s < ws[it.tok].e {
					continue
				}
				if !mayTakeAfter(text, it, ws) {
					continue
				}
				after = ei
			}
			if ev.tok < it.tok && onlyWordsBetween(ws, ev.tok, it.tok) {
				before = ei
			}
		}
		if before >= 0 {
			before = outerCue(bySent[it.sent], events, before, ws, it.tok)
		}
		switch {
		case after >= 0 && (before < 0 || endsOpen(text, it.span)):
			it.event, it.rule = after, "cue-after"
		case before >= 0:
			it.event, it.rule = before, "cue-before"
		case after >= 0:
			it.event, it.rule = after, "cue-after"
		}
	}
}

func eventsBySentence(sents []sentence, events []event) [][]int {
	by := make([][]int, len(sents))
	for i, ev := range events {
		by[ev.sent] = append(by[ev.sent], i)
	}
	return by
}

// onlyWordsBetween reports whether no other quote marker lies strictly
// between ws[a] and ws[b].
func onlyWordsBetween(ws []word, a, b int) bool {
	for k := a + 1; k < b; k++ {
		if ws[k].text == markerText {
			return false
		}
	}
	return true
}

func onlyPunctBetween(ws []word, a, b int) bool {
	for k := a + 1; k < b; k++ {
		if !ws[k].punct {
			return false
		}
	}
	return true
}

// endsOpen reports whether the quote's content ends with a comma, a
// question or exclamation mark or a dash: a sign that the sentence goes on
// with its attribution.
func endsOpen(text string, sp span) bool {
	r, _ := utf8.DecodeLastRuneInString(text[sp.start:sp.end])
	switch r {
	case ',', '?', '!', '—', '–', '-', '…', ';':
		return true
	}
	return false
}

// mayTakeAfter reports whether the words after the quote may attribute
// it: any quote not closed by a full stop, or one followed by a lower-case
// word ("." he said).
func mayTakeAfter(text string, it *item, ws []word) bool {
	r, _ := utf8.DecodeLastRuneInString(text[it.span.start:it.span.end])
	if r != '.' {
		return true
	}
	if it.tok+1 < len(ws) {
		first, _ := utf8.DecodeRuneInString(ws[it.tok+1].text)
		return unicode.IsLower(first)
	}
	return false
}

// inherit attributes the items link left alone.
func inherit(text string, sents []sentence, events []event, items []item) {
	for ii := range items {
		it := &items[ii]
		if it.event >= 0 {
			continue
		}
		// A continuation of the previous quote: same paragraph, or the
		// next one when this quote opens it, with no other cue between.
		if ii > 0 {
			p := &items[ii-1]
			pe, qs := spanEnd(p.span), it.span.open
			samePara := sents[p.sent].para == sents[it.sent].para ||
				(opensParagraph(sents, it) && sents[it.sent].para <= sents[p.sent].para+1+paraSpan(sents, p))
			if p.event >= 0 && samePara && !eventBetween(events, pe, qs, p.event) {
				it.event, it.rule = p.event, "continuation"
				continue
			}
		}
		// A colon introduction: "He said:" ending the sentence before.
		if it.tok == 0 && it.sent > 0 {
			prev := sents[it.sent-1]
			if n := len(prev.words); n > 0 && prev.words[n-1].text == ":" {
				if ei := lastEventIn(events, it.sent-1); ei >= 0 {
					it.event, it.rule = ei, "colon"
					continue
				}
			}
		}
		// A quote paragraph after a paragraph that ends with reported
		// speech: "Erekat said it was …" then "“They wanted …”".
		if opensParagraph(sents, it) && wholeParagraph(sents, it.sent) && it.sent > 0 {
			if ei := lastEventIn(events, it.sent-1); ei >= 0 && (events[ei].m.kind == kindName || events[ei].m.kind == kindPronoun) {
				it.event, it.rule = ei, "previous-paragraph"
				continue
			}
		}
		// A source in the next sentence, when the quote is a sentence of
		// its own.
		if wholeSentence(sents[it.sent].words, it.tok) && it.sent+1 < len(sents) {
			nx := sents[it.sent+1]
			sameOrNext := nx.para == sents[it.sent].para || (nx.para == sents[it.sent].para+1 && wholeParagraph(sents, it.sent))
			if sameOrNext && len(nx.words) > 0 && nx.words[0].text != markerText {
				if ei := firstEventIn(events, it.sent+1); ei >= 0 && events[ei].m.kind != kindPronoun && !events[ei].agentless {
					it.event, it.rule = ei, "next-sentence"
					continue
				}
			}
		}
		// Last resort: the latest source named or referred to in this
		// paragraph or the two before ("Mr. Obama was blunt. … “…”").
		if ei := latestSource(events, sents, it); ei >= 0 {
			it.event, it.rule = ei, "latest-source"
		}
	}
}

// latestSource returns the latest event before the item, in its
// paragraph or the two before, whose source is a person or organisation.
func latestSource(events []event, sents []sentence, it *item) int {
	i, _ := slices.BinarySearchFunc(events, it.span.open, func(ev event, off int) int { return cmp.Compare(ev.cueS, off) })
	para := sents[it.sent].para
	for i--; i >= 0; i-- {
		ev := &events[i]
		if sents[ev.sent].para < para-2 {
			break
		}
		if ev.agentless {
			continue
		}
		switch ev.m.kind {
		case kindName, kindOrg, kindPronoun, kindAnaphor:
			return i
		}
	}
	return -1
}

// paraSpan is how many paragraph breaks the item's quote itself crosses.
func paraSpan(sents []sentence, it *item) int {
	return it.span.lastPara - it.span.para
}

func opensParagraph(sents []sentence, it *item) bool {
	s := it.sent
	return it.tok == 0 && (s == 0 || sents[s-1].para != sents[s].para)
}

func wholeSentence(ws []word, tok int) bool {
	for k, w := range ws {
		if k != tok && !w.punct {
			return false
		}
	}
	return true
}

func wholeParagraph(sents []sentence, s int) bool {
	p := sents[s].para
	return (s == 0 || sents[s-1].para != p) && (s+1 >= len(sents) || sents[s+1].para != p)
}

// eventBetween reports whether an event other than skip has its cue in
// [from, to). Events are in text order.
func eventBetween(events []event, from, to, skip int) bool {
	i, _ := slices.BinarySearchFunc(events, from, func(ev event, off int) int { return cmp.Compare(ev.cueS, off) })
	for ; i < len(events) && events[i].cueS < to; i++ {
		if i != skip && !events[i].agentless {
			return true
		}
	}
	return false
}

// lastEventIn returns the last event of sentence sent that is not
// agentless, or -1.
func lastEventIn(events []event, sent int) int {
	i, _ := slices.BinarySearchFunc(events, sent+1, func(ev event, s int) int { return cmp.Compare(ev.sent, s) })
	for i--; i >= 0 && events[i].sent == sent; i-- {
		if !events[i].agentless {
			return i
		}
	}
	return -1
}

// firstEventIn returns the first event of sentence sent, or -1.
func firstEventIn(events []event, sent int) int {
	i, _ := slices.BinarySearchFunc(events, sent, func(ev event, s int) int { return cmp.Compare(ev.sent, s) })
	if i < len(events) && events[i].sent == sent {
		return i
	}
	return -1
}

// embeddedCues are verbs of judging that, inside another source's reported
// speech, carry that source's words: in "Rada said that after a review
// Ostrava had concluded the ban was "not lawful"", the quote is Rada's.
var embeddedCues = toSet(`conclude agree acknowledge concede admit predict estimate suggest recommend surmise confirm note`)

// outerCue returns the cue that attributes a quote whose nearest cue
// before it is ev: an earlier "say" or "tell" in the same sentence when ev
// is a verb of judging inside its reported clause, else ev itself.
func outerCue(inSent []int, events []event, ev int, ws []word, tok int) int {
	if !embeddedCues[events[ev].lemma] || events[ev].after {
		return ev
	}
	for _, ei := range inSent {
		e := &events[ei]
		if ei == ev || e.tok >= events[ev].tok {
			continue
		}
		if (e.lemma == "say" || e.lemma == "tell") && !e.after && e.m.kind != kindNone && onlyWordsBetween(ws, e.tok, tok) {
			return ei
		}
	}
	return ev
}
