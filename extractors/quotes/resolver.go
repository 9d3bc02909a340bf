package quotes

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/lede-project/lede/extractors"
	"github.com/lede-project/lede/extractors/internal/lex"
)

// This file builds what the quote extractor knows about the article's
// people and organisations: every name and where it occurs, titles,
// genders, acronyms and the names descriptions are given, and looks names
// up in it ("Ryabkov" -> "Sergei Ryabkov", "the DEA" -> "Drug Enforcement
// Administration").

// resolver holds what the article says about its people, built once per
// Extract call.
type resolver struct {
	text       string
	toks       []extractors.Token
	persons    []named            // person names with two or more words, in text order
	byLast     map[string][]named // persons by last word, in text order
	mentions   []named            // every person mention (one word or more), in text order
	sents      []sentence
	orgs       []named // organisation names, in text order
	orgSet     map[string]bool
	gender     map[string]byte
	labels     map[[2]int]string // entity label by span
	people     map[string]bool   // names the entity stage labelled PERSON
	titles     map[string]string // title words written before a name
	expansions map[string]string // acronym -> full name, "" when none
	described  map[string]string // description -> the name it is given, "" when none
	// usedAsThing holds names that "it" or "they" resolved to.
	usedAsThing map[string]bool
	// explain asks for evidence lines (Findings.Explain).
	explain bool
}

// named is one occurrence of a full name.
type named struct {
	pos  int
	name string
}

// pastSource is one resolved source in the discourse so far.
type pastSource struct {
	pos    int
	sent   int
	title  string
	name   string
	kind   mentionKind
	plural bool
}

// newResolver gathers the names of the article: the entity stage's people
// and organisations outside quotes, capitalised runs the model missed, and
// surnames standing alone.
func newResolver(t *extractors.Text, f *extractors.Findings, sents []sentence, spans []span) *resolver {
	r := &resolver{text: t.Text, toks: t.Tokens, sents: sents, explain: f.Explain, gender: map[string]byte{}, labels: map[[2]int]string{}, people: map[string]bool{}, titles: map[string]string{}, usedAsThing: map[string]bool{}, expansions: map[string]string{}, described: map[string]string{}}
	r.addEntities(f.Entities, spans)
	for _, s := range sents {
		r.addCapitalisedRuns(s.words)
	}
	r.addSurnames(sents)
	r.index()
	return r
}

// addEntities adds the entity stage's people and organisations, except
// those named inside quotes (rarely the speakers).
func (r *resolver) addEntities(ents []extractors.Entity, spans []span) {
	inQuote := func(pos int) bool {
		i, _ := slices.BinarySearchFunc(spans, pos, func(s span, p int) int { return cmp.Compare(spanEnd(s), p+1) })
		return i < len(spans) && spans[i].open <= pos && pos < spanEnd(spans[i])
	}
	for _, e := range ents {
		r.labels[[2]int{e.Start, e.End}] = e.Label
		if inQuote(e.Start) {
			continue
		}
		name := strings.TrimSpace(e.Text)
		switch e.Label {
		case "PERSON":
			r.people[stripTitles(name)] = true
			r.mentions = append(r.mentions, named{e.Start, stripTitles(name)})
			if strings.Contains(name, " ") {
				r.persons = append(r.persons, named{e.Start, stripTitles(name)})
			}
		case "ORG":
			r.orgs = append(r.orgs, named{e.Start, strings.TrimPrefix(name, "the ")})
		}
	}
}

