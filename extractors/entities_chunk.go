package extractors

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// candidate is a run of name tokens that may be one entity mention: token
// indices [first, last) into Text.Tokens and its byte span.
type candidate struct {
	first, last int
	start, end  int
	initial     bool // its first token opens the sentence
	titled      bool // a person title or role stood right before it
	headline    bool // found in an all-caps or title-case line
}

// connectors may stand inside a name between two capitalised words
// ("Bank of America", "Texas A & M", "Rio de Janeiro").
var connectors = map[string]bool{
	"of": true, "for": true, "on": true, "and": true, "&": true, "the": true,
	"de": true, "del": true, "da": true, "van": true, "von": true, "der": true,
	"den": true, "al": true, "bin": true, "la": true, "le": true, "du": true, "y": true,
	"'s": true, "’s": true,
}

// particles join two name parts unconditionally ("Botic van de Zanschulp").
var particles = map[string]bool{
	"de": true, "del": true, "da": true, "van": true, "von": true, "der": true,
	"den": true, "al": true, "bin": true, "la": true, "le": true, "du": true, "y": true,
}

// upperStart reports whether s starts with an upper-case letter.
func upperStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// lowerStart reports whether s starts with a lower-case letter.
func lowerStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// allCaps reports whether s has at least two letters and no lower-case one.
func allCaps(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}

// hasLetter reports whether s contains a letter.
func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// nameTok reports whether token i can be part of a name: capitalised, not
// a weekday or month (unless it follows a name, as in "Theresa May"), or an
// ordinal before a facility word ("6th Avenue").
func (r *entityRun) nameTok(i, lo int) bool {
	s := r.t.Tokens[i].Text
	if !upperStart(s) {
		if len(s) > 0 && s[0] >= '0' && s[0] <= '9' && hasLetter(s) && i+1 < len(r.t.Tokens) {
			return r.g.is("fac-last", r.t.Tokens[i+1].Text)
		}
		return false
	}
	if r.g.is("nonname", s) {
		return i > lo && r.g.firstNames[r.t.Tokens[i-1].Text] && s == "May"
	}
	return true
}

// sameLine reports whether only spaces separate tokens i and j (i < j).
func (r *entityRun) sameLine(i, j int) bool {
	if i >= j {
		return true
	}
	gap := r.t.Text[r.t.Tokens[i].End:r.t.Tokens[j].Start]
	return !strings.ContainsAny(gap, "\n\r")
}

// chunk splits the tokens [lo, hi) of one sentence into candidates.
func (r *entityRun) chunk(lo, hi int) []candidate {
	var out []candidate
	firstWord := lo
	for firstWord < hi && !hasLetter(r.t.Tokens[firstWord].Text) {
		firstWord++
	}
	for i := lo; i < hi; {
		if !r.nameTok(i, lo) {
			i++
			continue
		}
		j := i + 1
		for j < hi && r.sameLine(j-1, j) {
			if r.nameTok(j, lo) {
				j++
				continue
			}
			if k := r.joinAcross(i, j, hi); k > j {
				j = k
				continue
			}
			break
		}
		out = append(out, r.split(i, j, lo, i == firstWord)...)
		i = j
	}
	return out
}

// joinAcross decides whether the connector tokens at j join the name [i, j)
// with the capitalised run after them; it returns the end of that run, or j.
func (r *entityRun) joinAcross(i, j, hi int) int {
	toks := r.t.Tokens
	k := j
	for k < hi && k-j < 3 && connectors[strings.ToLower(toks[k].Text)] && r.sameLine(k-1, k) {
		k++
	}
	if k == j || k >= hi || !r.nameTok(k, i) || !r.sameLine(k-1, k) {
		return j
	}
	end := k
	for end < hi && r.nameTok(end, i) && r.sameLine(end-1, end) {
		end++
	}
	conn := strings.ToLower(toks[j].Text)
	left := toks[j-1].Text
	right := toks[end-1].Text
	whole := r.t.Text[toks[i].Start:toks[end-1].End]
	if _, ok := r.g.lookup(whole); ok {
		return end
	}
	switch {
	case particles[conn]:
		if k-j == 1 || particles[strings.ToLower(toks[k-1].Text)] {
			return end
		}
	case conn == "of" || conn == "for" || conn == "on":
		if r.ofHead(left) {
			return end
		}
	case conn == "and" || conn == "&":
		if _, known := r.g.lookup(r.t.Text[toks[i].Start:toks[j-1].End]); !known && k-j == 1 && r.g.is("org-last", right) {
			return end
		}
	case conn == "'s" || conn == "’s":
		if k-j == 1 && (r.g.is("org-last", right) || r.g.is("fac-last", right)) {
			if _, known := r.g.lookup(r.t.Text[toks[i].Start:toks[j-1].End]); !known && !r.g.firstNames[toks[i].Text] {
				return end
			}
		}
	}
	return j
}

