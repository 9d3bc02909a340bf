package quotes

import (
	"fmt"
	"strings"

	"github.com/lede-project/lede/extractors/internal/lex"
)

// This file resolves speaker mentions to the most informative name the
// article gives: "Ryabkov" to "Sergei Ryabkov", "the DEA" to "Drug
// Enforcement Administration", "he" and "the 31-year-old" to the right
// earlier person, "the statement" to whoever issued it. Descriptions with no
// name ("a senior official") stay as written.

// resolveAll resolves every event's mention in text order, so that
// pronouns see the sources before them.
func (r *resolver) resolveAll(events []event, items []item) {
	asker := map[int]string{} // event index -> speaker of the question it answers
	for i := range items {
		if items[i].event >= 0 {
			events[items[i].event].quoted = true
		}
	}
	// The event of the quote before each event's first quote, for the
	// interview rule.
	prevQuoted := make([]int, len(events))
	for i := range prevQuoted {
		prevQuoted[i] = -1
	}
	// lastQuestion says whether the last quote of an event is a question.
	lastQuestion := make([]bool, len(events))
	for i := range items {
		if ei := items[i].event; ei >= 0 {
			lastQuestion[ei] = strings.HasSuffix(strings.TrimSpace(r.text[items[i].span.start:items[i].span.end]), "?")
		}
	}
	seen := make([]bool, len(events))
	for i := range items {
		ei := items[i].event
		if ei < 0 || seen[ei] {
			continue
		}
		seen[ei] = true
		if i > 0 && items[i-1].event >= 0 && items[i-1].event != ei {
			prevQuoted[ei] = items[i-1].event
		}
	}
	// hist holds the sources so far; resolve sees the last maxHistory.
	var hist []pastSource
	for ei := range events {
		ev := &events[ei]
		if lq := prevQuoted[ei]; lq >= 0 && lq < ei && (events[lq].lemma == "ask" || lastQuestion[lq]) {
			asker[ei] = events[lq].speaker
		}
		r.resolve(ev, hist[max(0, len(hist)-maxHistory):], asker[ei])
		if ev.speaker != "" {
			hist = append(hist, pastSource{pos: ev.cueS, sent: ev.sent, title: ev.title, name: ev.speaker, kind: ev.m.kind, plural: plural(ev)})
		}
	}
}

func plural(ev *event) bool {
	if ev.m.kind == kindOrg {
		return true
	}
	if ev.m.kind == kindPronoun {
		return ev.m.text == "they"
	}
	return ev.m.kind == kindDescribed && strings.HasSuffix(ev.m.text, "s")
}

// resolve sets ev.speaker and ev.title.
func (r *resolver) resolve(ev *event, hist []pastSource, notThis string) {
	m := ev.m
	switch m.kind {
	case kindName:
		full := r.fullName(m.text, m.s)
		if lab := r.labels[[2]int{m.s, m.e}]; (lab == "ORG" || lab == "GPE" || isAcronym(m.text)) && full == m.text {
			ev.speaker = r.orgName(m.text)
		} else {
			ev.speaker = full
		}
		ev.title = m.title
		if ev.title == "" {
			ev.title = r.titles[ev.speaker]
		}
		if g := titleGender(m.title); g != 0 {
			r.gender[ev.speaker] = g
		}
		if lab := r.labels[[2]int{m.s, m.e}]; lab == "PERSON" {
			r.people[ev.speaker] = true
		}
	case kindOrg:
		ev.speaker = r.orgName(m.text)
	case kindDescribed:
		ev.speaker = m.text
		if n := r.namedDescription(m); n != "" {
			ev.speaker = n
		} else if g := r.groupMember(m); g != "" {
			ev.speaker = g
		} else if lw := strings.ToLower(m.text); lw == "one" || lw == "another" {
			ev.speaker = "" // a member of no group the article names
		}
	case kindPronoun:
		var chain []string
		ev.speaker, chain = r.antecedent(m.text, m.s, hist, notThis)
		if r.explain {
			r.explainf(ev, "antecedent of %q: %s", m.text, strings.Join(chain, "; "))
		}
	case kindAnaphor:
		ev.speaker = r.anaphor(m, hist)
		if ev.speaker == "" {
			ev.speaker = m.text
		}
	}
	if r.explain {
		side := "before"
		if ev.after {
			side = "after"
		}
		r.explainf(ev, "source %q (%s) %s the cue, read by rule %s, named %q", m.text, m.kind, side, ev.how.name, ev.speaker)
	}
}

