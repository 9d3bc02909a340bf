package dates

import (
	"unicode"
	"unicode/utf8"

	"github.com/lede-project/lede/extractors"
)

// The date scanner reads a finer view of Text.Tokens (tokenize): it needs
// digits, letters and punctuation apart ("3pm", "Q3", "FY2019",
// "55-year-old"), so each Text token is cut where they meet. Part-of-speech
// tags are read from Text.Tokens by offset (tagAt in tense.go).

// tkind is the shape of a date token.
type tkind uint8

const (
	kWord  tkind = iota // a run of letters
	kNum                // a run of ASCII digits
	kPunct              // any other single rune
)

// dtok is one date token: a byte range of Text.Text and what the lexicon
// knows about it.
type dtok struct {
	start, end int
	kind       tkind
	cap        bool      // a word that starts with an upper-case letter
	space      bool      // white space (or text start) precedes it
	num        int       // value of a kNum token of at most 9 digits, else -1
	low        string    // lower-case lexicon key, "" when not in the lexicon
	lex        *lexEntry // nil when not in the lexicon
	sent       int       // sentence number
}

// wclass flags what a lexicon word can be.
type wclass uint32

const (
	wMonth     wclass = 1 << iota // january ... december (val 1-12)
	wMonthAbbr                    // jan, feb, sept ... (val 1-12)
	wWeekday                      // monday ... sunday (val 0-6, Sunday 0)
	wNumber                       // cardinal number word (num)
	wOrdinal                      // ordinal word (ord)
	wUnit                         // calendar or clock unit (unit)
	wSeason                       // spring, summer, autumn, fall, winter
	wPOD                          // part of day: morning, afternoon, evening, night
	wFuture                       // future auxiliary: will, shall, 'll
	wPast                         // past-tense verb form when no tags are known
	wPrep                         // a word that licenses a bare "May" before it
	wVague                        // several, few, many ... (an unknown quantity)
	wZone                         // time zone abbreviation
	wPlural                       // plural unit or weekday
)

// unit is a calendar or clock unit.
type unit uint8

const (
	uNone unit = iota
	uSecond
	uMinute
	uHour
	uDay
	uWeek
	uFortnight
	uMonth
	uQuarter
	uYear
	uDecade
	uCentury
	uWeekend
)

// lexEntry is what the lexicon knows about one lower-case word.
type lexEntry struct {
	word     string
	class    wclass
	val      int  // month 1-12, weekday 0-6, season index 0-3, POD index
	num      int  // cardinal value for wNumber
	ord      int  // ordinal value for wOrdinal
	unit     unit // for wUnit
	pod      string
	matchers uint32 // the matchers that can start at this word (r* bits)
	start    bool   // an expression, modifier or idiom can start here
}

// matchersFor returns the matchers that can start at word e.
func matchersFor(e *lexEntry) uint32 {
	var m uint32
	c := e.class
	if c&(wMonth|wMonthAbbr) != 0 {
		m |= rMonthDay | rMonthYear | rBareMonth
	}
	if c&wWeekday != 0 {
		m |= rWeekday
	}
	if c&wSeason != 0 {
		m |= rSeason
	}
	if c&(wNumber|wVague) != 0 {
		m |= rAgo | rDuration | rSet
	}
	if c&wUnit != 0 {
		m |= rAgo | rDuration | rNth
	}
	if c&wOrdinal != 0 {
		m |= rCentury | rQuarter | rNth
	}
	if c&wPOD != 0 {
		m |= rPOD
	}
	switch e.word {
	case "the":
		m |= rDayMonth | rDecade | rCentury | rQuarter | rSeason | rRelDay | rTheUnit | rRefWords | rNth | rPOD
	case "a", "its", "their":
		m |= rNth
	case "this", "last", "next":
		m |= rWeekday | rSeason | rRelUnit | rTheUnit
	case "coming", "past":
		m |= rWeekday
	case "current":
		m |= rRelUnit | rRefWords
	case "long":
		m |= rRefWords
	case "that", "in":
		m |= rTheUnit
	case "fiscal":
		m |= rQuarter | rFiscal
	case "fy":
		m |= rFiscal
	case "year":
		m |= rFiscal | rYearAgo
	case "q", "h", "final":
		m |= rQuarter
	case "today", "tonight", "yesterday", "tomorrow":
		m |= rRelDay
	case "now", "currently", "nowadays", "presently", "present", "right", "these", "recently",
		"more", "sometime", "very":
		m |= rRefWords
	case "noon", "midday", "midnight":
		m |= rClock
	case "every", "each", "per", "once", "twice":
		m |= rSet
	case "black", "cyber":
		m |= rHoliday
	case "hourlong", "yearlong", "weeklong", "monthlong", "daylong", "single":
		m |= rDuration
	case "half":
		m |= rDuration | rAgo
	}
	if _, ok := setAdverbs[e.word]; ok {
		m |= rSet
	}
	for _, h := range holidays {
		if h.words[0] == e.word {
			m |= rHoliday
		}
	}
	return m
}

