package pipeline

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"golang.org/x/net/html"
)

// The publication date is the publisher's local calendar date. Metadata
// often carries a UTC timestamp that has already rolled over to the next
// day; a visible dateline or the date in the URL then tells the local day.

// metaDate is one parsed date and how much it says.
type metaDate struct {
	t       time.Time
	hasTime bool
	local   bool // carries an offset other than UTC: its date is the local date
}

// publishedKeys are meta keys holding the publication date, best first.
var publishedKeys = []string{
	"article:published_time", "datepublished", "og:published_time", "published_time",
	"pubdate", "publishdate", "publish-date", "publish_date", "article_date_original",
	"sailthru.date", "parsely-pub-date", "dc.date.issued", "dc.date", "dcterms.created",
	"date", "sn-post-date", "article.published", "cxenseparse:recs:publishtime",
	"microformat:published", "time:datetime", "parsely-page:pub_date",
}

// choosePublished picks the publication date: metadata with a local
// offset as it is; else a visible date or the URL's date when it is the
// metadata's UTC day or the day before; else the metadata, the visible date,
// the URL date, in that order.
func choosePublished(m *pageMeta, ld ldInfo, url string) (time.Time, bool) {
	var metas []metaDate
	for _, s := range append([]string{ld.published, m.ldDate}, metaValues(m, publishedKeys)...) {
		if d, ok := parseDate(s); ok {
			metas = append(metas, d)
		}
	}
	for _, d := range metas {
		if d.local {
			return d.t, d.hasTime
		}
	}
	var visible, fromURL, updated *metaDate
	// Date-named elements first, then byline lines ("By Jane Doe on
	// Monday, November 18th"), then other meta lines.
	var bylineDates, otherDates []string
	for _, s := range m.metaDates {
		if len(s) > 3 && strings.EqualFold(s[:3], "by ") {
			bylineDates = append(bylineDates, s)
		} else {
			otherDates = append(otherDates, s)
		}
	}
	// Author elements last: some carry the date after the name ("Joe Wee
	// Monday, February 29, 2016 @ 11:10 PM UTC" at SimplyFound, "By Jessica
	// Vince - 29 December 2014" at Grazia Daily).
	for _, s := range slices.Concat(m.dates, bylineDates, otherDates, m.authors) {
		if hasCue(strings.TrimSpace(s), updateCues) {
			// "Last Updated: January 7, 2025" is no publication date; it is
			// kept as the last resort for a page that gives no other.
			if d, ok := parseDate(s); ok && updated == nil {
				updated = &d
			}
			continue
		}
		if d, ok := parseDate(s); ok {
			visible = &d
			break
		}
	}
	if d, ok := urlDate(url); ok {
		fromURL = &d
	}
	if len(metas) > 0 {
		utc := metas[0].t
		alts := []*metaDate{visible}
		for i := 1; i < len(metas); i++ {
			if !metas[i].hasTime {
				alts = append(alts, &metas[i])
			}
		}
		for _, alt := range append(alts, fromURL) {
			if alt == nil {
				continue
			}
			days := civilDays(utc) - civilDays(alt.t)
			if days == 0 || days == 1 {
				if days == 0 && alt.local {
					return alt.t, alt.hasTime
				}
				if days == 0 {
					return metas[0].t, metas[0].hasTime
				}
				return dateOnly(alt.t), false
			}
		}
		return metas[0].t, metas[0].hasTime
	}
	for _, alt := range []*metaDate{visible, fromURL, updated} {
		if alt != nil {
			return alt.t, alt.hasTime
		}
	}
	return time.Time{}, false
}

// metaValues returns the contents of the given meta keys in key order.
func metaValues(m *pageMeta, keys []string) []string {
	var out []string
	for _, k := range keys {
		for _, kv := range m.metas {
			if kv[0] == k && kv[1] != "" {
				out = append(out, kv[1])
			}
		}
	}
	return out
}