// explainf adds an evidence line to ev; callers check r.explain first, so
// that no arguments are boxed when not explaining.
func (r *resolver) explainf(ev *event, format string, args ...any) {
	ev.evidence = append(ev.evidence, fmt.Sprintf(format, args...))
}

// previousSubject returns the person whose name opens sentence si-1, when
// it lies in the paragraph of sentence si or the one before: "Ms. Marsh was
// unmoved. “I have made up my mind.”".
func (r *resolver) previousSubject(si int) (mention, bool) {
	prev := r.sents[si-1]
	if r.sents[si].para-prev.para > 1 || len(prev.words) == 0 {
		return mention{}, false
	}
	ws := prev.words
	name := r.openingPerson(si - 1)
	if name == "" || !r.personLike(name) {
		return mention{}, false
	}
	k := 0
	for k < len(ws) && !ws[k].punct && (titleWords[ws[k].low] || ws[k].low == "the") {
		k++
	}
	e := k
	for e < len(ws) && !ws[e].punct && lex.QCap(ws[e].text) {
		e++
	}
	return mention{s: ws[k].s, e: ws[max(k, e-1)].e, kind: kindName, text: name}, true
}

// anaphor resolves a definite description: a document ("the statement")
// to the latest source, a person description ("the 31-year-old", "the
// senator") to the latest person source.
func (r *resolver) anaphor(m mention, hist []pastSource) string {
	head := m.head
	if d := describedBefore(head, hist); d != "" && !orgNouns[head] && !documentHeads[head] {
		return d
	}
	switch {
	case orgNouns[head]:
		return r.orgAnaphor(m, hist)
	case documentHeads[head]:
		// "the statement": its author when the article named one ("a
		// report released by X"), else whoever spoke last, when the
		// article tied a document of that kind to them.
		if a := r.documentAuthor(head, m.s); a != "" {
			return a
		}
		if len(hist) > 0 && r.documentOf(head, m.s, hist[len(hist)-1]) {
			return hist[len(hist)-1].name
		}
		return ""
	case titleWords[head]:
		return r.titleAnaphor(m, hist)
	}
	for i := len(hist) - 1; i >= 0; i-- {
		if isPersonSource(hist[i]) {
			if !r.isOrg(hist[i].name) && (strings.Contains(hist[i].name, " ") || r.personLike(hist[i].name)) {
				return hist[i].name
			}
		}
	}
	for i := len(r.persons) - 1; i >= 0; i-- {
		if r.persons[i].pos < m.s {
			return r.persons[i].name
		}
	}
	return ""
}

// orgAnaphor resolves "the union": the name the article gives it, else the
// latest organisation named before.
func (r *resolver) orgAnaphor(m mention, hist []pastSource) string {
	if n := r.namedDescription(m); n != "" {
		return n
	}
	// "the French foreign ministry", "the Zellish team": a capitalised
	// modifier names one body, so only an organisation whose name
	// carries that word is the same one; else keep the description.
	if mods := capModifiers(m.text); len(mods) > 0 {
		for i := len(hist) - 1; i >= 0; i-- {
			if hist[i].kind == kindOrg && nameHasAny(hist[i].name, mods) {
				return hist[i].name
			}
		}
		for i := len(r.orgs) - 1; i >= 0; i-- {
			if o := r.orgs[i]; o.pos < m.s && nameHasAny(o.name, mods) {
				return o.name
			}
		}
		return ""
	}
	for i := len(hist) - 1; i >= 0 && m.s-hist[i].pos < 3000; i-- {
		if hist[i].kind == kindOrg {
			return hist[i].name
		}
	}
	return r.latestOrg(m.s)
}