// lexicon maps a lower-case word to its entry. It is built once and only
// read afterwards, so it is safe for concurrent use.
var lexicon = buildLexicon()

// lexiconBuilder adds words and classes to a lexicon under construction.
type lexiconBuilder map[string]*lexEntry

// get returns the entry of w, adding it when new.
func (m lexiconBuilder) get(w string) *lexEntry {
	e := m[w]
	if e == nil {
		e = &lexEntry{word: w}
		m[w] = e
	}
	return e
}

// class adds class c to every word of words.
func (m lexiconBuilder) class(c wclass, words ...string) {
	for _, w := range words {
		m.get(w).class |= c
	}
}

// classData adds class c to every word of a data file.
func (m lexiconBuilder) classData(c wclass, data string) {
	eachWord(data, func(w string) { m.get(w).class |= c })
}

// buildLexicon builds the lexicon: the calendar grammar (months, weekdays,
// numbers, units, seasons, parts of the day), the word classes the rules
// test, the vocabulary of data/, and which matchers can start at each word.
func buildLexicon() map[string]*lexEntry {
	m := lexiconBuilder{}
	m.calendarWords()
	m.numberWords()
	m.unitWords()
	m.classData(wFuture, futureMarkersData)
	m.classData(wPast, pastMarkersData)
	m.class(wPrep, "in", "since", "until", "till", "by", "early", "late", "mid",
		"last", "next", "this", "of", "through", "from", "during", "before", "after",
		"between", "and", "or", "to", "that", "on", "for", "around", "throughout", "past",
		"coming", "every", "each", "starting", "beginning", "end", "middle", "start")
	m.class(wVague, "several", "few", "many", "some", "numerous", "multiple", "recent")
	m.classData(wZone, timeZonesData)
	m.classData(0, knownWordsData)
	for _, e := range m {
		e.matchers = matchersFor(e)
		e.start = e.matchers != 0 || modifiersByWord[e.word] != nil
		switch e.word {
		case "at", "all", "over", "day": // idioms
			e.start = true
		}
	}
	return m
}

// calendarWords adds the months (and their abbreviations), the weekdays
// (and their plurals), the seasons and the parts of the day.
func (m lexiconBuilder) calendarWords() {
	months := []string{"january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december"}
	for i, w := range months {
		e := m.get(w)
		e.class |= wMonth
		e.val = i + 1
	}
	for w, v := range map[string]int{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6,
		"jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12} {
		e := m.get(w)
		e.class |= wMonthAbbr
		e.val = v
	}
	days := []string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}
	for i, w := range days {
		e := m.get(w)
		e.class |= wWeekday
		e.val = i
		p := m.get(w + "s")
		p.class |= wWeekday | wPlural
		p.val = i
	}
	for w, i := range map[string]int{"spring": 0, "summer": 1, "autumn": 2, "fall": 2, "winter": 3} {
		e := m.get(w)
		e.class |= wSeason
		e.val = i
	}
	for w, p := range map[string]string{"morning": "MO", "afternoon": "AF",
		"evening": "EV", "night": "NI", "overnight": "NI"} {
		e := m.get(w)
		e.class |= wPOD
		e.pod = p
	}
}

// numberWords adds the cardinal and ordinal number words.
func (m lexiconBuilder) numberWords() {
	nums := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
		"nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
		"seventeen", "eighteen", "nineteen", "twenty"}
	for i, w := range nums {
		e := m.get(w)
		e.class |= wNumber
		e.num = i
	}
	for w, v := range map[string]int{"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
		"seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a": 1, "an": 1,
		"dozen": 12} {
		e := m.get(w)
		e.class |= wNumber
		e.num = v
	}
	ords := []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
		"eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
		"sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"}
	for i, w := range ords {
		e := m.get(w)
		e.class |= wOrdinal
		e.ord = i + 1
	}
}

