package entities

import (
	"slices"
	"strings"

	"github.com/lede-project/lede/extractors"
	"github.com/lede-project/lede/extractors/internal/gazetteer"
	"github.com/lede-project/lede/extractors/internal/lex"
)

// Extractor finds people, organisations and places (and NORP groups) with
// rules and embedded gazetteers over capitalised-token chunks, using
// prose's labels as one signal among several, lets the statistical tagger
// (Text.Tagger, when set) settle the mentions the rules only guessed, then
// merges the mentions of one article into entities ("Biden" -> "Joe
// Biden", "U.S." -> "United States") and summarises them. It keeps no state between articles
// and is safe for concurrent use.
type Extractor struct{ g *gazetteer.Gazetteer }

// New returns the entity extractor; the gazetteers are parsed once
// per process.
func New() *Extractor { return &Extractor{g: gazetteer.Load()} }

// Name implements Extractor.
func (*Extractor) Name() string { return "entities" }

// extraction is the working state of one Extract call: one article.
type extraction struct {
	t       *extractors.Text
	g       *gazetteer.Gazetteer
	lower   map[string]bool // words the article writes in lower case
	explain bool            // fill each mention's evidence (--explain)
	why     why             // the evidence of the candidate being labelled
	// recur counts, per text of a candidate, how often the article writes
	// it (recurringRule); filled once, by countRecurring.
	recur map[string]int
	// rejected are the candidates the label rules found no name, with the
	// rule that said so (nil: none applied): hints for the tagger.
	rejected []mention
}

// mention is a labelled candidate before merging: the rule that decided
// it, how strongly, and (with --explain) the evidence weighed.
type mention struct {
	candidate
	label    string
	rule     *rule
	strength strength
	evidence []string
}

// decide sets m's label and the rule that gave it.
func (m *mention) decide(label string, by *rule) {
	m.label, m.rule, m.strength = label, by, by.strength
}

// note adds an evidence line to m when --explain is on.
func (r *extraction) note(m *mention, parts ...string) {
	if r.explain {
		m.evidence = append(m.evidence, strings.Join(parts, ""))
	}
}

// Extract implements Extractor.
func (x *Extractor) Extract(t *extractors.Text, f *extractors.Findings) {
	r := &extraction{t: t, g: x.g, lower: make(map[string]bool, len(t.Tokens)/2), explain: f.Explain}
	r.why.on = f.Explain
	for _, tok := range t.Tokens {
		if lex.LowerStart(tok.Text) {
			r.lower[tok.Text] = true
		}
	}
	ms, headlines := r.candidates() // capitalised runs, pre-labelled parts
	r.countRecurring(ms)            // how often each candidate's text recurs
	ms = r.labelAll(ms)             // the first label rule that applies
	ms = r.resolve(ms)              // weak and open labels settled per name
	names := r.knownNames(ms)       // names the article knows, for headlines
	for _, h := range headlines {
		found := r.scanHeadline(h[0], h[1], names)
		r.addKnownNames(names, found)
		ms = append(ms, found...)
	}
	if t.Tagger != nil {
		ms = r.decideByModel(ms) // the tagger decides, the rules' labels its hints
	}
	r.merge(ms, f) // mentions into entities and summaries
}

// candidates chunks every sentence into candidate mentions; headline-style
// sentences are returned apart as token ranges.
func (r *extraction) candidates() (ms []mention, headlines [][2]int) {
	for _, se := range r.sentenceTokens() {
		lo, hi := se[0], se[1]
		if lo == hi {
			continue
		}
		if r.headline(lo, hi) {
			headlines = append(headlines, [2]int{lo, hi})
			continue
		}
		for _, c := range r.chunk(lo, hi) {
			if r.quotedTitle(c) {
				// "“Hanoi Hilton”": the listed place it opens with stays.
				if h, ok := r.placeHead(c); ok {
					ms = append(ms, mention{candidate: h})
				}
				continue
			}
			ms = append(ms, r.partyState(c)...)
		}
	}
	return ms, headlines
}

