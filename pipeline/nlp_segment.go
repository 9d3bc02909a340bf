package pipeline

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/lede-project/lede/extractors"
)

// paragraphs splits text on blank lines (a line holding only white space).
func paragraphs(text string) []extractors.Range { return extractors.SplitParagraphs(text) }

// sentencesIn splits one paragraph into sentences and appends them to out.
// A line break (see lineBreaks) always ends a sentence: in articles it separates
// headlines, datelines, bylines and list items. Within a line, see
// splitLine.
func sentencesIn(text string, p extractors.Range, out []extractors.Range) []extractors.Range {
	lineStart := p.Start
	for lineStart < p.End {
		lineEnd, next := p.End, p.End
		if i := strings.IndexAny(text[lineStart:p.End], lineBreaks); i >= 0 {
			_, size := utf8.DecodeRuneInString(text[lineStart+i:])
			lineEnd, next = lineStart+i, lineStart+i+size
		}
		out = splitLine(text, lineStart, lineEnd, out)
		lineStart = next
	}
	return out
}

// lineBreaks are the characters that end a line: LF, CR (alone or in
// CRLF), vertical tab, form feed and the Unicode line and paragraph
// separators.
const lineBreaks = "\n\r\v\f\u2028\u2029"

// splitLine appends the sentences of text[start:end], one line, to out.
// A sentence ends after '.', '!', '?' or '…' plus any closing quotes and
// brackets ( ." .” ?’ .) stay with their sentence), when white space
// follows and the next word does not continue the sentence (see
// endsSentence).
func splitLine(text string, start, end int, out []extractors.Range) []extractors.Range {
	emit := func(s, e int) {
		for s < e {
			r, size := utf8.DecodeRuneInString(text[s:e])
			if !unicode.IsSpace(r) {
				break
			}
			s += size
		}
		for e > s {
			r, size := utf8.DecodeLastRuneInString(text[s:e])
			if !unicode.IsSpace(r) {
				break
			}
			e -= size
		}
		if s < e {
			out = append(out, extractors.Range{Start: s, End: e})
		}
	}
	sentStart := start
	for i := start; i < end; {
		r, size := utf8.DecodeRuneInString(text[i:end])
		if r != '.' && r != '!' && r != '?' && r != '…' {
			i += size
			continue
		}
		// Take the whole run of terminal punctuation ("?!", "...").
		j := i + size
		for j < end {
			r2, s2 := utf8.DecodeRuneInString(text[j:end])
			if r2 != '.' && r2 != '!' && r2 != '?' && r2 != '…' {
				break
			}
			j += s2
		}
		// Closing quotes and brackets directly after belong to it.
		for j < end {
			r2, s2 := utf8.DecodeRuneInString(text[j:end])
			if !isCloser(r2) {
				break
			}
			j += s2
		}
		// White space must follow, then the next word.
		k := j
		for k < end {
			r2, s2 := utf8.DecodeRuneInString(text[k:end])
			if !unicode.IsSpace(r2) {
				break
			}
			k += s2
		}
		if k == j || k == end {
			i = j
			continue
		}
		if endsSentence(text[sentStart:i], r, text[k:end]) {
			emit(sentStart, j)
			sentStart = k
		}
		i = k
	}
	emit(sentStart, end)
	return out
}

// isCloser reports closing quotes and brackets.
func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', ')', ']', '}':
		return true
	}
	return false
}

// endsSentence decides whether terminal punctuation p, after the sentence
// so far before, ends the sentence when next (the rest of the line, starting
// at the next word) follows.
func endsSentence(before string, p rune, next string) bool {
	r, _ := utf8.DecodeRuneInString(next)
	switch {
	case unicode.IsLower(r):
		// "per cent. in 2021", `"Why?" he asked` — the sentence goes on.
		return false
	case r == '.' || r == '…' || r == '!' || r == '?':
		// "bullying. … You get": a detached ellipsis stays with the
		// sentence it trails.
		return false
	}
	if p != '.' {
		return true
	}
	word := lastWord(before)
	nextWord := firstWord(next)
	switch {
	case word == before && isListNumber(word):
		// "2. Never urged Ukraine…": a numbered list item's marker.
		return false
	case titles[word]:
		// "Mr. Smith", "Gov. Walsh": a title is followed by a name.
		return false
	case isAbbreviation(word):
		// "Jan. 14", "U.S. Army", "Harlow & Finch Inc. The company...":
		// only a word that commonly starts a sentence ends it.
		if unicode.IsDigit(r) {
			return false
		}
		return sentenceStarters[strings.ToLower(nextWord)]
	}
	return true
}

