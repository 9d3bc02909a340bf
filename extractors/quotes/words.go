package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/lede-project/lede/extractors"
	"github.com/lede-project/lede/extractors/internal/lex"
)

// word is one word or punctuation token of a stretch of text, found by the
// quote extractor's own small tokenizer so that it works the same on any
// Text, whatever tokens the NLP stage produced.
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

// tokenize splits text[s:e] into words and punctuation.
func tokenize(text string, s, e int) []word {
	return tokenizeInto(nil, text, s, e)
}

// tokenizeInto appends the words of text[s:e] to out.
func tokenizeInto(out []word, text string, s, e int) []word {
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
		// A final period belongs to an abbreviation or an initial.
		if j < e && text[j] == '.' {
			w := strings.ToLower(text[i:j])
			if abbrevs[w] || (j-i == 1 && unicode.IsUpper(r)) || strings.Contains(w, ".") {
				j++
			}
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
	}
	return true
}
