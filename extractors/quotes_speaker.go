package extractors

import (
	"strings"
	"unicode"
)

// This file reads the speaker phrase next to a cue: the subject before it
// ("Okafor's spokesman, Tim Reyes, said"), the noun phrase after an
// inverted cue ("said Tomas Brenner, the president of …") or after
// "according to" and "by". It returns the head mention: a name with its
// title stripped, a pronoun, or a description kept as written.

// qMentionKind says what a speaker mention is.
type qMentionKind uint8

const (
	qNone      qMentionKind = iota
	qName                   // a person's name ("Sergei Ryabkov", "Ryabkov")
	qOrg                    // an organisation or place acting as a source
	qPronoun                // he, she, they, it, we, I
	qAnaphor                // a definite description naming an earlier person ("the 31-year-old")
	qDescribed              // a description kept as the speaker ("a senior official")
)

// qMention is one speaker mention.
type qMention struct {
	s, e  int // byte span of the mention as written
	kind  qMentionKind
	text  string // the name, pronoun or description as written (title stripped)
	title string // stripped title, "" when none
	head  string // lower-case head noun of a description
}

// qOrgNouns head descriptions that refer back to an organisation ("the
// union", "the company").
var qOrgNouns = toSet(`union company firm group agency ministry department organization
organisation party council committee board league club team bank network coalition association
institute university court commission label studio publisher network channel`)

// qDocumentNouns are things that speak for their author.
var qDocumentNouns = toSet(`statement release letter report email post tweet memo filing notice survey
study analysis poll note message document complaint lawsuit ruling`)

var qPronouns = map[string]bool{"he": true, "she": true, "they": true, "it": true, "we": true, "i": true}

// qTitleWords are words of titles and roles stripped from a name.
var qTitleWords = toSet(`mr mr. mrs mrs. ms ms. dr dr. prof prof. sen sen. rep rep. gov gov. gen gen.
lt lt. col col. sgt sgt. capt capt. adm adm. maj maj. rev rev. president vice prime minister deputy
secretary senator governor mayor attorney general colonel chief judge justice ambassador chairman
chairwoman chair chancellor commissioner director spokesman spokeswoman spokesperson press sheriff
officer king queen prince princess pope speaker leader captain admiral professor father sister coach
manager premier treasurer inspector superintendent detective sergeant lieutenant major commander
councilman councilwoman councillor alderman assemblyman assemblywoman delegate executive ceo cfo coo
founder analyst strategist economist lawyer engineer resident organizer organiser minister foreign
assistant associate senior junior former acting interim sir dame lord lady rabbi imam cardinal bishop dean provost principal editor
reporter correspondent host anchor member members representative congressman congresswoman
lawmaker official officials leader leaders head owner partner producer actor actress singer
rapper star player forward striker midfielder defender goalkeeper quarterback pitcher catcher
skipper boss captain veteran industry rookie candidate challenger nominee incumbent agent
attorney-general secretary-general director-general negotiator envoy diplomat activist scientist
researcher author writer columnist commentator historian expert consultant adviser advisor aide
prosecutor defendant plaintiff witness teacher student doctor nurse farmer worker investor trader
banker broker pilot soldier lawyer physicist astronomer astronaut designer architect chef
campaigner protester spokesman spokeswoman economist
`)

// qOrgWords end names of organisations.
var qOrgWords = toSet(`council commission authority administration department ministry agency inc inc.
corp corp. corporation company co co. group coalition association party police army navy committee
office bureau institute university college foundation union bank court service services board network
productions federation league club team government parliament congress senate assembly agency
organization organisation forces military command fund trust society center centre institute
alliance campaign movement church ltd ltd. llc plc news times post journal magazine tv radio
house pentagon kremlin commission
`)

var qDeterminers = toSet(`the a an this that these those his her their its our my your one another some
several many two three four five`)

// qClauseStops end a subject when reading backwards from a cue.
var qClauseStops = toSet(`and but or that because while when as if although though since after
before where whereas so yet than said says told what which whom`)

// qPrepositions start a prepositional phrase or adverbial.
var qPrepositions = toSet(`of for at in on with from to by via during after before under over about
into through against among between without within like despite`)

var qAdverbsBeforeCue = toSet(`later also then previously has had have was were is are would will did
once again further repeatedly recently earlier simply quickly finally has already still just
reportedly allegedly publicly privately flatly angrily bluntly quietly openly bluntly even never
had been subsequently initially first last separately jokingly`)

func toSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// qSubjectBefore reads the subject of the cue at words[c] from words[lo:c].
func qSubjectBefore(words []qWord, lo, c int) (qMention, bool) {
	return qSubjectBeforeDepth(words, lo, c, 0)
}

