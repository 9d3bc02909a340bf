// Ported from github.com/jdkato/prose/v2 (tokenize.go, utilities.go).
// Copyright (c) 2017-2018 Joseph Kato. MIT License; see LICENSE.prose.

package prosefast

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// sanitize writes text into clean the way prose's tokenizer sees it: curly
// quotes and "&rsquo;" become straight quotes. orig receives, for every byte
// of clean and one past its end, the byte offset in text it came from.
func sanitize(text string, clean []byte, orig []int32) ([]byte, []int32) {
	clean, orig = clean[:0], orig[:0]
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == 0xE2 && i+2 < len(text) && text[i+1] == 0x80:
			switch text[i+2] {
			case 0x9C, 0x9D: // “ ”
				clean, orig = append(clean, '"'), append(orig, int32(i))
				i += 3
				continue
			case 0x98, 0x99: // ‘ ’
				clean, orig = append(clean, '\''), append(orig, int32(i))
				i += 3
				continue
			}
		case c == '&' && strings.HasPrefix(text[i:], "&rsquo;"):
			clean, orig = append(clean, '\''), append(orig, int32(i))
			i += len("&rsquo;")
			continue
		}
		clean, orig = append(clean, c), append(orig, int32(i))
		i++
	}
	return clean, append(orig, int32(len(text)))
}

// span is one token as a byte range of the clean text, with its alias
// group (see Token.Group).
type span struct {
	start, end int
	group      int
}

// tokenize splits clean text exactly as prose's iterTokenizer does and
// appends the tokens to out. groups maps a repeated white-space-delimited
// chunk to the alias group of its first token; tokens of the last chunk are
// never cached by prose and so get fresh groups.
func tokenize(clean string, out []span, suffs []span, groups map[string]int) ([]span, []span) {
	white := false
	start, index := 0, 0
	next := 0 // next fresh group id
	chunk := func(s, e int, cached bool) {
		from := len(out)
		out, suffs = doSplit(clean[s:e], s, out, suffs)
		if !cached {
			for i := from; i < len(out); i++ {
				out[i].group = next
				next++
			}
			return
		}
		key := clean[s:e]
		base, seen := groups[key]
		if !seen {
			base = next
			next += len(out) - from
			groups[key] = base
		}
		for i := from; i < len(out); i++ {
			out[i].group = base + i - from
		}
	}
	for index <= len(clean) {
		uc, size := utf8.DecodeRuneInString(clean[index:])
		if size == 0 {
			break
		} else if index == 0 {
			white = unicode.IsSpace(uc)
		}
		if unicode.IsSpace(uc) != white {
			if start < index {
				chunk(start, index, true)
			}
			if uc == ' ' {
				start = index + 1
			} else {
				start = index
			}
			white = !white
		}
		index += size
	}
	if start < index {
		chunk(start, index, false)
	}
	return out, suffs
}

// doSplit is prose's doSplit over one chunk that starts at byte off of the
// clean text: it peels prefixes, contractions and suffixes off the chunk.
func doSplit(token string, off int, out, suffs []span) ([]span, []span) {
	suffs = suffs[:0]
	add := func(s, e int) {
		if strings.TrimSpace(token[s-off:e-off]) != "" {
			out = append(out, span{start: s, end: e})
		}
	}
	// prose loops while the token's rune count changes. Peeling one ASCII
	// byte off either end always removes exactly one rune, so the count is
	// kept up to date instead of recounted; likewise the number of
	// apostrophes followed by a letter, without which no contraction can
	// match. (prose rescans the token on every pass, which makes a long run
	// of brackets quadratic.)
	last, runes, pairs := 0, utf8.RuneCountInString(token), apostrophePairs(token)
	for token != "" && runes != last {
		if isSpecial(token) {
			add(off, off+len(token))
			break
		}
		last = runes
		idx := -1
		if hasAnyPrefix(token, prefixes) {
			add(off, off+1)
			if token[0] == '\'' && len(token) > 1 && isASCIILetter(token[1]) {
				pairs--
			}
			token, off, runes = token[1:], off+1, runes-1
		} else if pairs > 0 && func() bool {
			idx = contractionIndex(token, contractions)
			if idx < 0 {
				idx = contractionIndex(token, negations)
			}
			return idx > -1
		}() {
			add(off, off+idx)
			token, off = token[idx:], off+idx
			runes, pairs = utf8.RuneCountInString(token), apostrophePairs(token)
		} else if hasAnySuffix(token, suffixes) {
			suffs = append(suffs, span{start: off + len(token) - 1, end: off + len(token)})
			if n := len(token); n > 1 && token[n-2] == '\'' && isASCIILetter(token[n-1]) {
				pairs--
			}
			token, runes = token[:len(token)-1], runes-1
		} else {
			add(off, off+len(token))
		}
	}
	// prose prepends each suffix, so they come out in reverse order of
	// removal.
	for i := len(suffs) - 1; i >= 0; i-- {
		out = append(out, suffs[i])
	}
	return out, suffs
}

