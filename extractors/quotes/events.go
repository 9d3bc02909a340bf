package quotes

import (
	"strings"

	"github.com/lede-project/lede/extractors"
	"github.com/lede-project/lede/extractors/internal/lex"
)

// This file segments the article into sentences that never split a quote
// and finds the reporting events in them: a cue with the mention of its
// source ("Heyward said", "said Tomas Brenner", "according to Jin Park").

// sentence is a sentence with its words; each quotation inside it is one
// punctuation word "«Q»" spanning the quote and its marks.
type sentence struct {
	extractors.Range
	para  int
	words []word
}

// event is one reporting cue and its source.
type event struct {
	sent       int // index into the sentences
	tok        int // index of the cue's first word in the sentence's words
	ntok       int // words the cue spans
	cueS, cueE int // byte span of the cue
	lemma      string
	m          mention
	after      bool        // the source follows the cue ("said X", "according to X")
	agentless  bool        // a passive with no agent ("has been called")
	colon      bool        // the cue's clause ends with a colon
	how        *sourceRule // the rule that read the source

	// Resolution.
	speaker string
	title   string
	quoted  bool // attributes a direct quote
	// evidence says how the source was named (Findings.Explain only).
	evidence []string
}

const markerText = "«Q»"

// segment splits each paragraph into sentences, treating every candidate
// quote span (marks included) as one opaque token.
func segment(t *extractors.Text, paras []extractors.Range, spans []span) []sentence {
	text := t.Text
	var out []sentence
	si := 0
	for pi, p := range paras {
		start := p.Start
		i := p.Start
		for i < p.End {
			for si < len(spans) && spanEnd(spans[si]) <= i {
				si++
			}
			if si < len(spans) && spans[si].open <= i && i < spanEnd(spans[si]) {
				i = spanEnd(spans[si])
				if i < p.End && quoteEndsSentence(text[:p.End], t.Tokens, spans[si], i) {
					out = append(out, sentence{Range: extractors.Range{Start: start, End: i}, para: pi})
					start = i
				}
				continue
			}
			if sentenceEnd(text[:p.End], i) {
				e := i + 1
				out = append(out, sentence{Range: extractors.Range{Start: start, End: e}, para: pi})
				start = e
			}
			i++
		}
		if start < p.End {
			out = append(out, sentence{Range: extractors.Range{Start: start, End: p.End}, para: pi})
		}
	}
	// Words (a view over the tokens) with quotes as markers; trim leading
	// space. All sentences share one backing array.
	si = 0
	all := make([]word, 0, len(text)/5+8)
	for k := range out {
		s := &out[k]
		first := len(all)
		for s.Start < s.End && extractors.IsSpaceByte(text[s.Start]) {
			s.Start++
		}
		pos := s.Start
		for si < len(spans) && spanEnd(spans[si]) <= s.Start {
			si++
		}
		for j := si; j < len(spans) && spans[j].open < s.End; j++ {
			sp := spans[j]
			if sp.open < pos && spanEnd(sp) > pos {
				// A quote begun in an earlier paragraph runs into this one.
				e := min(spanEnd(sp), s.End)
				all = append(all, word{s: sp.open, e: spanEnd(sp), text: markerText, low: markerText, punct: true})
				pos = e
				continue
			}
			if sp.open >= pos {
				all = appendWords(all, text, t.Tokens, pos, sp.open)
				all = append(all, word{s: sp.open, e: spanEnd(sp), text: markerText, low: markerText, punct: true})
				pos = spanEnd(sp)
			}
		}
		if pos < s.End {
			all = appendWords(all, text, t.Tokens, pos, s.End)
		}
		s.words = all[first:len(all):len(all)]
		tagWords(s.words, t.Tokens)
	}
	return splitLong(out)
}

// maxSentenceWords is the most words the quote analysis takes as one
// sentence. Its rules scan a sentence once per cue, so a run-on text with
// no full stops (a list, a page of comma-joined clauses) would cost time
// growing with the square of its length; such a sentence is analysed in
// pieces instead.
const maxSentenceWords = 300

// splitLong cuts sentences longer than maxSentenceWords into pieces,
// each ending at its last comma or semicolon when it has one.
func splitLong(in []sentence) []sentence {
	long := false
	for _, s := range in {
		long = long || len(s.words) > maxSentenceWords
	}
	if !long {
		return in
	}
	out := make([]sentence, 0, len(in)+8)
	for _, s := range in {
		ws := s.words
		for len(ws) > maxSentenceWords {
			cut := maxSentenceWords
			for k := maxSentenceWords - 1; k > maxSentenceWords/2; k-- {
				if ws[k].text == "," || ws[k].text == ";" {
					cut = k + 1
					break
				}
			}
			out = append(out, sentence{Range: extractors.Range{Start: ws[0].s, End: ws[cut-1].e}, para: s.para, words: ws[:cut:cut]})
			ws = ws[cut:]
		}
		if len(ws) > 0 {
			out = append(out, sentence{Range: extractors.Range{Start: ws[0].s, End: s.End}, para: s.para, words: ws})
		}
	}
	return out
}

