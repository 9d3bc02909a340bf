package dates

import (
	"math/bits"
	"strconv"
	"sync"
	"time"

	"github.com/lede-project/lede/extractors"
	"github.com/lede-project/lede/extractors/internal/lex"
)

// Extractor finds temporal expressions (TimeML TIMEX3: DATE, TIME, DURATION and
// SET) and resolves them against Text.Published. The zero value is ready to
// use; an Extractor is safe for concurrent use.
type Extractor struct{}

// New returns the date extractor.
func New() *Extractor { return &Extractor{} }

// Name implements Extractor.
func (*Extractor) Name() string { return "dates" }

// tokPool recycles token slices between articles of ordinary size; a
// slice grown for a very long text is left to the garbage collector.
var tokPool = sync.Pool{New: func() any { s := make([]dtok, 0, 1024); return &s }}

// maxPooledToks is the largest token slice tokPool keeps.
const maxPooledToks = 1 << 16

// Extract implements Extractor.
func (*Extractor) Extract(t *extractors.Text, f *extractors.Findings) {
	buf := tokPool.Get().(*[]dtok)
	// The view cuts a few tokens ("5-7", "10:30") further: room for an
	// eighth more, so that the slice is not grown (and copied) while full.
	if want := len(t.Tokens) + len(t.Tokens)/8 + 16; cap(*buf) < want {
		*buf = make([]dtok, 0, want)
	}
	s := scan{t: t, text: t.Text, explain: f.Explain, anchorFrom: -1, toks: tokenize(t, (*buf)[:0]), ref: t.Published,
		hasRef: !t.Published.IsZero(), lastMD: -1, wroteEnd: -1, wantWD: -1}
	if s.hasRef {
		y, m, d := s.ref.Date()
		s.ref = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
		s.anchor, s.newsDay, s.anchorYear = s.ref, s.ref, s.ref.Year()
	}
	// about one expression per 40 tokens in news text
	s.out = make([]extractors.Date, 0, len(s.toks)/40+4)
	s.outTok = make([]int, 0, cap(s.out))
	s.sentences()
	s.run()
	f.Dates = append(f.Dates, s.out...)
	if cap(s.toks) <= maxPooledToks {
		*buf = s.toks[:0]
		tokPool.Put(buf)
	}
}

// scan is the state of one extraction.
type scan struct {
	t      *extractors.Text
	text   string
	toks   []dtok
	ref    time.Time // publication day, midnight UTC
	hasRef bool
	out    []extractors.Date
	outTok []int // first token of each item of out
	// pending are clock times whose day linkTimes fills in.
	pending []pendingTime

	anchor    time.Time // the last day the text mentioned (ref at first)
	hasAnchor bool      // anchor came from the text itself
	// anchorFrom is the item of out that set anchor, -1 before any.
	anchorFrom int
	explain    bool // fill Trace.Evidence (Findings.Explain)
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
	// wroteEnd is the token after the last date whose year the text wrote
	// (or that took one by narrativeYear), -1 before any; yearY and yearM
	// are that year and month (0 for a bare year). wantWD is the weekday
	// written before a month-day ("Friday, Dec. 6"), -1 when none.
	wroteEnd, yearY, yearM int
	yearDay                bool // that date named a day
	wantWD                 time.Weekday
}

// match is what a rule found: tokens [start, end) and the TIMEX3 typing.
type match struct {
	end  int
	typ  string
	val  string
	rule *rule
	// mod is the modifier before the expression ("late", "nearly"), note
	// a detail of the reading ("next" in "the next year") and dir the
	// direction and its cue ("past: tense of \"met\""): evidence for
	// --explain, not used otherwise.
	mod, note, dir string
	// fixed: the text wrote the whole value ("Nov. 2, 2018"), so the
	// rule's anchor was not used (evidence only).
	fixed bool
	// narrative: the year came from the date the text last wrote ("in
	// November 2016 ... by December"), not from the anchor (evidence only).
	narrative bool
	day       time.Time // the resolved day, when val names one
	// needDay marks a clock time whose day comes from its sentence.
	needDay bool
	utc     bool   // the clock time is in UTC
	zoned   bool   // the clock time names a time zone
	next    bool   // midnight: the next day's start
	clock   string // "T15:00" part of a clock time
	// yearSet marks a DATE whose year the text wrote ("June 9, 2020",
	// "2020") or that narrativeYear carried over from one.
	yearSet bool
}

