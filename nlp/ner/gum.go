package ner

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
)

// GUMDoc is one document of the GUM corpus as flat named-entity sentences.
type GUMDoc struct {
	ID        string
	Sentences []Sentence
}

// Lookup classifies a name string for ReadGUM: "COUNTRY", "GPE", "LOC",
// "NORP" or "" when unknown. The training command builds it from lede's
// gazetteer files; it only steers GPE versus LOC and drops group words.
type Lookup func(name string) string

// ReadGUM reads GUM documents in CoNLL-U with GUM's Entity annotation in
// MISC (as in UD_English-GUM's per-document sources) and derives flat
// named-entity spans from the mentions typed person, organization and place:
//
//   - only mentions whose syntactic head is a proper noun give a name; the
//     name is the proper-noun run around the head (organisation and place
//     names may hold of/the/for/&/and), trimmed to the mention's Wikipedia
//     link title when that title is part of it, without a leading "the" or
//     a person's titles (Mr, President, ...);
//   - person → PERSON unless the name is a group word (NORP) or a plural
//     proper noun; organization → ORG, or GPE when the name is a country;
//     place → GPE or LOC by lookup, else LOC when its last word names a
//     natural feature or a facility (River, Airport, ...), else GPE;
//   - of nested names the enclosing one wins.
func ReadGUM(r io.Reader, lookup Lookup) ([]GUMDoc, error) {
	var docs []GUMDoc
	var sent []conlluTok
	flush := func() {
		if len(sent) == 0 {
			return
		}
		if len(docs) == 0 {
			docs = append(docs, GUMDoc{})
		}
		d := &docs[len(docs)-1]
		d.Sentences = append(d.Sentences, gumSentence(sent, lookup))
		sent = nil
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	line := 0
	for sc.Scan() {
		line++
		t := sc.Text()
		switch {
		case t == "":
			flush()
		case strings.HasPrefix(t, "# newdoc id = "):
			flush()
			docs = append(docs, GUMDoc{ID: strings.TrimSpace(strings.TrimPrefix(t, "# newdoc id = "))})
		case strings.HasPrefix(t, "#"):
		default:
			f := strings.Split(t, "\t")
			if len(f) != 10 {
				return nil, fmt.Errorf("read GUM: line %d: %d columns", line, len(f))
			}
			if strings.ContainsAny(f[0], "-.") {
				continue // multi-word token range or empty node
			}
			head, _ := strconv.Atoi(f[6])
			sent = append(sent, conlluTok{form: f[1], upos: f[3], xpos: f[4], head: head - 1, misc: f[9]})
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read GUM: %w", err)
	}
	flush()
	return docs, nil
}

type conlluTok struct {
	form, upos, xpos, misc string
	head                   int // index in the sentence, -1 for the root
}

type mention struct {
	id, etype, identity string
	start, end          int
}

// gumMentions parses the Entity= bracket notation of a sentence's tokens.
// Mentions still open at the sentence's end are dropped.
func gumMentions(sent []conlluTok) []mention {
	var open, done []mention
	for i, t := range sent {
		e := miscValue(t.misc, "Entity")
		for j := 0; j < len(e); {
			switch {
			case e[j] == '(':
				k := j + 1
				for k < len(e) && e[k] != '(' && e[k] != ')' {
					k++
				}
				f := strings.Split(e[j+1:k], "-")
				m := mention{id: f[0], start: i, end: -1}
				if len(f) > 1 {
					m.etype = f[1]
				}
				if len(f) > 7 {
					m.identity = strings.Join(f[7:], "-")
				}
				if k < len(e) && e[k] == ')' {
					m.end = i + 1
					done = append(done, m)
					k++
				} else {
					open = append(open, m)
				}
				j = k
			default:
				k := j
				for k < len(e) && e[k] != ')' && e[k] != '(' {
					k++
				}
				id := e[j:k]
				for o := len(open) - 1; o >= 0; o-- {
					if open[o].id == id {
						m := open[o]
						m.end = i + 1
						done = append(done, m)
						open = slices.Delete(open, o, o+1)
						break
					}
				}
				if k < len(e) && e[k] == ')' {
					k++
				}
				j = k
			}
		}
	}
	return done
}

func miscValue(misc, key string) string {
	for _, kv := range strings.Split(misc, "|") {
		if v, ok := strings.CutPrefix(kv, key+"="); ok {
			return v
		}
	}
	return ""
}

// gumSentence turns one sentence's mentions into BIO labels.
func gumSentence(sent []conlluTok, lookup Lookup) Sentence {
	s := Sentence{Words: make([]string, len(sent)), Labels: make([]string, len(sent))}
	for i, t := range sent {
		s.Words[i] = t.form
		s.Labels[i] = "O"
	}
	var cands []Span
	for _, m := range gumMentions(sent) {
		if sp, ok := gumName(sent, m, lookup); ok {
			cands = append(cands, sp)
		}
	}
	// Enclosing names win: longest first, then leftmost.
	slices.SortStableFunc(cands, func(a, b Span) int {
		if d := (b.End - b.Start) - (a.End - a.Start); d != 0 {
			return d
		}
		return a.Start - b.Start
	})
	var kept []Span
	for _, c := range cands {
		if !slices.ContainsFunc(kept, func(k Span) bool { return c.Start < k.End && k.Start < c.End }) {
			kept = append(kept, c)
		}
	}
	for _, k := range kept {
		s.Labels[k.Start] = "B-" + k.Label
		for i := k.Start + 1; i < k.End; i++ {
			s.Labels[i] = "I-" + k.Label
		}
	}
	return s
}

var nameConnectors = map[string]bool{"of": true, "the": true, "for": true, "&": true, "and": true,
	"de": true, "du": true, "des": true, "la": true, "le": true, "von": true, "van": true, "der": true,
	"da": true, "al": true, "bin": true, "-": true, "'s": true, "on": true, "upon": true}

var personTitles = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true,
	"prof": true, "professor": true, "president": true, "senator": true, "sen": true, "rep": true,
	"representative": true, "governor": true, "gov": true, "general": true, "gen": true,
	"colonel": true, "col": true, "captain": true, "capt": true, "sergeant": true, "sgt": true,
	"lieutenant": true, "lt": true, "major": true, "admiral": true, "judge": true, "justice": true,
	"prime": true, "minister": true, "secretary": true, "chancellor": true, "mayor": true,
	"chairman": true, "ceo": true, "rev": true, "reverend": true, "sir": true, "dame": true,
	"king": true, "queen": true, "prince": true, "princess": true, "pope": true, "saint": true,
	"st": true, "emperor": true, "empress": true, "sheikh": true, "shaikh": true, "father": true,
	"councillor": true, "councilman": true, "congressman": true, "congresswoman": true,
	"deputy": true, "vice": true, "chief": true, "officer": true, "detective": true, "coach": true,
	"premier": true, "ambassador": true, "commissioner": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "director": true, "attorney": true}

var locWords = map[string]bool{"river": true, "mountain": true, "mountains": true, "mount": true,
	"mt.": true, "lake": true, "ocean": true, "sea": true, "bay": true, "island": true,
	"islands": true, "valley": true, "street": true, "st.": true, "road": true, "avenue": true,
	"ave.": true, "boulevard": true, "park": true, "airport": true, "station": true, "museum": true,
	"bridge": true, "hall": true, "stadium": true, "arena": true, "hotel": true, "church": true,
	"cathedral": true, "temple": true, "mosque": true, "palace": true, "castle": true,
	"square": true, "building": true, "tower": true, "center": true, "centre": true,
	"beach": true, "desert": true, "forest": true, "canyon": true, "peninsula": true,
	"coast": true, "gulf": true, "channel": true, "strait": true, "falls": true, "hill": true,
	"hills": true, "garden": true, "gardens": true, "market": true, "library": true,
	"gallery": true, "theatre": true, "theater": true, "zoo": true, "base": true,
	"highway": true, "lane": true, "plaza": true, "harbour": true, "harbor": true,
	"glacier": true, "range": true, "basin": true, "creek": true, "pier": true, "trail": true,
	"memorial": true, "monument": true, "cemetery": true, "prison": true, "abbey": true,
	"chapel": true, "field": true, "fields": true, "reserve": true, "cave": true, "caves": true,
	"volcano": true, "reef": true, "pass": true, "ridge": true, "cape": true, "point": true}

var locFirstWords = map[string]bool{"mount": true, "mt.": true, "lake": true, "cape": true}

// gumName derives the name span of one mention, if it has one.
func gumName(sent []conlluTok, m mention, lookup Lookup) (Span, bool) {
	if m.etype != "person" && m.etype != "organization" && m.etype != "place" {
		return Span{}, false
	}
	head := -1
	for i := m.start; i < m.end; i++ {
		if h := sent[i].head; h < m.start || h >= m.end {
			head = i
			break
		}
	}
	// GUM's XPOS says NNP where UPOS does not (United: VERB, NNP).
	proper := func(i int) bool { return sent[i].upos == "PROPN" || strings.HasPrefix(sent[i].xpos, "NNP") }
	if head < 0 || !proper(head) {
		return Span{}, false
	}
	inName := func(i int) bool {
		t := sent[i]
		if proper(i) || (t.upos == "NUM" && m.etype != "person") {
			return true
		}
		return nameConnectors[strings.ToLower(t.form)]
	}
	s, e := head, head+1
	for s > m.start && inName(s-1) {
		s--
	}
	for e < m.end && inName(e) {
		e++
	}
	// Connectors may only sit inside a name.
	for s < e && !proper(s) && sent[s].upos != "NUM" {
		s++
	}
	for e > s && !proper(e-1) && sent[e-1].upos != "NUM" {
		e--
	}
	if s >= e {
		return Span{}, false
	}
	s, e = trimToLink(sent, s, e, m.identity)
	if m.etype == "person" {
		for s < e-1 && personTitles[strings.TrimSuffix(strings.ToLower(sent[s].form), ".")] {
			s++
		}
		// "President of the United States", "Earl of Clare": a title, not a name.
		for i := s; i < e; i++ {
			if sent[i].form == "of" || sent[i].form == "-" {
				return Span{}, false
			}
		}
	}
	if s >= e || !hasUpper(sent[s:e]) {
		return Span{}, false
	}
	words := make([]string, 0, e-s)
	for i := s; i < e; i++ {
		words = append(words, sent[i].form)
	}
	class := lookup(strings.Join(words, " "))
	var label string
	switch m.etype {
	case "person":
		if class == "NORP" || (e-s == 1 && sent[s].xpos == "NNPS") {
			return Span{}, false
		}
		label = "PERSON"
	case "organization":
		label = orgLabel(class)
	case "place":
		label = placeLabel(words, class)
	}
	if label == "" {
		return Span{}, false
	}
	return Span{Start: s, End: e, Label: label}, true
}

// trimToLink narrows [s, e) to the words of the mention's Wikipedia link
// title when they occur in it, e.g. "Prime Minister Boris Johnson" with the
// link Boris_Johnson.
func trimToLink(sent []conlluTok, s, e int, identity string) (int, int) {
	if identity == "" {
		return s, e
	}
	if i := strings.Index(identity, "_("); i > 0 {
		identity = identity[:i]
	}
	id := strings.Split(identity, "_")
	if len(id) == 0 || len(id) >= e-s {
		return s, e
	}
	for i := s; i+len(id) <= e; i++ {
		match := true
		for k, w := range id {
			if sent[i+k].form != w {
				match = false
				break
			}
		}
		if match {
			return i, i + len(id)
		}
	}
	return s, e
}

// hasUpper reports whether any token has a capital letter ("whip" has none).
func hasUpper(toks []conlluTok) bool {
	for _, t := range toks {
		if strings.ToLower(t.form) != t.form {
			return true
		}
	}
	return false
}
