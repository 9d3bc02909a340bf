package entities

import (
	"strings"

	"github.com/lede-project/lede/extractors"
	"github.com/lede-project/lede/extractors/internal/gazetteer"
	"github.com/lede-project/lede/extractors/internal/lex"
)

// Extractor finds people, organisations and places (and NORP groups) with
// rules and embedded gazetteers over capitalised-token chunks, using the
// statistical model's labels as one signal among several, then merges the
// mentions of one article into entities ("Biden" -> "Joe Biden", "U.S." ->
// "United States") and summarises them. It keeps no state between articles
// and is safe for concurrent use.
type Extractor struct{ g *gazetteer.Gazetteer }

// New returns the entity extractor; the gazetteers are parsed once
// per process.
func New() *Extractor { return &Extractor{g: gazetteer.LoadGazetteer()} }

// Name implements Extractor.
func (*Extractor) Name() string { return "entities" }

// entityRun is the working state of one Extract call.
type entityRun struct {
	t     *extractors.Text
	g     *gazetteer.Gazetteer
	lower map[string]bool // words the article writes in lower case
}

// mention is a labelled candidate before merging.
type mention struct {
	candidate
	label, rule string
}

// Extract implements Extractor.
func (x *Extractor) Extract(t *extractors.Text, f *extractors.Findings) {
	r := &entityRun{t: t, g: x.g, lower: make(map[string]bool, len(t.Tokens)/2)}
	for _, tok := range t.Tokens {
		if lex.LowerStart(tok.Text) {
			r.lower[tok.Text] = true
		}
	}
	var ms []mention
	var headlines [][2]int
	ti := 0
	for _, s := range t.Sentences {
		lo := extractors.SearchTokens(t.Tokens, s.Start)
		if lo < ti {
			lo = ti
		}
		hi := lo
		for hi < len(t.Tokens) && t.Tokens[hi].End <= s.End {
			hi++
		}
		ti = hi
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
	var labelled []mention
	droppedEnd := map[int]bool{} // token index after each run that is not a name
	for _, m := range ms {
		if m.label != "" {
			labelled = append(labelled, m)
			continue
		}
		label, rule, ok := r.label(&m.candidate)
		if !ok {
			droppedEnd[m.last] = true
			continue
		}
		// "Hang Seng Index (HSI)": the short form of something that is not
		// an entity is not one either.
		if rule == "acronym" && m.first >= 2 && t.Tokens[m.first-1].Text == "(" && droppedEnd[m.first-1] {
			continue
		}
		m.label, m.rule = label, rule
		labelled = append(labelled, m)
	}
	labelled = r.resolve(labelled)
	for _, h := range headlines {
		labelled = append(labelled, r.scanHeadline(h[0], h[1], labelled)...)
	}
	r.merge(labelled, f)
}

// headline reports whether the sentence [lo, hi) is written in capitals or
// title case, where capitalisation says nothing about names.
func (r *entityRun) headline(lo, hi int) bool {
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
// "With", "To") stands inside the sentence: the mark of title case.
func (r *entityRun) hasCapFunctionWord(lo, hi int) bool {
	for i := lo + 1; i < hi; i++ {
		switch r.t.Tokens[i].Text {
		case "In", "With", "To", "For", "On", "At", "Of", "And", "The", "As", "By", "From", "Is", "Are", "Will":
			return true
		}
	}
	return false
}

// partyState splits a party-state tag such as "D-Minn." or "R-W.Va." into
// the state it names; other candidates pass through unlabelled.
func (r *entityRun) partyState(c candidate) []mention {
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
					return []mention{{candidate: candidate{first: c.first, last: c.last, start: st, end: en}, label: "GPE", rule: "party-state"}}
				}
			}
		}
	}
	return []mention{{candidate: c}}
}

// weakRules are rules whose label another mention of the same name can
// overrule.
var weakRules = map[string]int{"model": 2, "name-shape": 1, "unresolved": 0}

