package quotes

import (
	"strings"
	"unicode"

	"github.com/lede-project/lede/extractors/internal/lex"
)

// This file reads a noun phrase as a speaker mention: a pronoun, a person's
// name with its title split off ("Deputy Foreign Minister Sergei Ryabkov"),
// an organisation by its full name, a description that refers back ("the
// 31-year-old", "the union") or one kept as written ("a senior official"),
// and holds the word lists it needs.

// mentionKind says what a speaker mention is.
type mentionKind uint8

const (
	kindNone      mentionKind = iota
	kindName                  // a person's name ("Sergei Ryabkov", "Ryabkov")
	kindOrg                   // an organisation or place acting as a source
	kindPronoun               // he, she, they, it, we, I
	kindAnaphor               // a definite description naming an earlier person ("the 31-year-old")
	kindDescribed             // a description kept as the speaker ("a senior official")
)

// String names the kind for --explain.
func (k mentionKind) String() string {
	return [...]string{"none", "name", "organisation", "pronoun", "anaphor", "description"}[k]
}

// mention is one speaker mention.
type mention struct {
	s, e  int // byte span of the mention as written
	kind  mentionKind
	text  string // the name, pronoun or description as written (title stripped)
	title string // stripped title, "" when none
	head  string // lower-case head noun of a description
}

var pronouns = map[string]bool{"he": true, "she": true, "they": true, "it": true, "we": true, "i": true}

var determiners = toSet(`the a an this that these those his her their its our my your one another some
several many two three four five`)

// indefinites open a description of someone not yet named.
var indefinites = toSet(`a an another one`)

// prepositions start a prepositional phrase or adverbial.
var prepositions = toSet(`of for at in on with from to by via during after before under over about
into through against among between without within like despite`)

// headEnd returns the end of the head noun phrase of words[s:e]: before the
// first preposition or relative pronoun that follows a word.
func headEnd(words []word, s, e int) int {
	for k := s + 1; k < e; k++ {
		lw := words[k].low
		if (lw == "of" || lw == "for") && lex.QCap(words[k-1].text) && k+1 < e {
			// "Secretary of State Mike Pompeo", "Office of the Inspector
			// General": part of a name.
			n := k + 1
			if words[n].low == "the" && n+1 < e {
				n++
			}
			if lex.QCap(words[n].text) {
				continue
			}
		}
		if prepositions[lw] || lw == "who" || lw == "which" || lw == "whose" || lw == "," {
			return k
		}
	}
	return e
}

// possessive reports whether words[k] is followed by 's (or is a name
// written with a possessive apostrophe).
func possessive(words []word, k, e int) bool {
	w := words[k].text
	if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’") {
		return true
	}
	return k+1 < e && (words[k+1].text == "'" || words[k+1].text == "’")
}

// readNP turns the noun phrase words[s:e] into a mention: a pronoun, a
// name with its title split off, an organisation, an anaphoric description
// or a description kept as written.
func readNP(words []word, s, e int) mention {
	for e > s && words[e-1].punct {
		e--
	}
	if e <= s {
		return mention{}
	}
	if e-s == 1 && (words[s].low == "one" || words[s].low == "another") {
		// "One said …, another added …": a member of a group named
		// before (groupMember).
		return mention{s: words[s].s, e: words[s].e, kind: kindDescribed, text: words[s].text, head: words[s].low}
	}
	if e-s == 1 && pronouns[contractionBase(words[s].low)] {
		return mention{s: words[s].s, e: words[s].e, kind: kindPronoun, text: contractionBase(words[s].low)}
	}
	head := headEnd(words, s, e)
	if last := words[head-1]; lex.QCap(last.text) && !possessive(words, head-1, e) {
		return readNamed(words, s, head)
	}
	return readDescription(words, s, e, head)
}

