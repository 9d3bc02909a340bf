package quotes

import (
	"strings"

	"github.com/lede-project/lede/extractors"
	"github.com/lede-project/lede/extractors/internal/lex"
)

// This file reads the dependency parse (Text.Parse) where the word
// patterns of sources.go and attribution.go cannot see structure: which of
// two cues before a quote governs it, and the subject of a cue that is not
// next to it (a participle under "can be heard", a name in apposition to
// the subject). Only sentences with a quote in them are parsed.

// syntaxSubjectRule reads the source of a cue from the parse when the word
// patterns found none, found a phrase that is not the cue's subject, or
// missed the name in apposition to it: the subject of the cue verb, or of
// the verb it depends on ("Clinton can be heard saying …": saying → heard
// → Clinton), and a proper name in apposition to that subject ("The
// Mandan, North Dakota, police chief, Jason Ziegler, has asserted …").
var syntaxSubjectRule = &sourceRule{name: "syntax-subject"}

// parseAt returns the parse of the Text sentence holding byte offset off
// and the index of the word starting at or holding off (-1 when none).
func parseAt(t *extractors.Text, off int) ([]extractors.Syntax, int) {
	if t == nil {
		return nil, -1
	}
	w, i := t.ParseAt(off) // nil, -1 when t has no parse
	if i >= 0 {
		return w, i
	}
	for k := range w {
		if w[k].Start >= off {
			return w, k
		}
	}
	return w, -1
}

// dominates reports whether word c is word q or one of its ancestors.
func dominates(w []extractors.Syntax, c, q int) bool {
	for h, n := q, 0; h >= 0 && n <= len(w); h, n = w[h].Head, n+1 {
		if h == c {
			return true
		}
	}
	return false
}

// cueGoverns reports whether the parse is known and the cue of ev
// dominates the first word of the quote it: false with known=false when
// the two are not in one parsed sentence.
func cueGoverns(t *extractors.Text, ev *event, it *item) (governs, known bool) {
	if t == nil || t.SentenceAt(ev.cueS) != t.SentenceAt(it.span.start) || t.SentenceAt(ev.cueS) < 0 {
		return false, false
	}
	w, c := parseAt(t, ev.cueS)
	_, q := parseAt(t, it.span.start)
	if c < 0 || q < 0 {
		return false, false
	}
	return dominates(w, c, q), true
}

// governingCue returns, among the cues before the quote in its sentence
// with no other quote between, the nearest one whose verb governs the
// quote, when the nearest cue (before) does not: "She said he believes
// the administration achieved the platform he promised because Americans
// “feel the difference”" is said, not promised. It returns before when
// the parse gives no better answer.
func (a *attributor) governingCue(ii, before int) int {
	it := &a.items[ii]
	if g, known := cueGoverns(a.t, &a.events[before], it); g || !known {
		return before
	}
	ws := a.sents[it.sent].words
	inSent := a.bySent[it.sent]
	for k := len(inSent) - 1; k >= 0; k-- {
		ei := inSent[k]
		ev := &a.events[ei]
		if ei == before || ev.tok >= it.tok || ev.after || !onlyWordsBetween(ws, ev.tok, it.tok) {
			continue
		}
		if g, _ := cueGoverns(a.t, ev, it); g {
			if a.explain {
				a.note(it, "cue %q (source %q) before the quote: passed over, the parse puts the quote under %q", a.cueText(&a.events[before]), a.events[before].m.text, a.cueText(ev))
			}
			return ei
		}
	}
	return before
}

// parseFavoursBefore reports whether the parse puts items[ii] under the
// cue before it and not under the cue after it ("One called Kaine a "…,"
// and another said …": the comma ends the quote, not the sentence).
func (a *attributor) parseFavoursBefore(ii int) bool {
	it := &a.items[ii]
	b, kb := cueGoverns(a.t, &a.events[a.before], it)
	f, kf := cueGoverns(a.t, &a.events[a.after], it)
	return kb && kf && b && !f
}

