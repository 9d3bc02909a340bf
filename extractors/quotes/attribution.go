package quotes

import (
	"cmp"
	"slices"
	"unicode"
	"unicode/utf8"
)

// This file holds the match functions of the attribution rules (rules.go)
// and the helpers they share.

// scanCues finds the cues of items[ii]'s own sentence that may attribute
// it: the nearest acceptable one after the quote and the last one before
// it (or the "say" outside a verb of judging, see outerCue).
func (a *attributor) scanCues(ii int) {
	it := &a.items[ii]
	ws := a.sents[it.sent].words
	a.after, a.before = -1, -1
	for _, ei := range a.bySent[it.sent] {
		ev := &a.events[ei]
		if ev.tok > it.tok && a.after < 0 {
			if why := a.afterProblem(it, ev, ws); why != "" {
				if a.explain {
					a.note(it, "cue %q (source %q) after the quote: rejected, %s", a.cueText(ev), ev.m.text, why)
				}
			} else {
				a.after = ei
			}
		}
		if ev.tok < it.tok && onlyWordsBetween(ws, ev.tok, it.tok) {
			a.before = ei
		}
	}
	if a.before >= 0 {
		a.before = a.governingCue(ii, a.before)
		inner := a.before
		a.before = outerCue(a.bySent[it.sent], a.events, a.before, ws, it.tok)
		if a.explain && a.before != inner {
			a.note(it, "cue %q (source %q) before the quote: passed over, a verb of judging inside %q's reported speech",
				a.cueText(&a.events[inner]), a.events[inner].m.text, a.events[a.before].m.text)
		}
	}
}

// afterProblem says why the cue ev after the quote it cannot attribute it,
// "" when it can.
func (a *attributor) afterProblem(it *item, ev *event, ws []word) string {
	switch {
	case !onlyWordsBetween(ws, it.tok, ev.tok):
		return "another quote between"
	case ev.tok-it.tok > 32:
		return "more than 32 words away"
	case ev.after && !onlyPunctBetween(ws, it.tok, ev.tok):
		return "an inverted cue not right after the quote"
	case !ev.after && !ev.agentless && ev.m.s < ws[it.tok].e:
		return "its subject comes before the quote"
	case !mayTakeAfter(a.text, it, ws):
		return "the quote ends its sentence"
	}
	return ""
}

func (a *attributor) cueText(ev *event) string { return a.text[ev.cueS:ev.cueE] }

// cueAfter matches a cue after the quote when the quote leaves its
// sentence open or no cue comes before it.
func cueAfter(a *attributor, ii int) (int, bool) {
	ok := a.after >= 0 && (a.before < 0 || endsOpen(a.text, a.items[ii].span) && !a.parseFavoursBefore(ii))
	if ok && a.before >= 0 && a.explain {
		ev := &a.events[a.before]
		a.note(&a.items[ii], "cue %q (source %q) before the quote: passed over, the quote leaves its sentence open", a.cueText(ev), ev.m.text)
	}
	return a.after, ok
}

// cueBefore matches the cue before the quote in its sentence.
func cueBefore(a *attributor, ii int) (int, bool) {
	if a.before >= 0 && a.after >= 0 && a.explain {
		ev := &a.events[a.after]
		a.note(&a.items[ii], "cue %q (source %q) after the quote: passed over, the quote ends closed and a cue comes before it", a.cueText(ev), ev.m.text)
	}
	return a.before, a.before >= 0
}

// continuation matches a quote in the paragraph of the attributed quote
// before it (or opening the paragraph after it) with no other cue between.
func continuation(a *attributor, ii int) (int, bool) {
	if ii == 0 {
		return -1, false
	}
	it, p := &a.items[ii], &a.items[ii-1]
	sents := a.sents
	samePara := sents[p.sent].para == sents[it.sent].para ||
		(opensParagraph(sents, it) && sents[it.sent].para <= sents[p.sent].para+1+paraSpan(sents, p))
	ok := p.event >= 0 && samePara && !eventBetween(a.events, spanEnd(p.span), it.span.open, p.event)
	return p.event, ok
}

// colonIntro matches a quote opening its sentence after one that ends with
// a colon and has a cue.
func colonIntro(a *attributor, ii int) (int, bool) {
	it := &a.items[ii]
	if it.tok != 0 || it.sent == 0 {
		return -1, false
	}
	prev := a.sents[it.sent-1]
	if n := len(prev.words); n == 0 || prev.words[n-1].text != ":" {
		return -1, false
	}
	ei := lastEventIn(a.events, it.sent-1)
	return ei, ei >= 0
}

// previousParagraph matches a paragraph that is only a quote, after a
// sentence whose source is a name or a pronoun.
func previousParagraph(a *attributor, ii int) (int, bool) {
	it := &a.items[ii]
	if !opensParagraph(a.sents, it) || !wholeParagraph(a.sents, it.sent) || it.sent == 0 {
		return -1, false
	}
	ei := lastEventIn(a.events, it.sent-1)
	return ei, ei >= 0 && (a.events[ei].m.kind == kindName || a.events[ei].m.kind == kindPronoun)
}

// nextSentence matches a quote that is a sentence of its own followed, in
// its paragraph (or the next when the quote is a paragraph), by a sentence
// whose first cue has a source that is no pronoun.
func nextSentence(a *attributor, ii int) (int, bool) {
	it := &a.items[ii]
	sents := a.sents
	if !wholeSentence(sents[it.sent].words, it.tok) || it.sent+1 >= len(sents) {
		return -1, false
	}
	nx := sents[it.sent+1]
	sameOrNext := nx.para == sents[it.sent].para || (nx.para == sents[it.sent].para+1 && wholeParagraph(sents, it.sent))
	if !sameOrNext || len(nx.words) == 0 || nx.words[0].text == markerText {
		return -1, false
	}
	ei := firstEventIn(a.events, it.sent+1)
	return ei, ei >= 0 && a.events[ei].m.kind != kindPronoun && !a.events[ei].agentless
}

func latestSourceRule(a *attributor, ii int) (int, bool) {
	ei := latestSource(a.events, a.sents, &a.items[ii])
	return ei, ei >= 0
}

func unattributed(*attributor, int) (int, bool) { return -1, true }

// previousSubject matches a quote opening its sentence when the sentence
// before, in the same paragraph or the one before, opens with a person's
// name; the quote's source becomes that name (its event, if any, stays
// for the record).
func previousSubject(a *attributor, ii int) (int, bool) {
	it := &a.items[ii]
	if it.sent == 0 || it.tok != 0 {
		return -1, false
	}
	m, ok := a.res.previousSubject(it.sent)
	if !ok {
		return -1, false
	}
	it.override, it.speaker = &m, m.text
	return it.event, true
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
		if isDash(ws[it.tok+1].text) {
			return true // "…." — Billy Mays
		}
		first, _ := utf8.DecodeRuneInString(ws[it.tok+1].text)
		return unicode.IsLower(first)
	}
	return false
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
