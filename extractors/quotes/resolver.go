package quotes

import (
	"cmp"
	"slices"
	"strings"

	"github.com/lede-project/lede/extractors"
	"github.com/lede-project/lede/extractors/internal/lex"
)

// This file builds what the quote extractor knows about the article's
// people and organisations: every name and where it occurs, titles and
// genders written beside names. lookup.go looks names up in it ("Ryabkov"
// -> "Sergei Ryabkov", "the DEA" -> "Drug Enforcement Administration").

// resolver holds what the article says about its people, built once per
// Extract call.
type resolver struct {
	text    string
	toks    []extractors.Token
	persons []named            // person names with two or more words, in text order
	byLast  map[string][]named // persons of two or more words by last word (and "^"+first word), in text order
	// namesByLast holds the distinct names of byLast[last]; anyByLast the
	// last words of every person, one-word names included.
	namesByLast map[string][]string
	anyByLast   map[string]bool
	mentions    []named // every person mention (one word or more), in text order
	sents       []sentence
	orgs        []named // organisation names, in text order
	orgSet      map[string]bool
	gender      map[string]byte
	labels      map[[2]int]string // entity label by span
	people      map[string]bool   // names the entity stage labelled PERSON
	titles      map[string]string // title words written before a name
	expansions  map[string]string // acronym -> full name, built on first use
	// orgByInitials maps the initials of each organisation name to the
	// first such name in the text.
	orgByInitials map[string]string
	described     map[string]string // description -> the name it is given, "" when none
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
	r := &resolver{text: t.Text, toks: t.Tokens, sents: sents, explain: f.Explain, gender: map[string]byte{}, labels: map[[2]int]string{}, people: map[string]bool{}, titles: map[string]string{}, usedAsThing: map[string]bool{}, described: map[string]string{}}
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
	if placeWords[ws[j-1].low] {
		return // "Trump Tower" is no fuller name of "Trump"
	}
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
	r.orgByInitials = map[string]string{}
	for _, o := range r.orgs {
		r.orgSet[o.name] = true
		if ini := initials(o.name); ini != "" {
			if _, seen := r.orgByInitials[ini]; !seen {
				r.orgByInitials[ini] = o.name
			}
		}
	}
	r.byLast = map[string][]named{}
	r.namesByLast = map[string][]string{}
	r.anyByLast = map[string]bool{}
	for _, p := range r.persons {
		f := strings.Fields(p.name)
		r.anyByLast[f[len(f)-1]] = true
		if len(f) < 2 {
			continue // a one-word name is never the fuller form fullName wants
		}
		last := f[len(f)-1]
		r.byLast[last] = append(r.byLast[last], p)
		r.byLast["^"+f[0]] = append(r.byLast["^"+f[0]], p)
		if !slices.Contains(r.namesByLast[last], p.name) {
			r.namesByLast[last] = append(r.namesByLast[last], p.name)
		}
	}
}

// maxHistory is how many earlier sources a speaker is resolved against
// ("the spokesman", "he"): far more than any article has, few enough that
// a whole archive in one text stays linear.
const maxHistory = 256

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
