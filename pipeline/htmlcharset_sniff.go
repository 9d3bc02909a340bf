package pipeline

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// script is the writing system a legacy encoding is used for.
type script uint8

const (
	scriptLatin script = iota
	scriptCyrillic
	scriptJapanese // kana and Han
	scriptKorean   // Hangul (and some Han)
	scriptChinese  // Han
)

// sniffCandidate is one legacy encoding the sniffer may choose.
type sniffCandidate struct {
	name string
	enc  encoding.Encoding
	home script
}

// sniffCandidates are the legacy encodings most common on the web (WHATWG
// usage figures), most common first: ties go to the earlier one.
var sniffCandidates = []sniffCandidate{
	{"windows-1252", charmap.Windows1252, scriptLatin},
	{"windows-1251", charmap.Windows1251, scriptCyrillic},
	{"shift_jis", japanese.ShiftJIS, scriptJapanese},
	{"gb18030", simplifiedchinese.GB18030, scriptChinese},
	{"euc-kr", korean.EUCKR, scriptKorean},
	{"windows-1250", charmap.Windows1250, scriptLatin},
	{"iso-8859-2", charmap.ISO8859_2, scriptLatin},
	{"koi8-r", charmap.KOI8R, scriptCyrillic},
	{"euc-jp", japanese.EUCJP, scriptJapanese},
}

// sniffResult is what sniffCharset found: the most plausible candidate, its
// score, and every candidate's score (see plausibility).
type sniffResult struct {
	best   sniffCandidate
	score  float64
	scores map[encoding.Encoding]float64
}

// sniffCharset guesses the encoding of b, bytes that are not UTF-8, from
// how plausible the text each candidate decodes to is.
func sniffCharset(b []byte) sniffResult {
	sample := b[:min(len(b), 64<<10)]
	r := sniffResult{best: sniffCandidates[0], score: -1e9, scores: map[encoding.Encoding]float64{}}
	for _, c := range sniffCandidates {
		s := decodedPlausibility(c, sample)
		r.scores[c.enc] = s
		if s > r.score {
			r.best, r.score = c, s
		}
	}
	return r
}

// plausibilityOf scores b decoded with enc: the score sniffCharset gave it
// when enc is a candidate, else its text scored as Latin script.
func (r sniffResult) plausibilityOf(enc encoding.Encoding, b []byte) float64 {
	if s, ok := r.scores[enc]; ok {
		return s
	}
	return decodedPlausibility(sniffCandidate{enc: enc, home: scriptLatin}, b[:min(len(b), 64<<10)])
}

// decodedPlausibility decodes b with c and scores the result.
func decodedPlausibility(c sniffCandidate, b []byte) float64 {
	out, err := c.enc.NewDecoder().Bytes(b)
	if err != nil {
		return -1e9
	}
	return plausibility(out, c.home)
}

// plausibility scores decoded text, per non-ASCII character, by how much it
// looks like prose in script home: letters of the one language (of those
// written in that script) that best explains the text score, other letters
// of the script little, letters of other scripts, symbols wedged between
// letters and case flips inside words cost, control and replacement
// characters cost most. Mojibake (a legacy encoding read as another) is made
// of exactly those: "Ïðèâåò" (a run of accented letters) for "Привет",
// "зПТПДУЛПК" (KOI8-R read as windows-1251), "¹" inside a Czech word,
// "mìsta" (ì is Italian, the rest of the text Czech), rare Han characters
// made of an accented letter and the next ASCII one.
func plausibility(u []byte, home script) float64 {
	rs := []rune(string(u))
	lang := bestLanguage(rs, home)
	score, n := 0.0, 0
	for i, r := range rs {
		if r < 0x80 {
			continue
		}
		var prev, next rune
		if i > 0 {
			prev = rs[i-1]
		}
		if i+1 < len(rs) {
			next = rs[i+1]
		}
		n++
		score += runeScore(r, prev, next, home, lang)
	}
	if n == 0 {
		return 0
	}
	return score / float64(n)
}

// bestLanguage returns the letters of the language (of those written in
// home's script) that covers most of the non-ASCII letters of rs; nil for
// scripts without such lists.
func bestLanguage(rs []rune, home script) map[rune]bool {
	var langs []map[rune]bool
	switch home {
	case scriptLatin:
		langs = latinLanguages
	case scriptCyrillic:
		langs = cyrillicLanguages
	default:
		return nil
	}
	best, bestN := langs[0], -1
	for _, l := range langs {
		n := 0
		for _, r := range rs {
			if r >= 0x80 && l[unicode.ToLower(r)] {
				n++
			}
		}
		if n > bestN {
			best, bestN = l, n
		}
	}
	return best
}

// runeScore scores one non-ASCII rune between prev and next.
func runeScore(r, prev, next rune, home script, lang map[rune]bool) float64 {
	switch {
	case r == utf8.RuneError || unicode.IsControl(r) || (r >= 0xE000 && r <= 0xF8FF):
		return -10
	case unicode.IsLetter(r):
		return letterScore(r, prev, next, home, lang)
	case commonPunct[r]:
		return 1
	case unicode.IsPunct(r) || unicode.IsSpace(r):
		return 0
	case isASCIILetter(prev) || isASCIILetter(next):
		return -3 // a symbol inside a word: "Pøíli¹"
	}
	return -1
}