// syntaxSource corrects the source of ev from the parse (see
// syntaxSubjectRule); it reports whether it changed ev. Away from quotes
// (quoted false) it only puts in a full person name.
func syntaxSource(t *extractors.Text, ev *event, ws []word, quoted bool) bool {
	if ev.agentless || ev.after || ev.m.kind == kindPronoun {
		return false
	}
	if !quoted && !twoCapitals(t, ev.cueS) {
		return false // away from quotes only a full name is taken: none here
	}
	w, c := parseAt(t, ev.cueS)
	if c < 0 || w[c].Start != ev.cueS || w[c].UPOS != "VERB" {
		return false
	}
	s, appos := subjectOf(w, c)
	if s < 0 {
		return false
	}
	if w[s].UPOS == "PRON" {
		return pronounSubject(ev, ws, w[s])
	}
	if w[s].UPOS != "PROPN" {
		return false
	}
	lo, hi := nameSpan(w, s)
	if ev.m.kind != kindNone && ev.m.s <= w[s].Start && w[s].Start < ev.m.e && !(ev.m.kind == kindDescribed && spansVerb(ws, ev.m)) {
		return false // the words already read the subject
	}
	if ev.m.kind == kindName && !appos {
		return false // two readings of a name: keep the word patterns'
	}
	ks, ke := wordRange(ws, w[lo].Start, w[hi].End)
	if ks < 0 {
		return false
	}
	m := readNP(ws, ks, ke)
	if m.kind != kindName && m.kind != kindOrg || titleWords[lower(m.text)] {
		return false // "the First Lady" reads as the name "Lady"
	}
	if !quoted && (m.kind != kindName || !strings.Contains(m.text, " ")) {
		return false // away from quotes, only a full person name
	}
	ev.m, ev.how = m, syntaxSubjectRule
	return true
}

// pronounSubject takes the personal pronoun the parse gives as the cue's
// subject when the word patterns read a description that does not hold it
// ("the anomaly, which he called "…"" is he, not "the anomaly").
func pronounSubject(ev *event, ws []word, p extractors.Syntax) bool {
	if ev.m.kind != kindNone && ev.m.kind != kindDescribed || ev.m.kind != kindNone && ev.m.s <= p.Start && p.Start < ev.m.e {
		return false
	}
	for k := range ws {
		if ws[k].s == p.Start && ws[k].e == p.End && pronouns[ws[k].low] && ws[k].low != "it" {
			ev.m, ev.how = mention{s: ws[k].s, e: ws[k].e, kind: kindPronoun, text: ws[k].low}, syntaxSubjectRule
			return true
		}
	}
	return false
}

// subjectOf returns the subject of verb c, or of the verb it depends on
// through xcomp, advcl, conj or a participle on that verb's object ("sent a
// letter urging", at most two steps), and whether it is the
// proper name in apposition to that subject; -1 when none.
func subjectOf(w []extractors.Syntax, c int) (int, bool) {
	v := c
	for step := 0; step <= 2 && v >= 0; step++ {
		if s := extractors.Child(w, v, "nsubj"); s >= 0 {
			if w[s].UPOS != "PROPN" {
				if a := extractors.Child(w, s, "appos"); a >= 0 && w[a].UPOS == "PROPN" {
					return a, true
				}
			}
			return s, false
		}
		switch w[v].Dep {
		case "xcomp", "advcl", "conj":
			v = w[v].Head
		case "acl", "amod":
			// "sent a letter urging …": the letter's sender. A participle
			// the parser labels amod ("heard telling players") is the
			// same construction.
			if h := w[v].Head; h >= 0 && (w[h].Dep == "obj" || w[h].Dep == "obl") {
				v = w[h].Head
			} else {
				return -1, false
			}
		default:
			return -1, false
		}
	}
	return -1, false
}

// nameSpan returns the first and last word of the name headed by word h:
// h with the flat and compound dependents next to it.
func nameSpan(w []extractors.Syntax, h int) (lo, hi int) {
	part := func(k int) bool {
		return w[k].Head == h && (w[k].Dep == "flat" || w[k].Dep == "compound" || w[k].Dep == "flat:name")
	}
	lo, hi = h, h
	for lo > 0 && part(lo-1) {
		lo--
	}
	for hi+1 < len(w) && part(hi+1) {
		hi++
	}
	return lo, hi
}