// isListNumber reports one to three digits, as in a list marker "12.".
func isListNumber(w string) bool {
	if w == "" || len(w) > 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// lastWord returns the word before a period: the text after the last
// white space, without opening quotes and brackets.
func lastWord(s string) string {
	i := strings.LastIndexFunc(s, unicode.IsSpace)
	w := s[i+1:]
	if i >= 0 {
		_, size := utf8.DecodeRuneInString(s[i:])
		w = s[i+size:]
	}
	return strings.TrimLeft(w, "\"'“‘([{«—-")
}

// firstWord returns the leading letters of s.
func firstWord(s string) string {
	s = strings.TrimLeft(s, "\"'“‘([{«")
	end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		return s
	}
	return s[:end]
}

// isAbbreviation reports a word that a period often follows without
// ending the sentence: a known abbreviation, a single letter (an initial),
// or letters with inner periods ("U.S", "a.m", "D.C").
func isAbbreviation(w string) bool {
	if abbreviations[strings.ToLower(w)] {
		return true
	}
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsLetter(r)
	}
	if strings.Contains(w, ".") {
		for _, r := range w {
			if r != '.' && !unicode.IsLetter(r) {
				return false
			}
		}
		return true
	}
	return false
}

// titles precede a name, so a period after one never ends a sentence.
var titles = setOf(
	"Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Gov", "Sen", "Rep", "Gen", "Lt", "Col", "Maj",
	"Capt", "Cpt", "Sgt", "Cpl", "Pvt", "Adm", "Cmdr", "Pres", "Rev", "Fr", "Hon", "Supt",
	"Insp", "Det", "Atty", "Amb", "Lieut", "Brig", "Messrs", "Mme", "Mlle", "Msgr",
	"St", "Mt", "Ft", "Sens", "Reps", "Govs",
)

// abbreviations (lower case) end a sentence only before a word that
// commonly starts one.
var abbreviations = setOf(
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	"tue", "tues", "thu", "thur", "thurs",
	"inc", "corp", "co", "ltd", "llc", "plc", "bros", "assn", "dept", "univ", "govt",
	"jr", "sr", "no", "nos", "vol", "vols", "pp", "approx", "vs", "etc", "al", "ave",
	"blvd", "rd", "hwy",
	"ala", "ariz", "ark", "calif", "colo", "conn", "fla", "kan", "kans", "ky", "md",
	"mich", "minn", "mont", "neb", "nev", "okla", "ore", "tenn", "tex", "va", "vt",
	"wis", "wyo",
	"a.m", "p.m", "u.s", "u.k", "u.n", "e.g", "i.e", "d.c",
)

// sentenceStarters (lower case) are words that commonly open a sentence;
// after an abbreviation's period they mark a new one ("in the U.S. The
// bill...").
var sentenceStarters = setOf(
	"the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they",
	"we", "i", "you", "his", "her", "their", "our", "my", "your", "there", "here", "but",
	"and", "or", "so", "yet", "however", "meanwhile", "in", "on", "at", "for", "with",
	"after", "before", "when", "while", "if", "as", "since", "although", "though",
	"because", "during", "according", "some", "many", "most", "all", "no", "not", "one",
	"both", "each", "every", "such", "what", "who", "why", "how", "where", "then", "now",
	"still", "also", "last", "next", "earlier", "later", "today", "yesterday", "tomorrow",
	"instead", "thus", "even", "other", "another", "officials", "police", "critics",
)

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
