package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/lede-project/lede/extractors"
	"github.com/lede-project/lede/extractors/internal/lex"
)

// word is one word or punctuation mark of a stretch of text: a view over
// the Text's tokens (see appendWords) that is the same whatever tokenizer
// produced them ("Biden" "'s" and "Biden's" both give the word "Biden's").
type word struct {
	s, e  int    // byte offsets into the text
	text  string // text[s:e]
	low   string // lower(text)
	punct bool   // a single punctuation rune (or a quote mark)
	tag   string // Penn part-of-speech tag of the NLP token starting here, "" when none
}

// verbish reports whether w is a verb or auxiliary: by its tag when the
// NLP stage gave one, else by its form.
func verbish(w word) bool {
	if w.punct || lex.QCap(w.text) {
		return false
	}
	if w.tag != "" {
		// Participles inside noun phrases ("chief operating officer")
		// are not clause verbs.
		return (strings.HasPrefix(w.tag, "VB") && w.tag != "VBG" && w.tag != "VBN") || w.tag == "MD"
	}
	lw := w.low
	if auxiliaries[lw] && !strings.HasSuffix(lw, "ly") {
		return true
	}
	if _, ok := lex.ReportingLemma(lw); ok {
		return true
	}
	return len(lw) > 4 && strings.HasSuffix(lw, "ed")
}

// tagWords copies the NLP tags of toks onto the words that start where a
// token starts.
func tagWords(words []word, toks []extractors.Token) {
	if len(toks) == 0 {
		return
	}
	if len(words) == 0 {
		return
	}
	k := extractors.SearchTokens(toks, words[0].s)
	for i := range words {
		for k < len(toks) && toks[k].Start < words[i].s {
			k++
		}
		if k < len(toks) && toks[k].Start == words[i].s {
			words[i].tag = toks[k].Tag
		}
	}
}

// appendWords appends to out the words of text[s:e] as a view over the
// tokens toks (sorted, byte offsets): each token inside the stretch (clipped
// to it) is split into words and marks by splitInto, and pieces that touch
// across token boundaries are joined again as one word would be (see
// joinTouching). A stretch between tokens that is not white space counts as
// a token of its own: the prose tokenizer leaves a few out (the "'s" of
// "A380's", a chunk "'sensational'" it splits at a leading "'s").
func appendWords(out []word, text string, toks []extractors.Token, s, e int) []word {
	first := len(out)
	k := extractors.SearchTokens(toks, s)
	if k > 0 && toks[k-1].End > s {
		k-- // a token straddling s
	}
	pos := s
	for ; k < len(toks) && toks[k].Start < e; k++ {
		ts, te := max(toks[k].Start, s), min(toks[k].End, e)
		if ts < te {
			if pos < ts {
				out = splitInto(out, text, pos, ts) // between tokens
			}
			out = splitInto(out, text, ts, te)
			pos = te
		}
	}
	if pos < e {
		out = splitInto(out, text, pos, e)
	}
	return joinTouching(out, first, text)
}

// joinTouching joins, in out[first:], pieces with no space between them
// that one word would hold: word runes split across tokens ("can" "not"),
// words linked by an apostrophe, hyphen, period or ampersand ("Biden" "'"
// "s", "U" "." "S"), and the final period of an abbreviation or an initial
// ("Gen" "."). It returns out with the joined words.
func joinTouching(out []word, first int, text string) []word {
	ws := out[first:]
	n := 0 // words kept
	for i := 0; i < len(ws); {
		w := ws[i]
		i++
		if !w.punct {
			for i < len(ws) && ws[i].s == w.e {
				switch {
				case !ws[i].punct:
					w.e = ws[i].e
					i++
					continue
				case isJoiner(ws[i].text) && i+1 < len(ws) && !ws[i+1].punct && ws[i+1].s == ws[i].e:
					w.e = ws[i+1].e
					i += 2
					continue
				}
				break
			}
			if i < len(ws) && ws[i].s == w.e && ws[i].text == "." && w.e > w.s && text[w.e-1] != '.' && finalPeriod(text[w.s:w.e]) {
				w.e++
				i++
			}
			if len(w.text) != w.e-w.s {
				w.text = text[w.s:w.e]
				w.low = lower(w.text)
			}
		}
		ws[n] = w
		n++
	}
	return out[:first+n]
}

