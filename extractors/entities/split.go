package entities

import (
	"strings"

	"github.com/lede-project/lede/extractors/internal/lex"
)

// split turns the run [i, j) into candidates: a person title inside it is
// cut off ("US President Joe Biden" -> "US" and "Joe Biden"), a common word
// opening the sentence is dropped ("In Geneva" -> "Geneva"), and so on,
// one cut after another.
func (r *extraction) split(i, j, lo int, initial bool) []candidate {
	s := &cut{i: i, j: j, lo: lo, initial: initial}
	r.cutAtTitle(s)        // "US President Joe Biden" -> "US", "Joe Biden"
	r.cutTitlesBeforeOf(s) // "CEO of New Media Investment Group"
	r.cutListedFirst(s)    // "American Kevin King", "United States Hamdullah Mohib"
	r.cutCommonTail(s)     // "France wins"
	if r.onlyTitles(s) {   // "the President", "Prime Minister"
		return s.out
	}
	r.cutThe(s)                 // "The Pentagon" -> "Pentagon"
	r.cutOpener(s)              // "However Biden" -> "Biden"
	r.cutTitleTail(s)           // "NASA Administrator" -> "NASA"
	if r.cutClosingAcronym(s) { // "CBS Sports NFL" -> "CBS Sports", "NFL"
		return s.out
	}
	// Connectors never start or end a name.
	for s.i < s.j && !r.nameTok(s.i, lo) {
		s.i++
	}
	for s.j > s.i && !r.nameTok(s.j-1, lo) {
		s.j--
	}
	if s.j > s.i {
		s.out = append(s.out, r.span(s.i, s.j, s.initial, s.titled))
	}
	return s.out
}

// cut is the state of split: the run [i, j) still to be cut (lo is its
// sentence's first token), whether it opens a clause, whether a title
// stood before it, and the candidates cut off so far.
type cut struct {
	i, j, lo        int
	initial, titled bool
	out             []candidate
}

// cutAtTitle cuts the run before a person's name that follows a title
// head ("US President Joe Biden") or starts with a given name inside the
// run ("Browns DL Sheldon Richardson"); the titles are dropped and what
// stood before them is split on its own. Otherwise it notes a role or
// title word right before the run.
func (r *extraction) cutAtTitle(s *cut) {
	toks := r.t.Tokens
	h := r.titleHead(s.i, s.j, s.lo)
	if h < 0 {
		if s.i > s.lo && r.g.Is("role", strings.ToLower(toks[s.i-1].Text)) && lex.LowerStart(toks[s.i-1].Text) {
			s.titled = true
		} else if s.i > s.lo && r.g.Is("title", toks[s.i-1].Text) {
			s.titled = true
		}
		return
	}
	// The name starts at h+1; the title run before it is dropped.
	g := h + 1
	for g > s.i && (r.isTitle(g-1) || r.g.Is("allcaps-stop", toks[g-1].Text)) {
		g--
	}
	if g > s.i {
		s.out = append(s.out, r.split(s.i, g, s.lo, s.initial)...)
	}
	s.i, s.titled, s.initial = h+1, g <= h, false
}

// titleHead returns the token before the person's name inside [i, j):
// a title followed by a name, or the word before a given name; -1 when
// there is none.
func (r *extraction) titleHead(i, j, lo int) int {
	toks := r.t.Tokens
	for k := j - 2; k >= i; k-- {
		if r.g.Is("title", toks[k].Text) && r.nameTok(k+1, lo) && !r.isTitle(k+1) && r.personRest(k+1, j) {
			return k
		}
	}
	for k := i + 1; k+1 < j; k++ {
		if r.g.FirstNames[toks[k].Text] && r.personRest(k, j) && !r.g.FirstNames[toks[k-1].Text] {
			return k - 1
		}
	}
	return -1
}

// cutTitlesBeforeOf drops leading titles before "of": "CEO of New Media
// Investment Group" keeps "New Media Investment Group".
func (r *extraction) cutTitlesBeforeOf(s *cut) {
	for k := s.i; k < s.j-1; k++ {
		if k > s.i && r.t.Tokens[k].Text == "of" {
			s.i, s.titled = k+1, false
			return
		}
		if !r.isTitle(k) {
			return
		}
	}
}

// cutListedFirst cuts a listed word or name off the front of a run it
// does not belong to: "American Kevin King", "Remember New Jersey",
// "United States Hamdullah Mohib". "U.S. Securities and Exchange
// Commission" stays one name.
func (r *extraction) cutListedFirst(s *cut) {
	if s.j-s.i < 2 {
		return
	}
	toks, i, j := r.t.Tokens, s.i, s.j
	_, wholeKnown := r.g.Lookup(r.t.Text[toks[i].Start:toks[j-1].End])
	er, restKnown := r.g.Lookup(r.t.Text[toks[i+1].Start:toks[j-1].End])
	e, firstKnown := r.g.Lookup(toks[i].Text)
	if restKnown && firstKnown && er.Label == "ORG" && (e.Label == "GPE" || e.Label == "NORP") {
		restKnown, firstKnown, wholeKnown = false, false, true
	}
	// "Michael Bloomberg opened ...": a given name before one listed
	// word opens a person's name, not a sentence.
	if restKnown && s.initial && !firstKnown && j-i == 2 && r.g.FirstNames[toks[i].Text] {
		restKnown = false
	}
	if wholeKnown {
		return
	}
	if restKnown && (s.initial || firstKnown) || firstKnown && e.Label == "NORP" && r.g.FirstNames[toks[i+1].Text] || firstKnown && j-i >= 3 && r.personRest(i+1, j) {
		if firstKnown {
			s.out = append(s.out, r.span(i, i+1, s.initial, false))
		}
		s.i++
		s.initial = false
		return
	}
	for p := i + 2; p <= i+3 && p+2 <= j; p++ {
		if _, ok := r.g.Lookup(r.t.Text[toks[i].Start:toks[p-1].End]); ok && r.personRest(p, j) {
			s.out = append(s.out, r.span(i, p, s.initial, false))
			s.i, s.initial = p, false
			return
		}
	}
}