// ofHead reports whether word can head a name continued by "of"/"for"/"on"
// ("University of ...", "Secretary of State", "Gulf of Mexico").
func (r *entityRun) ofHead(w string) bool {
	for _, s := range [...]string{"org-first", "org-last", "fac-last", "loc-last", "gpe-last", "title"} {
		if r.g.is(s, w) {
			return true
		}
	}
	return false
}

// split turns the run [i, j) into candidates: a person title inside it is
// cut off ("US President Joe Biden" -> "US" and "Joe Biden"), a common word
// opening the sentence is dropped ("In Geneva" -> "Geneva").
func (r *entityRun) split(i, j, lo int, initial bool) []candidate {
	toks := r.t.Tokens
	var out []candidate
	// A title head followed by a name: the name is a person.
	h := -1
	for k := j - 2; k >= i; k-- {
		if r.g.is("title", toks[k].Text) && r.nameTok(k+1, lo) && !r.g.is("title", toks[k+1].Text) {
			h = k
			break
		}
	}
	titled := false
	if h >= 0 {
		g := h
		for g > i && (r.g.is("title", toks[g-1].Text) || r.g.is("title-mod", toks[g-1].Text)) {
			g--
		}
		if g > i {
			out = append(out, r.split(i, g, lo, initial)...)
		}
		i, titled, initial = h+1, true, false
	} else if i > lo && r.g.is("role", strings.ToLower(toks[i-1].Text)) && lowerStart(toks[i-1].Text) {
		titled = true
	} else if i > lo && r.g.is("title", toks[i-1].Text) {
		titled = true
	}
	// Only titles: "the President", "Prime Minister".
	allTitle := true
	for k := i; k < j; k++ {
		if !r.g.is("title", toks[k].Text) && !r.g.is("title-mod", toks[k].Text) {
			allTitle = false
			break
		}
	}
	if allTitle {
		return out
	}
	// A leading "The" is not part of the name, unless the gazetteer says so.
	if j-i > 1 && (toks[i].Text == "The" || toks[i].Text == "THE") {
		if _, ok := r.g.lookup(r.t.Text[toks[i].Start:toks[j-1].End]); !ok {
			i++
			initial = false
		}
	}
	// A sentence-opening common word ("However", "In", "Russian") is split off.
	if initial && j-i > 1 {
		if _, ok := r.g.lookup(r.t.Text[toks[i].Start:toks[j-1].End]); !ok && r.commonWord(i) {
			if e, ok := r.g.lookup(toks[i].Text); ok && e.Label == "NORP" {
				out = append(out, r.span(i, i+1, true, false))
			}
			i++
			initial = false
		}
	}
	// Trailing connectors never end a name.
	for j > i && !r.nameTok(j-1, lo) {
		j--
	}
	if j > i {
		out = append(out, r.span(i, j, initial, titled))
	}
	return out
}

// commonWord reports whether the capitalised token i is an ordinary word:
// written in lower case elsewhere in the article, tagged as something other
// than a proper noun, or one of the listed non-names.
func (r *entityRun) commonWord(i int) bool {
	tok := r.t.Tokens[i]
	if r.g.is("nonname", tok.Text) || r.lower[strings.ToLower(tok.Text)] {
		return true
	}
	if _, ok := r.g.lookup(tok.Text); ok {
		return false
	}
	return tok.Tag != "" && tok.Tag != "NNP" && tok.Tag != "NNPS"
}

// span builds the candidate for tokens [i, j), taking in the full stop of an
// abbreviation the tokenizer split off ("Minn" "." -> "Minn.").
func (r *entityRun) span(i, j int, initial, titled bool) candidate {
	toks := r.t.Tokens
	c := candidate{first: i, last: j, start: toks[i].Start, end: toks[j-1].End, initial: initial, titled: titled}
	if c.end < len(r.t.Text) && r.t.Text[c.end] == '.' && r.g.abbrev[normKey(toks[j-1].Text)] {
		c.end++
	}
	return c
}