// quoteEndsSentence reports whether a quote closed by a full stop, question
// or exclamation mark ends its sentence: a capitalised word follows that
// does not begin an attribution ("…this." That was …, but not "…this."
// Smith said).
func quoteEndsSentence(text string, toks []extractors.Token, sp span, after int) bool {
	if sp.close < 0 || sp.end == sp.start {
		return false
	}
	switch text[sp.end-1] {
	case '.', '!', '?':
	default:
		return false
	}
	ws := appendWords(nil, text, toks, after, min(len(text), after+80))
	if len(ws) == 0 || ws[0].punct || !lex.QCap(ws[0].text) {
		return false
	}
	for k := 0; k < len(ws) && k < 4; k++ {
		if ws[k].punct {
			break
		}
		if _, ok := lex.ReportingLemma(ws[k].low); ok {
			return false
		}
	}
	return true
}

// spanEnd is the end of a span including its closing mark.
func spanEnd(sp span) int {
	if sp.close >= 0 {
		return sp.closeEnd
	}
	return sp.end
}

// findEvents lists the reporting events of every sentence, in order.
func findEvents(t *extractors.Text, sents []sentence) []event {
	var out []event
	for si := range sents {
		ws := sents[si].words
		quoted := hasMarker(ws)
		colon := len(ws) > 0 && ws[len(ws)-1].text == ":"
		for i := 0; i < len(ws); i++ {
			if ws[i].text == ":" && i+1 < len(ws) && ws[i+1].text == markerText {
				// A bare colon after a name: Trump: "…".
				if m, ok := colonSpeaker(ws, i); ok {
					out = append(out, event{sent: si, tok: i, ntok: 1, cueS: ws[i].s, cueE: ws[i].e, lemma: ":", m: m, colon: true, how: colonNameRule})
				} else if ev, ok := colonClause(t, si, ws, i, out); ok {
					out = append(out, ev)
				}
				continue
			}
			if isDash(ws[i].text) && i > 0 && ws[i-1].text == markerText {
				// A dash and a name after a quote: "…" — Billy Mays.
				if m, ok := dashSpeaker(ws, i); ok {
					out = append(out, event{sent: si, tok: i, ntok: 1, cueS: ws[i].s, cueE: ws[i].e, lemma: "—", m: m, after: true, how: dashNameRule})
				}
				continue
			}
			if ws[i].punct {
				continue
			}
			n, lemma := isCue(ws, i)
			if n == 0 && quoted && cueNouns[ws[i].low] {
				if ev, ok := nounCue(t, si, ws, i); ok {
					out = append(out, ev)
				}
				continue
			}
			if n == 0 || !cueInContext(ws, i, n, lemma) {
				continue
			}
			ev := event{sent: si, tok: i, ntok: n, cueS: ws[i].s, cueE: ws[i+n-1].e, lemma: lemma, colon: colon}
			ok := readSource(&ev, ws, out)
			// The parse checks the source of a cue next to a quote, and
			// a description read for a cue elsewhere, which a later
			// pronoun may stand for.
			if (quoted || ev.m.kind == kindNone || ok && ev.m.kind == kindDescribed) && syntaxSource(t, &ev, ws, quoted) {
				ok = true
			}
			if !ok {
				continue
			}
			out = append(out, ev)
			i += n - 1
		}
	}
	return out
}

// hasMarker reports whether a quote marker is among ws.
func hasMarker(ws []word) bool {
	for _, w := range ws {
		if w.text == markerText {
			return true
		}
	}
	return false
}

func isDash(w string) bool { return w == "—" || w == "–" || w == "--" || w == "-" }

// dashSpeaker reads a name after the dash at ws[d] that follows a quote,
// up to the end of the sentence or a comma: at most six words, no verb.
func dashSpeaker(ws []word, d int) (mention, bool) {
	e := d + 1
	for e < len(ws) && ws[e].text != "," && ws[e].text != markerText && !(ws[e].punct && ws[e].text != "." && ws[e].text != "'" && ws[e].text != "’") {
		if verbish(ws[e]) {
			return mention{}, false
		}
		e++
	}
	if e == d+1 || e-d-1 > 6 || !lex.QCap(ws[d+1].text) {
		return mention{}, false
	}
	m := readNP(ws, d+1, e)
	return m, m.kind == kindName || m.kind == kindOrg
}

// colonSpeaker reads a bare name before the colon at ws[c]: the whole
// clause before it must be a short name with no verb.
func colonSpeaker(ws []word, c int) (mention, bool) {
	lo := clauseStart(ws, c)
	if c-lo == 0 || c-lo > 5 {
		return mention{}, false
	}
	for k := lo; k < c; k++ {
		if ws[k].punct && ws[k].text != "." || verbish(ws[k]) {
			return mention{}, false
		}
	}
	m := readNP(ws, lo, c)
	return m, m.kind == kindName || m.kind == kindOrg
}

