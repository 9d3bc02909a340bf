package pipeline

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Language detection: first by script (Cyrillic, kana, Han, Hangul, Arabic,
// Greek, Hebrew, Thai, Devanagari), then, for Latin text, by the share of
// each language's most frequent function words. It reads at most
// langSample bytes, so it costs microseconds on any article.

// langSample is how much text detectLanguage reads, in bytes.
const langSample = 16 << 10

// langOrder fixes the order in which languages are compared (ties go to
// the earlier one), so detection never depends on map order.
var langOrder = []string{"en", "de", "fr", "es", "pt", "it", "nl", "id", "sv", "da", "pl", "tr", "ro", "cs"}

// stopwords are frequent function words of the Latin-script languages.
var stopwords = map[string]string{
	"en": "the and of to in is that for it was on with he as said by at from his are have has be this which were would their they not but an",
	"de": "der die und das ist nicht den mit sich auf für ein eine einen von dem des im zu auch als wird werden bei nach wie oder aus dass hat durch über",
	"fr": "le la les et des est une que pour dans qui sur pas du au avec il elle sont ce cette mais par ont été leur plus",
	"es": "el la los las y que del una por para con es se su al lo como más pero sus le ha este fue son está entre",
	"pt": "o os as e que do da uma para com não em dos das no na um se por mais ao como foi são seu sua ou pelo",
	"it": "il di che è della per non una sono gli del con anche alla le nel dei si come più ha ma delle questo",
	"nl": "de het een en van is dat niet op met voor zijn ook er aan te die hij wordt bij naar maar om",
	"id": "dan yang di ini itu dengan untuk dari tidak akan pada ke dalam juga ada adalah oleh karena bisa mereka kita",
	"sv": "och att det som en på är av för med till den har inte om ett var men jag de sig från",
	"da": "og at det som en på er af for med til den har ikke om et var men jeg de sig fra",
	"pl": "i w nie na się z do że to jest jak po co tak przez od ale dla jego są być",
	"tr": "ve bir bu da de için ile olarak çok daha gibi olan ama en sonra kadar ancak değil",
	"ro": "și de în la cu pe din că nu o un este care pentru sunt mai ca ce",
	"cs": "a se na je že v to s z do o jako ale by pro jsou jeho byl už",
}

// stopIndex maps a stop word to the indexes (in langOrder) of the
// languages it belongs to.
var stopIndex = func() map[string][]int {
	idx := map[string][]int{}
	for i, lang := range langOrder {
		for _, w := range strings.Fields(stopwords[lang]) {
			idx[w] = append(idx[w], i)
		}
	}
	return idx
}()

// languageOf decides the language a document is analysed in, from its text
// and its declared <html lang>: the text's strong evidence wins; a
// declared language stands when the text shows some evidence of it too
// (or it is English); otherwise lang is "" (analysed as English), and note
// says which language the text may be in, when it shows a little evidence.
func languageOf(text, declared string) (lang, note string) {
	lang, maybe := DetectLanguage(text)
	switch {
	case lang != "":
		return lang, ""
	case declared == "en" || (declared != "" && declared == maybe):
		return declared, ""
	case maybe != "":
		return "", fmt.Sprintf("the text may be in %q (a few of its function words), too little to be sure: analysed as English", maybe)
	}
	return "", ""
}

// detectLanguage returns the ISO 639-1 language of text when the text
// gives strong evidence of it, else "" (see DetectLanguage).
func detectLanguage(text string) string {
	lang, _ := DetectLanguage(text)
	return lang
}

// DetectLanguage returns the ISO 639-1 language of text and, when the evidence for a
// language other than English is too weak to act on, that language as
// maybe. A non-Latin script is strong evidence. Latin-script text is
// English unless another language's function words are at least three of
// its words, at least 15% of them, and three times English's: a one-line
// headline ("Acme Corp reported a 49% decline.", where "a" is also Czech)
// and text of names and numbers (a results table) stay English, since
// wrongly skipping English loses every finding, while analysing a foreign
// text as English costs little.
func DetectLanguage(text string) (lang, maybe string) {
	if len(text) > langSample {
		text = text[:langSample]
		for len(text) > 0 && !utf8.ValidString(text[len(text)-1:]) {
			text = text[:len(text)-1]
		}
	}
	if lang := scriptLanguage(text); lang != "-" {
		return lang, ""
	}
	counts, words := countStopwords(text)
	en := counts[0] // langOrder[0] is "en"
	best := 1
	for i := 2; i < len(counts); i++ {
		if counts[i] > counts[best] {
			best = i
		}
	}
	other := counts[best]
	switch {
	case other >= 3 && other*100 >= words*15 && other >= 3*en:
		return langOrder[best], ""
	case en >= 2 && en*100 >= words*3:
		return "en", ""
	case other >= 2 && other > en:
		return "", langOrder[best]
	}
	return "", ""
}

// nameParticles are the lower-case words that join the parts of personal
// names in the table's languages.
var nameParticles = map[string]bool{
	"de": true, "da": true, "do": true, "dos": true, "das": true, "del": true, "della": true,
	"di": true, "du": true, "des": true, "la": true, "le": true, "van": true, "von": true,
	"der": true, "den": true, "ten": true, "ter": true, "y": true, "e": true, "bin": true, "al": true,
}

// countStopwords counts, per language of langOrder, the words of text that
// are its function words, and the words of text. Two kinds of evidence are
// left out or added, both general:
//   - a name particle (nameParticles) between two capitalised words ("Ana
//     de la Cruz", "Jan van Dijk", "Maria do Carmo") says nothing of the
//     language the text around the name is in ("from" in "Hello from
//     Geneva" still counts for English);
//   - a word with a letter only Turkish uses among these languages (ı, ğ)
//     counts for Turkish, whose function words are few and short.
func countStopwords(text string) (counts []int, words int) {
	counts = make([]int, len(langOrder))
	var buf [48]byte
	w := buf[:0]
	long, wordCap, prevCap := false, false, false
	var pending []int // a function word's languages, until the next word shows it is no particle
	turkish := slices.Index(langOrder, "tr")
	end := func() {
		if len(w) == 0 && !long {
			return
		}
		words++
		if pending != nil && !wordCap {
			for _, i := range pending {
				counts[i]++
			}
		}
		pending = nil
		if !long {
			if idx := stopIndex[string(w)]; idx != nil {
				if prevCap && !wordCap && nameParticles[string(w)] {
					pending = idx // a particle if a capitalised word follows
				} else {
					for _, i := range idx {
						counts[i]++
					}
				}
			}
			if bytes.ContainsRune(w, 'ı') || bytes.ContainsRune(w, 'ğ') {
				counts[turkish]++
			}
		}
		prevCap = wordCap
		w, long, wordCap = buf[:0], false, false
	}
	for _, r := range text {
		switch {
		case r < 0x80 && (r|0x20 < 'a' || r|0x20 > 'z'), r >= 0x80 && !unicode.IsLetter(r):
			end()
			continue
		}
		if len(w) == 0 && !long {
			wordCap = unicode.IsUpper(r)
		}
		r = unicode.ToLower(r)
		if long {
			continue
		}
		if len(w)+utf8.RuneLen(r) > len(buf) {
			long = true
			continue
		}
		w = utf8.AppendRune(w, r)
	}
	end()
	if pending != nil {
		for _, i := range pending {
			counts[i]++
		}
	}
	return counts, words
}

// scriptLanguage returns the language a non-Latin script gives away, ""
// for text without letters, or "-" for Latin (or mixed) text.
func scriptLanguage(text string) string {
	var letters int
	var counts [len(scripts)]int
	for _, r := range text {
		if r < 0x80 {
			if r|0x20 >= 'a' && r|0x20 <= 'z' {
				letters++
			}
			continue
		}
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		for i, sc := range scripts {
			if unicode.In(r, sc.tables...) {
				counts[i]++
				break
			}
		}
	}
	if letters == 0 {
		return ""
	}
	for i, sc := range scripts {
		if counts[i]*sc.share > letters {
			return sc.lang
		}
	}
	return "-"
}

// scripts are the non-Latin scripts scriptLanguage tells apart, in the
// order it decides: a text is in lang when more than 1/share of its
// letters are in the script (kana are a twentieth of Japanese letters,
// which mix in Han).
var scripts = [...]struct {
	lang   string
	share  int
	tables []*unicode.RangeTable
}{
	{"ja", 20, []*unicode.RangeTable{unicode.Hiragana, unicode.Katakana}},
	{"zh", 3, []*unicode.RangeTable{unicode.Han}},
	{"ko", 3, []*unicode.RangeTable{unicode.Hangul}},
	{"ru", 3, []*unicode.RangeTable{unicode.Cyrillic}},
	{"ar", 3, []*unicode.RangeTable{unicode.Arabic}},
	{"el", 3, []*unicode.RangeTable{unicode.Greek}},
	{"he", 3, []*unicode.RangeTable{unicode.Hebrew}},
	{"th", 3, []*unicode.RangeTable{unicode.Thai}},
	{"hi", 3, []*unicode.RangeTable{unicode.Devanagari}},
}

// declaredLanguage returns the primary subtag of an <html lang> value
// ("en-US" -> "en"), or "" when it is not a two- or three-letter code.
func declaredLanguage(lang string) string {
	lang, _, _ = strings.Cut(strings.ToLower(strings.TrimSpace(lang)), "-")
	lang, _, _ = strings.Cut(lang, "_")
	if len(lang) < 2 || len(lang) > 3 {
		return ""
	}
	for _, r := range lang {
		if r < 'a' || r > 'z' {
			return ""
		}
	}
	return lang
}