// unitWords adds the calendar and clock units and their plurals.
func (m lexiconBuilder) unitWords() {
	units := map[string]unit{"second": uSecond, "minute": uMinute, "min": uMinute,
		"hour": uHour, "hr": uHour, "day": uDay, "week": uWeek, "fortnight": uFortnight,
		"month": uMonth, "quarter": uQuarter, "year": uYear, "yr": uYear,
		"decade": uDecade, "century": uCentury, "weekend": uWeekend}
	for w, u := range units {
		e := m.get(w)
		e.class |= wUnit
		e.unit = u
		pl := w + "s"
		if w == "century" {
			pl = "centuries"
		}
		p := m.get(pl)
		p.class |= wUnit | wPlural
		p.unit = u
	}
}

// lookupWord returns the lexicon entry of word s, case-insensitively.
func lookupWord(s string) *lexEntry {
	var buf [16]byte
	if len(s) > len(buf) {
		return nil
	}
	b := buf[:len(s)]
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return nil
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return lexicon[string(b)]
}

// tokenize is the date scanner's view of t.Tokens: each Text token is cut
// where letters, ASCII digits and other runes meet ("3pm" is "3" "pm",
// "FY2019" "FY" "2019", "55-year-old" five pieces), so a date token never
// crosses a Text token's boundary. Text the tokens leave out (none with the
// pipeline's or the tests' tokenizers; all of it when there was no NLP
// stage) is cut the same way, so no character is lost. It appends to toks
// (to reuse its storage) and returns it.
func tokenize(t *extractors.Text, toks []dtok) []dtok {
	text, pos := t.Text, 0
	for _, tk := range t.Tokens {
		if tk.Start < pos || tk.End > len(text) || tk.Start > tk.End {
			continue // overlapping or out of range: its text is in a gap
		}
		toks = cut(text, pos, tk.Start, toks)
		toks = cut(text, tk.Start, tk.End, toks)
		pos = tk.End
	}
	return cut(text, pos, len(text), toks)
}

// spaceBefore reports whether byte offset i starts the text or follows
// white space.
func spaceBefore(text string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsSpace(r)
}

// cut appends the date tokens of text[from:to]: runs of letters, runs of
// ASCII digits, and single other runes; white space is skipped.
func cut(text string, from, to int, toks []dtok) []dtok {
	if from >= to {
		return toks
	}
	text = text[:to]
	space := spaceBefore(text, from)
	for i := from; i < len(text); {
		c := text[i]
		switch {
		case c == ' ' || c == '\n' || c == '\t' || c == '\r':
			space = true
			i++
			continue
		case '0' <= c && c <= '9':
			j := i
			n := 0
			for j < len(text) && '0' <= text[j] && text[j] <= '9' {
				if j-i < 9 {
					n = n*10 + int(text[j]-'0')
				}
				j++
			}
			if j-i > 9 {
				n = -1
			}
			toks = append(toks, dtok{start: i, end: j, kind: kNum, num: n, space: space})
			i = j
		case c < 0x80 && ('a' <= c|0x20 && c|0x20 <= 'z'):
			j := i
			for j < len(text) {
				d := text[j]
				if d < 0x80 {
					if 'a' <= d|0x20 && d|0x20 <= 'z' {
						j++
						continue
					}
					break
				}
				r, size := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsLetter(r) {
					break
				}
				j += size
			}
			tk := dtok{start: i, end: j, kind: kWord, num: -1, space: space, cap: 'A' <= c && c <= 'Z'}
			if e := lookupWord(text[i:j]); e != nil {
				tk.lex, tk.low = e, e.word
			}
			toks = append(toks, tk)
			i = j
		default:
			r, size := utf8.DecodeRuneInString(text[i:])
			if unicode.IsSpace(r) {
				space = true
				i += size
				continue
			}
			kind := kPunct
			if unicode.IsLetter(r) {
				j := i + size
				for j < len(text) {
					r2, s2 := utf8.DecodeRuneInString(text[j:])
					if !unicode.IsLetter(r2) {
						break
					}
					j += s2
				}
				toks = append(toks, dtok{start: i, end: j, kind: kWord, num: -1, space: space, cap: unicode.IsUpper(r)})
				i = j
				space = false
				continue
			}
			toks = append(toks, dtok{start: i, end: i + size, kind: kind, num: -1, space: space})
			i += size
		}
		space = false
	}
	return toks
}
