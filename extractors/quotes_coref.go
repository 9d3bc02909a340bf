package extractors

import (
	"strings"
	"unicode/utf8"
)

// This file resolves speaker mentions to the most informative name the
// article gives: "Ryabkov" to "Sergei Ryabkov", "the DEA" to "Drug
// Enforcement Administration", "he" and "the 31-year-old" to the right
// earlier person, "the statement" to whoever issued it. Descriptions with no
// name ("a senior official") stay as written.

// qResolver holds what the article says about its people, built once per
// Extract call.
type qResolver struct {
	text    string
	persons []qNamed // person names with two or more words, in text order
	orgs    []qNamed // organisation names, in text order
	gender  map[string]byte
	labels  map[[2]int]string // entity label by span
}

// qNamed is one occurrence of a full name.
type qNamed struct {
	pos  int
	name string
}

// qHist is one resolved source in the discourse so far.
type qHist struct {
	pos    int
	name   string
	kind   qMentionKind
	plural bool
}

var qNameStops = toSet(`the a an when after but and as if while then with for in on at by from to of
says said this that these those his her their its our my it he she they we i however meanwhile
also so yet still even though although because since before during until later earlier
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december`)

func newQResolver(t *Text, f *Findings, sents []qSentence) *qResolver {
	r := &qResolver{text: t.Text, gender: map[string]byte{}, labels: map[[2]int]string{}}
	for _, e := range f.Entities {
		r.labels[[2]int{e.Start, e.End}] = e.Label
		name := strings.TrimSpace(e.Text)
		switch e.Label {
		case "PERSON":
			if strings.Contains(name, " ") {
				r.persons = append(r.persons, qNamed{e.Start, qStripTitles(name)})
			}
		case "ORG":
			r.orgs = append(r.orgs, qNamed{e.Start, strings.TrimPrefix(name, "the ")})
		}
	}
	// Capitalised runs of two or more words anywhere in the narrative are
	// name candidates too; the entity model misses many.
	for _, s := range sents {
		ws := s.words
		for i := 0; i < len(ws); {
			if ws[i].punct || !qCap(ws[i].text) || qNameStops[qLower(ws[i].text)] || qTitleWords[qLower(ws[i].text)] {
				i++
				continue
			}
			j := i + 1
			for j < len(ws) && !ws[j].punct && (qCap(ws[j].text) || qNameParticle(qLower(ws[j].text))) && !qTitleWords[qLower(ws[j].text)] {
				j++
			}
			if j-i >= 2 && j-i <= 4 && qCap(ws[j-1].text) {
				name := qJoin(ws, i, j)
				if qOrgWords[qLower(ws[j-1].text)] {
					r.orgs = append(r.orgs, qNamed{ws[i].s, name})
				} else {
					r.persons = append(r.persons, qNamed{ws[i].s, strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s")})
				}
			}
			i = j
		}
	}
	return r
}

// qStripTitles drops leading title words from a name.
func qStripTitles(name string) string {
	f := strings.Fields(name)
	i := 0
	for i < len(f)-1 && qTitleWords[qLower(f[i])] {
		i++
	}
	return strings.Join(f[i:], " ")
}

// fullName returns the fullest form of a person's name: the nearest earlier
// (else the first later) name of two or more words ending with the same
// last word.
func (r *qResolver) fullName(name string, pos int) string {
	f := strings.Fields(name)
	if len(f) == 0 {
		return name
	}
	last := strings.TrimSuffix(strings.TrimSuffix(f[len(f)-1], "'s"), "’s")
	best, bestPos := "", -1
	after := ""
	for _, p := range r.persons {
		pf := strings.Fields(p.name)
		if len(pf) <= len(f) || pf[len(pf)-1] != last {
			continue
		}
		if p.pos <= pos && p.pos > bestPos {
			best, bestPos = p.name, p.pos
		}
		if p.pos > pos && after == "" {
			after = p.name
		}
	}
	switch {
	case best != "":
		return best
	case after != "":
		return after
	}
	return name
}

// orgName expands an acronym ("DEA") or a short form to the organisation's
// full name when the article gives it.
func (r *qResolver) orgName(name string) string {
	name = strings.TrimPrefix(strings.TrimPrefix(name, "the "), "The ")
	if qIsAcronym(name) {
		acr := strings.ReplaceAll(name, ".", "")
		for _, o := range r.orgs {
			if qInitials(o.name) == acr {
				return o.name
			}
		}
		// The article may spell it out without the model noticing.
		if full := qFindExpansion(r.text, acr); full != "" {
			return full
		}
	}
	return name
}

// qInitials returns the capital initials of a name's significant words.
func qInitials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		if qCap(w) {
			r, _ := utf8.DecodeRuneInString(w)
			b.WriteRune(r)
		}
	}
	return b.String()
}

// qFindExpansion looks for a run of capitalised words whose initials spell
// acr ("Drug Enforcement Administration" for DEA).
func qFindExpansion(text, acr string) string {
	ws := qTokenize(text, 0, len(text))
	n := len(acr)
	for i := 0; i+n <= len(ws); i++ {
		var b strings.Builder
		k, j := i, i
		for j < len(ws) && k-i < n {
			w := ws[j].text
			if ws[j].punct {
				break
			}
			if !qCap(w) {
				lw := qLower(w)
				if j > i && (lw == "of" || lw == "for" || lw == "and" || lw == "the") {
					j++
					continue
				}
				break
			}
			r, _ := utf8.DecodeRuneInString(w)
			b.WriteRune(r)
			k++
			j++
		}
		if k-i == n && b.String() == acr && !qIsAcronym(ws[i].text) {
			return qJoin(ws, i, j)
		}
	}
	return ""
}

