package quotes

import (
	"cmp"
	"slices"
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
	var hist []pastSource
	for ei := range events {
		ev := &events[ei]
		if lq := prevQuoted[ei]; lq >= 0 && lq < ei && (events[lq].lemma == "ask" || lastQuestion[lq]) {
			asker[ei] = events[lq].speaker
		}
		r.resolve(ev, hist, asker[ei])
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
		}
	case kindPronoun:
		ev.speaker = r.antecedent(m.text, m.s, hist, notThis)
	case kindAnaphor:
		ev.speaker = r.anaphor(m, hist)
		if ev.speaker == "" {
			ev.speaker = m.text
		}
	}
}

// subjectFallback gives a quote that only the latest-source rule (or
// nothing) attributed to the person who opens the sentence before it:
// "Ms. Marsh was unmoved. "I have made up my mind."".
func (r *resolver) subjectFallback(items []item, events []event) {
	for i := range items {
		it := &items[i]
		if it.event >= 0 && it.rule != "latest-source" || it.sent == 0 || it.tok != 0 {
			continue
		}
		prev := r.sents[it.sent-1]
		if r.sents[it.sent].para-prev.para > 1 || len(prev.words) == 0 {
			continue
		}
		ws := prev.words
		name := r.openingPerson(it.sent - 1)
		if name == "" || !r.personLike(name) {
			continue
		}
		k := 0
		for k < len(ws) && !ws[k].punct && (titleWords[ws[k].low] || ws[k].low == "the") {
			k++
		}
		e := k
		for e < len(ws) && !ws[e].punct && lex.QCap(ws[e].text) {
			e++
		}
		it.override = &mention{s: ws[k].s, e: ws[max(k, e-1)].e, kind: kindName, text: name}
		it.speaker = name
		it.rule = "previous-subject"
	}
}

// antecedent resolves a pronoun at pos: the latest source of matching
// number and gender, else the latest person named before it.
func (r *resolver) antecedent(pron string, pos int, hist []pastSource, notThis string) string {
	var want byte
	switch pron {
	case "he":
		want = 'm'
	case "she":
		want = 'f'
	case "they", "it":
		if si := r.sentenceAt(pos); si >= 0 {
			for i := len(r.orgs) - 1; i >= 0; i-- {
				if o := r.orgs[i]; o.pos < pos && o.pos >= r.sents[si].Start {
					return o.name
				}
			}
		}
		for i := len(hist) - 1; i >= 0; i-- {
			if pos-hist[i].pos > 3000 {
				break
			}
			if hist[i].plural || (hist[i].kind == kindName || hist[i].kind == kindOrg) && r.genderOf(hist[i].name) == 0 {
				r.usedAsThing[hist[i].name] = true
				return hist[i].name
			}
		}
		if pron == "it" {
			return ""
		}
		return r.latestOrg(pos)
	default:
		return ""
	}
	ok := func(name string) bool {
		g := r.genderOf(name)
		return name != notThis && (g == 0 || g == want) && r.personLike(name)
	}
	pick := func(name string) string {
		r.gender[name] = want
		return name
	}
	guess := func(name string) string { return name } // too far to learn a gender from
	si := r.sentenceAt(pos)
	// (a) A person named earlier in the same sentence.
	if si >= 0 {
		end, _ := slices.BinarySearchFunc(r.mentions, pos, func(m named, p int) int { return cmp.Compare(m.pos, p) })
		for i := end - 1; i >= 0; i-- {
			m := r.mentions[i]
			if m.pos < r.sents[si].Start {
				break
			}
			if n := r.fullName(m.name, m.pos); ok(n) {
				return pick(n)
			}
		}
	}
	// (b) The subject of the sentence before, when it opens with a
	// person's name ("Donald J. Trump, the front-runner, was blunt.").
	if si > 0 {
		if n := r.openingPerson(si - 1); n != "" && ok(n) {
			return pick(n)
		}
	}
	// (c) A recent source, (d) a person named in the sentence before,
	// subject first, (e) an older source, (f) any person named before.
	isPerson := func(h pastSource) bool { return h.kind == kindName || h.kind == kindPronoun || h.kind == kindAnaphor }
	for i := len(hist) - 1; i >= 0; i-- {
		h := hist[i]
		if si >= 0 && h.sent < si-3 {
			break
		}
		if isPerson(h) && ok(h.name) {
			return pick(h.name)
		}
	}
	if si > 0 {
		prev := r.sents[si-1]
		i, _ := slices.BinarySearchFunc(r.mentions, prev.Start, func(m named, p int) int { return cmp.Compare(m.pos, p) })
		for _, m := range r.mentions[i:] {
			if m.pos >= prev.End {
				break
			}
			{
				n := r.fullName(m.name, m.pos)
				g := r.genderOf(n)
				if n != notThis && !r.isOrg(n) && !r.usedAsThing[n] && (g == want || g == 0 && strings.Contains(n, " ")) {
					return pick(n)
				}
			}
		}
	}
	for i := len(hist) - 1; i >= 0; i-- {
		h := hist[i]
		if pos-h.pos > 3000 {
			break
		}
		if isPerson(h) && ok(h.name) {
			return guess(h.name)
		}
	}
	for i := len(r.mentions) - 1; i >= 0; i-- {
		m := r.mentions[i]
		if m.pos < pos-5000 {
			break
		}
		if m.pos < pos {
			if n := r.fullName(m.name, m.pos); ok(n) {
				return guess(n)
			}
		}
	}
	// Nobody known to be a person: the latest name that is not known to
	// be anything else.
	for i := len(r.persons) - 1; i >= 0; i-- {
		p := r.persons[i]
		if p.pos < pos-5000 {
			break
		}
		if p.pos < pos && p.name != notThis && !r.isOrg(p.name) && (r.genderOf(p.name) == 0 || r.genderOf(p.name) == want) && !r.usedAsThing[p.name] {
			return guess(p.name)
		}
	}
	return ""
}