// cutCommonTail cuts common words off a listed name: "France wins",
// "Argentina cruises".
func (r *extraction) cutCommonTail(s *cut) {
	toks, i, j := r.t.Tokens, s.i, s.j
	if j-i < 2 {
		return
	}
	if _, ok := r.g.Lookup(r.t.Text[toks[i].Start:toks[j-1].End]); ok {
		return
	}
	for p := j - 1; p > i; p-- {
		if _, ok := r.g.Lookup(r.t.Text[toks[i].Start:toks[p-1].End]); !ok {
			continue
		}
		for k := p; k < j; k++ {
			w := toks[k].Text
			if !r.lower[strings.ToLower(w)] || r.wordIs("org-last", w) || r.wordIs("fac-last", w) || r.wordIs("loc-last", w) || r.wordIs("gpe-last", w) {
				return
			}
		}
		s.j = p
		return
	}
}

// onlyTitles reports whether the run is only titles: "the President",
// "Prime Minister".
func (r *extraction) onlyTitles(s *cut) bool {
	for k := s.i; k < s.j; k++ {
		if !r.g.Is("title", r.t.Tokens[k].Text) && !r.g.Is("title-mod", r.t.Tokens[k].Text) {
			return false
		}
	}
	return true
}

// cutThe drops a leading "The", unless the gazetteer lists the name with
// it ("The Hague").
func (r *extraction) cutThe(s *cut) {
	toks := r.t.Tokens
	if s.j-s.i > 1 && (toks[s.i].Text == "The" || toks[s.i].Text == "THE") {
		if _, ok := r.g.Lookup(r.t.Text[toks[s.i].Start:toks[s.j-1].End]); !ok {
			s.i++
			s.initial = false
		}
	}
}

// cutOpener splits off a sentence-opening common word ("However",
// "Russian"): a listed nationality stays a mention of its own. Only the
// tagger calling the word common is not enough when the two-word run
// speaks next ("Anders Nilsson said").
func (r *extraction) cutOpener(s *cut) {
	toks, i, j := r.t.Tokens, s.i, s.j
	if !s.initial || j-i < 2 {
		return
	}
	tagOnly := !r.lexicalCommon(i) && j-i == 2 && r.speechNext(j)
	if _, ok := r.g.Lookup(r.t.Text[toks[i].Start:toks[j-1].End]); ok || !r.commonWord(i) || tagOnly || connectors[toks[i+1].Text] {
		return
	}
	if e, ok := r.g.Lookup(toks[i].Text); ok && e.Label == "NORP" {
		s.out = append(s.out, r.span(i, i+1, true, false))
	}
	s.i++
	s.initial = false
}

// cutTitleTail drops trailing titles and role tags: "NASA
// Administrator", "Cleveland DL".
func (r *extraction) cutTitleTail(s *cut) {
	if k := r.titleTail(s.i, s.j); k < s.j && !connectors[strings.ToLower(r.t.Tokens[k-1].Text)] {
		s.j = k
	}
}

// cutClosingAcronym makes a listed acronym closing a run of three or more
// words its own name ("CBS Sports NFL") and reports whether it did (the
// rest is then split on its own).
func (r *extraction) cutClosingAcronym(s *cut) bool {
	toks := r.t.Tokens
	if s.j-s.i <= 2 {
		return false
	}
	if e, ok := r.g.Lookup(toks[s.j-1].Text); !ok || !e.Caps {
		return false
	}
	if _, whole := r.g.Lookup(r.t.Text[toks[s.i].Start:toks[s.j-1].End]); whole {
		return false
	}
	s.out = append(s.out, r.split(s.i, s.j-1, s.lo, s.initial)...)
	s.out = append(s.out, r.span(s.j-1, s.j, false, false))
	return true
}

// titleTail returns where the run of trailing titles and role tags of
// [i, j) starts ("NASA Administrator", "Cleveland DL", "Museum of Flight
// CEO"), keeping surnames that are also titles ("Kevin King") and words
// that also end organisation names ("Argus Leader"); j when there is none.
func (r *extraction) titleTail(i, j int) int {
	toks := r.t.Tokens
	k := j
	for k-i > 1 {
		w := toks[k-1].Text
		if !(r.g.Is("title", w) || r.g.Is("allcaps-stop", w)) || r.wordIs("org-last", w) || r.g.FirstNames[toks[k-2].Text] {
			break
		}
		if k-i == 2 && !lex.AllCaps(w) && !r.lower[strings.ToLower(w)] && !r.known(i) && !r.g.Is("title", toks[i].Text) {
			break // "Kevin King": a surname
		}
		k--
	}
	return k
}