// maxEmoticon is the byte length of the longest emoticon.
var maxEmoticon = func() int {
	n := 0
	for e := range emoticons {
		n = max(n, len(e))
	}
	return n
}()

var (
	suffixes     = []string{",", ")", `"`, "]", "!", ";", ".", "?", ":", "'"}
	prefixes     = []string{"$", "(", `"`, "["}
	contractions = []string{"'ll", "'s", "'re", "'m"}
	negations    = []string{"n't"}
)

// apostrophePairs counts the apostrophes in s followed by an ASCII letter.
// Every contraction pattern ("'ll", "'s", "'re", "'m", "n't") lower-cases
// to such a pair, so with none, none matches.
func apostrophePairs(s string) int {
	n := 0
	for i := 0; i+1 < len(s); i++ {
		if s[i] == '\'' && isASCIILetter(s[i+1]) {
			n++
		}
	}
	return n
}

// isSpecial reports whether prose keeps token whole: an emoticon, or a
// token matching ^(?:[A-Za-z]\.){2,}$|^[A-Z][a-z]{1,2}\.$ ("U.S.", "Mr.").
func isSpecial(token string) bool {
	if len(token) <= maxEmoticon {
		if _, ok := emoticons[token]; ok {
			return true
		}
	}
	return isInitials(token) || isShortAbbrev(token)
}

// isInitials matches ^(?:[A-Za-z]\.){2,}$.
func isInitials(s string) bool {
	if len(s) < 4 || len(s)%2 != 0 {
		return false
	}
	for i := 0; i < len(s); i += 2 {
		if !isASCIILetter(s[i]) || s[i+1] != '.' {
			return false
		}
	}
	return true
}

// isShortAbbrev matches ^[A-Z][a-z]{1,2}\.$.
func isShortAbbrev(s string) bool {
	if len(s) < 3 || len(s) > 4 || s[len(s)-1] != '.' || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	for i := 1; i < len(s)-1; i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if len(s) > len(p) && strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

func hasAnySuffix(s string, suffixes []string) bool {
	for _, p := range suffixes {
		if len(s) > len(p) && strings.HasSuffix(s, p) {
			return true
		}
	}
	return false
}

// contractionIndex is prose's hasAnyIndex(strings.ToLower(s), pats): the
// index in the lower-cased token of the first pattern (in list order) that
// occurs in it, provided the token is longer than the pattern; -1 if none.
// prose applies the index to the token itself; where lower-casing changed
// the byte length (rare non-ASCII letters) and the index falls outside the
// token, prose would panic and this returns -1.
func contractionIndex(s string, pats []string) int {
	ascii := isASCII(s)
	lower := s
	if !ascii {
		lower = strings.ToLower(s)
	}
	for _, p := range pats {
		var idx int
		if ascii {
			idx = indexFoldASCII(s, p)
		} else {
			idx = strings.Index(lower, p)
		}
		if idx >= 0 && len(lower) > len(p) {
			if idx > len(s) {
				return -1
			}
			return idx
		}
	}
	return -1
}

// indexFoldASCII is strings.Index(strings.ToLower(s), p) for ASCII s and a
// lower-case ASCII p, without allocating.
func indexFoldASCII(s, p string) int {
	for i := 0; i+len(p) <= len(s); i++ {
		j := 0
		for j < len(p) && lowerASCII(s[i+j]) == p[j] {
			j++
		}
		if j == len(p) {
			return i
		}
	}
	return -1
}

func lowerASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
