package dates

import (
	"unicode"
	"unicode/utf8"
)

// The date extractor works on its own light tokens rather than on
// Text.Tokens: it needs digits, letters and punctuation split apart ("3pm",
// "Q3", "FY2019", "55-year-old") and it must work when the NLP stage gave no
// tokens at all. Part-of-speech tags are borrowed from Text.Tokens by offset
// when they are there (see dates_tense.go).

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
	word  string
	class wclass
	val   int  // month 1-12, weekday 0-6, season index 0-3, POD index
	num   int  // cardinal value for wNumber
	ord   int  // ordinal value for wOrdinal
	unit  unit // for wUnit
	pod   string
	rules uint32 // the core rules that can start at this word (r* bits)
	start bool   // an expression, modifier or idiom can start here
}

// rulesFor returns the core rules that can start at word e.
func rulesFor(e *lexEntry) uint32 {
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

func buildLexicon() map[string]*lexEntry {
	m := map[string]*lexEntry{}
	get := func(w string) *lexEntry {
		e := m[w]
		if e == nil {
			e = &lexEntry{word: w}
			m[w] = e
		}
		return e
	}
	months := []string{"january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december"}
	for i, w := range months {
		e := get(w)
		e.class |= wMonth
		e.val = i + 1
	}
	for w, v := range map[string]int{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6,
		"jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12} {
		e := get(w)
		e.class |= wMonthAbbr
		e.val = v
	}
	days := []string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}
	for i, w := range days {
		e := get(w)
		e.class |= wWeekday
		e.val = i
		p := get(w + "s")
		p.class |= wWeekday | wPlural
		p.val = i
	}
	nums := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
		"nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
		"seventeen", "eighteen", "nineteen", "twenty"}
	for i, w := range nums {
		e := get(w)
		e.class |= wNumber
		e.num = i
	}
	for w, v := range map[string]int{"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
		"seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a": 1, "an": 1,
		"dozen": 12} {
		e := get(w)
		e.class |= wNumber
		e.num = v
	}
	ords := []string{"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
		"eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
		"sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"}
	for i, w := range ords[1:] {
		e := get(w)
		e.class |= wOrdinal
		e.ord = i + 1
	}
	units := map[string]unit{"second": uSecond, "minute": uMinute, "min": uMinute,
		"hour": uHour, "hr": uHour, "day": uDay, "week": uWeek, "fortnight": uFortnight,
		"month": uMonth, "quarter": uQuarter, "year": uYear, "yr": uYear,
		"decade": uDecade, "century": uCentury, "weekend": uWeekend}
	for w, u := range units {
		e := get(w)
		e.class |= wUnit
		e.unit = u
		pl := w + "s"
		if w == "century" {
			pl = "centuries"
		}
		p := get(pl)
		p.class |= wUnit | wPlural
		p.unit = u
	}
	for i, w := range []string{"spring", "summer", "autumn", "fall", "winter"} {
		e := get(w)
		e.class |= wSeason
		e.val = i
		if w == "autumn" || w == "fall" {
			e.val = 2
		}
		if w == "winter" {
			e.val = 3
		}
	}
	for w, p := range map[string]string{"morning": "MO", "afternoon": "AF",
		"evening": "EV", "night": "NI", "overnight": "NI"} {
		e := get(w)
		e.class |= wPOD
		e.pod = p
	}
	for _, w := range []string{"will", "shall", "ll", "tomorrow", "upcoming", "scheduled"} {
		get(w).class |= wFuture
	}
	for _, w := range []string{"was", "were", "had", "did", "said", "told", "met", "made",
		"came", "went", "took", "gave", "began", "won", "lost", "held", "saw", "got", "left",
		"fell", "rose", "hit", "sent", "spoke", "wrote", "sold", "bought", "paid", "led",
		"found", "became", "brought", "set", "put", "ran", "struck", "shot", "quit", "cut",
		"ended", "yesterday", "ago", "earlier", "previously", "recently"} {
		get(w).class |= wPast
	}
	for _, w := range []string{"in", "since", "until", "till", "by", "early", "late", "mid",
		"last", "next", "this", "of", "through", "from", "during", "before", "after",
		"between", "and", "or", "to", "that", "on", "for", "around", "throughout", "past",
		"coming", "every", "each", "starting", "beginning", "end", "middle", "start"} {
		get(w).class |= wPrep
	}
	for _, w := range []string{"several", "few", "many", "some", "numerous", "multiple", "recent"} {
		get(w).class |= wVague
	}
	for _, w := range []string{"utc", "gmt", "et", "est", "edt", "pt", "pst", "pdt", "ct",
		"cst", "cdt", "mt", "mst", "mdt", "bst", "cet", "cest", "ist", "jst", "hkt", "z"} {
		get(w).class |= wZone
	}
	// Plain words that rules compare against.
	for _, w := range []string{"the", "ago", "right", "now", "currently", "these", "those",
		"nowadays", "present", "presently", "time", "being", "future", "near", "soon",
		"sometime", "term", "fiscal", "fy", "q", "h", "st", "nd", "rd", "th", "am", "pm",
		"p", "m", "noon", "midday", "midnight", "local", "today", "tonight", "yesterday",
		"more", "less", "fewer", "than", "least", "at", "up", "about", "nearly", "almost",
		"approximately", "roughly", "over", "just", "only", "under", "beginning", "turn",
		"half", "couple", "matter", "straight", "consecutive", "full", "whole", "entire",
		"additional", "extra", "other", "long", "old", "aged", "age", "later", "per",
		"same", "previous", "following", "prior", "hourlong", "yearlong", "weeklong",
		"monthlong", "daylong", "daily", "weekly", "monthly", "annually", "yearly", "hourly",
		"quarterly", "biweekly", "once", "twice", "times", "date", "to", "christmas", "eve",
		"new", "years", "thanksgiving", "easter", "halloween", "valentine", "independence",
		"labor", "labour", "memorial", "boxing", "s", "its", "their", "his", "her", "our",
		"my", "your", "then", "trading", "business", "working", "calendar", "is", "are",
		"am", "be", "going", "expected", "set", "due", "has", "have", "would", "wo",
		"well", "some", "cent", "percent", "o", "clock", "within", "lifetime", "tomorrow",
		"term", "long", "short", "centuries", "upon", "a", "an", "than", "least", "again",
		"season", "open", "ending", "ended", "lasting", "late", "early", "mid", "latest",
		"earliest", "rest", "remainder", "coming", "past", "days", "night", "history",
		"single", "very", "annual", "current", "period", "or", "final", "all", "ongoing",
		"months", "weeks", "hours", "minutes", "seconds", "decades", "quarters", "office",
		"opening", "visiting", "daylight", "rush", "peak", "waking", "until", "through",
		"i", "you", "he", "she", "they", "we", "it", "them", "season", "ago", "before",
		"after", "earlier", "prior", "preceding", "distant", "foreseeable", "immediate",
		"slated", "planned", "plans", "plan", "poised", "being", "been", "was", "were",
		"could", "can", "might", "should", "must", "does", "do", "forward", "back", "into",
		"out", "olds", "ages", "bn", "million", "billion", "trillion", "thousand", "dollars",
		"cents", "euros", "pounds", "number", "whose", "very", "days", "which", "when",
		"session", "row", "successive", "trading", "dealings", "deals", "hundreds", "thousands",
		"millions", "billions", "black", "cyber", "points", "scored", "scoring", "touchdown",
		"touchdowns", "goal", "goals", "halftime", "innings", "inning", "game", "period"} {
		get(w)
	}
	for _, e := range m {
		e.rules = rulesFor(e)
		e.start = e.rules != 0 || modifiersByWord[e.word] != nil
		switch e.word {
		case "at", "all", "over", "day": // idioms
			e.start = true
		}
	}
	return m
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

// tokenize splits text into date tokens. It appends to toks (to reuse its
// storage) and returns it.
func tokenize(text string, toks []dtok) []dtok {
	space := true
	for i := 0; i < len(text); {
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