// matcher tries to read an expression starting at token i.
type matcher func(s *scan, i int) (match, bool)

// Matcher bits, one per entry of matchers and in the same order. A token's
// mask (matcherMask) says which matchers can start at it, so most matchers
// are never called on most tokens.
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

// numMatchers are the matchers that can start at a digit token.
const numMatchers = rDayMonth | rYear | rDecade | rCentury | rNumericDate | rRangeTail | rAgo | rClock | rDuration | rSet

// matchers are tried at every trigger token; the longest match wins, ties
// to the earlier matcher. Each returns matches of its family's rules.
var matchers = [...]matcher{
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
			m.mod = s.toks[i].low
			return i, m, true
		}
	}
	m, ok := s.core(i)
	return i, m, ok
}

// core returns the longest rule match at token i.
func (s *scan) core(i int) (match, bool) {
	best := match{end: -1}
	for mask := s.matcherMask(i); mask != 0; mask &= mask - 1 {
		if m, ok := matchers[bits.TrailingZeros32(mask)](s, i); ok && m.end > best.end {
			best = m
		}
	}
	return best, best.end > i
}

// matcherMask returns the matchers that can start at token i.
func (s *scan) matcherMask(i int) uint32 {
	tk := &s.toks[i]
	switch {
	case tk.kind == kNum:
		return numMatchers
	case tk.lex != nil:
		return tk.lex.matchers
	case s.isApos(i):
		return rYear | rDecade
	}
	return 0
}

// emit records a match over tokens [start, m.end).
func (s *scan) emit(start int, m match) {
	a, b := s.toks[start].start, s.toks[m.end-1].end
	tr := extractors.Trace{Rule: m.rule.name}
	if s.explain {
		tr.Evidence = s.evidence(start, m)
	}
	s.out = append(s.out, extractors.Date{Span: extractors.Span{Text: s.text[a:b], Start: a, End: b}, Type: m.typ, Value: m.val, Trace: tr})
	s.outTok = append(s.outTok, start)
	if m.needDay {
		s.pending = append(s.pending, pendingTime{out: len(s.out) - 1, tok: start, clock: m.clock,
			zone: m.zoned, utc: m.utc, nextDay: m.next, event: s.clockEvent(start, m.end), day: s.newsDay})
	}
	if !m.day.IsZero() && m.typ == "DATE" {
		s.anchor, s.hasAnchor, s.anchorFrom = m.day, true, len(s.out)-1
	}
	if !m.day.IsZero() && m.rule.newsDay {
		s.newsDay = m.day // "Monday", "yesterday", "Monday night": the day of the news
	}
	if m.yearSet && len(m.val) >= 4 && lex.IsDigits(m.val[:4]) {
		s.wroteEnd, s.yearM = m.end, 0
		s.yearY, _ = strconv.Atoi(m.val[:4])
		if len(m.val) >= 7 && m.val[4] == '-' && lex.IsDigits(m.val[5:7]) {
			s.yearM, _ = strconv.Atoi(m.val[5:7])
		}
		s.yearDay = len(m.val) >= 10 && m.val[7] == '-'
	}
	if m.typ == "DATE" && len(m.val) >= 4 && lex.IsDigits(m.val[:4]) && (len(m.val) == 4 || m.val[4] == '-') {
		s.anchorYear, _ = strconv.Atoi(m.val[:4])
		s.lastValue = m.val
	}
}
