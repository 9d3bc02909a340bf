package quotes

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// This file resolves a pronoun speaker to the source it stands for: "it"
// and "they" to an organisation or a plural source, "he" and "she" to a
// person found by the ordered steps of antecedentSteps.

// antecedent resolves a pronoun at pos: the latest source of matching
// number and gender, else the latest person named before it. When
// explaining, chain lists the steps tried and what each found.
func (r *resolver) antecedent(pron string, pos int, hist []pastSource, notThis string) (name string, chain []string) {
	q := pronounQuery{pos: pos, si: r.sentenceAt(pos), hist: hist, notThis: notThis}
	switch pron {
	case "he":
		q.want = 'm'
	case "she":
		q.want = 'f'
	case "they", "it":
		name = r.thingAntecedent(pron, pos, hist)
		if r.explain {
			chain = append(chain, fmt.Sprintf("an organisation or plural source: %q", name))
		}
		return name, chain
	default:
		return "", nil
	}
	return r.personAntecedent(q)
}

// thingAntecedent resolves "it" or "they": an organisation named earlier
// in the sentence, else the latest plural source or one not known to be a
// man or a woman, else (for "they") the latest organisation named.
func (r *resolver) thingAntecedent(pron string, pos int, hist []pastSource) string {
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
}

// pronounQuery is one "he" or "she" being resolved.
type pronounQuery struct {
	want    byte // 'm' or 'f'
	pos     int  // byte offset of the pronoun
	si      int  // its sentence, -1 when none
	hist    []pastSource
	notThis string // a name it cannot be (the asker of the question it answers)
}

// fits reports whether name may be the pronoun's person: not excluded, of
// no other known gender, and known to be a person.
func (q pronounQuery) fits(r *resolver, name string) bool {
	g := r.genderOf(name)
	return name != q.notThis && (g == 0 || g == q.want) && r.personLike(name)
}

// antecedentStep is one place a "he" or "she" looks for its person.
type antecedentStep struct {
	name string
	// sure says a match is near enough to learn the person's gender from
	// the pronoun.
	sure bool
	find func(r *resolver, q pronounQuery) string
}

// antecedentSteps are tried in order; the first that finds a person wins.
var antecedentSteps = []antecedentStep{
	// "Jane Roe said she would appeal": a person named earlier in the
	// same sentence.
	{name: "same-sentence", sure: true, find: (*resolver).sameSentencePerson},
	// "Donald J. Trump, the front-runner, was blunt. He said …": the
	// person whose name opens the sentence before.
	{name: "previous-subject", sure: true, find: (*resolver).previousSubjectPerson},
	// "… ," Okafor said. … She added: a person quoted in the last three
	// sentences.
	{name: "recent-source", sure: false, find: (*resolver).recentSource},
	// "The deal was signed by Jane Roe and the mayor. She said …": a person
	// named in the sentence before, subject first.
	{name: "previous-sentence", sure: true, find: (*resolver).previousSentencePerson},
	// A person quoted further back (up to about 3,000 bytes).
	{name: "older-source", find: (*resolver).olderSource},
	// Any person named before (up to about 5,000 bytes).
	{name: "earlier-person", find: (*resolver).earlierPerson},
	// Nobody known to be a person: the latest name that is not known to
	// be anything else.
	{name: "unknown-name", find: (*resolver).unknownName},
}

// personAntecedent runs antecedentSteps for q; when explaining, chain
// lists each step tried.
func (r *resolver) personAntecedent(q pronounQuery) (name string, chain []string) {
	for _, st := range antecedentSteps {
		n := st.find(r, q)
		if r.explain {
			chain = append(chain, fmt.Sprintf("%s: %q", st.name, n))
		}
		if n != "" {
			if st.sure {
				r.gender[n] = q.want
			}
			return n, chain
		}
	}
	return "", chain
}

func (r *resolver) sameSentencePerson(q pronounQuery) string {
	if q.si < 0 {
		return ""
	}
	end, _ := slices.BinarySearchFunc(r.mentions, q.pos, func(m named, p int) int { return cmp.Compare(m.pos, p) })
	for i := end - 1; i >= 0; i-- {
		m := r.mentions[i]
		if m.pos < r.sents[q.si].Start {
			break
		}
		if n := r.fullName(m.name, m.pos); q.fits(r, n) {
			return n
		}
	}
	return ""
}

func (r *resolver) previousSubjectPerson(q pronounQuery) string {
	if q.si <= 0 {
		return ""
	}
	if n := r.openingPerson(q.si - 1); n != "" && q.fits(r, n) {
		return n
	}
	return ""
}

// A source named after the pronoun is no antecedent of it: in "When she
// said no, Roof told her" Roof is not "she" (recentSource, olderSource).

// isPersonSource reports whether a past source was a person's name or
// a word standing for one.
func isPersonSource(h pastSource) bool {
	return h.kind == kindName || h.kind == kindPronoun || h.kind == kindAnaphor
}

func (r *resolver) recentSource(q pronounQuery) string {
	for i := len(q.hist) - 1; i >= 0; i-- {
		h := q.hist[i]
		if q.si >= 0 && h.sent < q.si-3 {
			break
		}
		if h.pos < q.pos && isPersonSource(h) && q.fits(r, h.name) {
			return h.name
		}
	}
	return ""
}

func (r *resolver) previousSentencePerson(q pronounQuery) string {
	if q.si <= 0 {
		return ""
	}
	prev := r.sents[q.si-1]
	i, _ := slices.BinarySearchFunc(r.mentions, prev.Start, func(m named, p int) int { return cmp.Compare(m.pos, p) })
	for _, m := range r.mentions[i:] {
		if m.pos >= prev.End {
			break
		}
		n := r.fullName(m.name, m.pos)
		g := r.genderOf(n)
		if n != q.notThis && !r.isOrg(n) && !r.usedAsThing[n] && (g == q.want || g == 0 && strings.Contains(n, " ")) {
			return n
		}
	}
	return ""
}

func (r *resolver) olderSource(q pronounQuery) string {
	for i := len(q.hist) - 1; i >= 0; i-- {
		h := q.hist[i]
		if q.pos-h.pos > 3000 {
			break
		}
		if h.pos < q.pos && isPersonSource(h) && q.fits(r, h.name) {
			return h.name
		}
	}
	return ""
}

func (r *resolver) earlierPerson(q pronounQuery) string {
	for i := len(r.mentions) - 1; i >= 0; i-- {
		m := r.mentions[i]
		if m.pos < q.pos-5000 {
			break
		}
		if m.pos < q.pos {
			if n := r.fullName(m.name, m.pos); q.fits(r, n) {
				return n
			}
		}
	}
	return ""
}

func (r *resolver) unknownName(q pronounQuery) string {
	for i := len(r.persons) - 1; i >= 0; i-- {
		p := r.persons[i]
		if p.pos < q.pos-5000 {
			break
		}
		g := r.genderOf(p.name)
		if p.pos < q.pos && p.name != q.notThis && !r.isOrg(p.name) && (g == 0 || g == q.want) && !r.usedAsThing[p.name] {
			return p.name
		}
	}
	return ""
}