func qSubjectBeforeDepth(words []qWord, lo, c, depth int) (qMention, bool) {
	j := c - 1
	for j >= lo && !words[j].punct && !qCap(words[j].text) && (qAux[words[j].low] || strings.HasSuffix(words[j].low, "ly")) {
		j--
	}
	if j < lo {
		return qMention{}, false
	}
	// "X accused … and warned": the subject of the first verb.
	if lj := words[j].low; (lj == "and" || lj == "but" || lj == "or") && depth < 2 {
		for v := j - 1; v >= 0; v-- {
			if words[v].punct && words[v].text != "," && words[v].text != qMarkerText {
				break
			}
			if (qVerbish(words[v]) || words[v].tag == "VBN") && !qAux[words[v].low] {
				return qSubjectBeforeDepth(words, qClauseStart(words, v), v, depth+1)
			}
		}
		return qMention{}, false
	}
	// Split [lo, j] into comma segments, reading backwards, and stop at a
	// clause boundary.
	var segs [][2]int
	end := j + 1
	k := j
	atVerb := false
	for ; k >= lo; k-- {
		w := words[k]
		if w.punct {
			switch w.text {
			case ",":
				if end > k+1 {
					segs = append(segs, [2]int{k + 1, end})
				}
				end = k
				continue
			case "'", "’", "-", "&", ".":
				continue
			}
			break
		}
		lw := w.low
		if k != j && qPronouns[qContractionBase(lw)] && end == k+1 {
			// A pronoun right before a comma segment is the clause's own
			// subject only when nothing else follows.
			break
		}
		if k != j && (qVerbish(w) || qClauseStops[lw]) {
			// Inside a relative clause ("Reed, who will be the merged
			// company's chairman, told"): the clause is one segment.
			if r := qRelativeStart(words, lo, k); r >= 0 {
				k = r
				continue
			}
		}
		if qClauseStops[lw] && k != j {
			// "and" inside an appositive ("CEO and president") keeps
			// going when a name or title follows; otherwise stop.
			if lw == "and" && k+1 < len(words) && (qCap(words[k+1].text) || qTitleWords[words[k+1].low]) && len(segs) == 0 {
				continue
			}
			// ", and co-author of the study,": one more appositive.
			if lw == "and" && k > lo && words[k-1].text == "," && words[j].text == "," {
				continue
			}
			break
		}
		if k != j && qVerbish(w) {
			atVerb = true
			break
		}
		if k != j && qPronouns[qContractionBase(lw)] {
			break
		}
	}
	if end > k+1 {
		segs = append(segs, [2]int{k + 1, end})
	}
	if len(segs) == 0 {
		return qMention{}, false
	}
	// segs is last-first; walk them in text order.
	for a, b := 0, len(segs)-1; a < b; a, b = a+1, b-1 {
		segs[a], segs[b] = segs[b], segs[a]
	}
	// "The company that runs the AMAs, Dick Clark Productions, denies":
	// a first segment cut at a verb is an object, not the subject.
	if atVerb && len(segs) > 1 {
		segs = segs[1:]
	}
	// Drop leading adverbials ("Later", "in remarks at …").
	for len(segs) > 1 && qSegmentKind(words, segs[0]) == 'p' {
		segs = segs[1:]
	}
	last := segs[len(segs)-1]
	if words[j].text != "," && qSegmentKind(words, last) != 'r' && len(segs) > 1 {
		// "In a separate tweet, the group added": no comma before the
		// cue, so only the last segment is the subject unless the
		// earlier ones are appositives of a name.
		if qSegmentKind(words, last) == 'n' || qSegmentKind(words, segs[0]) != 'n' {
			segs = segs[len(segs)-1:]
		}
	}
	// The first name-headed segment wins; else the first description.
	for _, sg := range segs {
		if qSegmentKind(words, sg) == 'n' {
			return qReadNP(words, sg[0], sg[1]), true
		}
	}
	for _, sg := range segs {
		if qSegmentKind(words, sg) == 'd' {
			m := qReadNP(words, sg[0], sg[1])
			// "X issued a statement warning …": the statement's author.
			if atVerb && depth < 2 && len(segs) == 1 && k >= lo && m.kind == qDescribed && qDocumentNouns[qLower(words[qHeadEnd(words, sg[0], sg[1])-1].text)] {
				if m2, ok := qSubjectBeforeDepth(words, lo, k, depth+1); ok {
					return m2, true
				}
			}
			return m, true
		}
	}
	return qMention{}, false
}

// qRelativeStart returns the index of the relative pronoun that opens the
// comma segment holding words[k], or -1.
func qRelativeStart(words []qWord, lo, k int) int {
	for r := k; r >= lo; r-- {
		if words[r].punct {
			return -1
		}
		switch words[r].low {
		case "who", "which", "whose", "whom":
			if r > lo && words[r-1].text == "," {
				return r
			}
			return -1
		}
	}
	return -1
}

