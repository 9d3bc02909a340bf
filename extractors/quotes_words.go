package extractors

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// qWord is one word or punctuation token of a stretch of text, found by the
// quote extractor's own small tokenizer so that it works the same on any
// Text, whatever tokens the NLP stage produced.
type qWord struct {
	s, e  int    // byte offsets into the text
	text  string // text[s:e]
	punct bool   // a single punctuation rune (or a quote mark)
}

// qAbbrevs are words written with a final period that does not end a
// sentence.
var qAbbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "jr": true, "sr": true,
	"gov": true, "sen": true, "rep": true, "lt": true, "gen": true, "col": true, "capt": true,
	"sgt": true, "prof": true, "inc": true, "co": true, "corp": true, "ltd": true, "no": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "aug": true, "sep": true, "sept": true,
	"oct": true, "nov": true, "dec": true, "vs": true, "rev": true, "adm": true, "maj": true,
	"cmdr": true, "supt": true, "insp": true, "det": true, "hon": true, "mt": true, "ft": true,
	"u.s": true, "u.k": true, "u.n": true, "d.c": true, "a.m": true, "p.m": true, "e.g": true, "i.e": true,
}

// qTokenize splits text[s:e] into words and punctuation.
func qTokenize(text string, s, e int) []qWord {
	var out []qWord
	i := s
	for i < e {
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		if !qWordRune(r) {
			out = append(out, qWord{i, i + size, text[i : i+size], true})
			i += size
			continue
		}
		j := i + size
		for j < e {
			r2, n2 := utf8.DecodeRuneInString(text[j:])
			if qWordRune(r2) {
				j += n2
				continue
			}
			// Internal joiners: ' ’ - . & between word runes.
			if r2 == '\'' || r2 == '’' || r2 == '-' || r2 == '.' || r2 == '&' {
				r3, n3 := utf8.DecodeRuneInString(text[j+n2:])
				if j+n2 < e && qWordRune(r3) {
					j += n2 + n3
					continue
				}
			}
			break
		}
		// A final period belongs to an abbreviation or an initial.
		if j < e && text[j] == '.' {
			w := strings.ToLower(text[i:j])
			if qAbbrevs[w] || (j-i == 1 && unicode.IsUpper(r)) || strings.Contains(w, ".") {
				j++
			}
		}
		out = append(out, qWord{i, j, text[i:j], false})
		i = j
	}
	return out
}

func qWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// qCap reports whether w starts with an upper-case letter.
func qCap(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// qLower is strings.ToLower with curly apostrophes made straight.
func qLower(w string) string {
	return strings.ReplaceAll(strings.ToLower(w), "’", "'")
}

// qSentenceEnd reports whether the period-like rune at byte i of text ends
// a sentence: . ! ? followed by white space (or a closing mark and white
// space) and then an upper-case letter, a digit, a quote mark or the end.
func qSentenceEnd(text string, i int) bool {
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
			if !(qWordRune(r) || r == '.') {
				break
			}
			k -= size
		}
		w := strings.ToLower(text[k:i])
		if qAbbrevs[w] || (i-k == 1 && unicode.IsUpper(rune(text[k]))) {
			return false
		}
	}
	return true
}
