package extractors

import (
	"math/bits"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Dates finds temporal expressions (TimeML TIMEX3: DATE, TIME, DURATION and
// SET) and resolves them against Text.Published. When the text has no
// publication date, whatever the expression itself fixes is kept and the
// rest is written with X (XXXX-01-10, XXXX-WXX-1).
//
// It is a token scanner: the text is cut into light tokens once, each word
// is looked up in a small lexicon, and rules are tried only at tokens the
// lexicon knows (month and weekday names, numbers, units, "the", "last"...).
// The longest match at the leftmost position wins. A Dates is safe for
// concurrent use.
type Dates struct{}

// NewDates returns the date extractor.
func NewDates() *Dates { return &Dates{} }

// Name implements Extractor.
func (*Dates) Name() string { return "dates" }

// tokPool recycles token slices between articles.
var tokPool = sync.Pool{New: func() any { s := make([]dtok, 0, 1024); return &s }}

// Extract implements Extractor.
func (*Dates) Extract(t *Text, f *Findings) {
	buf := tokPool.Get().(*[]dtok)
	s := scan{t: t, text: t.Text, toks: tokenize(t.Text, (*buf)[:0]), ref: t.Published,
		hasRef: !t.Published.IsZero(), lastMD: -1}
	if s.hasRef {
		y, m, d := s.ref.Date()
		s.ref = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
		s.anchor, s.newsDay, s.anchorYear = s.ref, s.ref, s.ref.Year()
	}
	s.sentences()
	s.run()
	f.Dates = append(f.Dates, s.out...)
	*buf = s.toks[:0]
	tokPool.Put(buf)
}

// scan is the state of one extraction.
type scan struct {
	t      *Text
	text   string
	toks   []dtok
	ref    time.Time // publication day, midnight UTC
	hasRef bool
	out    []Date
	outTok []int // first token of each item of out
	// pending are clock times whose day linkTimes fills in.
	pending []pendingTime

	anchor    time.Time // the last day the text mentioned (ref at first)
	hasAnchor bool      // anchor came from the text itself
	// newsDay is the last day named relative to the reference date
	// (Monday, yesterday): "the day" and "earlier in the day" refer to it.
	newsDay time.Time
	// anchorYear is the last year the text mentioned (ref's at first):
	// "the previous year", "the next year" count from it.
	anchorYear int
	lastValue  string // the last calendar DATE value (2019-11, 2019-Q3...)
	// lastMD is the token index after the last month-day match, for ranges
	// such as "January 10-13"; mdYear and mdMonth are its year and month.
	lastMD          int
	mdYear, mdMonth int
}

// match is what a rule found: tokens [start, end) and the TIMEX3 typing.
type match struct {
	end  int
	typ  string
	val  string
	rule string
	day  time.Time // the resolved day, when val names one
	// needDay marks a clock time whose day comes from its sentence.
	needDay bool
	utc     bool   // the clock time is in UTC
	zoned   bool   // the clock time names a time zone
	next    bool   // midnight: the next day's start
	clock   string // "T15:00" part of a clock time
}

// rule tries to match an expression starting at token i.
type rule func(s *scan, i int) (match, bool)

// Rule bits, one per entry of coreRules and in the same order. A token's
// mask (ruleMask) says which rules can start at it, so most rules are never
// called on most tokens.
const (
	rWeekday uint32 = 1 << iota
	rMonthDay
	rDayMonth
	rMonthYear
	rBareMonth
	rYear
	rDecade
	rCentury
	rNumericDate
	rQuarter
	rFiscal
	rSeason
	rHoliday
	rRangeTail
	rRelDay
	rRelUnit
	rTheUnit
	rAgo
	rRefWords
	rClock
	rDuration
	rSet
	rYearAgo
	rNth
	rPOD
)

// numRules are the rules that can start at a digit token.
const numRules = rDayMonth | rYear | rDecade | rCentury | rNumericDate | rRangeTail | rAgo | rClock | rDuration | rSet

// coreRules are tried at every trigger token; the longest match wins, ties
// to the earlier rule.
var coreRules = [...]rule{
	(*scan).weekday,
	(*scan).monthDay,
	(*scan).dayMonth,
	(*scan).monthYear,
	(*scan).bareMonth,
	(*scan).year,
	(*scan).decade,
	(*scan).century,
	(*scan).numericDate,
	(*scan).quarter,
	(*scan).fiscal,
	(*scan).season,
	(*scan).holiday,
	(*scan).rangeTail,
	(*scan).relDay,
	(*scan).relUnit,
	(*scan).theUnit,
	(*scan).ago,
	(*scan).refWords,
	(*scan).clock,
	(*scan).duration,
	(*scan).set,
	(*scan).yearAgo,
	(*scan).nthInARow,
	(*scan).podTrading,
}

// run scans the tokens left to right.
func (s *scan) run() {
	for i := 0; i < len(s.toks); {
		tk := &s.toks[i]
		if tk.kind == kWord && (tk.lex == nil || !tk.lex.start) || tk.kind == kPunct && !s.isApos(i) {
			i++
			continue
		}
		if e := s.idiom(i); e > i {
			i = e
			continue
		}
		start, m, ok := s.matchAt(i)
		if !ok {
			i++
			continue
		}
		s.emit(start, m)
		i = m.end
	}
	s.linkTimes()
}

// matchAt tries a modifier ("nearly", "the end of", "late") followed by an
// expression, then the expression alone.
func (s *scan) matchAt(i int) (int, match, bool) {
	if j, kind := s.modifier(i); j > i && j < len(s.toks) {
		if m, ok := s.core(j); ok && modifierFits(kind, m, s.toks[j].low) {
			m.rule = s.toks[i].low + "+" + m.rule
			return i, m, true
		}
	}
	m, ok := s.core(i)
	return i, m, ok
}

// core returns the longest rule match at token i.
func (s *scan) core(i int) (match, bool) {
	best := match{end: -1}
	for mask := s.ruleMask(i); mask != 0; mask &= mask - 1 {
		if m, ok := coreRules[bits.TrailingZeros32(mask)](s, i); ok && m.end > best.end {
			best = m
		}
	}
	return best, best.end > i
}

// ruleMask returns the rules that can start at token i.
func (s *scan) ruleMask(i int) uint32 {
	tk := &s.toks[i]
	switch {
	case tk.kind == kNum:
		return numRules
	case tk.lex != nil:
		return tk.lex.rules
	case s.isApos(i):
		return rYear | rDecade
	}
	return 0
}

// emit records a match over tokens [start, m.end).
func (s *scan) emit(start int, m match) {
	a, b := s.toks[start].start, s.toks[m.end-1].end
	s.out = append(s.out, Date{Text: s.text[a:b], Type: m.typ, Value: m.val, Start: a, End: b, Rule: m.rule})
	s.outTok = append(s.outTok, start)
	if m.needDay {
		s.pending = append(s.pending, pendingTime{out: len(s.out) - 1, tok: start, clock: m.clock,
			zone: m.zoned, utc: m.utc, nextDay: m.next})
	}
	if !m.day.IsZero() && m.typ == "DATE" {
		s.anchor, s.hasAnchor = m.day, true
		switch m.rule {
		case "weekday-past", "weekday-future", "today", "yesterday", "tomorrow":
			s.newsDay = m.day
		}
	}
	if m.typ == "DATE" && len(m.val) >= 4 && isDigits(m.val[:4]) && (len(m.val) == 4 || m.val[4] == '-') {
		s.anchorYear, _ = strconv.Atoi(m.val[:4])
		s.lastValue = m.val
	}
}

// isDigits reports whether s is all ASCII digits.
func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// Token helpers. All of them are safe for any index.

func (s *scan) tok(i int) *dtok {
	if i < 0 || i >= len(s.toks) {
		return nil
	}
	return &s.toks[i]
}

// w returns the lexicon word of token i ("" when unknown or out of range).
func (s *scan) w(i int) string {
	if tk := s.tok(i); tk != nil {
		return tk.low
	}
	return ""
}

// is reports whether token i is one of words.
func (s *scan) is(i int, words ...string) bool {
	tk := s.tok(i)
	if tk == nil || tk.kind == kNum {
		return false
	}
	for _, x := range words {
		if tk.low == x || tk.low == "" && tk.end-tk.start == len(x) && strings.EqualFold(s.text[tk.start:tk.end], x) {
			return true
		}
	}
	return false
}

// midCap reports whether token i is capitalised inside its sentence (not at
// its start, nor after an opening quote or bracket): a name's word.
func (s *scan) midCap(i int) bool {
	tk := s.tok(i)
	if tk == nil || !tk.cap || i == 0 || !s.sameSent(i-1, i) {
		return false
	}
	switch s.raw(i - 1) {
	case "\"", "“", "‘", "'", "(", "[", ":", "—", "–", "-":
		return false
	}
	return true
}

// has reports whether token i's lexicon entry has class c.
func (s *scan) has(i int, c wclass) bool {
	tk := s.tok(i)
	return tk != nil && tk.lex != nil && tk.lex.class&c != 0
}

// raw returns the verbatim text of token i.
func (s *scan) raw(i int) string {
	if tk := s.tok(i); tk != nil {
		return s.text[tk.start:tk.end]
	}
	return ""
}

// punct reports whether token i is punctuation p.
func (s *scan) punct(i int, p string) bool {
	tk := s.tok(i)
	return tk != nil && tk.kind == kPunct && s.text[tk.start:tk.end] == p
}

// isHyphen reports whether token i is a hyphen or dash.
func (s *scan) isHyphen(i int) bool {
	return s.punct(i, "-") || s.punct(i, "–") || s.punct(i, "‑") || s.punct(i, "—")
}

// isApos reports whether token i is an apostrophe.
func (s *scan) isApos(i int) bool {
	return s.punct(i, "'") || s.punct(i, "’") || s.punct(i, "‘")
}

// glued reports whether token i+1 follows token i with no space.
func (s *scan) glued(i int) bool {
	tk := s.tok(i + 1)
	return tk != nil && i >= 0 && !tk.space
}

// num returns the value of digit token i and its digit count, or -1, 0.
func (s *scan) num(i int) (int, int) {
	tk := s.tok(i)
	if tk == nil || tk.kind != kNum {
		return -1, 0
	}
	return tk.num, tk.end - tk.start
}

// dot skips an abbreviation period glued to token i-1.
func (s *scan) dot(i int) int {
	if s.punct(i, ".") && s.glued(i-1) {
		return i + 1
	}
	return i
}

// sameSent reports whether tokens i and j are in one sentence.
func (s *scan) sameSent(i, j int) bool {
	a, b := s.tok(i), s.tok(j)
	return a != nil && b != nil && a.sent == b.sent
}

// sentences numbers the tokens by sentence: from Text.Sentences when the
// pipeline gave them, else at sentence punctuation and line breaks.
func (s *scan) sentences() {
	if ss := s.t.Sentences; len(ss) > 0 {
		p := 0
		for i := range s.toks {
			for p < len(ss)-1 && ss[p].End <= s.toks[i].start {
				p++
			}
			s.toks[i].sent = p
		}
		return
	}
	n := 0
	for i := range s.toks {
		tk := &s.toks[i]
		if i > 0 {
			gap := s.text[s.toks[i-1].end:tk.start]
			prev := s.raw(i - 1)
			if strings.Contains(gap, "\n") || (tk.space && tk.cap && (prev == "." || prev == "!" || prev == "?") && !s.abbrevBefore(i-1)) {
				n++
			}
		}
		tk.sent = n
	}
}

// abbrevBefore reports whether the period at token i ends an abbreviation
// ("Jan.", "p.m.") rather than a sentence.
func (s *scan) abbrevBefore(i int) bool {
	if !s.glued(i - 1) {
		return false
	}
	p := s.tok(i - 1)
	return p != nil && p.kind == kWord && (p.lex != nil && p.lex.class&wMonthAbbr != 0 || p.end-p.start == 1)
}

// idioms are phrases with time words that are not temporal expressions.
var idioms = [][]string{
	{"at", "the", "end", "of", "the", "day"},
	{"all", "the", "time"},
	{"at", "the", "time"},
	{"over", "time"},
	{"day", "to", "day"},
	{"day", "-", "to", "-", "day"},
}

// idiom returns the token after an idiom starting at i, or i.
func (s *scan) idiom(i int) int {
	switch s.toks[i].low {
	case "at", "all", "over", "day":
	default:
		return i
	}
next:
	for _, id := range idioms {
		for k, w := range id {
			if w == "-" {
				if !s.isHyphen(i + k) {
					continue next
				}
			} else if !s.is(i+k, w) {
				continue next
			}
		}
		return i + len(id)
	}
	return i
}

// modifier kinds.
const (
	modNone  = iota
	modQuant // nearly, about, less than ...: quantities
	modCal   // early, late, the end of ...: calendar dates
	modRel   // earlier, later: "earlier this week"
)

// modifierPhrase is a modifier's words and kind.
type modifierPhrase struct {
	words []string
	kind  int
}

// modifiers are the phrases kept in an expression's text but not encoded in
// its value (TIMEX3 would put them in mod=""), longest first.
var modifiers = []modifierPhrase{
	{[]string{"the", "very", "end", "of"}, modCal},
	{[]string{"the", "end", "of"}, modCal},
	{[]string{"the", "beginning", "of"}, modCal},
	{[]string{"the", "start", "of"}, modCal},
	{[]string{"the", "middle", "of"}, modCal},
	{[]string{"the", "turn", "of"}, modCal},
	{[]string{"the", "rest", "of"}, modCal},
	{[]string{"the", "remainder", "of"}, modCal},
	{[]string{"the", "early"}, modCal},
	{[]string{"the", "late"}, modCal},
	{[]string{"the", "mid", "-"}, modCal},
	{[]string{"the", "mid"}, modCal},
	{[]string{"end", "of"}, modCal},
	{[]string{"early", "-"}, modCal},
	{[]string{"late", "-"}, modCal},
	{[]string{"mid", "-"}, modCal},
	{[]string{"early"}, modCal},
	{[]string{"late"}, modCal},
	{[]string{"mid"}, modCal},
	{[]string{"earlier"}, modRel},
	{[]string{"later"}, modRel},
	{[]string{"less", "than"}, modQuant},
	{[]string{"more", "than"}, modQuant},
	{[]string{"fewer", "than"}, modQuant},
	{[]string{"at", "least"}, modQuant},
	{[]string{"up", "to"}, modQuant},
	{[]string{"well", "over"}, modQuant},
	{[]string{"just", "over"}, modQuant},
	{[]string{"just", "under"}, modQuant},
	{[]string{"nearly"}, modQuant},
	{[]string{"almost"}, modQuant},
	{[]string{"about"}, modQuant},
	{[]string{"around"}, modQuant},
	{[]string{"approximately"}, modQuant},
	{[]string{"roughly"}, modQuant},
	{[]string{"some"}, modQuant},
	{[]string{"over"}, modQuant},
	{[]string{"under"}, modQuant},
	{[]string{"just"}, modQuant},
	{[]string{"only"}, modQuant},
}

// modifiersByWord indexes modifiers by their first word.
var modifiersByWord = func() map[string][]modifierPhrase {
	m := map[string][]modifierPhrase{}
	for _, p := range modifiers {
		m[p.words[0]] = append(m[p.words[0]], p)
	}
	return m
}()

// modifier returns the token after a modifier phrase at i and its kind, or
// i, modNone.
func (s *scan) modifier(i int) (int, int) {
	if s.toks[i].lex == nil {
		return i, modNone
	}
next:
	for _, m := range modifiersByWord[s.toks[i].low] {
		for k, w := range m.words {
			if w == "-" {
				if !s.isHyphen(i+k) || !s.glued(i+k-1) {
					continue next
				}
				continue
			}
			if s.w(i+k) != w {
				continue next
			}
		}
		return i + len(m.words), m.kind
	}
	return i, modNone
}

// modifierFits reports whether a modifier of kind may precede m, whose first
// word is first.
func modifierFits(kind int, m match, first string) bool {
	switch kind {
	case modQuant:
		if first == "the" {
			return false // "over the past nine days": a preposition
		}
		return m.typ == "DURATION" || m.typ == "SET" || strings.HasSuffix(m.rule, "ago")
	case modCal:
		return (m.typ == "DATE" || m.typ == "TIME") && !strings.HasSuffix(m.val, "_REF") && !strings.HasSuffix(m.rule, "ago")
	case modRel:
		return first == "this" || first == "today" || first == "tonight" || first == "in"
	}
	return false
}
