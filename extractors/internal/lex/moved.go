package lex

import (
	"unicode"
	"unicode/utf8"
)

// IsDigits reports whether s is all ASCII digits.
func IsDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// UpperStart reports whether s starts with an upper-case letter.
func UpperStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// LowerStart reports whether s starts with a lower-case letter.
func LowerStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// AllCaps reports whether s has at least two letters and no lower-case one.
func AllCaps(s string) bool {
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

// Acronym reports whether s is written like an acronym: 2-5 capitals,
// perhaps with full stops or an ampersand ("NATO", "U.N.", "AT&T").
func Acronym(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			n++
		case r == '.' || r == '&' || r == '-':
		default:
			return false
		}
	}
	return n >= 2 && n <= 5
}

// SettlementNouns are the lower-case nouns that name a settlement in "the
// town of X".
var SettlementNouns = map[string]bool{
	"town": true, "city": true, "village": true, "hamlet": true, "port": true,
	"province": true, "district": true, "county": true, "state": true, "region": true,
}

// QCap reports whether w starts with an upper-case letter.
func QCap(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// VenuePreps are the locative prepositions that tie a place to an event.
var VenuePreps = map[string]bool{"in": true, "at": true, "inside": true, "near": true, "over": true, "outside": true, "down": true, "along": true, "behind": true}

// IsPossessive reports whether tok is a possessive ending.
func IsPossessive(tok string) bool { return tok == "'s" || tok == "’s" || tok == "'" }