func civilDays(t time.Time) int64 {
	y, mo, d := t.Date()
	return time.Date(y, mo, d, 0, 0, 0, 0, time.UTC).Unix() / 86400
}

func dateOnly(t time.Time) time.Time {
	y, mo, d := t.Date()
	return time.Date(y, mo, d, 0, 0, 0, 0, time.UTC)
}

// isoLayouts are the machine formats of date metadata.
var isoLayouts = []struct {
	layout  string
	hasTime bool
}{
	{time.RFC3339, true},
	{"2006-01-02T15:04:05.999999999Z0700", true},
	{"2006-01-02T15:04Z07:00", true},
	{"2006-01-02T15:04:05", false},
	{"2006-01-02 15:04:05Z07:00", true},
	{"2006-01-02 15:04:05 MST", true},
	{"2006-01-02 15:04:05", false},
	{"2006-01-02T15:04", false},
	{"Mon Jan 2 2006 15:04:05 GMT-0700", true},
	{time.RFC1123Z, true},
	{time.RFC1123, true},
}

// months maps month names and abbreviations to months.
var months = map[string]time.Month{
	"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
	"may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
	"september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
	// German, French, Spanish, Portuguese, Italian, Indonesian full names.
	"januar": 1, "februar": 2, "märz": 3, "juni": 6, "juli": 7, "oktober": 10, "dezember": 12,
	"janvier": 1, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "août": 8,
	"septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
	"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
	"septiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
	"janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9,
	"outubro": 10, "dezembro": 12,
	"gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "settembre": 9,
	"ottobre": 10, "dicembre": 12,
	"januari": 1, "februari": 2, "maret": 3, "mei": 5, "agustus": 8, "desember": 12,
}

var (
	mdyRe  = regexp.MustCompile(`(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	dmyRe  = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th|\.)?\s+(?:de\s+)?(\pL{3,10})\.?,?\s+(?:de\s+)?(\d{4})\b`)
	ymdRe  = regexp.MustCompile(`\b(20\d\d|19\d\d)[-/.](\d{1,2})[-/.](\d{1,2})\b`)
	mdy2Re = regexp.MustCompile(`\b(\d{1,2})[-/](\d{1,2})[-/](20\d\d)\b`)
	// mdyShortRe is the US short date-time, month first with a two-digit
	// year and a 12-hour clock: Kinja's (Lifehacker, Gawker) "3/09/15
	// 8:00am", en-US's short format "10/21/11 10:00 AM". The am/pm clock is
	// what tells it from day-first dates.
	// dmyDotRe is the European numeric date, day first with dots: DW's
	// "19.01.2020", German and Austrian sites' "10.06.2013".
	dmyDotRe   = regexp.MustCompile(`\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)\b`)
	mdyShortRe = regexp.MustCompile(`(?i)\b(\d{1,2})/(\d{1,2})/(\d\d)\s+\d{1,2}:\d\d\s*[ap]\.?m\b`)
)

// parseDate parses a date from metadata or from visible text. Times in
// UTC, or without an offset, leave local false.
func parseDate(s string) (metaDate, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 200 {
		return metaDate{}, false
	}
	for _, l := range isoLayouts {
		if t, err := time.Parse(l.layout, s); err == nil && t.Year() > 1900 {
			_, off := t.Zone()
			return metaDate{t: t, hasTime: l.hasTime, local: l.hasTime && off != 0}, true
		}
	}
	mk := func(y, mo, d int) (metaDate, bool) {
		if y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1 || d > 31 {
			return metaDate{}, false
		}
		return metaDate{t: time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)}, true
	}
	if m := ymdRe.FindStringSubmatch(s); m != nil {
		return mk(atoi(m[1]), atoi(m[2]), atoi(m[3]))
	}
	if m := mdyRe.FindStringSubmatch(s); m != nil {
		return mk(atoi(m[3]), int(months[strings.ToLower(m[1])]), atoi(m[2]))
	}
	for _, m := range dmyRe.FindAllStringSubmatch(s, 4) {
		if mo := monthNumber(m[2]); mo != 0 {
			return mk(atoi(m[3]), mo, atoi(m[1]))
		}
	}
	if m := mdy2Re.FindStringSubmatch(s); m != nil {
		return mk(atoi(m[3]), atoi(m[1]), atoi(m[2]))
	}
	if m := dmyDotRe.FindStringSubmatch(s); m != nil {
		return mk(atoi(m[3]), atoi(m[2]), atoi(m[1]))
	}
	if m := mdyShortRe.FindStringSubmatch(s); m != nil {
		y := 2000 + atoi(m[3])
		if y > 2069 {
			y -= 100
		}
		return mk(y, atoi(m[1]), atoi(m[2]))
	}
	return metaDate{}, false
}