// titleAnaphor resolves "the senator": the latest source with that title,
// or for a profile role ("said the actor") the person just quoted.
func (r *resolver) titleAnaphor(m mention, hist []pastSource) string {
	head := m.head
	for i := len(hist) - 1; i >= 0; i-- {
		if strings.Contains(strings.ToLower(hist[i].title), head) {
			return hist[i].name
		}
	}
	// "President-elect Donald Trump … the President-elect fumed": the
	// latest person the article named with that title before a name.
	for i := len(r.persons) - 1; i >= 0; i-- {
		p := r.persons[i]
		if p.pos < m.s && hasWord(strings.ToLower(r.titles[p.name]), head) {
			return p.name
		}
	}
	// "said the actor" in a profile: the person just quoted, when the
	// role is what they are known for rather than a new source's job.
	if !profileRoles[head] {
		return ""
	}
	for i := len(hist) - 1; i >= 0 && m.s-hist[i].pos < 1500; i-- {
		if h := hist[i]; (h.kind == kindName || h.kind == kindPronoun) && !r.isOrg(h.name) && strings.Contains(h.name, " ") {
			return h.name
		}
	}
	return ""
}

// capModifiers returns the capitalised words of a description other than
// its opening determiner ("French" in "The French foreign ministry").
func capModifiers(desc string) []string {
	var mods []string
	for i, f := range strings.Fields(desc) {
		if i == 0 && determiners[strings.ToLower(f)] {
			continue
		}
		if lex.QCap(f) {
			mods = append(mods, strings.TrimSuffix(strings.TrimSuffix(f, "'s"), "’s"))
		}
	}
	return mods
}

// nameHasAny reports whether name contains one of words as a whole word.
func nameHasAny(name string, words []string) bool {
	for _, f := range strings.Fields(name) {
		for _, w := range words {
			if strings.EqualFold(f, w) {
				return true
			}
		}
	}
	return false
}

// documentOf reports whether the document "the <head>" at pos is src's:
// the sentence where the text last named a <head> before pos also holds
// src's latest source mention ("Acme said in a statement … The statement
// said"). A document the article never tied to a source ("An internal
// report … “…,” the report states") speaks for itself and keeps its
// description as the speaker.
func (r *resolver) documentOf(head string, pos int, src pastSource) bool {
	from := max(0, pos-documentWindow)
	at := lastWord(r.text[from:pos], head)
	if at < 0 {
		return false
	}
	at += from
	for _, s := range r.sents {
		if s.Start <= at && at < s.End {
			return s.Start <= src.pos && src.pos < s.End
		}
	}
	return false
}

// documentWindow is how far back (bytes) documentOf looks for the document's
// earlier mention, so that the cost stays linear in the article's length.
const documentWindow = 6000

// lastWord returns the offset of the last whole-word, case-insensitive
// occurrence of w (lower case) in text, or -1.
func lastWord(text, w string) int {
	low := strings.ToLower(text)
	for end := len(low); end > 0; {
		i := strings.LastIndex(low[:end], w)
		if i < 0 {
			return -1
		}
		j := i + len(w)
		if (i == 0 || !isWordByte(low[i-1])) && (j >= len(low) || !isWordByte(low[j])) {
			return i
		}
		end = i
	}
	return -1
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b == '-' || b >= 0x80
}

// describedBefore returns the latest source kept as a description whose
// head noun (its last word before a preposition) is head: "one close associate said … the associate noted"
// refers back to the description, since the article never names the
// associate. "" when none.
func describedBefore(head string, hist []pastSource) string {
	if head == "" {
		return ""
	}
	for i := len(hist) - 1; i >= 0; i-- {
		if hist[i].kind != kindDescribed {
			continue
		}
		f := strings.Fields(strings.ToLower(hist[i].name))
		n := 1
		for n < len(f) && !prepositions[f[n]] && f[n] != "who" {
			n++
		}
		if n > 1 && f[n-1] == head {
			return hist[i].name
		}
	}
	return ""
}

// hasWord reports whether w is one of the space-separated words of s.
func hasWord(s, w string) bool {
	for _, f := range strings.Fields(s) {
		if strings.TrimSuffix(f, ".") == w {
			return true
		}
	}
	return false
}

