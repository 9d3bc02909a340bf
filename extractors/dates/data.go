package dates

import (
	_ "embed"
	"strconv"
	"strings"

	"github.com/lede-project/lede/extractors/internal/lex"
)

// The date rules' vocabulary lives in data/*.txt, one word a line, read
// once at package initialisation. Grammar (month and weekday names, units,
// numbers, prepositions) stays in lex.go.

// wordSet is a set of lower-case words.
type wordSet map[string]struct{}

// readWords reads a word list: one word a line, "#" comments.
func readWords(data string) wordSet {
	m := wordSet{}
	lex.EachLine(data, func(line string) { m[line] = struct{}{} })
	return m
}

// has reports whether w is in the set.
func (ws wordSet) has(w string) bool {
	_, ok := ws[w]
	return ok
}

// in reports whether token i is a word of set ws, in any case.
func (s *scan) in(i int, ws wordSet) bool {
	tk := s.tok(i)
	if tk == nil || tk.kind == kNum {
		return false
	}
	if tk.low != "" {
		return ws.has(tk.low)
	}
	return ws.has(strings.ToLower(s.raw(i)))
}

var (
	//go:embed data/past_markers.txt
	pastMarkersData string
	//go:embed data/future_markers.txt
	futureMarkersData string
	//go:embed data/time_zones.txt
	timeZonesData string
	//go:embed data/known_words.txt
	knownWordsData string
	//go:embed data/holidays.txt
	holidaysData string
	//go:embed data/recurring_nouns.txt
	recurringNounsData string
	//go:embed data/kind_nouns.txt
	kindNounsData string
	//go:embed data/nowadays_nouns.txt
	nowadaysNounsData string
	//go:embed data/event_nouns.txt
	eventNounsData string
	//go:embed data/superlatives.txt
	superlativesData string
	//go:embed data/sports_words.txt
	sportsWordsData string
	//go:embed data/business_words.txt
	businessWordsData string
	//go:embed data/label_nouns.txt
	labelNounsData string
	//go:embed data/street_suffixes.txt
	streetSuffixesData string
	//go:embed data/year_events.txt
	yearEventsData string
	//go:embed data/series_nouns.txt
	seriesNounsData string
	//go:embed data/defer_verbs.txt
	deferVerbsData string
	//go:embed data/schedule_verbs.txt
	scheduleVerbsData string
	//go:embed data/count_nouns.txt
	countNounsData string
	//go:embed data/magnitudes.txt
	magnitudesData string
	//go:embed data/opinion_verbs.txt
	opinionVerbsData string
	//go:embed data/stative_verbs.txt
	stativeVerbsData string
)

// The word lists; each file's header says what it holds.
var (
	recurringNouns = readWords(recurringNounsData)
	kindNouns      = readWords(kindNounsData)
	nowadaysNouns  = readWords(nowadaysNounsData)
	eventNouns     = readWords(eventNounsData)
	superlatives   = readWords(superlativesData)
	sportsWords    = readWords(sportsWordsData)
	businessWords  = readWords(businessWordsData)
	labelNouns     = readWords(labelNounsData)
	streetSuffixes = readWords(streetSuffixesData)
	yearEvents     = readWords(yearEventsData)
	seriesNouns    = readWords(seriesNounsData)
	deferVerbs     = readWords(deferVerbsData)
	stativeVerbs   = readWords(stativeVerbsData)
	scheduleVerbs  = readWords(scheduleVerbsData)
	countNouns     = readWords(countNounsData)
	magnitudes     = readWords(magnitudesData)
	opinionVerbs   = readWords(opinionVerbsData)
)

// holidayName is a holiday's words and date (day 0: movable, see
// holidayDay).
type holidayName struct {
	words []string
	month int
	day   int
}

// holidays are the holidays of data/holidays.txt, in its order (a longer
// name before its prefix).
var holidays = readHolidays(holidaysData)

// readHolidays reads "MM-DD word word..." lines.
func readHolidays(data string) []holidayName {
	var hs []holidayName
	lex.EachLine(data, func(line string) {
		f := strings.Fields(line)
		if len(f) < 2 || len(f[0]) != 5 || f[0][2] != '-' {
			return
		}
		m, err1 := strconv.Atoi(f[0][:2])
		d, err2 := strconv.Atoi(f[0][3:])
		if err1 != nil || err2 != nil {
			return
		}
		hs = append(hs, holidayName{words: f[1:], month: m, day: d})
	})
	return hs
}

// eachWord calls fn with every word of a word list's data.
func eachWord(data string, fn func(w string)) { lex.EachLine(data, fn) }