// findDate returns the byte range of the first calendar date written in
// t ("November 18, 2019", "18. November 2019", "2019-11-18"), or nil.
func findDate(t string) []int {
	for _, re := range []*regexp.Regexp{mdyRe, ymdRe} {
		if loc := re.FindStringIndex(t); loc != nil {
			return loc
		}
	}
	for _, m := range dmyRe.FindAllStringSubmatchIndex(t, 4) {
		if monthNumber(t[m[4]:m[5]]) != 0 {
			return m[:2]
		}
	}
	return nil
}

// monthNumber returns the month a name or English abbreviation names, 0
// when it names none.
func monthNumber(name string) int {
	name = strings.ToLower(name)
	if mo, ok := months[name]; ok {
		return int(mo)
	}
	if len(name) >= 3 {
		if mo, ok := months[name[:3]]; ok && strings.HasPrefix(englishMonths[mo-1], name) {
			return int(mo)
		}
	}
	return 0
}

var englishMonths = []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}

// urlDateRe finds /2019/11/18/ or 2019-11-18 in a URL path.
var urlDateRe = regexp.MustCompile(`/(20\d\d|19\d\d)[/-](\d\d)[/-](\d\d)(?:[/-]|$)`)

// urlDate returns the date in a URL's path.
func urlDate(u string) (metaDate, bool) {
	m := urlDateRe.FindStringSubmatch(u)
	if m == nil {
		return metaDate{}, false
	}
	y, mo, d := atoi(m[1]), atoi(m[2]), atoi(m[3])
	if mo < 1 || mo > 12 || d < 1 || d > 31 {
		return metaDate{}, false
	}
	return metaDate{t: time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)}, true
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// updateCues mark a date as the last-update stamp, not the publication
// date, when they open its text or come right before it.
var updateCues = []string{"updated", "last updated", "modified", "last modified", "edited", "aktualisiert", "mis à jour", "actualizado", "atualizado"}

// updateStamp reports whether the <time> element n, whose text is t, is a
// page's "last updated" stamp: itemprop=dateModified, a text that opens with
// "Updated" ("Last updated September 14, 2016" on eHow), or an "Updated"
// label just before it ("Updated <time>" in Polygon's byline, "Updated:
// <time>" after "Posted: <time>" on HuffPost).
func updateStamp(n *html.Node, t string) bool {
	if strings.EqualFold(getAttr(n, "itemprop"), "dateModified") {
		return true
	}
	if hasCue(t, updateCues) {
		return true
	}
	for p := n.PrevSibling; p != nil; p = p.PrevSibling {
		if p.Type == html.ElementNode {
			return false
		}
		if p.Type != html.TextNode {
			continue
		}
		before := strings.TrimRight(strings.ToLower(p.Data), " \t\r\n:")
		if before == "" {
			continue
		}
		for _, c := range updateCues {
			if strings.HasSuffix(before, c) || strings.HasSuffix(before, c+" on") || strings.HasSuffix(before, c+" at") {
				return true
			}
		}
		return false
	}
	return false
}