// groupMember names "one" or "another" standing alone as a source by the
// group the sentences before it introduced: "A couple of Virginia
// Republicans offered their compliments. One called Kaine …, and another
// said …" gives "a Virginia Republican" and "another Virginia Republican".
// The group is the first plural of a title or party word ("officials",
// "Republicans"; the subject comes first) with its capitalised modifiers,
// in the latest of the mention's sentence and the two before it (same or
// previous paragraph) that has one; "" when none.
func (r *resolver) groupMember(m mention) string {
	det := strings.ToLower(m.text)
	if det != "one" && det != "another" {
		return ""
	}
	si := r.sentenceAt(m.s)
	for k := si; k >= 0 && k >= si-2 && si >= 0 && r.sents[si].para-r.sents[k].para <= 1; k-- {
		ws := r.sents[k].words
		for i := range ws {
			if ws[i].s >= m.s {
				break
			}
			sing, ok := singularGroup(ws[i].text)
			if !ok {
				continue
			}
			lo := i
			for lo > 0 && lex.QCap(ws[lo-1].text) && !determiners[ws[lo-1].low] && !ws[lo-1].punct {
				lo--
			}
			desc := strings.TrimSpace(join(ws, lo, i) + " " + sing)
			if det == "one" {
				det = "a"
				if strings.ContainsRune("AEIOUaeiou", rune(desc[0])) {
					det = "an"
				}
			}
			return det + " " + desc
		}
	}
	return ""
}

// singularGroup returns the singular of a plural title or party word
// ("Republicans" -> "Republican", "officials" -> "official").
func singularGroup(w string) (string, bool) {
	if len(w) < 4 || !strings.HasSuffix(w, "s") {
		return "", false
	}
	sing := w[:len(w)-1]
	low := strings.ToLower(sing)
	return sing, affiliations[low] || titleWords[low]
}

// documentAuthor returns the author the article gave the document "the
// <head>" at pos in one of the last four places it named a <head> before:
// a name after "by" or "from" within eight words of it ("a new report released on Monday by
// Stanford University's Center on Poverty and Inequality", "a report from
// Kotak Institutional Equities"); "" when none.
func (r *resolver) documentAuthor(head string, pos int) string {
	from := max(0, pos-documentWindow)
	end := pos
	for n := 0; n < 4; n++ {
		at := lastWord(r.text[from:end], head)
		if at < 0 {
			return ""
		}
		at += from
		if a := r.authorAfter(at); a != "" {
			return a
		}
		end = at
	}
	return ""
}

// authorAfter returns the name after "by" or "from" within eight words of
// the word at byte offset at, in its sentence; "" when none.
func (r *resolver) authorAfter(at int) string {
	si := r.sentenceAt(at)
	if si < 0 {
		return ""
	}
	ws := r.sents[si].words
	for i, w := range ws {
		if w.s != at {
			continue
		}
		for k := i + 1; k < len(ws) && k <= i+8 && !ws[k].punct; k++ {
			if ws[k].low == "by" || ws[k].low == "from" {
				return capitalisedName(ws, k+1)
			}
		}
		return ""
	}
	return ""
}

// capitalisedName returns the name that starts at ws[i] (after an optional
// "the"): capitalised words, joined by "of", "on", "for", "and" or "&"
// when a capitalised word follows ("Stanford University's Center on
// Poverty and Inequality"); "" when ws[i] starts no name.
func capitalisedName(ws []word, i int) string {
	if i < len(ws) && ws[i].low == "the" {
		i++
	}
	e := i
	for e < len(ws) {
		switch {
		case !ws[e].punct && lex.QCap(ws[e].text):
			e++
		case e > i && e+1 < len(ws) && lex.QCap(ws[e+1].text) && !ws[e+1].punct &&
			(ws[e].low == "of" || ws[e].low == "on" || ws[e].low == "for" || ws[e].low == "and" || ws[e].text == "&"):
			e++
		default:
			if e == i {
				return ""
			}
			return join(ws, i, e)
		}
	}
	if e == i {
		return ""
	}
	return join(ws, i, e)
}