// hyphenated splits a hyphenated word into the places it joins:
// "Sacramento-based" -> "Sacramento", "U.S.-Mexico" -> "U.S.", "Mexico".
// ok is false when s is not such a word.
func (r *entityRun) hyphenated(c candidate, s string) ([]mention, bool) {
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
		return []mention{{candidate: candidate{first: c.first, last: c.last, start: c.start, end: c.start + k}, label: e.Label, rule: "gazetteer"}}, true
	}
	el, okl := r.g.Lookup(left)
	er, okr := r.g.Lookup(right)
	if !okl || !okr || el.Label == "NORP" || er.Label == "NORP" {
		return nil, false
	}
	return []mention{
		{candidate: candidate{first: c.first, last: c.last, start: c.start, end: c.start + k}, label: el.Label, rule: "gazetteer"},
		{candidate: candidate{first: c.first, last: c.last, start: c.start + k + 1, end: c.end}, label: er.Label, rule: "gazetteer"},
	}, true
}

// orgFullNamed reports whether a multi-word organisation mention opens
// with word ("Bloomberg News", "Ford Motor Co."), the mark that the bare
// word names the company too.
func (r *entityRun) orgFullNamed(ms []mention, word string) bool {
	for _, m := range ms {
		if m.label == "ORG" && m.last-m.first > 1 && r.t.Tokens[m.first].Text == word {
			return true
		}
	}
	return false
}

// resolve settles the labels the rules left weak or open. A word that is
// part of a person's full name elsewhere in the article is that person
// ("Biden" after "Joe Biden"); the first word of an organisation's name is
// that organisation ("Ulta" after "Ulta Beauty"); a name labelled weakly
// takes the label its other mentions get from stronger evidence. Open
// words that nothing settles are dropped.
func (r *entityRun) resolve(ms []mention) []mention {
	parts := map[string]bool{}
	surnames := map[string]bool{}
	orgHeads := map[string]bool{}
	for _, m := range ms {
		if m.last-m.first < 2 {
			continue
		}
		switch m.label {
		case "PERSON":
			if _, weak := weakRules[m.rule]; weak {
				break // a guessed name lends its parts to no one
			}
			for k := m.first; k < m.last; k++ {
				parts[r.t.Tokens[k].Text] = true
			}
			surnames[r.t.Tokens[m.last-1].Text] = true
		case "ORG":
			if _, weak := weakRules[m.rule]; !weak {
				orgHeads[r.t.Tokens[m.first].Text] = true
			}
		}
	}
	for i := range ms {
		m := &ms[i]
		if m.last-m.first != 1 {
			continue
		}
		_, weak := weakRules[m.rule]
		word := strings.TrimSuffix(r.t.Text[m.start:m.end], ".")
		switch {
		case parts[word] && (weak || m.rule == "context" || m.rule == "camel-case" || m.rule == "adjectival"):
			m.label, m.rule = "PERSON", "name-part"
		case surnames[word] && m.rule == "gazetteer" && m.label == "ORG" && !r.orgFullNamed(ms, word):
			// "Bloomberg" after "Michael Bloomberg": the person, unless
			// the company is also named in full.
			m.label, m.rule = "PERSON", "name-part"
		case orgHeads[word] && weak:
			m.label, m.rule = "ORG", "name-part"
		}
	}
	// An acronym takes the kind of the name it abbreviates: "KSC" after
	// "Kennedy Space Center" is a place.
	spelled := map[string]string{}
	for _, m := range ms {
		if m.last-m.first > 1 && (m.label == "LOC" || m.label == "GPE" || m.label == "ORG") {
			if ini := initials(r.t.Text[m.start:m.end]); len(ini) >= 2 {
				if _, ok := spelled[ini]; !ok {
					spelled[ini] = m.label
				}
			}
		}
	}
	for i := range ms {
		if ms[i].rule == "acronym" {
			if l, ok := spelled[strings.ReplaceAll(r.t.Text[ms[i].start:ms[i].end], ".", "")]; ok {
				ms[i].label = l
			}
		}
	}
	// Members of a list share its kind: "Astrobotic, Deep Space Systems,
	// Draper, Firefly Aerospace, ..." are all organisations.
	for i := range ms {
		m := &ms[i]
		if _, weak := weakRules[m.rule]; !weak && m.label != "" || m.label == "PERSON" {
			continue
		}
		for _, j := range [2]int{i - 1, i + 1} {
			if j < 0 || j >= len(ms) || ms[j].label != "ORG" {
				continue
			}
			if _, weak := weakRules[ms[j].rule]; weak {
				continue
			}
			a, b := ms[min(i, j)], ms[max(i, j)]
			if b.first-a.last == 1 && (r.t.Tokens[a.last].Text == "," || r.t.Tokens[a.last].Text == "and") && m.last-m.first <= 3 {
				m.label, m.rule = "ORG", "list"
				break
			}
		}
	}
	// Votes per name: strong evidence outweighs any number of weak guesses.
	type vote struct {
		label string
		w     int
	}
	votes := map[string][]vote{}
	for _, m := range ms {
		if m.label == "" {
			continue
		}
		w, weak := weakRules[m.rule]
		if !weak {
			w = 100
		}
		k := gazetteer.NormKey(r.t.Text[m.start:m.end])
		vs := votes[k]
		found := false
		for i := range vs {
			if vs[i].label == m.label {
				vs[i].w += w
				found = true
			}
		}
		if !found {
			vs = append(vs, vote{m.label, w})
		}
		votes[k] = vs
	}
	out := ms[:0]
	for _, m := range ms {
		if _, weak := weakRules[m.rule]; weak {
			best := vote{}
			for _, v := range votes[gazetteer.NormKey(r.t.Text[m.start:m.end])] {
				if v.w > best.w {
					best = v
				}
			}
			if best.w > 0 {
				m.label = best.label
			}
		}
		if m.label == "" {
			continue
		}
		out = append(out, m)
	}
	return out
}