// addCapitalisedRuns adds the capitalised runs of two to four words of a
// sentence as people or (ending with an organisation word) organisations,
// and a single word after an honorific ("Mr. Obama") as a person: the
// entity model misses many.
func (r *resolver) addCapitalisedRuns(ws []word) {
	for i := 0; i < len(ws); {
		if ws[i].punct || !lex.QCap(ws[i].text) || nameStops[ws[i].low] || titleWords[ws[i].low] {
			i++
			continue
		}
		j := capitalisedRunEnd(ws, i)
		afterThe := i > 0 && (ws[i-1].low == "the" || ws[i-1].low == "a" || ws[i-1].low == "an")
		switch {
		case j-i >= 2 && j-i <= 4 && lex.QCap(ws[j-1].text) && (!afterThe || orgWords[ws[j-1].low]):
			r.addRun(ws, i, j)
		case j-i == 1 && i > 0 && titleGender(ws[i-1].low) != 0:
			// "Mr. Obama": an honorific makes one word a person.
			name := strings.TrimSuffix(strings.TrimSuffix(ws[i].text, "'s"), "’s")
			r.mentions = append(r.mentions, named{ws[i].s, name})
			r.people[name] = true
			if r.gender[name] == 0 {
				r.gender[name] = titleGender(ws[i-1].low)
			}
		}
		i = j
	}
}

// capitalisedRunEnd returns the end of the run of capitalised words (and
// name particles) starting at ws[i]; an organisation name goes on after
// "of" or "for" ("Royal College of Nursing", "Bank of America").
func capitalisedRunEnd(ws []word, i int) int {
	j := i + 1
	for j < len(ws) && !ws[j].punct && (lex.QCap(ws[j].text) || nameParticle(ws[j].low)) && !titleWords[ws[j].low] {
		j++
	}
	for j+1 < len(ws) && (ws[j].low == "of" || ws[j].low == "for") && lex.QCap(ws[j+1].text) && orgWords[ws[j-1].low] {
		j += 2
		for j < len(ws) && !ws[j].punct && lex.QCap(ws[j].text) {
			j++
		}
	}
	return j
}