// qContractionBase strips 'd, 's, 'll, 've and 're from a pronoun.
func qContractionBase(w string) string {
	if i := strings.IndexByte(w, '\''); i > 0 {
		return w[:i]
	}
	return w
}

// qSubjectAfter reads the noun phrase after an inverted cue or "according
// to" / "by": words[i:] up to a comma, a preposition or the clause end.
func qSubjectAfter(words []qWord, i, hi int) (qMention, bool) {
	e := i
	for e < hi {
		w := words[e]
		if w.punct {
			if w.text == "'" || w.text == "’" || w.text == "-" || w.text == "&" {
				e++
				continue
			}
			break
		}
		lw := w.low
		if e > i && (qPrepositions[lw] || qClauseStops[lw] || lw == "who" || lw == "which") {
			// "of" inside a description is part of it.
			if (lw == "of" || lw == "for" || lw == "at") && !qCap(words[e-1].text) {
				e++
				continue
			}
			break
		}
		if e > i && (qVerbish(w) || strings.HasSuffix(lw, "ing") && !qCap(w.text)) {
			break // "said Shotwell referring to …"
		}
		e++
	}
	if e == i {
		return qMention{}, false
	}
	m := qReadNP(words, i, e)
	// "said the singer, Dana Wells": the name in apposition.
	if (m.kind == qDescribed || m.kind == qAnaphor) && e+1 < hi && words[e].text == "," && qCap(words[e+1].text) {
		if m2 := qReadNP(words, e+1, qAppositionEnd(words, e+1, hi)); m2.kind == qName {
			return m2, true
		}
	}
	if e+1 < hi && m.kind == qDescribed && qDocumentNouns[words[qHeadEnd(words, i, e)-1].low] {
		// "a 2018 survey by Penelope Muse Abernathy"
		if lw := words[e].low; lw == "by" || lw == "from" || lw == "of" {
			if m2, ok := qSubjectAfter(words, e+1, hi); ok && m2.kind == qName {
				return m2, true
			}
		}
	}
	return m, m.kind != qNone
}

// qAppositionEnd returns the end of the capitalised run starting at
// words[i].
func qAppositionEnd(words []qWord, i, hi int) int {
	e := i
	for e < hi && !words[e].punct && (qCap(words[e].text) || qNameParticle(words[e].low)) {
		e++
	}
	return e
}

// qSegmentKind classifies a comma segment: 'n' headed by a name, 'd' a
// description, 'r' a relative clause, 'p' a prepositional or adverbial
// phrase, 'x' anything else.
func qSegmentKind(words []qWord, sg [2]int) byte {
	first := qLower(words[sg[0]].text)
	switch {
	case first == "who" || first == "which" || first == "whose" || first == "whom":
		return 'r'
	case qPrepositions[first] || strings.HasSuffix(first, "ly") || first == "later" || first == "meanwhile" ||
		first == "however" || first == "speaking" || first == "according" || first == "too" || first == "though":
		return 'p'
	}
	if qVerbish(words[sg[0]]) || strings.HasSuffix(first, "ing") && words[sg[0]].tag != "NN" {
		return 'x'
	}
	head := qHeadEnd(words, sg[0], sg[1])
	last := words[head-1]
	if !last.punct && qCap(last.text) && !qPossessive(words, head-1, sg[1]) {
		return 'n'
	}
	for k := sg[0]; k < head; k++ {
		if words[k].punct {
			continue
		}
		lw := words[k].low
		if qPronouns[lw] && head-sg[0] == 1 {
			return 'n'
		}
	}
	if r := []rune(last.text)[0]; !last.punct && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
		return 'd'
	}
	return 'x'
}

// qHeadEnd returns the end of the head noun phrase of words[s:e]: before the
// first preposition or relative pronoun that follows a word.
func qHeadEnd(words []qWord, s, e int) int {
	for k := s + 1; k < e; k++ {
		lw := words[k].low
		if (lw == "of" || lw == "for") && qCap(words[k-1].text) && k+1 < e {
			// "Secretary of State Mike Pompeo", "Office of the Inspector
			// General": part of a name.
			n := k + 1
			if words[n].low == "the" && n+1 < e {
				n++
			}
			if qCap(words[n].text) {
				continue
			}
		}
		if qPrepositions[lw] || lw == "who" || lw == "which" || lw == "whose" || lw == "," {
			return k
		}
	}
	return e
}

