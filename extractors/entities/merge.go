package entities

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"github.com/lede-project/lede/extractors"
	"github.com/lede-project/lede/extractors/internal/gazetteer"
	"github.com/lede-project/lede/extractors/internal/lex"
)

// nameSuffixes are not a person's last name ("Patrick Carlineo Jr.").
var nameSuffixes = map[string]bool{"jr": true, "jr.": true, "sr": true, "sr.": true, "ii": true, "iii": true, "iv": true}

// group is one article-level entity being built from its mentions.
type group struct {
	label   string
	name    string // fullest mention text
	key     string
	count   int
	firstAt int
}

// merge assigns every mention to an article-level entity, writes the
// mentions to f.Entities with their canonical name and fills the people,
// organisation and place summaries.
//
// Mentions of one entity: a person's full name and any of its parts
// ("Joe Biden", "Biden"); gazetteer aliases ("US", "U.S.", "United States");
// an acronym and the organisation whose initials it spells ("NSC",
// "National Security Council").
func (r *entityRun) merge(ms []mention, f *extractors.Findings) {
	slices.SortStableFunc(ms, func(a, b mention) int { return extractors.ByPos(a.start, a.end, b.start, b.end) })
	ms = dedupeOverlaps(ms)
	texts := make([]string, len(ms))
	keys := make([]string, len(ms))
	for i, m := range ms {
		texts[i] = r.t.Text[m.start:m.end]
		keys[i] = gazetteer.NormKey(texts[i])
	}
	// People: index full names by their last name and every other part.
	type fullName struct {
		key   string
		start int
	}
	byPart := map[string][]fullName{}
	for i, m := range ms {
		if m.label != "PERSON" {
			continue
		}
		words := strings.Fields(keys[i])
		for len(words) > 1 && nameSuffixes[words[len(words)-1]] {
			words = words[:len(words)-1]
		}
		if len(words) < 2 {
			continue
		}
		for _, w := range words {
			byPart[w] = append(byPart[w], fullName{keys[i], m.start})
		}
	}
	// Organisations: index full names by their initials.
	byInitials := map[string]string{}
	for i, m := range ms {
		if (m.label == "ORG" || m.label == "LOC" || m.label == "GPE") && strings.Count(keys[i], " ") >= 1 {
			if ini := initials(texts[i]); len(ini) >= 2 {
				if _, ok := byInitials[ini]; !ok {
					byInitials[ini] = keys[i]
				}
			}
		}
	}
	// Clubs: "Islanders" is the "New York Islanders" named before or after.
	byNickname := map[string]string{}
	for i, m := range ms {
		if m.label == "ORG" && m.rule == "team-name" {
			words := strings.Fields(keys[i])
			if _, ok := byNickname[words[len(words)-1]]; !ok {
				byNickname[words[len(words)-1]] = keys[i]
			}
		}
	}
	canon := make([]string, len(ms))
	for i, m := range ms {
		k := keys[i]
		if full, ok := byNickname[k]; ok && m.label == "ORG" {
			canon[i] = m.label + "\x00" + full
			continue
		}
		switch {
		case m.label == "PERSON" && !strings.Contains(k, " "):
			// The nearest full name before it with this part, else the first.
			if fs := byPart[k]; len(fs) > 0 {
				best := fs[0].key
				for _, fn := range fs {
					if fn.start < m.start {
						best = fn.key
					}
				}
				k = best
			}
		case lex.Acronym(texts[i]):
			if full, ok := byInitials[strings.ReplaceAll(texts[i], ".", "")]; ok {
				k = full
			}
		}
		if e, ok := r.g.Lookup(texts[i]); ok && e.Label == m.label {
			k = gazetteer.NormKey(e.Canonical)
		}
		// "US National Security Council" is the National Security Council.
		if m.label == "ORG" {
			if sp := strings.IndexByte(texts[i], ' '); sp > 0 {
				if e, ok := r.g.Lookup(texts[i][:sp]); ok && e.Label == "GPE" && gazetteer.CountryNames[e.Canonical] {
					k = gazetteer.NormKey(texts[i][sp+1:])
				}
			}
		}
		canon[i] = m.label + "\x00" + k
	}
	groups := map[string]*group{}
	var order []*group
	for i, m := range ms {
		g := groups[canon[i]]
		if g == nil {
			g = &group{label: m.label, key: canon[i], firstAt: m.start}
			groups[canon[i]] = g
			order = append(order, g)
		}
		g.count++
		if len([]rune(texts[i])) > len([]rune(g.name)) || (g.name != "" && lex.AllCaps(g.name) && !lex.AllCaps(texts[i]) && len(texts[i]) >= len(g.name)) {
			g.name = texts[i]
		}
	}
	for i, m := range ms {
		f.Entities = append(f.Entities, extractors.Entity{Span: extractors.Span{Text: texts[i], Start: m.start, End: m.end}, Label: m.label, Entity: groups[canon[i]].name, Trace: extractors.Trace{Rule: m.rule}})
	}
	slices.SortStableFunc(order, func(a, b *group) int {
		if c := cmp.Compare(b.count, a.count); c != 0 {
			return c
		}
		return cmp.Compare(a.firstAt, b.firstAt)
	})
	for _, g := range order {
		s := extractors.Summary{Name: g.name, Label: g.label, Mentions: g.count}
		switch g.label {
		case "PERSON":
			f.People = append(f.People, s)
		case "ORG":
			f.Organizations = append(f.Organizations, s)
		case "GPE", "LOC", "FAC":
			f.Places = append(f.Places, s)
		}
	}
}

// dedupeOverlaps keeps the first of overlapping mentions (sorted by start),
// preferring the longer one when two start together.
func dedupeOverlaps(ms []mention) []mention {
	out := ms[:0]
	for _, m := range ms {
		if n := len(out); n > 0 && m.start < out[n-1].end {
			if m.start == out[n-1].start && m.end > out[n-1].end {
				out[n-1] = m
			}
			continue
		}
		out = append(out, m)
	}
	return out
}

// initials returns the capital initials of a name's words, skipping
// lower-case connectors: "National Security Council" -> "NSC".
func initials(s string) string {
	var b strings.Builder
	for _, w := range strings.Fields(s) {
		r := []rune(w)
		if len(r) > 0 && unicode.IsUpper(r[0]) {
			b.WriteRune(r[0])
		}
	}
	return b.String()
}
