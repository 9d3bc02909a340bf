package pipeline

import (
	"strings"
	"unicode"
)

// stopwords are frequent function words of the languages detectLanguage tells
// apart.
var stopwords = map[string][]string{
	"en": {"the", "and", "of", "to", "in", "is", "that", "for", "it", "was", "on", "with", "he", "as", "said"},
	"de": {"der", "die", "und", "das", "ist", "nicht", "den", "mit", "sich", "auf", "für", "ein", "eine", "von"},
	"fr": {"le", "la", "les", "et", "des", "est", "une", "que", "pour", "dans", "qui", "sur", "pas", "du"},
	"es": {"el", "la", "los", "las", "y", "que", "del", "una", "por", "para", "con", "es", "se", "su"},
	"pt": {"o", "os", "as", "e", "que", "do", "da", "uma", "para", "com", "não", "em", "dos", "das"},
	"id": {"dan", "yang", "di", "ini", "itu", "dengan", "untuk", "dari", "tidak", "akan", "pada", "ke", "dalam", "juga"},
	"it": {"il", "di", "che", "è", "della", "per", "non", "una", "sono", "gli", "del", "con", "anche", "alla"},
	"nl": {"de", "het", "een", "en", "van", "is", "dat", "niet", "op", "met", "voor", "zijn", "ook", "er"},
}

// detectLanguage guesses the ISO 639-1 language of text from script and
// stop-word frequency. It returns "" when it cannot tell.
func detectLanguage(text string) string {
	var letters, cyr, kana, han, hangul, arabic int
	for _, r := range text {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		switch {
		case unicode.Is(unicode.Cyrillic, r):
			cyr++
		case unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r):
			kana++
		case unicode.Is(unicode.Han, r):
			han++
		case unicode.Is(unicode.Hangul, r):
			hangul++
		case unicode.Is(unicode.Arabic, r):
			arabic++
		}
	}
	if letters == 0 {
		return ""
	}
	switch {
	case kana*20 > letters:
		return "ja"
	case han*3 > letters:
		return "zh"
	case hangul*3 > letters:
		return "ko"
	case cyr*3 > letters:
		return "ru"
	case arabic*3 > letters:
		return "ar"
	}
	counts := map[string]int{}
	words := 0
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		words++
		for lang, sw := range stopwords {
			for _, s := range sw {
				if w == s {
					counts[lang]++
				}
			}
		}
	}
	best, bestN := "", 0
	for _, lang := range []string{"en", "de", "fr", "es", "pt", "id", "it", "nl"} {
		if counts[lang] > bestN {
			best, bestN = lang, counts[lang]
		}
	}
	if words < 3 || bestN*20 < words {
		return ""
	}
	return best
}
