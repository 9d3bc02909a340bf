package quotes

import (
	"fmt"
	"strings"

	"github.com/lede-project/lede/extractors"
)

// This file turns reporting events that attribute no direct quote into
// reported-speech items (Kind "indirect"): "The spokesman said Moscow and
// NATO will hold talks…", "Ryabkov emphasized the urgency of the issue",
// "Selling a product is difficult…, Hege said", "according to officials".

// quoteOnly reports whether ev is an event that only a quote makes one: a
// cue noun or a clause ending in a colon, whose verb reports no speech.
func quoteOnly(ev *event) bool {
	return ev.how == cueNounRule || ev.how == colonClauseRule
}

// indirect lists the reported speech of the events that attribute no
// direct quote.
func indirect(text string, sents []sentence, events []event, explain bool) []extractors.Quote {
	var out []extractors.Quote
	for ei := range events {
		ev := &events[ei]
		if ev.agentless || ev.speaker == "" || notReporting[ev.lemma] || quoteOnly(ev) {
			continue
		}
		ws := sents[ev.sent].words
		s, e, ok := reportedContent(ws, ev)
		if !ok {
			continue
		}
		if s, e, ok = clipContent(ws, s, e, ev, events, ei); !ok {
			continue
		}
		q := extractors.Quote{Span: extractors.Span{Text: text[s:e], Start: s, End: e}, Kind: "indirect", Cue: text[ev.cueS:ev.cueE], Trace: extractors.Trace{Rule: reportedRule.name}}
		q.Speaker = extractors.NullString(ev.speaker)
		q.SpeakerTitle = ev.title
		ms, me := ev.m.s, ev.m.e
		q.SpeakerStart, q.SpeakerEnd = &ms, &me
		if explain {
			q.Evidence = append([]string{fmt.Sprintf("cue %q in a sentence with no quote", q.Cue)}, ev.evidence...)
		}
		out = append(out, q)
	}
	return out
}

// reportedContent finds the byte span of the reported content of ev in
// its sentence words ws.
func reportedContent(ws []word, ev *event) (int, int, bool) {
	cueEnd := ev.tok + ev.ntok
	last := len(ws)
	for last > 0 && ws[last-1].punct && ws[last-1].text != markerText {
		last--
	}
	for k := range ws {
		if ws[k].text == markerText {
			return 0, 0, false // sentences with quotes are the quotes' business
		}
	}
	// Content before the source: "X is difficult, Hege said." or "…,
	// according to officials."
	subjStart := ev.tok
	if !ev.after {
		for subjStart > 0 && ws[subjStart-1].e > ev.m.s {
			subjStart--
		}
	}
	if ev.lemma == "according to" || !ev.after {
		k := subjStart
		if ev.lemma == "according to" {
			k = ev.tok
		}
		if k >= 2 && ws[k-1].text == "," && countWordsIn(ws, 0, k-1) >= 3 {
			return ws[0].s, ws[k-2].e, true
		}
	}
	// Content after the cue (and its object or adverbs, up to "that").
	i := cueEnd
	if ev.after {
		// "according to X, content"
		for i < last && ws[i].e <= ev.m.e {
			i++
		}
		if i < last && ws[i].text == "," {
			i++
		}
	}
	for k := i; k < min(last, i+8); k++ {
		if ws[k].low == "that" && !ws[k].punct {
			i = k + 1
			break
		}
	}
	if i < last && ws[i].text == "," {
		i++
	}
	if countWordsIn(ws, i, last) < 3 {
		return 0, 0, false
	}
	if last < len(ws) && ws[last].text == ")" && strings.Contains(join(ws, i, last), "(") {
		last++ // keep a closing parenthesis whose opening one is inside
	}
	return ws[i].s, ws[last-1].e, true
}

func countWordsIn(ws []word, a, b int) int {
	n := 0
	for k := a; k < b; k++ {
		if !ws[k].punct {
			n++
		}
	}
	return n
}

// maxReported is the most words a piece of reported content may hold:
// longer "content" is a run-on text (a list, a page without full stops),
// not one statement, and keeping it would make the output grow with the
// square of the text.
const maxReported = 150

// maxNeighbours bounds how many neighbouring events clipContent looks at.
const maxNeighbours = 32

// clipContent keeps the reported content [s,e) of events[ei] from running
// into the statements of its neighbours in the same sentence: when another
// reporting event lies inside the content and a comma separates the two,
// the content stops at that comma ("X said A, Y said B": A is X's content,
// not "A, Y said B"). A neighbour with no comma in between is nested speech
// ("X said that officials claimed A") and stays. It reports false when
// too little or too much content is left.
func clipContent(ws []word, s, e int, ev *event, events []event, ei int) (int, int, bool) {
	lo, hi := -1, -1
	for k := range ws {
		if lo < 0 && ws[k].s >= s {
			lo = k
		}
		if ws[k].e <= e {
			hi = k + 1
		}
	}
	if lo < 0 || hi <= lo {
		return 0, 0, false
	}
	// Neighbours after the event: the content ends at the last comma
	// before the nearest one that starts inside it.
	for j, n := ei+1, 0; j < len(events) && n < maxNeighbours && events[j].sent == ev.sent; j, n = j+1, n+1 {
		os := min(events[j].cueS, events[j].m.s)
		if os <= ev.cueS || os < ws[lo].s || os >= ws[hi-1].e {
			continue
		}
		if c := lastComma(ws, lo, hi, os); c > lo {
			hi = c
			break
		}
	}
	// Neighbours before it: the content starts after the first comma
	// following the nearest one that ends inside it.
	for j, n := ei-1, 0; j >= 0 && n < maxNeighbours && events[j].sent == ev.sent; j, n = j-1, n+1 {
		oe := max(events[j].cueE, events[j].m.e)
		if oe >= ev.cueE || oe <= ws[lo].s || oe > ws[hi-1].e {
			continue
		}
		if c := firstComma(ws, lo, hi, oe); c >= 0 {
			lo = c + 1
			break
		}
	}
	if n := countWordsIn(ws, lo, hi); n < 3 || n > maxReported {
		return 0, 0, false
	}
	return ws[lo].s, ws[hi-1].e, true
}

// lastComma returns the index of the last comma in ws[lo:hi] that ends at
// or before byte offset at, or -1.
func lastComma(ws []word, lo, hi, at int) int {
	for k := hi - 1; k >= lo; k-- {
		if ws[k].e <= at && ws[k].text == "," {
			return k
		}
	}
	return -1
}

// firstComma returns the index of the first comma in ws[lo:hi] that starts
// at or after byte offset at, or -1.
func firstComma(ws []word, lo, hi, at int) int {
	for k := lo; k < hi; k++ {
		if ws[k].s >= at && ws[k].text == "," {
			return k
		}
	}
	return -1
}
