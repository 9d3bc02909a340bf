package entities

import (
	"strconv"
	"strings"

	"github.com/lede-project/lede/extractors/internal/gazetteer"
)

// resolve settles the labels the rules left weak or open, in four steps,
// and drops the open words nothing settles.
func (r *extraction) resolve(ms []mention) []mention {
	r.claimParts(ms)        // "Biden" after "Joe Biden", "Ulta" after "Ulta Beauty"
	r.spellAcronyms(ms)     // "KSC" after "Kennedy Space Center" is a place
	r.shareListKind(ms)     // "Astrobotic, Deep Space Systems, Draper, ..."
	return r.voteByName(ms) // a weak label yields to the name's strongest
}

// nameParts indexes the multi-word names labelled with sure evidence:
// every word of a person's name, a person's last word, an organisation's
// first word, each mapped to the full name it came from.
type nameParts struct {
	person, surname, orgHead map[string]string
}

// partsOf builds the index of nameParts from ms. A guessed name lends its
// parts to no one.
func (r *extraction) partsOf(ms []mention) nameParts {
	p := nameParts{map[string]string{}, map[string]string{}, map[string]string{}}
	add := func(m map[string]string, word, full string) {
		if _, ok := m[word]; !ok {
			m[word] = full
		}
	}
	for _, m := range ms {
		if m.last-m.first < 2 || m.strength.weak() {
			continue
		}
		full := r.t.Text[m.start:m.end]
		switch m.label {
		case "PERSON":
			for k := m.first; k < m.last; k++ {
				add(p.person, r.t.Tokens[k].Text, full)
			}
			add(p.surname, r.t.Tokens[m.last-1].Text, full)
		case "ORG":
			add(p.orgHead, r.t.Tokens[m.first].Text, full)
		}
	}
	return p
}

// claimParts gives one-word mentions the label of the full name they are
// part of (rulePersonPart, ruleSurnameOverOrg, ruleOrgHead).
func (r *extraction) claimParts(ms []mention) {
	p := r.partsOf(ms)
	fullOrg := r.orgFirstWords(ms) // only one-word mentions change below
	for i := range ms {
		m := &ms[i]
		if m.last-m.first != 1 {
			continue
		}
		word := strings.TrimSuffix(r.t.Text[m.start:m.end], ".")
		if full, ok := p.person[word]; ok && (m.strength.weak() || m.strength == cue) {
			m.decide("PERSON", &rulePersonPart)
			r.note(m, "part of: ", full)
		} else if full, ok := p.surname[word]; ok && m.rule.gazetteer && m.label == "ORG" && !fullOrg[word] {
			m.decide("PERSON", &ruleSurnameOverOrg)
			r.note(m, "surname of: ", full)
		} else if full, ok := p.orgHead[word]; ok && m.strength.weak() {
			m.decide("ORG", &ruleOrgHead)
			r.note(m, "first word of: ", full)
		}
	}
}

// spellAcronyms gives an acronym the kind of the name it abbreviates:
// "KSC" after "Kennedy Space Center" is a place.
func (r *extraction) spellAcronyms(ms []mention) {
	type spelled struct{ label, full string }
	byInitials := map[string]spelled{}
	for _, m := range ms {
		if m.last-m.first > 1 && (m.label == "LOC" || m.label == "GPE" || m.label == "ORG") {
			full := r.t.Text[m.start:m.end]
			if ini := initials(full); len(ini) >= 2 {
				if _, ok := byInitials[ini]; !ok {
					byInitials[ini] = spelled{m.label, full}
				}
			}
		}
	}
	for i := range ms {
		if !ms[i].rule.acronym {
			continue
		}
		if s, ok := byInitials[strings.ReplaceAll(r.t.Text[ms[i].start:ms[i].end], ".", "")]; ok {
			ms[i].label = s.label
			r.note(&ms[i], "spells out: ", s.full, " (", s.label, ")")
		}
	}
}

// shareListKind labels a weak or open name listed next to an
// organisation, after a comma or "and", as an organisation
// (ruleListMember).
func (r *extraction) shareListKind(ms []mention) {
	for i := range ms {
		m := &ms[i]
		if !m.strength.weak() && m.label != "" || m.label == "PERSON" || m.last-m.first > 3 {
			continue
		}
		for _, j := range [2]int{i - 1, i + 1} {
			if j < 0 || j >= len(ms) || ms[j].label != "ORG" || ms[j].strength.weak() {
				continue
			}
			a, b := ms[min(i, j)], ms[max(i, j)]
			if sep := r.t.Tokens[a.last].Text; b.first-a.last == 1 && (sep == "," || sep == "and") {
				m.decide("ORG", &ruleListMember)
				r.note(m, "listed with: ", r.t.Text[ms[j].start:ms[j].end])
				break
			}
		}
	}
}

// vote is the weight of evidence for one label of a name.
type vote struct {
	label string
	w     int
}

// voteByName lets every weak or open mention take the label its name
// gets most weight for across the article: strong evidence outweighs any
// number of guesses. Mentions left without a label are dropped.
func (r *extraction) voteByName(ms []mention) []mention {
	votes := map[string][]vote{}
	for _, m := range ms {
		if m.label == "" {
			continue
		}
		k := gazetteer.NormKey(r.t.Text[m.start:m.end])
		votes[k] = addVote(votes[k], m.label, m.strength.weight())
	}
	out := ms[:0]
	for _, m := range ms {
		var vs []vote
		if m.strength.weak() || r.explain {
			vs = votes[gazetteer.NormKey(r.t.Text[m.start:m.end])]
		}
		if m.strength.weak() {
			best := vote{}
			for _, v := range vs {
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
		if r.explain && (m.strength.weak() || len(vs) > 1) {
			r.note(&m, "votes: ", voteLine(vs))
		}
		out = append(out, m)
	}
	return out
}

// addVote adds weight w for label to vs.
func addVote(vs []vote, label string, w int) []vote {
	for i := range vs {
		if vs[i].label == label {
			vs[i].w += w
			return vs
		}
	}
	return append(vs, vote{label, w})
}

// voteLine writes votes as "ORG 100, PERSON 1".
func voteLine(vs []vote) string {
	var b strings.Builder
	for i, v := range vs {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(v.label + " " + strconv.Itoa(v.w))
	}
	return b.String()
}
