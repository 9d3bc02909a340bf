package extractors

import "strings"

// This file turns reporting events that attribute no direct quote into
// reported-speech items (Kind "indirect"): "The spokesman said Moscow and
// NATO will hold talks…", "Ryabkov emphasized the urgency of the issue",
// "Selling a product is difficult…, Hege said", "according to officials".

// qNotReporting are cue lemmas too loose to report speech without quotes.
var qNotReporting = toSet(`call put describe continue go post text cry laugh speak answer repeat
highlight quote message sigh scoff snap thunder gush rage fume mouth chant whisper`)

// qIndirect lists the reported speech of the events that attribute no
// direct quote.
func qIndirect(text string, sents []qSentence, events []qEvent) []Quote {
	var out []Quote
	for ei := range events {
		ev := &events[ei]
		if ev.agentless || ev.speaker == "" || qNotReporting[ev.lemma] {
			continue
		}
		ws := sents[ev.sent].words
		s, e, ok := qReportedContent(ws, ev)
		if !ok {
			continue
		}
		q := Quote{
			Text:  text[s:e],
			Kind:  "indirect",
			Start: s,
			End:   e,
			Cue:   text[ev.cueS:ev.cueE],
			Rule:  "reported",
		}
		q.Speaker = NullString(ev.speaker)
		q.SpeakerTitle = ev.title
		ms, me := ev.m.s, ev.m.e
		q.SpeakerStart, q.SpeakerEnd = &ms, &me
		out = append(out, q)
	}
	return out
}

// qReportedContent finds the byte span of the reported content of ev in
// its sentence words ws.
func qReportedContent(ws []qWord, ev *qEvent) (int, int, bool) {
	cueEnd := ev.tok + ev.ntok
	last := len(ws)
	for last > 0 && ws[last-1].punct && ws[last-1].text != qMarkerText {
		last--
	}
	for k := range ws {
		if ws[k].text == qMarkerText {
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
		if k >= 2 && ws[k-1].text == "," && qCountWordsIn(ws, 0, k-1) >= 3 {
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
	if qCountWordsIn(ws, i, last) < 3 {
		return 0, 0, false
	}
	if last < len(ws) && ws[last].text == ")" && strings.Contains(qJoin(ws, i, last), "(") {
		last++ // keep a closing parenthesis whose opening one is inside
	}
	return ws[i].s, ws[last-1].e, true
}

func qCountWordsIn(ws []qWord, a, b int) int {
	n := 0
	for k := a; k < b; k++ {
		if !ws[k].punct {
			n++
		}
	}
	return n
}