// labelAll runs the label rules on every mention not yet labelled and
// drops those that are not names.
func (r *extraction) labelAll(ms []mention) []mention {
	var labelled []mention
	droppedEnd := map[int]bool{} // token index after each run that is not a name
	w := &r.why
	for i := range ms {
		m := &ms[i]
		if m.rule != nil {
			labelled = append(labelled, *m)
			continue
		}
		w.lines = w.lines[:0]
		lr, label, ok := r.label(&m.candidate, w)
		if !ok {
			droppedEnd[m.last] = true
			if lr != nil {
				m.rule = &lr.rule
			}
			r.rejected = append(r.rejected, *m)
			continue
		}
		// "Hang Seng Index (HSI)": the short form of something that is not
		// an entity is not one either.
		if lr.acronym && m.first >= 2 && r.t.Tokens[m.first-1].Text == "(" && droppedEnd[m.first-1] {
			continue
		}
		m.decide(label, &lr.rule)
		if label == "" {
			m.strength = unlabelled
		}
		if r.explain {
			m.evidence = slices.Clone(w.lines)
		}
		labelled = append(labelled, *m)
	}
	return labelled
}

// headline reports whether the sentence [lo, hi) is written in capitals or
// title case, where capitalisation says nothing about names.
func (r *extraction) headline(lo, hi int) bool {
	words, caps, upper := 0, 0, 0
	for i := lo; i < hi; i++ {
		s := r.t.Tokens[i].Text
		if !hasLetter(s) {
			continue
		}
		words++
		if lex.UpperStart(s) {
			caps++
		}
		if lex.AllCaps(s) || (len(s) == 1 && lex.UpperStart(s)) {
			upper++
		}
	}
	if words < 3 {
		return false
	}
	return upper*10 >= words*8 || (words >= 4 && caps*10 >= words*9 && r.hasCapFunctionWord(lo, hi))
}

// hasCapFunctionWord reports whether a capitalised function word ("In",
// "With", "To": capFunction, or "The" and the auxiliaries "Is", "Are",
// "Will", which a name may hold) stands inside the sentence: the mark of
// title case.
func (r *extraction) hasCapFunctionWord(lo, hi int) bool {
	for i := lo + 1; i < hi; i++ {
		switch w := r.t.Tokens[i].Text; {
		case capFunction[w], w == "The", w == "Is", w == "Are", w == "Will":
			return true
		}
	}
	return false
}

// The rules that label a mention before the label rules run, or after
// them (resolve, headlines). Each is a named value like the label rules.
var (
	// rulePartyState: "D-Minn.", "R-W.Va.": a party-state tag names the
	// state.
	rulePartyState = rule{name: "party-state", strength: sure}
	// ruleHyphenPart: "Sacramento-based", "U.S.-Mexico": listed places
	// joined by a hyphen or made into a modifier.
	ruleHyphenPart = rule{name: "hyphen-part", strength: sure, gazetteer: true}
	// rulePersonPart: "Biden" after "Joe Biden": a word of a person's full
	// name elsewhere in the article is that person.
	rulePersonPart = rule{name: "person-part", strength: sure}
	// ruleSurnameOverOrg: "Bloomberg" after "Michael Bloomberg": a listed
	// company's name that is a person's surname here is the person,
	// unless the company is named in full too.
	ruleSurnameOverOrg = rule{name: "surname-over-org", strength: sure}
	// ruleOrgHead: "Ulta" after "Ulta Beauty": the first word of an
	// organisation's name is that organisation.
	ruleOrgHead = rule{name: "org-head", strength: sure}
	// ruleListMember: "Astrobotic, Deep Space Systems, Draper": a name
	// listed next to organisations is one too.
	ruleListMember = rule{name: "list-member", strength: sure}
	// ruleHeadlineKnown: "BIDEN SAYS ...": in a headline-style line, a
	// name the rest of the article labels.
	ruleHeadlineKnown = rule{name: "headline-known", strength: sure}
	// ruleHeadlineGazetteer: "CHINA WARNS ...": in a headline-style line,
	// a listed name.
	ruleHeadlineGazetteer = rule{name: "headline-gazetteer", strength: sure, gazetteer: true}
)

// partyState splits a party-state tag such as "D-Minn." or "R-W.Va." into
// the state it names; other candidates pass through unlabelled.
func (r *extraction) partyState(c candidate) []mention {
	if c.last-c.first == 1 {
		s := r.t.Text[c.start:c.end]
		if ms, ok := r.hyphenated(c, s); ok {
			return ms
		}
		if len(s) > 2 && (s[0] == 'D' || s[0] == 'R' || s[0] == 'I') && s[1] == '-' {
			rest := s[2:]
			for _, try := range []string{rest, rest + "."} {
				if e, ok := r.g.Lookup(try); ok && e.Label == "GPE" {
					st := c.start + 2
					en := st + len(try)
					if en > len(r.t.Text) || r.t.Text[st:en] != try {
						en = st + len(rest)
					}
					return []mention{{candidate: candidate{first: c.first, last: c.last, start: st, end: en}, label: "GPE", rule: &rulePartyState, strength: sure}}
				}
			}
		}
	}
	return []mention{{candidate: c}}
}