// readNamed reads a noun phrase whose head words[:head] ends with a
// capitalised word: an organisation, a capitalised description ("the
// Kansas Republican") or a person's name with its title.
func readNamed(words []word, s, head int) mention {
	last := words[head-1]
	// "the Senator", "the President-elect": one capitalised title word
	// refers back to the person who holds it, like "the senator".
	if words[s].low == "the" && head-s == 2 && allTitles(words, s+1, head) {
		return mention{s: words[s].s, e: last.e, kind: kindAnaphor, text: join(words, s, head), head: last.low}
	}
	rs := capRunStart(words, s, head)
	if os, ok := orgRun(words, rs, head); ok {
		return mention{s: words[os].s, e: words[head-1].e, kind: kindOrg, text: join(words, os, head)}
	}
	// "the Kansas Republican": a capitalised description right after
	// "the" refers back to a person.
	if rs > s && words[rs-1].low == "the" && rs-1 == s && head-rs <= 3 && affiliations[last.low] {
		return mention{s: words[s].s, e: words[head-1].e, kind: kindAnaphor, text: join(words, s, head), head: last.low}
	}
	// "an Iowa Republican", "another commonwealth Democrat": an
	// indefinite description by party or leaning names no one the
	// article names; it is kept as written.
	if indefinites[words[s].low] && head-s <= 4 && affiliations[last.low] {
		return mention{s: words[s].s, e: words[head-1].e, kind: kindDescribed, text: join(words, s, head), head: last.low}
	}
	// A person: the last run of capitalised words (with particles and
	// initials) that are not title words.
	ne := head
	ns := ne - 1
	for ns > s {
		w := words[ns-1]
		lw := w.low
		if w.punct || titleWords[lw] || determiners[lw] {
			break
		}
		if !lex.QCap(w.text) && !nameParticle(lw) {
			break
		}
		if ns-2 >= s {
			if pl := words[ns-2].low; pl == "of" || pl == "for" || pl == "the" {
				break
			}
		}
		ns--
	}
	for ns < ne-1 && titleWords[words[ns].low] {
		ns++
	}
	m := mention{s: words[ns].s, e: words[ne-1].e, kind: kindName, text: join(words, ns, ne)}
	if ns > s {
		ts := s
		for ts < ns && determiners[words[ts].low] {
			ts++
		}
		if ts < ns {
			m.title = join(words, ts, ns)
		}
	}
	return m
}

// capRunStart returns where the capitalised run ending at words[head-1]
// begins, "of", "the", "for", "and" and "&" inside it.
func capRunStart(words []word, s, head int) int {
	rs := head - 1
	for rs > s {
		w := words[rs-1]
		lw := w.low
		if !w.punct && lex.QCap(w.text) && !determiners[lw] {
			rs--
			continue
		}
		if (lw == "of" || lw == "the" || lw == "for" || lw == "and" || w.text == "&") && rs-2 >= s && lex.QCap(words[rs-2].text) {
			rs--
			continue
		}
		break
	}
	return rs
}

// orgRun reports whether the capitalised run words[rs:head] names an
// organisation (an acronym, or an organisation word in it) and where
// that name starts.
func orgRun(words []word, rs, head int) (int, bool) {
	last := words[head-1]
	isOrg := isAcronym(last.text)
	title := -1 // the last title word of the run
	for k := rs; k < head; k++ {
		if orgWords[words[k].low] {
			isOrg = true
		}
		if titleWords[words[k].low] {
			title = k
		}
	}
	// "Police Chief Ellen Park": the organisation word belongs to a
	// title, and a name without organisation words follows it.
	if isOrg && title >= rs && title < head-1 && !isAcronym(last.text) {
		isOrg = false
		for k := title + 1; k < head; k++ {
			if orgWords[words[k].low] {
				isOrg = true
			}
		}
	}
	if !isOrg {
		return 0, false
	}
	os := rs
	for os < head && (!lex.QCap(words[os].text) || determiners[words[os].low]) {
		os++
	}
	return os, os < head
}

// readDescription reads a noun phrase with a lower-case head. Definite
// ones that name a person or body indirectly ("the 31-year-old", "the
// senator", "the statement") are anaphors; the rest are kept as written.
func readDescription(words []word, s, e, head int) mention {
	m := mention{s: words[s].s, e: words[e-1].e, kind: kindDescribed, text: join(words, s, e), head: words[head-1].low}
	first := words[s].low
	if (first == "the" || first == "this") && head-s <= 4 {
		hw := words[head-1].low
		if strings.Contains(hw, "-time") || titleWords[hw] || documentNouns[hw] || orgNouns[hw] {
			m.kind = kindAnaphor
		}
		for k := s; k < head; k++ {
			if strings.Contains(words[k].low, "-year-old") {
				m.kind, m.head = kindAnaphor, "-year-old"
			}
		}
	}
	if first == "it" {
		m.kind = kindPronoun
	}
	return m
}

// allTitles reports whether every word of words[s:e] is a title word.
func allTitles(words []word, s, e int) bool {
	for k := s; k < e; k++ {
		if !titleWords[words[k].low] {
			return false
		}
	}
	return true
}

// join returns the text of words[s:e] with the spacing of the original.
func join(words []word, s, e int) string {
	var b strings.Builder
	for k := s; k < e; k++ {
		if k > s && words[k].s > words[k-1].e {
			b.WriteByte(' ')
		}
		b.WriteString(words[k].text)
	}
	return b.String()
}

// isAcronym reports whether w is an all-capitals acronym such as NATO,
// DEA or U.S.
func isAcronym(w string) bool {
	n := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			n++
		case r == '.':
		default:
			return false
		}
	}
	return n >= 2
}