// qPossessive reports whether words[k] is followed by 's (or is a name
// written with a possessive apostrophe).
func qPossessive(words []qWord, k, e int) bool {
	w := words[k].text
	if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’") {
		return true
	}
	return k+1 < e && (words[k+1].text == "'" || words[k+1].text == "’")
}

// qReadNP turns the noun phrase words[s:e] into a mention: a pronoun, a
// name with its title split off, an organisation, an anaphoric description
// or a description kept as written.
func qReadNP(words []qWord, s, e int) qMention {
	for e > s && words[e-1].punct {
		e--
	}
	if e <= s {
		return qMention{}
	}
	if e-s == 1 && qPronouns[qContractionBase(words[s].low)] {
		return qMention{s: words[s].s, e: words[s].e, kind: qPronoun, text: qContractionBase(words[s].low)}
	}
	head := qHeadEnd(words, s, e)
	last := words[head-1]
	if qCap(last.text) && !qPossessive(words, head-1, e) {
		// The capitalised run ending the head, "of"/"the"/"for" inside.
		rs := head - 1
		for rs > s {
			w := words[rs-1]
			lw := w.low
			if !w.punct && qCap(w.text) && !qDeterminers[lw] {
				rs--
				continue
			}
			if (lw == "of" || lw == "the" || lw == "for" || lw == "and" || w.text == "&") && rs-2 >= s && qCap(words[rs-2].text) {
				rs--
				continue
			}
			break
		}
		isOrg := qIsAcronym(last.text)
		for k := rs; k < head; k++ {
			if qOrgWords[words[k].low] {
				isOrg = true
			}
		}
		if isOrg {
			os := rs
			for os < head && (!qCap(words[os].text) || qDeterminers[words[os].low]) {
				os++
			}
			if os < head {
				return qMention{s: words[os].s, e: words[head-1].e, kind: qOrg, text: qJoin(words, os, head)}
			}
		}
		// "the Kansas Republican": a capitalised description right after
		// "the" refers back to a person.
		if rs > s && words[rs-1].low == "the" && rs-1 == s && head-rs <= 3 && !qIsAcronym(last.text) {
			return qMention{s: words[s].s, e: words[head-1].e, kind: qAnaphor, text: qJoin(words, s, head), head: last.low}
		}
		// A person: the last run of capitalised words (with particles and
		// initials) that are not title words.
		ne := head
		ns := ne - 1
		for ns > s {
			w := words[ns-1]
			lw := w.low
			if w.punct || qTitleWords[lw] || qDeterminers[lw] {
				break
			}
			if !qCap(w.text) && !qNameParticle(lw) {
				break
			}
			if ns-2 >= s {
				if pl := words[ns-2].low; pl == "of" || pl == "for" || pl == "the" {
					break
				}
			}
			ns--
		}
		for ns < ne-1 && qTitleWords[words[ns].low] {
			ns++
		}
		m := qMention{s: words[ns].s, e: words[ne-1].e, kind: qName, text: qJoin(words, ns, ne)}
		if ns > s {
			ts := s
			for ts < ns && qDeterminers[words[ts].low] {
				ts++
			}
			if ts < ns {
				m.title = qJoin(words, ts, ns)
			}
		}
		return m
	}
	// A description. Definite ones that name a person indirectly ("the
	// 31-year-old", "the senator") are anaphors; the rest are kept.
	m := qMention{s: words[s].s, e: words[e-1].e, kind: qDescribed, text: qJoin(words, s, e), head: words[head-1].low}
	first := words[s].low
	if (first == "the" || first == "this") && head-s <= 4 {
		hw := words[head-1].low
		if strings.Contains(hw, "-time") || qTitleWords[hw] || qDocumentNouns[hw] || qOrgNouns[hw] {
			m.kind = qAnaphor
		}
		for k := s; k < head; k++ {
			if strings.Contains(words[k].low, "-year-old") {
				m.kind, m.head = qAnaphor, "-year-old"
			}
		}
	}
	if first == "it" {
		m.kind = qPronoun
	}
	return m
}

// qJoin returns the text of words[s:e] with the spacing of the original.
func qJoin(words []qWord, s, e int) string {
	var b strings.Builder
	for k := s; k < e; k++ {
		if k > s && words[k].s > words[k-1].e {
			b.WriteByte(' ')
		}
		b.WriteString(words[k].text)
	}
	return b.String()
}

func qNameParticle(w string) bool {
	switch w {
	case "de", "van", "von", "der", "den", "da", "del", "della", "di", "du", "la", "le", "bin", "al", "el", "ibn", "y":
		return true
	}
	return false
}

// qIsAcronym reports whether w is an all-capitals acronym such as NATO,
// DEA or U.S.
func qIsAcronym(w string) bool {
	n := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			n++
		case r == '.':
		default:
			return false
		}
	}
	return n >= 2
}