// letterScore scores a letter in text of script home whose language's
// letters are lang.
func letterScore(r, prev, next rune, home script, lang map[rune]bool) float64 {
	s := scriptOf(r)
	if !fits(s, home) {
		return -3
	}
	if unicode.IsUpper(r) && unicode.IsLower(prev) {
		return -2 // a capital inside a word: "зПТПДУЛПК"
	}
	switch home {
	case scriptLatin:
		// Accented letters stand among plain ones ("Köln"; "żółw" is rare).
		if (prev >= 0x80 && unicode.IsLetter(prev)) || (next >= 0x80 && unicode.IsLetter(next)) {
			return 0.2
		}
		if !lang[unicode.ToLower(r)] {
			return 0.3
		}
		return 1
	case scriptCyrillic:
		if isASCIILetter(prev) || isASCIILetter(next) {
			return -3 // "Grьяe": a Cyrillic letter inside a Latin word
		}
		if !lang[unicode.ToLower(r)] {
			return 0.2
		}
		return 1
	case scriptJapanese:
		switch s {
		case lsKana:
			if r >= 0x3040 && r <= 0x309F {
				return 1 // hiragana: particles and endings, in every sentence
			}
			return 0.6
		}
		return 0.3
	case scriptKorean:
		if koFrequent[r] {
			return 1
		}
		if s == lsHangul {
			return 0.4
		}
		return 0
	case scriptChinese:
		if zhFrequent[r] {
			return 1
		}
		return 0.2
	}
	return 0
}

// latinLanguages and cyrillicLanguages are the non-ASCII letters of the
// languages written in each script on the web, lower case.
var latinLanguages = []map[rune]bool{
	runeSet("àâæçéèêëîïôœùûüÿ"),  // French
	runeSet("äöüß"),              // German
	runeSet("áéíñóúü"),           // Spanish
	runeSet("àèéìíîòóù"),         // Italian
	runeSet("áâãàçéêíóôõú"),      // Portuguese
	runeSet("éëïöüáèó"),          // Dutch
	runeSet("æøåéäö"),            // Nordic
	runeSet("ąćęłńóśźż"),         // Polish
	runeSet("áčďéěíňóřšťúůýž"),   // Czech
	runeSet("áäčďéíĺľňóôŕšťúýž"), // Slovak
	runeSet("áéíóöőúüű"),         // Hungarian
	runeSet("ăâîșțşţ"),           // Romanian
	runeSet("çğıöşüâî"),          // Turkish
	runeSet("čćđšž"),             // Croatian, Slovene, Bosnian
}

var cyrillicLanguages = []map[rune]bool{
	runeSet("абвгдеёжзийклмнопрстуфхцчшщъыьэюя"), // Russian
	runeSet("абвгґдеєжзиіїйклмнопрстуфхцчшщьюя"), // Ukrainian
	runeSet("абвгдежзийклмнопрстуфхцчшщъьюя"),    // Bulgarian
	runeSet("абвгдђежзијклљмнњопрстћуфхцчџш"),    // Serbian
	runeSet("абвгдѓежзѕијклљмнњопрстќуфхцчџш"),   // Macedonian
	runeSet("абвгдеёжзійклмнопрстуўфхцчшыьэюя"),  // Belarusian
}

// commonPunct is the typographic punctuation and symbols of ordinary text.
var commonPunct = runeSet("«»“”‘’„‚–—…•€£¥°©®™·§")

func isASCIILetter(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }

// zhFrequent and koFrequent are the most frequent characters of running
// Chinese and Korean text (well-known frequency lists; they cover about a
// third of running text). Random characters, which a wrong decoding makes,
// are rarely among them.
var zhFrequent = runeSet("的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基")
var koFrequent = runeSet("이다는의에가을를하고한지서로기사도리자대수나전정일으어해있것인시주들보상국부원적니성제문경게습그라면만년아우과여구내와던없할중세위금했었신동회요생선체말거모소실심장비단")

func runeSet(s string) map[rune]bool {
	m := map[rune]bool{}
	for _, r := range s {
		m[r] = true
	}
	return m
}

// letterScript is a rune's script, coarsely.
type letterScript uint8

const (
	lsLatin letterScript = iota
	lsCyrillic
	lsKana
	lsHangul
	lsHan
	lsOther
)

func scriptOf(r rune) letterScript {
	switch {
	case r < 0x250 || (r >= 0x1E00 && r <= 0x1EFF):
		return lsLatin
	case r >= 0x400 && r <= 0x52F:
		return lsCyrillic
	case r >= 0x3040 && r <= 0x30FF:
		return lsKana // half-width katakana (U+FF66...) is lsOther: rare in prose
	case r >= 0xAC00 && r <= 0xD7A3 || r >= 0x1100 && r <= 0x11FF || r >= 0x3130 && r <= 0x318F:
		return lsHangul
	case r >= 0x4E00 && r <= 0x9FFF || r >= 0x3400 && r <= 0x4DBF:
		return lsHan
	}
	return lsOther
}

// fits reports whether letters of script s belong in text of script home.
func fits(s letterScript, home script) bool {
	switch home {
	case scriptLatin:
		return s == lsLatin
	case scriptCyrillic:
		return s == lsCyrillic
	case scriptJapanese:
		return s == lsKana || s == lsHan
	case scriptKorean:
		return s == lsHangul || s == lsHan
	case scriptChinese:
		return s == lsHan
	}
	return false
}
