package entities

import (
	"strings"
	"unicode"

	"github.com/lede-project/lede/extractors/internal/gazetteer"
	"github.com/lede-project/lede/extractors/internal/lex"
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
// ("Bank of America", "Texas A & M", "Rio de Janeiro"): a few function
// words, the possessive, and the name particles.
var connectors = func() map[string]bool {
	m := map[string]bool{"of": true, "for": true, "on": true, "and": true, "&": true, "the": true, "'s": true, "’s": true}
	for p := range particles {
		m[p] = true
	}
	return m
}()

// capFunction are function words that, capitalised inside a sentence,
// start a title-case phrase rather than a name ("Regina Ip In Kowloon").
var capFunction = map[string]bool{
	"In": true, "On": true, "At": true, "Of": true, "For": true, "With": true, "By": true,
	"To": true, "From": true, "And": true, "As": true, "But": true, "Or": true, "If": true,
	"When": true, "After": true, "Before": true, "Since": true, "While": true, "Into": true,
}

// particles join two name parts unconditionally ("Botic van de Zanschulp").
var particles = map[string]bool{
	"de": true, "del": true, "da": true, "van": true, "von": true, "der": true,
	"den": true, "al": true, "bin": true, "la": true, "le": true, "du": true, "y": true,
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
func (r *extraction) nameTok(i, lo int) bool {
	s := r.t.Tokens[i].Text
	if !lex.UpperStart(s) {
		if len(s) > 0 && s[0] >= '0' && s[0] <= '9' && hasLetter(s) && i+1 < len(r.t.Tokens) {
			return r.g.Is("fac-last", r.t.Tokens[i+1].Text)
		}
		return false
	}
	if capFunction[s] {
		return false
	}
	if r.g.Is("nonname", s) {
		// "Elizabeth A. Burton": a middle initial, not the article.
		if len(s) == 1 && i > lo && i+2 < len(r.t.Tokens) && r.t.Tokens[i+1].Text == "." &&
			r.t.Tokens[i+1].Start == r.t.Tokens[i].End && lex.UpperStart(r.t.Tokens[i-1].Text) && lex.UpperStart(r.t.Tokens[i+2].Text) {
			return true
		}
		return i > lo && r.g.FirstNames[r.t.Tokens[i-1].Text] && s == "May"
	}
	return !contraction(s)
}

// sameLine reports whether only spaces separate tokens i and j (i < j).
func (r *extraction) sameLine(i, j int) bool {
	if i >= j {
		return true
	}
	gap := r.t.Text[r.t.Tokens[i].End:r.t.Tokens[j].Start]
	return !strings.ContainsAny(gap, "\n\r")
}

// chunk splits the tokens [lo, hi) of one sentence into candidates.
func (r *extraction) chunk(lo, hi int) []candidate {
	var out []candidate
	firstWord := lo
	for firstWord < hi && !hasLetter(r.t.Tokens[firstWord].Text) {
		firstWord++
	}
	toks := r.t.Tokens
	for i := lo; i < hi; {
		if !r.nameTok(i, lo) {
			i++
			continue
		}
		// A listed name with lower-case words inside: "Organization for
		// Security and Co-operation in Europe".
		if n := r.listedRun(i, hi); n > 0 {
			out = append(out, r.span(i, i+n, false, false))
			i += n
			continue
		}
		j := i + 1
		for j < hi && r.sameLine(j-1, j) {
			if r.nameTok(j, lo) {
				j++
				continue
			}
			// An initial split from its full stop: "Dianna E. Anderson".
			if j+2 < hi && toks[j].Text == "." && len(toks[j-1].Text) == 1 && toks[j].Start == toks[j-1].End && r.nameTok(j+1, lo) {
				j += 2
				continue
			}
			if k := r.joinAcross(i, j, hi); k > j {
				j = k
				continue
			}
			break
		}
		// "Washington, D.C.": a comma inside a listed name.
		if j+1 < hi && r.t.Tokens[j].Text == "," && r.nameTok(j+1, lo) {
			e := j + 1
			for e < hi && e-j <= 3 && r.nameTok(e, lo) {
				e++
				if _, ok := r.g.Lookup(r.t.Text[r.t.Tokens[i].Start:r.t.Tokens[e-1].End]); ok {
					j = e
					break
				}
			}
		}
		// "the Democratic Party-controlled House": a hyphenated modifier
		// ends the name before its hyphen and the next name starts after.
		for k := i + 1; k < j; k++ {
			if h := r.modifierHyphen(toks[k].Text); h > 0 {
				j = k + 1
				cs := r.split(i, j, lo, r.opensClause(i, firstWord))
				if n := len(cs); n > 0 && cs[n-1].last == j {
					cs[n-1].end = toks[k].Start + h
				}
				out = append(out, cs...)
				i = j
				break
			}
		}
		if i == j {
			continue
		}
		out = append(out, r.split(i, j, lo, r.opensClause(i, firstWord))...)
		i = j
	}
	return out
}

// listedRun returns the length in tokens of the longest gazetteer name of
// three or more tokens with a lower-case word inside starting at token i,
// or 0.
func (r *extraction) listedRun(i, hi int) int {
	toks := r.t.Tokens
	for n := min(r.g.MaxTokens+2, hi-i); n >= 3; n-- {
		if !r.sameLine(i, i+n-1) || !r.nameTok(i+n-1, i) {
			continue
		}
		lower := false
		for k := i + 1; k < i+n-1; k++ {
			lower = lower || lex.LowerStart(toks[k].Text)
		}
		if !lower {
			continue // the chunker finds all-capitalised names, perhaps longer
		}
		if _, ok := r.g.Lookup(r.t.Text[toks[i].Start:toks[i+n-1].End]); ok {
			return n
		}
	}
	return 0
}

// joinAcross decides whether the connector tokens at j join the name [i, j)
// with the capitalised run after them; it returns the end of that run, or j.
func (r *extraction) joinAcross(i, j, hi int) int {
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
	for s := i; s < j; s++ {
		if _, ok := r.g.Lookup(r.t.Text[toks[s].Start:toks[end-1].End]); ok {
			return end
		}
	}
	switch {
	case particles[conn]:
		if k-j == 1 || particles[strings.ToLower(toks[k-1].Text)] {
			return end
		}
	case conn == "and" || conn == "&":
		// "Securities and Exchange Commission": one word each side.
		// Two streets are a crossing, not one name: "Fifth Street and
		// Maple Avenue".
		if r.g.Is("street-last", left) && r.g.Is("street-last", right) {
			return j
		}
		if k-j == 1 && end-k == 2 && (j-i <= 2 && r.lower[strings.ToLower(left)] || r.wordIs("fac-last", left)) && (r.wordIs("org-last", right) || r.wordIs("fac-last", right)) {
			return end
		}
		// "Center for Disease Control and Prevention", "Office of Science
		// and Technology Policy": an institution's remit goes on with
		// another abstract noun.
		if k-j == 1 && end-k <= 3 && r.hasOf(i, j) && abstractNoun(toks[k].Text) && abstractNoun(left) {
			return end
		}
	case conn == "of" || conn == "for" || conn == "on":
		if r.ofHead(left) {
			return end
		}
	case conn == "'s" || conn == "’s":
		// "People's Liberation Army": a common word, then an organisation.
		if k-j == 1 && j-i == 1 && (r.lower[strings.ToLower(left)] || r.g.Is("possessor", left)) && (r.g.Is("org-last", right) || r.g.Is("fac-last", right)) {
			return end
		}
		// "Bartholomew County Sheriff's Department": an office's department.
		if k-j == 1 && end-k == 1 && r.g.Is("office-holder", left) && r.g.Is("org-last", right) {
			return end
		}
	}
	return j
}

// modifierHyphen returns the index of the hyphen in a capitalised word
// made into a modifier ("Party-controlled", "Kremlin-backed"), or 0.
func (r *extraction) modifierHyphen(w string) int {
	k := strings.LastIndexByte(w, '-')
	if k <= 0 || !lex.UpperStart(w) || !r.g.Is("hyphen-modifier", w[k+1:]) {
		return 0
	}
	return k
}

// abstractNoun reports whether the capitalised word w has the ending of an
// abstract common noun ("Prevention", "Development", "Security",
// "Control"), which a person's or place's name rarely has.
func abstractNoun(w string) bool {
	for _, suf := range [...]string{"tion", "sion", "ment", "ity", "ance", "ence", "ics", "ogy", "ism", "ness", "ure", "rol", "ing"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// ofHead reports whether word can head a name continued by "of"/"for"/"on"
// ("University of ...", "Secretary of State", "Gulf of Mexico").
func (r *extraction) ofHead(w string) bool {
	for _, s := range [...]string{"org-first", "fac-last", "loc-last", "gpe-last", "title"} {
		if r.g.Is(s, w) {
			return true
		}
	}
	return false
}

// commonWord reports whether the capitalised token i is an ordinary word:
// written in lower case elsewhere in the article, tagged as something other
// than a proper noun, or one of the listed non-names.
func (r *extraction) commonWord(i int) bool {
	tok := r.t.Tokens[i]
	if r.lexicalCommon(i) {
		return true
	}
	if _, ok := r.g.Lookup(tok.Text); ok {
		return false
	}
	return tok.Tag != "" && tok.Tag != "NNP" && tok.Tag != "NNPS"
}

// known reports whether token k alone is a listed name.
func (r *extraction) known(k int) bool {
	_, ok := r.g.Lookup(r.t.Tokens[k].Text)
	return ok
}

// hasOf reports whether "of" or "for" joins the run [i, j): "Office of the
// Inspector General" ends in a title that is part of the name.
func (r *extraction) hasOf(i, j int) bool {
	for k := i; k < j; k++ {
		if w := r.t.Tokens[k].Text; w == "of" || w == "for" {
			return true
		}
	}
	return false
}

// lexicalCommon reports whether token i is an ordinary word by the word
// lists or the article's own lower-case usage, whatever its tag.
func (r *extraction) lexicalCommon(i int) bool {
	w := r.t.Tokens[i].Text
	return r.g.Is("nonname", w) || r.g.Is("sentence-start", w) || r.lower[strings.ToLower(w)] ||
		len(w) > 4 && strings.HasSuffix(w, "ly") && !r.g.FirstNames[w] // "Allegedly", "Finally"
}

// span builds the candidate for tokens [i, j), taking in the full stop of an
// abbreviation the tokenizer split off ("Minn" "." -> "Minn.").
func (r *extraction) span(i, j int, initial, titled bool) candidate {
	toks := r.t.Tokens
	c := candidate{first: i, last: j, start: toks[i].Start, end: toks[j-1].End, initial: initial, titled: titled}
	if c.end < len(r.t.Text) && r.t.Text[c.end] == '.' && r.g.Abbrev[gazetteer.NormKey(toks[j-1].Text)] {
		c.end++
	}
	// A sentence's full stop the tokenizer left on a name: "... James To."
	if last := toks[j-1].Text; len(last) > 2 && strings.HasSuffix(last, ".") && strings.Count(last, ".") == 1 &&
		!r.g.Abbrev[gazetteer.NormKey(strings.TrimSuffix(last, "."))] && r.sentenceEndsAt(c.end) {
		c.end--
	}
	return c
}

// sentenceEndsAt reports whether a sentence ends at byte offset off.
func (r *extraction) sentenceEndsAt(off int) bool {
	si := r.t.SentenceAt(off - 1)
	return si >= 0 && r.t.Sentences[si].End == off
}

// contraction reports whether s is a contracted pronoun or verb ("You've",
// "Don't"), never a name.
func contraction(s string) bool {
	for _, suf := range [...]string{"'ve", "’ve", "'re", "’re", "'ll", "’ll", "'m", "’m", "'d", "’d", "n't", "n’t"} {
		if strings.HasSuffix(s, suf) {
			return true
		}
	}
	return false
}

// opensClause reports whether token i starts a clause: the sentence's first
// word, or the first word after an opening quote, a colon or a dash.
func (r *extraction) opensClause(i, firstWord int) bool {
	if i == firstWord {
		return true
	}
	if i == 0 {
		return false
	}
	switch r.t.Tokens[i-1].Text {
	case "\"", "“", "'", "‘", ":", "—", "–", "-", "(", "--":
		return true
	}
	return false
}

// isTitle reports whether token k is a title word or a title modifier.
func (r *extraction) isTitle(k int) bool {
	w := r.t.Tokens[k].Text
	return r.g.Is("title", w) || r.g.Is("title-mod", w)
}

// personRest reports whether tokens [k, j) can be a person's name: no
// organisation, facility or place word, not a listed name.
func (r *extraction) personRest(k, j int) bool {
	toks := r.t.Tokens
	last := toks[j-1].Text
	// A given name and one more word after a title is a person even when
	// that word also ends place names: "Police Chief Ellen Park".
	givenSurname := j-k == 2 && r.g.FirstNames[toks[k].Text]
	for _, s := range [...]string{"org-last", "fac-last", "loc-last", "gpe-last", "event-last"} {
		if r.wordIs(s, last) && !(givenSurname && s != "org-last" && s != "event-last") {
			return false
		}
	}
	if r.g.Is("org-first", toks[k].Text) {
		return false
	}
	if _, ok := r.g.Lookup(r.t.Text[toks[k].Start:toks[j-1].End]); ok {
		return false
	}
	return personShape(toks[k:j])
}

// wordIs reports whether w, or its part after the last hyphen
// ("News-Register"), is listed in section.
func (r *extraction) wordIs(section, w string) bool {
	if r.g.Is(section, w) {
		return true
	}
	if k := strings.LastIndexByte(w, '-'); k > 0 && k+1 < len(w) {
		return r.g.Is(section, w[k+1:])
	}
	return false
}