// cueNounRule reads the source of a cue noun ("his remarks", "released a
// statement condemning …") from the parse: the noun's possessor, else the
// subject of the verb the noun depends on.
var cueNounRule = &sourceRule{name: "cue-noun"}

// nounCue makes a reporting event of the cue noun at ws[i] ("statement",
// "remarks") in a sentence with a quote, when the parse names who made it:
// its possessor ("Park's remarks", "his statement") or the subject of the
// verb it is the object of ("Kirchmeier released a statement condemning
// the actions of "…""). The quote must hang below the noun, or a noun with
// a possessor must be a phrase attached to the quote ("In Dr. Shadlen's
// words, "…""). A noun in an oblique of a reporting verb is the setting
// of that verb's speech, not a cue of its own ("said in an interview
// that …", "told reporters in a statement"): the verb is the cue.
func nounCue(t *extractors.Text, si int, ws []word, i int) (event, bool) {
	w, c := parseAt(t, ws[i].s)
	if c < 0 || w[c].Start != ws[i].s || w[c].UPOS != "NOUN" {
		return event{}, false
	}
	if h := w[c].Head; w[c].Dep == "obl" && h >= 0 {
		if _, ok := lex.ReportingLemma(strings.ToLower(t.Text[w[h].Start:w[h].End])); ok {
			return event{}, false
		}
	}
	src := extractors.Child(w, c, "nmod:poss")
	if !governsAQuote(t, w, c, ws) && !(src >= 0 && adjunctOfQuote(w, c, ws)) {
		return event{}, false
	}
	if src < 0 && (w[c].Dep == "obj" || w[c].Dep == "obl") && w[c].Head >= 0 {
		src, _ = subjectOf(w, w[c].Head)
	}
	if src < 0 || (w[src].UPOS != "PROPN" && w[src].UPOS != "PRON") {
		return event{}, false
	}
	ev := event{sent: si, tok: i, ntok: 1, cueS: ws[i].s, cueE: ws[i].e, lemma: ws[i].low, how: cueNounRule}
	if w[src].UPOS == "PRON" {
		if !pronounSubject(&ev, ws, w[src]) {
			return event{}, false
		}
		ev.how = cueNounRule
		return ev, true
	}
	lo, hi := nameSpan(w, src)
	ks, ke := wordRange(ws, w[lo].Start, w[hi].End)
	if ks < 0 && w[hi].End < len(t.Text) {
		// "Shadlen's": the words view keeps the possessive on the name.
		ks, ke = wordRange(ws, w[lo].Start, w[hi].End+len("’s"))
	}
	if ks < 0 {
		return event{}, false
	}
	m := readNP(ws, ks, ke)
	if possessive(ws, ke-1, ke) {
		name := t.Text[w[lo].Start:w[hi].End]
		m = mention{s: w[lo].Start, e: w[hi].End, kind: kindName, text: name}
	}
	if (m.kind == kindName || m.kind == kindOrg) && !titleWords[lower(m.text)] {
		ev.m = m
		return ev, true
	}
	return event{}, false
}

// governsAQuote reports whether word c of parse w dominates the first
// content word of a quote among ws in the same parsed sentence.
func governsAQuote(t *extractors.Text, w []extractors.Syntax, c int, ws []word) bool {
	sent := t.SentenceAt(w[c].Start)
	for _, m := range ws {
		if m.text != markerText || t.SentenceAt(m.s) != sent {
			continue
		}
		for q := range w {
			if w[q].Start > m.s && w[q].End <= m.e && w[q].UPOS != "PUNCT" {
				if dominates(w, c, q) {
					return true
				}
				break
			}
		}
	}
	return false
}

// spansVerb reports whether the mention m read by the word patterns holds
// a verb, so it is no noun phrase ("Governor Ines Aldana sent a letter").
func spansVerb(ws []word, m mention) bool {
	for _, w := range ws {
		if w.s >= m.s && w.e <= m.e && verbish(w) {
			return true
		}
	}
	return false
}