// cueInContext rejects cue words used in another sense: nouns after a
// determiner ("the state", "a report"), "That said,", weak cues with no
// quote or colon near them.
func cueInContext(ws []word, i, n int, lemma string) bool {
	if t := ws[i].tag; t != "" && !strings.HasPrefix(t, "VB") && lemma != "according to" && lemma != "message" && lemma != "quote" {
		// A noun or adjective ("his often-repeated vow"), unless an -ing
		// form introduces a clause or a quote ("a statement warning that").
		ing := strings.HasSuffix(ws[i].low, "ing") && i+n < len(ws) &&
			(ws[i+n].low == "that" || ws[i+n].text == ":" || ws[i+n].text == markerText || ws[i+n].text == ",")
		// A cue just after a quote with a name after it is a verb
		// whatever the tagger says ("…," comments Johnston, "…"): the
		// tagger reads "comments", "notes", "answers" as plural nouns.
		inv := i > 0 && inverted(ws, i) && i+n < len(ws) && lex.QCap(ws[i+n].text)
		if !ing && !inv && !afterQuoteSubject(ws, i, n) {
			return false
		}
	}
	if i > 0 {
		prev := ws[i-1].low
		switch prev {
		case "his", "her", "their", "its", "our", "my", "your":
			return false
		}
		if determiners[prev] && prev != "that" && lemma != "message" && !groupSubject(ws, i) || prev == "to" && lemma != "according to" && lemma != "go on" {
			return false
		}
		if prev == "that" && i == 1 && lemma == "say" {
			return false // "That said, …"
		}
	}
	if lex.QCap(ws[i].text) && i > 0 && lemma != "according to" {
		return false // a capitalised cue inside a sentence is a name
	}
	if !weakCues[lemma] {
		return true
	}
	// Weak cues need a quote or a colon within a few words.
	for k := max(0, i-6); k < min(len(ws), i+n+6); k++ {
		if ws[k].text == markerText || ws[k].text == ":" {
			return true
		}
	}
	return false
}

// afterQuoteSubject reports whether the cue word at ws[i] (n words) ends
// a short attribution clause right after a quote: quote (and comma), a noun
// phrase of at most four words that opens with a determiner, the cue, then
// the end of the clause or a preposition ("…," the report states. / "…,"
// the union notes in a release), or a clause opening with "As" before a
// colon and a quote (As the report states: "…"). The tagger reads such
// cues as plural nouns; in that place only a verb fits.
func afterQuoteSubject(ws []word, i, n int) bool {
	k := i - 1
	for k >= 0 && !ws[k].punct && i-k <= 4 {
		k--
	}
	e := i + n
	// "As the report states: “…”": the clause opens the sentence (after
	// "As") and a colon and a quote follow.
	if f := k + 1; f < i && ws[f].low == "as" && (k < 0 || ws[k].punct) && determiners[ws[min(f+1, i-1)].low] &&
		e+1 < len(ws) && ws[e].text == ":" && ws[e+1].text == markerText {
		return true
	}
	if k < 0 || k == i-1 || !determiners[ws[k+1].low] {
		return false
	}
	if ws[k].text == "," && k > 0 {
		k--
	}
	if ws[k].text != markerText {
		return false
	}
	return e >= len(ws) || ws[e].punct || prepositions[ws[e].low]
}

// groupSubject reports whether the word before the cue at ws[i] is "one"
// or "another" standing alone as its subject at the start of a clause
// ("One called Kaine …, and another said …").
func groupSubject(ws []word, i int) bool {
	p := ws[i-1].low
	if p != "one" && p != "another" {
		return false
	}
	return i == 1 || ws[i-2].punct || ws[i-2].low == "and" || ws[i-2].low == "but"
}

// passive reports whether the cue at ws[i] is a passive participle ("was
// called", "has been described").
func passive(ws []word, i int) bool {
	if i == 0 {
		return false
	}
	w := ws[i].low
	if !strings.HasSuffix(w, "ed") && w != "told" && w != "written" && w != "said" {
		return false
	}
	prev := ws[i-1].low
	return prev == "been" || prev == "be" || prev == "being" || prev == "was" || prev == "were" || prev == "is" || prev == "are" || prev == "widely"
}

// inverted reports whether the cue at ws[i] comes right after a quote or
// at the clause start, so that its source follows it ("," said X").
func inverted(ws []word, i int) bool {
	k := i - 1
	for k >= 0 && ws[k].punct && ws[k].text != markerText {
		k--
	}
	return k < 0 || ws[k].text == markerText
}

// clauseStart returns the index where the clause holding ws[i] begins:
// after the last quote marker, semicolon or dash before it.
func clauseStart(ws []word, i int) int {
	for k := i - 1; k >= 0; k-- {
		switch ws[k].text {
		case markerText, ";", "—", "–", "(", ")", ":":
			return k + 1
		}
	}
	return 0
}

// clauseEnd returns the index where the clause starting at ws[i] ends.
func clauseEnd(ws []word, i int) int {
	for k := i; k < len(ws); k++ {
		switch ws[k].text {
		case markerText, ";", ".", "!", "?", "—", ":", "(":
			return k
		}
	}
	return len(ws)
}