// scanHeadline finds names in a headline-style sentence [lo, hi): the
// longest runs of tokens that the gazetteer or the rest of the article
// knows, compared case-insensitively.
func (r *entityRun) scanHeadline(lo, hi int, known []mention) []mention {
	names := map[string]string{}
	for _, m := range known {
		if m.label == "NORP" {
			continue
		}
		k := gazetteer.NormKey(r.t.Text[m.start:m.end])
		names[k] = m.label
		// A person's last name alone: "BIDEN SAYS ...".
		if ws := strings.Fields(k); m.label == "PERSON" && len(ws) > 1 {
			if _, taken := names[ws[len(ws)-1]]; !taken {
				names[ws[len(ws)-1]] = "PERSON"
			}
		}
	}
	longest := max(r.g.MaxTokens, 4)
	var out []mention
	for i := lo; i < hi; {
		matched := 0
		for n := min(longest, hi-i); n >= 1 && matched == 0; n-- {
			if !lex.UpperStart(r.t.Tokens[i].Text) || !r.sameLine(i, i+n-1) {
				continue
			}
			text := r.t.Text[r.t.Tokens[i].Start:r.t.Tokens[i+n-1].End]
			label, rule := "", ""
			if l, ok := names[gazetteer.NormKey(text)]; ok {
				label, rule = l, "headline-known"
			} else if e, ok := r.g.Lookup(text); ok && (n > 1 || gazetteer.NormKey(text) == "us" || !r.lower[strings.ToLower(text)]) {
				label, rule = e.Label, "headline-gazetteer"
			}
			if label != "" {
				c := r.span(i, i+n, false, false)
				c.headline = true
				out = append(out, mention{candidate: c, label: label, rule: rule})
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