// addRun adds the capitalised run ws[i:j] as an organisation or a person,
// with the title written before a person's name.
func (r *resolver) addRun(ws []word, i, j int) {
	name := join(ws, i, j)
	if orgWords[ws[j-1].low] {
		r.orgs = append(r.orgs, named{ws[i].s, name})
		return
	}
	if ts := titleStart(ws, i); ts < i {
		if _, ok := r.titles[name]; !ok {
			r.titles[name] = join(ws, ts, i)
		}
	}
	n := named{ws[i].s, strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s")}
	r.persons = append(r.persons, n)
	r.mentions = append(r.mentions, n)
}

// addSurnames adds every word that is the last word of a full person name:
// a surname alone names the person whose full name ends with it.
func (r *resolver) addSurnames(sents []sentence) {
	lastWords := map[string]bool{}
	for _, p := range r.persons {
		f := strings.Fields(p.name)
		lastWords[f[len(f)-1]] = true
	}
	for _, s := range sents {
		for _, w := range s.words {
			if !w.punct && lastWords[w.text] {
				r.mentions = append(r.mentions, named{w.s, w.text})
			}
		}
	}
}

// index sorts the names by position and builds the look-up maps.
func (r *resolver) index() {
	byPos := func(a, b named) int { return cmp.Compare(a.pos, b.pos) }
	slices.SortStableFunc(r.persons, byPos)
	slices.SortStableFunc(r.mentions, byPos)
	slices.SortStableFunc(r.orgs, byPos)
	r.orgSet = map[string]bool{}
	for _, o := range r.orgs {
		r.orgSet[o.name] = true
	}
	r.byLast = map[string][]named{}
	for _, p := range r.persons {
		f := strings.Fields(p.name)
		r.byLast[f[len(f)-1]] = append(r.byLast[f[len(f)-1]], p)
		if len(f) > 1 {
			r.byLast["^"+f[0]] = append(r.byLast["^"+f[0]], p)
		}
	}
}

// titleStart returns where the title before the name at ws[i] begins:
// title words and the capitalised words among them ("Russian Deputy
// Foreign Minister").
func titleStart(ws []word, i int) int {
	k := i
	for k > 0 {
		w := ws[k-1]
		lw := w.low
		if w.punct || determiners[lw] || nameStops[lw] && !titleWords[lw] {
			break
		}
		if !titleWords[lw] && !(lex.QCap(w.text) && k < i+1 && titleWords[ws[k].low]) {
			break
		}
		k--
	}
	return k
}

// stripTitles drops leading title words from a name.
func stripTitles(name string) string {
	f := strings.Fields(name)
	i := 0
	for i < len(f)-1 && titleWords[lower(f[i])] {
		i++
	}
	return strings.Join(f[i:], " ")
}

// fullName returns the fullest form of a person's name: the nearest earlier
// (else the first later) name of two or more words ending with the same
// last word.
func (r *resolver) fullName(name string, pos int) string {
	f := strings.Fields(name)
	if len(f) == 0 {
		return name
	}
	last := strings.TrimSuffix(strings.TrimSuffix(f[len(f)-1], "'s"), "’s")
	best, bestPos := "", -1
	after := ""
	cands := r.byLast[last]
	// A given name alone ("Taylor"), or a family name written first
	// ("Liu" for "Liu Xiaming"), when no full name ends with it.
	firstOK := len(f) == 1 && (r.people[name] || len(cands) == 0)
	if firstOK {
		cands = append(slices.Clip(cands), r.byLast["^"+last]...)
	}
	for _, p := range cands {
		pf := strings.Fields(p.name)
		if len(pf) <= len(f) || (pf[len(pf)-1] != last && !(firstOK && pf[0] == last)) {
			continue
		}
		if p.pos <= pos && p.pos > bestPos {
			best, bestPos = p.name, p.pos
		}
		if p.pos > pos && after == "" {
			after = p.name
		}
	}
	if best != "" {
		// Prefer the longest form of the same name ("Penelope Muse
		// Abernathy" over "Muse Abernathy").
		bf := strings.Fields(best)
		for _, p := range r.byLast[bf[len(bf)-1]] {
			if len(p.name) > len(best) && strings.HasSuffix(p.name, " "+best) {
				best = p.name
			}
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
func (r *resolver) orgName(name string) string {
	name = strings.TrimPrefix(strings.TrimPrefix(name, "the "), "The ")
	if isAcronym(name) {
		acr := strings.ReplaceAll(name, ".", "")
		for _, o := range r.orgs {
			if initials(o.name) == acr {
				return o.name
			}
		}
		// The article may spell it out without the model noticing.
		full, ok := r.expansions[acr]
		if !ok {
			full = findExpansion(r.sents, acr)
			r.expansions[acr] = full
		}
		if full != "" {
			return full
		}
	}
	return name
}

// initials returns the capital initials of a name's significant words.
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		if lex.QCap(w) {
			r, _ := utf8.DecodeRuneInString(w)
			b.WriteRune(r)
		}
	}
	return b.String()
}

// findExpansion looks for a run of capitalised words whose initials spell
// acr ("Drug Enforcement Administration" for DEA).
func findExpansion(sents []sentence, acr string) string {
	for _, s := range sents {
		if full := findExpansionIn(s.words, acr); full != "" {
			return full
		}
	}
	return ""
}

func findExpansionIn(ws []word, acr string) string {
	n := len(acr)
	for i := 0; i+n <= len(ws); i++ {
		var b strings.Builder
		k, j := i, i
		for j < len(ws) && k-i < n {
			w := ws[j].text
			if ws[j].punct {
				break
			}
			if !lex.QCap(w) {
				lw := lower(w)
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
		if k-i == n && b.String() == acr && !isAcronym(ws[i].text) {
			return join(ws, i, j)
		}
	}
	return ""
}

// namedDescription finds the name the article gives a description
// elsewhere: "China's ambassador to Britain Liu Xiaming", "The group,
// WeWorkers Coalition, …".
func (r *resolver) namedDescription(m mention) string {
	if n, ok := r.described[m.text]; ok {
		return n
	}
	n := r.findNamedDescription(m.text)
	r.described[m.text] = n
	return n
}

func (r *resolver) findNamedDescription(d string) string {
	if f := strings.Fields(d); len(f) < 2 {
		return ""
	}
	for _, form := range []string{d, swapCase(d)} {
		for off := 0; off < len(r.text); {
			i := strings.Index(r.text[off:], form)
			if i < 0 {
				break
			}
			i += off
			off = i + len(form)
			rest := r.text[off:min(len(r.text), off+80)]
			sep := ""
			switch {
			case strings.HasPrefix(rest, ", "):
				sep = ", "
			case strings.HasPrefix(rest, " "):
				sep = " "
			default:
				continue
			}
			ws := appendWords(nil, r.text, r.toks, off+len(sep), off+len(rest))
			k := 0
			for k < len(ws) && k < 4 && !ws[k].punct && lex.QCap(ws[k].text) && !titleWords[ws[k].low] {
				k++
			}
			if k == 0 || (sep == ", " && (k >= len(ws) || ws[k].text != ",")) {
				continue
			}
			if k == 1 && !orgWords[ws[0].low] && sep == " " {
				continue // one capitalised word after a description is rarely its name
			}
			name := join(ws, 0, k)
			if strings.HasSuffix(name, "'s") || strings.HasSuffix(name, "’s") {
				continue
			}
			if orgWords[ws[k-1].low] {
				return name
			}
			return r.fullName(name, i)
		}
	}
	return ""
}

// swapCase flips the case of the first letter of s.
func swapCase(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if unicode.IsUpper(r) {
		return string(unicode.ToLower(r)) + s[n:]
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// sentenceAt returns the index of the sentence holding byte offset pos, or
// -1.
func (r *resolver) sentenceAt(pos int) int {
	i, _ := slices.BinarySearchFunc(r.sents, pos, func(s sentence, p int) int {
		switch {
		case s.End <= p:
			return -1
		case s.Start > p:
			return 1
		}
		return 0
	})
	if i < len(r.sents) && r.sents[i].Start <= pos && pos < r.sents[i].End {
		return i
	}
	return -1
}

// openingPerson returns the person whose name opens sentence si (after
// title words), or "".
func (r *resolver) openingPerson(si int) string {
	ws := r.sents[si].words
	k := 0
	for k < len(ws) && !ws[k].punct && (titleWords[ws[k].low] || ws[k].low == "the") {
		k++
	}
	if k >= len(ws) || ws[k].punct || !lex.QCap(ws[k].text) {
		return ""
	}
	j, _ := slices.BinarySearchFunc(r.mentions, ws[k].s, func(m named, p int) int { return cmp.Compare(m.pos, p) })
	if j >= len(r.mentions) || r.mentions[j].pos != ws[k].s {
		return ""
	}
	return r.fullName(r.mentions[j].name, ws[k].s)
}

// genderOf returns what the article (or the given name) says of a person's
// gender: 'm', 'f' or 0.
func (r *resolver) genderOf(name string) byte {
	if g := r.gender[name]; g != 0 {
		return g
	}
	return givenGender(name)
}

// personLike reports whether name is known to name a person: a given name
// or gender is known, or the entity stage labelled it PERSON.
func (r *resolver) personLike(name string) bool {
	if r.isOrg(name) {
		return false
	}
	if r.gender[name] != 0 || givenGender(name) != 0 || r.people[name] {
		return true
	}
	// A surname alone is a person when a full person name ends with it.
	if !strings.Contains(name, " ") {
		for p := range r.people {
			if strings.HasSuffix(p, " "+name) {
				return true
			}
		}
	}
	return false
}

func (r *resolver) latestOrg(pos int) string {
	i, _ := slices.BinarySearchFunc(r.orgs, pos, func(o named, p int) int { return cmp.Compare(o.pos, p) })
	if i > 0 {
		return r.orgs[i-1].name
	}
	return ""
}

func (r *resolver) isOrg(name string) bool { return r.orgSet[name] }