// adjunctOfQuote reports whether word c of parse w is a phrase attached
// to a word inside a quote of ws: "In Dr. Shadlen's words, “Could …”".
func adjunctOfQuote(w []extractors.Syntax, c int, ws []word) bool {
	h := w[c].Head
	if h < 0 || (w[c].Dep != "obl" && w[c].Dep != "nmod") {
		return false
	}
	for _, m := range ws {
		if m.text == markerText && m.s <= w[h].Start && w[h].End <= m.e {
			return true
		}
	}
	return false
}

// wordRange returns the words of ws inside the byte span [s, e), -1, -1
// when none.
func wordRange(ws []word, s, e int) (int, int) {
	ks, ke := -1, -1
	for k := range ws {
		if ws[k].s >= s && ws[k].e <= e {
			if ks < 0 {
				ks = k
			}
			ke = k + 1
		}
	}
	return ks, ke
}

// colonClauseRule reads the source of a clause with no verb of saying that
// introduces a quote with a colon: "Alverson summed up the journey …: “…”".
var colonClauseRule = &sourceRule{name: "colon-clause"}

// colonClause makes a reporting event of the main verb of the clause that
// ends with the colon at ws[c] before a quote, when the clause has no cue
// of its own and the parse gives the verb a named or pronoun subject.
// prev are the events found so far.
func colonClause(t *extractors.Text, si int, ws []word, c int, prev []event) (event, bool) {
	lo := clauseStart(ws, c)
	if c == 0 || (len(prev) > 0 && prev[len(prev)-1].sent == si && prev[len(prev)-1].tok >= lo) {
		return event{}, false
	}
	w, k := parseAt(t, ws[c-1].s)
	if k < 0 {
		return event{}, false
	}
	// The clause's main verb: the highest verb above the word before
	// the colon that lies inside the clause.
	v := -1
	for h, n := k, 0; h >= 0 && n <= len(w) && w[h].Start >= ws[lo].s; h, n = w[h].Head, n+1 {
		if w[h].UPOS == "VERB" {
			v = h
		}
	}
	if v < 0 {
		return event{}, false
	}
	s, _ := subjectOf(w, v)
	if s < 0 || (w[s].UPOS != "PROPN" && w[s].UPOS != "PRON") {
		return event{}, false
	}
	vt, _ := wordRange(ws, w[v].Start, w[v].End)
	if vt < 0 {
		return event{}, false
	}
	ev := event{sent: si, tok: vt, ntok: 1, cueS: ws[vt].s, cueE: ws[vt].e, lemma: w[v].Lemma, colon: true}
	if w[s].UPOS == "PRON" {
		if !pronounSubject(&ev, ws, w[s]) {
			return event{}, false
		}
		ev.how = colonClauseRule
		return ev, true
	}
	lo2, hi2 := nameSpan(w, s)
	ks, ke := wordRange(ws, w[lo2].Start, w[hi2].End)
	if ks < 0 {
		return event{}, false
	}
	m := readNP(ws, ks, ke)
	if m.kind != kindName && m.kind != kindOrg || titleWords[lower(m.text)] {
		return event{}, false
	}
	ev.m, ev.how = m, colonClauseRule
	return ev, true
}

// twoCapitals reports whether two tokens in a row of the Text sentence
// holding byte offset off begin with a capital, as a full name's words
// do, or one is a personal pronoun; without either the parse cannot give
// a cue away from quotes a source (syntaxSource takes a full name or a
// pronoun there), so its sentence need not be parsed.
func twoCapitals(t *extractors.Text, off int) bool {
	si := t.SentenceAt(off)
	if si < 0 {
		return false
	}
	s := t.Sentences[si]
	toks := t.TokensIn(s.Start, s.End)
	for i := 1; i < len(toks); i++ {
		if lex.QCap(toks[i-1].Text) && lex.QCap(toks[i].Text) {
			return true
		}
	}
	for _, tok := range toks {
		if l := strings.ToLower(tok.Text); pronouns[l] && l != "it" {
			return true
		}
	}
	return false
}
