package depparse

import (
	"unicode"
	"unicode/utf8"
)

// maxLemmaSuffix is the longest word ending a lemma rule is keyed on.
const maxLemmaSuffix = 5

// lemmaRule rewrites a word into its lemma: optionally lowercase it, drop
// strip bytes from its end, append add.
type lemmaRule struct {
	lower bool
	strip int
	add   string
}

// apply returns the lemma of word under r, and false when r does not fit.
func (r lemmaRule) apply(word string) (string, bool) {
	if r.lower {
		word = lowerString(word)
	}
	if r.strip > len(word) || r.strip > 0 && !utf8.RuneStart(word[len(word)-r.strip]) {
		return "", false
	}
	if r.strip == 0 && r.add == "" {
		return word, true
	}
	return word[:len(word)-r.strip] + r.add, true
}

// lemmatizer maps a word and its Penn tag to a lemma: first from a table of
// training words the rules get wrong, then by the rule for the longest
// known ending of the lowercased word among words with that tag. The
// string-keyed maps are what is stored; lookups use copies keyed by the
// FNV-1a hash of the same key, built by index.
type lemmatizer struct {
	table  map[string]string    // form "\x00" tag → lemma
	rules  map[string]lemmaRule // tag "\x00" lowercased ending → rule
	tableH map[uint64]string
	rulesH map[uint64]lemmaRule
}

// index builds the hash-keyed maps.
func (l *lemmatizer) index() {
	l.tableH = make(map[uint64]string, len(l.table))
	for k, v := range l.table {
		l.tableH[hashString(k)] = v
	}
	l.rulesH = make(map[uint64]lemmaRule, len(l.rules))
	for k, v := range l.rules {
		l.rulesH[hashString(k)] = v
	}
}

// lemmaBuf is scratch space for lemmatizer.lemma.
type lemmaBuf struct{ low []byte }

// lemma returns the lemma of word tagged tag.
func (l *lemmatizer) lemma(word, tag string, buf *lemmaBuf) string {
	sep := []byte{0}
	if s, ok := l.tableH[hashMoreString(hashMore(hashString(word), sep), tag)]; ok {
		return s
	}
	low := buf.low[:0]
	for _, r := range word {
		low = utf8.AppendRune(low, unicode.ToLower(r))
	}
	buf.low = low
	if string(low) != word {
		if s, ok := l.tableH[hashMoreString(hashMore(hashBytes(low), sep), tag)]; ok {
			return s
		}
	}
	target := word
	if tag != "NNP" && tag != "NNPS" && titlecase(word) {
		target = string(low) // a capitalised common word: "Glad", "Servers"
	}
	prefix := hashMore(hashString(tag), sep)
	for i := min(utf8.RuneCount(low), maxLemmaSuffix); i >= 0; i-- {
		if r, ok := l.rulesH[hashMore(prefix, suffixRunes(low, i))]; ok {
			if s, ok := r.apply(target); ok {
				return s
			}
		}
	}
	return word
}

// lowerString lowercases s, returning s itself when nothing changes.
func lowerString(s string) string {
	for _, r := range s {
		if unicode.ToLower(r) != r {
			b := make([]byte, 0, len(s))
			for _, r := range s {
				b = utf8.AppendRune(b, unicode.ToLower(r))
			}
			return string(b)
		}
	}
	return s
}

// titlecase reports whether word is an upper-case letter followed by at
// least one letter, all lower case.
func titlecase(word string) bool {
	for i, r := range word {
		if i == 0 && !unicode.IsUpper(r) || i > 0 && !unicode.IsLower(r) {
			return false
		}
	}
	return utf8.RuneCountInString(word) > 1
}
