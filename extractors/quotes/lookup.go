package quotes

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/lede-project/lede/extractors/internal/lex"
)

// This file looks names up in what the resolver gathered: the fullest form
// of a person's name, an organisation's name for its acronym, the name a
// description is given, the person opening a sentence, a name's gender.

// fullName returns the fullest form of a person's name: the nearest earlier
// (else the first later) name of two or more words ending with the same
// last word.
func (r *resolver) fullName(name string, pos int) string {
	f := strings.Fields(name)
	if len(f) == 0 {
		return name
	}
	last := strings.TrimSuffix(strings.TrimSuffix(f[len(f)-1], "'s"), "’s")
	cands := r.byLast[last]
	// A given name alone ("Taylor"), or a family name written first
	// ("Liu" for "Liu Xiaming"), when no full name ends with it.
	firstOK := len(f) == 1 && (r.people[name] || !r.anyByLast[last])
	fits := func(p named) bool {
		pf := strings.Fields(p.name)
		return len(pf) > len(f) && (pf[len(pf)-1] == last || (firstOK && pf[0] == last))
	}
	lists := [][]named{cands}
	if firstOK {
		lists = append(lists, r.byLast["^"+last])
	}
	best, bestPos, after := "", -1, ""
	for _, l := range lists {
		// The nearest fitting name at or before pos, and the first after it.
		i, _ := slices.BinarySearchFunc(l, pos+1, func(p named, at int) int { return cmp.Compare(p.pos, at) })
		for k := i - 1; k >= 0; k-- {
			if fits(l[k]) {
				if l[k].pos > bestPos {
					best, bestPos = l[k].name, l[k].pos
				}
				break
			}
		}
		for k := i; k < len(l) && after == ""; k++ {
			if fits(l[k]) {
				after = l[k].name
			}
		}
	}
	if best != "" {
		// Prefer the longest form of the same name ("Penelope Muse
		// Abernathy" over "Muse Abernathy").
		bf := strings.Fields(best)
		for _, n := range r.namesByLast[bf[len(bf)-1]] {
			if len(n) > len(best) && strings.HasSuffix(n, " "+best) {
				best = n
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
		if o, ok := r.orgByInitials[acr]; ok {
			return o
		}
		// The article may spell it out without the model noticing.
		if r.expansions == nil {
			r.expansions = expansions(r.sents)
		}
		full, ok := r.expansions[acr]
		if !ok && len(acr) > maxExpansion {
			full = findExpansion(r.sents, acr)
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
// maxExpansion is the longest acronym expansions indexes.
const maxExpansion = 8

// expansions maps every acronym of up to maxExpansion letters that the
// text spells out (as findExpansionIn reads them) to its first spelling,
// in one pass over the text.
func expansions(sents []sentence) map[string]string {
	out := map[string]string{}
	for _, s := range sents {
		ws := s.words
		for i := 0; i+2 <= len(ws); i++ {
			if isAcronym(ws[i].text) {
				continue
			}
			initialsRun(ws, i, maxExpansion, func(ini string, n, j int) bool {
				if _, seen := out[ini]; n >= 2 && i+n <= len(ws) && !seen {
					out[ini] = join(ws, i, j)
				}
				return true
			})
		}
	}
	return out
}

func findExpansion(sents []sentence, acr string) string {
	for _, s := range sents {
		if full := findExpansionIn(s.words, acr); full != "" {
			return full
		}
	}
	return ""
}

// findExpansionIn returns the words of ws whose initials spell acr
// ("Drug Enforcement Administration" for "DEA"), "" when none do.
func findExpansionIn(ws []word, acr string) string {
	n := len(acr)
	for i := 0; i+n <= len(ws); i++ {
		if isAcronym(ws[i].text) {
			continue
		}
		found := ""
		initialsRun(ws, i, n, func(ini string, k, j int) bool {
			if k == n && ini == acr {
				found = join(ws, i, j)
			}
			return found == ""
		})
		if found != "" {
			return found
		}
	}
	return ""
}

// initialsRun walks the capitalised words from ws[i] ("of", "for", "and"
// and "the" may come between them), calling fn after each with their
// initials so far, how many words gave initials, and the end of the words
// read, until fn returns false, max initials are read, or the run ends.
func initialsRun(ws []word, i, max int, fn func(initials string, n, end int) bool) {
	var b strings.Builder
	n := 0
	for j := i; j < len(ws) && n < max; j++ {
		w := ws[j].text
		if ws[j].punct {
			return
		}
		if !lex.QCap(w) {
			if lw := lower(w); j > i && (lw == "of" || lw == "for" || lw == "and" || lw == "the") {
				continue
			}
			return
		}
		r, _ := utf8.DecodeRuneInString(w)
		b.WriteRune(r)
		n++
		if !fn(b.String(), n, j+1) {
			return
		}
	}
}

// namedDescription finds the name the article gives a description
// elsewhere: "China's ambassador to Britain Liu Xiaming", "The group,
// WeWorkers Coalition, …".
// It looks within describedWindow bytes of the mention, so that the cost
// stays linear on very long inputs (whole archives in one text); news
// articles are shorter than the window, and search all of their text.
func (r *resolver) namedDescription(m mention) string {
	block := m.s / describedWindow
	key := m.text + "\x00" + strconv.Itoa(block)
	if n, ok := r.described[key]; ok {
		return n
	}
	lo := max(0, (block-1)*describedWindow)
	hi := min(len(r.text), (block+2)*describedWindow)
	n := r.findNamedDescription(m.text, lo, hi)
	r.described[key] = n
	return n
}

// describedWindow is how far (in bytes, rounded to blocks) namedDescription
// looks from a mention.
const describedWindow = 32 << 10

func (r *resolver) findNamedDescription(d string, lo, hi int) string {
	if f := strings.Fields(d); len(f) < 2 {
		return ""
	}
	for _, form := range []string{d, swapCase(d)} {
		for off := lo; off < hi; {
			i := strings.Index(r.text[off:hi], form)
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