// anaphor resolves a definite description: a document ("the statement")
// to the latest source, a person description ("the 31-year-old", "the
// senator") to the latest person source.
func (r *resolver) anaphor(m mention, hist []pastSource) string {
	head := m.head
	if orgNouns[head] {
		// "the union": the name the article gives it, else the latest
		// organisation named before.
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
		if o := r.latestOrg(m.s); o != "" {
			return o
		}
		return ""
	}
	switch head {
	case "statement", "release", "letter", "report", "email", "post", "tweet", "memo", "filing", "notice", "note", "message":
		if len(hist) > 0 {
			return hist[len(hist)-1].name
		}
		return ""
	}
	if titleWords[head] {
		// "the senator": the latest source with that title.
		for i := len(hist) - 1; i >= 0; i-- {
			if strings.Contains(strings.ToLower(hist[i].title), head) {
				return hist[i].name
			}
		}
		// "said the actor" in a profile: the person just quoted, when the
		// role is what they are known for rather than a new source's job.
		if profileRoles[head] {
			for i := len(hist) - 1; i >= 0 && m.s-hist[i].pos < 1500; i-- {
				if h := hist[i]; (h.kind == kindName || h.kind == kindPronoun) && !r.isOrg(h.name) && strings.Contains(h.name, " ") {
					return h.name
				}
			}
			// Before any quote ("Lee played on. After the encore, the
			// pianist told the crowd, …"): the person named just before.
			if len(hist) == 0 {
				for i := len(r.persons) - 1; i >= 0; i-- {
					if p := r.persons[i]; p.pos < m.s && m.s-p.pos < 1500 && !r.isOrg(p.name) {
						return p.name
					}
				}
			}
		}
		return ""
	}
	for i := len(hist) - 1; i >= 0; i-- {
		if hist[i].kind == kindName || hist[i].kind == kindPronoun || hist[i].kind == kindAnaphor {
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

// profileRoles are the roles a profile's subject is called by ("the
// actor", "the star", "the quarterback"), unlike the jobs of sources brought
// in to comment ("the spokesman", "the analyst").
var profileRoles = toSet(`actor actress singer rapper star player forward striker midfielder
defender goalkeeper quarterback pitcher catcher skipper veteran rookie author writer astronaut chef
musician comedian filmmaker artist athlete champion guitarist pianist drummer bassist vocalist
frontman frontwoman songwriter keyboardist saxophonist violinist cellist trumpeter composer`)

// titleGender reads a gender from an honorific.
func titleGender(title string) byte {
	for _, w := range strings.Fields(strings.ToLower(title)) {
		switch strings.TrimSuffix(w, ".") {
		case "mr", "sir", "lord", "king", "prince", "father", "congressman", "councilman", "assemblyman", "chairman", "spokesman":
			return 'm'
		case "mrs", "ms", "miss", "dame", "lady", "queen", "princess", "sister", "congresswoman", "councilwoman", "assemblywoman", "chairwoman", "spokeswoman":
			return 'f'
		}
	}
	return 0
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
