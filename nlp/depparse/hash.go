package depparse

import (
	"unicode"
	"unicode/utf8"
)

// Feature hashing: every feature is a 64-bit hash of its template number and
// its values, folded to a bucket index by the classifier. Word strings are
// hashed once per sentence into a wordHashes.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
	// none stands for a value that does not exist (no word, no tag).
	none uint64 = 0x9e3779b97f4a7c15
)

// hashBytes is FNV-1a over b.
func hashBytes(b []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

// hashString is FNV-1a over s.
func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// hashMore continues the FNV-1a hash h over b.
func hashMore(h uint64, b []byte) uint64 {
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

// hashMoreString continues the FNV-1a hash h over s.
func hashMoreString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// mix folds v into the running feature hash h.
func mix(h, v uint64) uint64 {
	h ^= v + 0x9e3779b97f4a7c15 + h<<6 + h>>2
	h *= 0xbf58476d1ce4e5b9
	return h ^ h>>31
}

// feat hashes a template id with up to three values into a 32-bit feature.
func feat(tmpl, a, b, c uint64) uint32 {
	h := mix(mix(mix(tmpl*0x94d049bb133111eb, a), b), c)
	return uint32(h ^ h>>32)
}

// wordHashes holds the hashed views of one word that features use.
type wordHashes struct {
	form, lower, shape     uint64
	pre1, pre3             uint64
	suf1, suf2, suf3, suf4 uint64
	// amb is the word's ambiguity class, the set of tag classes it had in
	// training (none for an unseen word); the tagger fills it in.
	amb uint64
}

// maxWordBytes caps how much of a huge token is looked at.
const maxWordBytes = 256

// hashWord fills h for word, using buf as scratch; it returns buf for reuse.
func hashWord(word string, h *wordHashes, buf []byte) []byte {
	if len(word) > maxWordBytes {
		word = word[:maxWordBytes]
	}
	h.form = hashString(word)
	buf = buf[:0]
	shape := uint64(fnvOffset)
	var last rune
	run := 0
	for _, r := range word {
		buf = utf8.AppendRune(buf, unicode.ToLower(r))
		s := shapeRune(r)
		if s == last {
			run++
		} else {
			last, run = s, 0
		}
		if run < 3 {
			shape = (shape ^ uint64(s)) * fnvPrime
		}
	}
	h.lower, h.shape = hashBytes(buf), shape
	h.pre1, h.pre3 = hashBytes(prefixRunes(buf, 1)), hashBytes(prefixRunes(buf, 3))
	h.suf1, h.suf2 = hashBytes(suffixRunes(buf, 1)), hashBytes(suffixRunes(buf, 2))
	h.suf3, h.suf4 = hashBytes(suffixRunes(buf, 3)), hashBytes(suffixRunes(buf, 4))
	return buf
}

// shapeRune maps a rune to its shape class: X, x, d or itself.
func shapeRune(r rune) rune {
	switch {
	case unicode.IsUpper(r):
		return 'X'
	case unicode.IsLower(r) || unicode.IsLetter(r):
		return 'x'
	case unicode.IsDigit(r):
		return 'd'
	}
	return r
}

// prefixRunes returns the first n runes of b.
func prefixRunes(b []byte, n int) []byte {
	i := 0
	for ; n > 0 && i < len(b); n-- {
		_, size := utf8.DecodeRune(b[i:])
		i += size
	}
	return b[:i]
}

// suffixRunes returns the last n runes of b.
func suffixRunes(b []byte, n int) []byte {
	i := len(b)
	for ; n > 0 && i > 0; n-- {
		_, size := utf8.DecodeLastRune(b[:i])
		i -= size
	}
	return b[i:]
}