// resolveAll resolves every event's mention in text order, so that
// pronouns see the sources before them.
func (r *qResolver) resolveAll(events []qEvent, items []qItem) {
	asker := map[int]string{} // event index -> speaker of the question it answers
	for i := range items {
		if items[i].event >= 0 {
			events[items[i].event].quoted = true
		}
	}
	var hist []qHist
	lastQuoted := -1 // event of the previous quote
	itemAt := 0
	for ei := range events {
		ev := &events[ei]
		// The quote before this event's first quote, for the interview rule.
		for itemAt < len(items) && items[itemAt].span.open < ev.cueS {
			if items[itemAt].event >= 0 && items[itemAt].event != ei {
				lastQuoted = items[itemAt].event
			}
			itemAt++
		}
		if lastQuoted >= 0 && lastQuoted != ei && (events[lastQuoted].lemma == "ask" || r.endsWithQuestion(items, lastQuoted)) {
			asker[ei] = events[lastQuoted].speaker
		}
		r.resolve(ev, hist, asker[ei])
		if ev.speaker != "" {
			hist = append(hist, qHist{pos: ev.cueS, name: ev.speaker, kind: ev.m.kind, plural: qPlural(ev)})
		}
	}
}

// endsWithQuestion reports whether the last quote attributed to event ei
// ends with a question mark.
func (r *qResolver) endsWithQuestion(items []qItem, ei int) bool {
	for i := len(items) - 1; i >= 0; i-- {
		if items[i].event == ei {
			return strings.HasSuffix(strings.TrimSpace(r.text[items[i].span.start:items[i].span.end]), "?")
		}
	}
	return false
}

func qPlural(ev *qEvent) bool {
	if ev.m.kind == qOrg {
		return true
	}
	if ev.m.kind == qPronoun {
		return ev.m.text == "they"
	}
	return ev.m.kind == qDescribed && strings.HasSuffix(ev.m.text, "s")
}

// resolve sets ev.speaker and ev.title.
func (r *qResolver) resolve(ev *qEvent, hist []qHist, notThis string) {
	m := ev.m
	switch m.kind {
	case qName:
		if lab := r.labels[[2]int{m.s, m.e}]; lab == "ORG" || lab == "GPE" || qIsAcronym(m.text) {
			ev.speaker = r.orgName(m.text)
		} else {
			ev.speaker = r.fullName(m.text, m.s)
		}
		ev.title = m.title
		if g := qTitleGender(m.title); g != 0 {
			r.gender[ev.speaker] = g
		}
	case qOrg:
		ev.speaker = r.orgName(m.text)
	case qDescribed:
		ev.speaker = m.text
	case qPronoun:
		ev.speaker = r.antecedent(m.text, m.s, hist, notThis)
	case qAnaphor:
		ev.speaker = r.anaphor(m, hist)
		if ev.speaker == "" {
			ev.speaker = m.text
		}
	}
}

// antecedent resolves a pronoun at pos: the latest source of matching
// number and gender, else the latest person named before it.
func (r *qResolver) antecedent(pron string, pos int, hist []qHist, notThis string) string {
	var want byte
	switch pron {
	case "he":
		want = 'm'
	case "she":
		want = 'f'
	case "they", "it":
		for i := len(hist) - 1; i >= 0; i-- {
			if hist[i].plural {
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
		g := r.gender[name]
		return name != notThis && (g == 0 || g == want) && !r.isOrg(name)
	}
	// The latest named person between the last source and the pronoun
	// competes with it only when closer and in subject position; keep it
	// simple: sources first, within the last few hundred bytes.
	for i := len(hist) - 1; i >= 0; i-- {
		h := hist[i]
		if h.kind == qDescribed && strings.HasSuffix(h.name, "s") {
			continue
		}
		if pos-h.pos > 1500 {
			break
		}
		if ok(h.name) {
			r.gender[h.name] = want
			return h.name
		}
	}
	for i := len(r.persons) - 1; i >= 0; i-- {
		p := r.persons[i]
		if p.pos < pos && ok(p.name) {
			r.gender[p.name] = want
			return p.name
		}
	}
	return ""
}

func (r *qResolver) latestOrg(pos int) string {
	name := ""
	for _, o := range r.orgs {
		if o.pos < pos {
			name = o.name
		}
	}
	return name
}

func (r *qResolver) isOrg(name string) bool {
	for _, o := range r.orgs {
		if o.name == name {
			return true
		}
	}
	return false
}

// anaphor resolves a definite description: a document ("the statement")
// to the latest source, a person description ("the 31-year-old", "the
// senator") to the latest person source.
func (r *qResolver) anaphor(m qMention, hist []qHist) string {
	f := strings.Fields(strings.ToLower(m.text))
	head := f[len(f)-1]
	switch head {
	case "statement", "release", "letter", "report", "email", "post", "tweet", "memo", "filing", "notice":
		if len(hist) > 0 {
			return hist[len(hist)-1].name
		}
		return ""
	}
	for i := len(hist) - 1; i >= 0; i-- {
		if hist[i].kind == qName || hist[i].kind == qPronoun || hist[i].kind == qAnaphor {
			if !r.isOrg(hist[i].name) && strings.Contains(hist[i].name, " ") {
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

// qTitleGender reads a gender from an honorific.
func qTitleGender(title string) byte {
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