// isJoiner reports whether a mark between two word runes links them into
// one word.
func isJoiner(m string) bool {
	return m == "'" || m == "’" || m == "-" || m == "." || m == "&"
}

// finalPeriod reports whether a period right after the word w belongs to
// it: w is an abbreviation, a single capital (an initial) or holds a
// period itself ("U.S").
func finalPeriod(w string) bool {
	lw := strings.ToLower(w)
	r, _ := utf8.DecodeRuneInString(w)
	return abbrevs[lw] || (len(w) == 1 && unicode.IsUpper(r)) || strings.Contains(lw, ".")
}

// splitInto appends to out the words and marks of text[s:e], a stretch
// of one token: runs of letters and digits with the joiners inside them,
// each other rune a mark of its own. joinTouching then gives an
// abbreviation or an initial its final period.
func splitInto(out []word, text string, s, e int) []word {
	i := s
	for i < e {
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		if !wordRune(r) {
			out = append(out, word{s: i, e: i + size, text: text[i : i+size], low: text[i : i+size], punct: true})
			i += size
			continue
		}
		j := i + size
		for j < e {
			r2, n2 := utf8.DecodeRuneInString(text[j:])
			if wordRune(r2) {
				j += n2
				continue
			}
			// Internal joiners: ' ’ - . & between word runes.
			if r2 == '\'' || r2 == '’' || r2 == '-' || r2 == '.' || r2 == '&' {
				r3, n3 := utf8.DecodeRuneInString(text[j+n2:])
				if j+n2 < e && wordRune(r3) {
					j += n2 + n3
					continue
				}
			}
			break
		}
		out = append(out, word{s: i, e: j, text: text[i:j], low: lower(text[i:j])})
		i = j
	}
	return out
}

func wordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// lower is strings.ToLower with curly apostrophes made straight.
func lower(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return strings.ReplaceAll(strings.ToLower(w), "’", "'")
		}
	}
	return w
}

// sentenceEnd reports whether the period-like rune at byte i of text ends
// a sentence: . ! ? followed by white space (or a closing mark and white
// space) and then an upper-case letter, a digit, a quote mark or the end.
func sentenceEnd(text string, i int) bool {
	c := text[i]
	if c != '.' && c != '!' && c != '?' {
		return false
	}
	j := i + 1
	for j < len(text) && (text[j] == ')' || text[j] == '"' || text[j] == '\'') {
		j++
	}
	if strings.HasPrefix(text[j:], "”") || strings.HasPrefix(text[j:], "’") {
		j += 3
	}
	if j >= len(text) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[j:])
	if !unicode.IsSpace(r) {
		return false
	}
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsSpace(r) {
			break
		}
		j += size
	}
	if j >= len(text) {
		return true
	}
	r, _ = utf8.DecodeRuneInString(text[j:])
	if !(unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“‘'«(", r)) {
		return false
	}
	if c == '.' {
		// Not after an abbreviation or an initial.
		k := i
		for k > 0 {
			r, size := utf8.DecodeLastRuneInString(text[:k])
			if !(wordRune(r) || r == '.') {
				break
			}
			k -= size
		}
		w := strings.ToLower(text[k:i])
		if abbrevs[w] || (i-k == 1 && unicode.IsUpper(rune(text[k]))) {
			return false
		}
		// Initials ("D.A.", "R.R.") before a capitalised word that can
		// start a name are part of it: "the D.A. Davidson brokerage";
		// "in the U.S. The …" still ends a sentence.
		if dottedInitials(text[k:i]) && !nameStops[strings.ToLower(nextWord(text[j:]))] {
			return false
		}
	}
	return true
}

// dottedInitials reports whether w is single capital letters joined by periods
// ("D.A", "R.R", "U.S"), as written before the final period.
func dottedInitials(w string) bool {
	if len(w) < 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if i%2 == 0 && (c < 'A' || c > 'Z') || i%2 == 1 && c != '.' {
			return false
		}
	}
	return len(w)%2 == 1
}

// nextWord returns the letters that open s.
func nextWord(s string) string {
	for i, r := range s {
		if !unicode.IsLetter(r) {
			return s[:i]
		}
	}
	return s
}