// hyphenated splits a hyphenated word into the places it joins:
// "Sacramento-based" -> "Sacramento", "U.S.-Mexico" -> "U.S.", "Mexico".
// ok is false when s is not such a word.
func (r *extraction) hyphenated(c candidate, s string) ([]mention, bool) {
	k := strings.IndexByte(s, '-')
	if k <= 0 || k == len(s)-1 {
		return nil, false
	}
	left, right := s[:k], s[k+1:]
	if lex.LowerStart(right) {
		e, ok := r.g.Lookup(left)
		if !ok {
			return nil, false
		}
		return []mention{{candidate: candidate{first: c.first, last: c.last, start: c.start, end: c.start + k}, label: e.Label, rule: &ruleHyphenPart, strength: sure}}, true
	}
	el, okl := r.g.Lookup(left)
	er, okr := r.g.Lookup(right)
	if !okl || !okr || el.Label == "NORP" || er.Label == "NORP" {
		return nil, false
	}
	return []mention{
		{candidate: candidate{first: c.first, last: c.last, start: c.start, end: c.start + k}, label: el.Label, rule: &ruleHyphenPart, strength: sure},
		{candidate: candidate{first: c.first, last: c.last, start: c.start + k + 1, end: c.end}, label: er.Label, rule: &ruleHyphenPart, strength: sure},
	}, true
}

// orgFirstWords returns the first words of the multi-word organisation
// mentions ("Bloomberg" of "Bloomberg News", "Ford" of "Ford Motor Co."),
// the mark that the bare word names the company too.
func (r *extraction) orgFirstWords(ms []mention) map[string]bool {
	out := map[string]bool{}
	for _, m := range ms {
		if m.label == "ORG" && m.last-m.first > 1 {
			out[r.t.Tokens[m.first].Text] = true
		}
	}
	return out
}

// knownNames maps the normalised text of every labelled mention (NORP
// aside) to its label, and a person's last name alone to PERSON ("BIDEN
// SAYS ..."): what scanHeadline looks for. It is built once per article.
func (r *extraction) knownNames(known []mention) map[string]string {
	names := make(map[string]string, len(known))
	r.addKnownNames(names, known)
	return names
}

// addKnownNames adds mentions to a knownNames map.
func (r *extraction) addKnownNames(names map[string]string, ms []mention) {
	for _, m := range ms {
		if m.label == "NORP" {
			continue
		}
		k := gazetteer.NormKey(r.t.Text[m.start:m.end])
		names[k] = m.label
		if i := strings.LastIndexByte(k, ' '); m.label == "PERSON" && i > 0 {
			if _, taken := names[k[i+1:]]; !taken {
				names[k[i+1:]] = "PERSON"
			}
		}
	}
}

// scanHeadline finds names in a headline-style sentence [lo, hi): the
// longest runs of tokens that the gazetteer or the rest of the article
// knows (names, from knownNames), compared case-insensitively.
func (r *extraction) scanHeadline(lo, hi int, names map[string]string) []mention {
	longest := max(r.g.MaxTokens, 4)
	var out []mention
	for i := lo; i < hi; {
		matched := 0
		for n := min(longest, hi-i); n >= 1 && matched == 0; n-- {
			if !lex.UpperStart(r.t.Tokens[i].Text) || !r.sameLine(i, i+n-1) {
				continue
			}
			text := r.t.Text[r.t.Tokens[i].Start:r.t.Tokens[i+n-1].End]
			var m mention
			if l, ok := names[gazetteer.NormKey(text)]; ok {
				m.decide(l, &ruleHeadlineKnown)
			} else if e, ok := r.g.Lookup(text); ok && (n > 1 || gazetteer.NormKey(text) == "us" || !r.lower[strings.ToLower(text)]) {
				m.decide(e.Label, &ruleHeadlineGazetteer)
				r.note(&m, "gazetteer: ", e.Label, " ", e.Canonical, " (", e.Source, ")")
			}
			if m.label != "" {
				m.candidate = r.span(i, i+n, false, false)
				m.headline = true
				out = append(out, m)
				matched = n
			}
		}
		if matched == 0 {
			matched = 1
		}
		i += matched
	}
	return out
}
