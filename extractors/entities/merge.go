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
// "National Security Council"); a club and its nickname ("New York
// Islanders", "Islanders").
func (r *extraction) merge(ms []mention, f *extractors.Findings) {
	slices.SortStableFunc(ms, func(a, b mention) int { return extractors.ByPos(a.start, a.end, b.start, b.end) })
	ms = dedupeOverlaps(ms)
	texts := make([]string, len(ms))
	keys := make([]string, len(ms))
	for i, m := range ms {
		texts[i] = r.t.Text[m.start:m.end]
		keys[i] = gazetteer.NormKey(texts[i])
	}
	ix := mergeIndex{
		byPart:     personParts(ms, keys),
		byInitials: orgInitials(ms, texts, keys),
		byNickname: clubNicknames(ms, keys),
	}
	canon := make([]string, len(ms))
	for i, m := range ms {
		canon[i] = m.label + "\x00" + r.canonicalKey(m, texts[i], keys[i], ix)
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
		name := groups[canon[i]].name
		if name != texts[i] {
			r.note(&m, "merged into: ", name)
		}
		f.Entities = append(f.Entities, extractors.Entity{
			Span:   extractors.Span{Text: texts[i], Start: m.start, End: m.end},
			Label:  m.label,
			Entity: name,
			Trace:  extractors.Trace{Rule: m.rule.name, Evidence: m.evidence},
		})
	}
	summarise(order, f)
}

// fullName is a person's full name and where it is written.
type fullName struct {
	key   string
	start int
}

// mergeIndex holds the full names a short mention may merge into.
type mergeIndex struct {
	byPart     map[string][]fullName // every word of a person's full name
	byInitials map[string]string     // a multi-word name's initials
	byNickname map[string]string     // a club's nickname
}

// personParts indexes the people's full names by every word in them but
// a suffix ("Jr.").
func personParts(ms []mention, keys []string) map[string][]fullName {
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
	return byPart
}

// orgInitials indexes multi-word organisation and place names by their
// initials; the first name wins.
func orgInitials(ms []mention, texts, keys []string) map[string]string {
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
	return byInitials
}

// clubNicknames indexes clubs named with a place by their nickname:
// "Islanders" is the "New York Islanders" named before or after.
func clubNicknames(ms []mention, keys []string) map[string]string {
	byNickname := map[string]string{}
	for i, m := range ms {
		if m.label == "ORG" && m.rule.club {
			words := strings.Fields(keys[i])
			if _, ok := byNickname[words[len(words)-1]]; !ok {
				byNickname[words[len(words)-1]] = keys[i]
			}
		}
	}
	return byNickname
}

// canonicalKey returns the key of the entity mention m (text, key) names.
func (r *extraction) canonicalKey(m mention, text, k string, ix mergeIndex) string {
	if full, ok := ix.byNickname[k]; ok && m.label == "ORG" {
		return full
	}
	switch {
	case m.label == "PERSON" && !strings.Contains(k, " "):
		// The nearest full name before it with this part, else the first.
		if fs := ix.byPart[k]; len(fs) > 0 {
			best := fs[0].key
			for _, fn := range fs {
				if fn.start < m.start {
					best = fn.key
				}
			}
			k = best
		}
	case lex.Acronym(text):
		if full, ok := ix.byInitials[strings.ReplaceAll(text, ".", "")]; ok {
			k = full
		}
	}
	if e, ok := r.g.Lookup(text); ok && e.Label == m.label {
		k = gazetteer.NormKey(e.Canonical)
	}
	// "US National Security Council" is the National Security Council.
	if m.label == "ORG" {
		if sp := strings.IndexByte(text, ' '); sp > 0 {
			if e, ok := r.g.Lookup(text[:sp]); ok && e.Label == "GPE" && gazetteer.CountryNames[e.Canonical] {
				k = gazetteer.NormKey(text[sp+1:])
			}
		}
	}
	return k
}

// summarise fills the people, organisation and place summaries from the
// entities, most mentioned first.
func summarise(order []*group, f *extractors.Findings) {
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
