package pipeline

import (
	"net/url"
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// Authors are the people in the byline. The visible byline wins over
// JSON-LD, which wins over author links and meta tags. Organisations
// ("Associated Press", "CBS News") are not authors, affiliations ("AP
// National Security Writer", "NJ Advance Media for NJ.com") are dropped,
// and all-caps names are written in normal case.

// chooseAuthors returns the person authors of a page, in byline order.
// The first byline element that names a person wins (later ones belong to
// other stories on the page); JSON-LD lists all its authors.
func chooseAuthors(m *pageMeta, ld ldInfo) []string {
	if names := firstNames(m.bylines); len(names) > 0 {
		return names
	}
	var names []string
	for _, s := range ld.authors {
		names = appendNames(names, personNames(s))
	}
	if len(names) > 0 {
		return names
	}
	if names := firstNames(m.authors); len(names) > 0 {
		return names
	}
	return personNames(m.meta("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl"))
}

// dropSiteNames removes the names that are the site's own when a person is
// credited beside them: bylines name the publication after the person
// ("Stephanie Pappas, Live Science" on LiveScience.com, "Keith Spera,
// NOLA.com", "Andy Sahadeo | Fox News"), and the publication is not a
// person. Word lists catch the common ones ("News"); this catches any
// name the page gives its site. A site's name as the only author stays: a personal blog is named
// after its author (Haki Benita at hakibenita.com), and nothing on the page
// tells it from a magazine's name alone.
func dropSiteNames(names []string, site, page string) []string {
	if len(names) < 2 {
		return names
	}
	var keys []string
	for _, s := range []string{site, strings.TrimPrefix(hostOf(page), "www.")} {
		if k := siteKey(s); k != "" {
			keys = append(keys, k)
		}
		if i := strings.LastIndexByte(s, '.'); i > 0 {
			keys = append(keys, siteKey(s[:i])) // without its TLD
		}
	}
	if len(keys) == 0 {
		return names
	}
	var out []string
	for _, n := range names {
		if !slices.Contains(keys, siteKey(n)) {
			out = append(out, n)
		}
	}
	if len(out) == 0 {
		return names
	}
	return out
}

// siteKey folds a site or host name for comparison: lower case, without
// spaces, dots, hyphens and a leading "the".
func siteKey(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.TrimPrefix(s, "the ")
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '.' || r == '-' || r == '_' {
			return -1
		}
		return r
	}, s)
}

// hostOf returns the lower-cased host of a URL, "" when it has none.
func hostOf(u string) string {
	p, err := url.Parse(u)
	if err != nil {
		return ""
	}
	return strings.ToLower(p.Hostname())
}

// firstNames returns the names of the first string in ss that has any.
func firstNames(ss []string) []string {
	for _, s := range ss {
		if names := personNames(s); len(names) > 0 {
			return names
		}
	}
	return nil
}

// appendNames appends the names not yet in names (case-insensitively).
func appendNames(names, add []string) []string {
outer:
	for _, a := range add {
		for _, n := range names {
			if strings.EqualFold(n, a) {
				continue outer
			}
		}
		names = append(names, a)
	}
	return names
}

// bylineSplit separates the names of a byline.
var bylineSplit = regexp.MustCompile(`(?i)\s*(?:,|;|\||•|·|/|\band\b|&|\bwith\b|\bupdated\b|\bpublished\b|\bposted\b)\s*`)

// bylinePrefix is the "By" that opens a byline.
var bylinePrefix = regexp.MustCompile(`(?i)^\s*(?:(?:(?:written|posted|reported|story|words|text)\s+)?by|von|par|por|door|av|authors?|autor(?:in)?|auteur):?\s+`)

// weekdayEnd is the weekday that opens a date ("JAKARTA Tue Dec 30, 2014"),
// left at the end of a byline cut at the date.
var weekdayEnd = regexp.MustCompile(`(?i)\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?[.,]?\s*$`)

// creditPrefix opens a picture credit, which names a photographer and an
// agency, not the story's author: National Geographic's "Photograph by Ed
// Marshall, Redonda Restoration Programme", the Boston Herald's "Photo by:
// The Associated Press".
var creditPrefix = regexp.MustCompile(`(?i)^\s*(?:photo(?:graph)?s?|pictures?|images?|illustrations?|video|graphics?|foto)\s*(?:by\b|:|©)`)

// gluedBy is a "By" run into the name when the two are adjacent elements
// ("<span>By</span><a>Malcolm Harris</a>" read as "ByMalcolm Harris" at
// Talking Points Memo), like the names glued to a section unglue cuts.
var gluedBy = regexp.MustCompile(`^\s*By(\p{Lu}\p{Ll})`)

// stopWords end a name: organisations, roles, dates.
var stopWords = map[string]bool{
	"ap": true, "afp": true, "upi": true, "cnn": true, "bbc": true, "cbs": true, "nbc": true, "abc": true,
	"reuters": true, "associated": true, "press": true, "news": true, "media": true, "staff": true,
	"writer": true, "reporter": true, "correspondent": true, "editor": true, "columnist": true,
	"contributor": true, "senior": true, "chief": true, "national": true, "political": true,
	"business": true, "sports": true, "agency": true, "wire": true, "service": true, "network": true,
	"times": true, "post": true, "journal": true, "magazine": true, "team": true, "desk": true,
	"editors": true, "newsroom": true, "online": true, "digital": true, "jazeera": true, "al": false,
	"bloomberg": true, "daily": true, "the": true, "for": true, "of": true, "at": true, "in": true,
	"on": true, "mr": true, "ms": true, "dr": true, "photographer": true, "producer": true,
	"analyst": true, "advance": true, "published": true, "updated": true, "view": true, "follow": true,
	"email": true, "twitter": true, "more": true, "articles": true, "about": true, "contact": true,
	"min": true, "read": true, "ago": true, "et": true, "est": true, "pst": true, "gmt": true, "utc": true,
	"am": true, "pm": true, "a.m.": true, "p.m.": true, "copy": true, "link": true, "share": true,
	"close": true, "print": true, "comment": true, "comments": true, "subscribe": true, "sign": true,
	"log": true, "menu": true, "search": true, "home": true, "facebook": true, "linkedin": true,
	"see": true, "all": true, "become": true, "fan": true, "bio": true, "posts": true,
	"letters": true, "opinion": true,
}

// orgNouns end the name of an organisation: capitalised words right before
// one are not a person's name.
var orgNouns = map[string]bool{
	"agency": true, "news": true, "press": true, "media": true, "times": true, "post": true,
	"journal": true, "magazine": true, "network": true, "service": true, "wire": true,
	"today": true, "daily": true, "group": true, "institute": true, "university": true,
	"association": true, "foundation": true, "company": true, "corporation": true, "inc": true,
	"ltd": true, "council": true, "ministry": true, "department": true, "office": true,
	"staff": true, "team": true, "desk": true, "editors": true, "newsroom": true, "herald": true,
	"tribune": true, "gazette": true, "telegraph": true, "chronicle": true, "bureau": true,
}

// personNames returns the person names in one byline string.
func personNames(s string) []string {
	s = collapseSpace(s)
	if s == "" || strings.HasPrefix(s, "http") {
		return nil
	}
	if creditPrefix.MatchString(s) {
		return nil
	}
	// Names come before the date: what follows it is the story ("Tom
	// Francis published 9 August 2012 Playing Skyrim with …" at PC Gamer,
	// "By Jessica Vince - 29 December 2014" at Grazia Daily).
	if loc := findDate(s); loc != nil {
		s = weekdayEnd.ReplaceAllString(s[:loc[0]], "")
	}
	s = bylinePrefix.ReplaceAllString(s, "")
	s = gluedBy.ReplaceAllString(s, "$1")
	// A block that opens a sentence ends the byline before the split at
	// "with"/"and" could hide that it is one.
	off := 0
	for _, b := range strings.SplitAfter(s, "|") {
		t := strings.TrimSpace(strings.TrimSuffix(b, "|"))
		if n := nameAtStart(t); n != "" && sentenceAfter(t, n) {
			s = s[:off]
			break
		}
		off += len(b)
	}
	var out []string
	for _, part := range bylineSplit.Split(s, -1) {
		part = bylinePrefix.ReplaceAllString(part, "")
		if n := nameAtStart(part); n != "" {
			out = appendNames(out, []string{n})
		} else if len(out) > 0 && len(strings.Fields(part)) >= 4 {
			// A headline or a sentence after the names: the byline is over.
			break
		}
	}
	return out
}

// sentenceAfter reports whether the capitalised words n that open part are
// the start of a sentence, not a name: two or more lower-case words follow
// ("Playing Skyrim with no armour, …", PC Gamer's standfirst after the
// byline; "Band Unites With Michael Keys …", a teaser's headline).
func sentenceAfter(part, n string) bool {
	rest := strings.Fields(strings.TrimSpace(part)[len(n):])
	if len(rest) < 2 {
		return false
	}
	lower := 0
	for _, w := range rest[:2] {
		if r := []rune(w); len(r) > 0 && unicode.IsLower(r[0]) {
			lower++
		}
	}
	return lower == 2
}

// nameAtStart returns the person name that opens s: two to four
// capitalised words before any organisation, role, date or lower-case word.
func nameAtStart(s string) string {
	var words []string
	fields := strings.Fields(s)
	for i, w := range fields {
		lw := strings.ToLower(strings.Trim(w, ".,:"))
		if orgNouns[lw] || strings.HasSuffix(lw, "'s") || strings.HasSuffix(lw, "’s") {
			// "European Space Agency", "Science X staff", "Ryan Reed's
			// stories": the capitalised words before name no person.
			return ""
		}
		if stopWords[lw] || monthStartsDate(lw, fields[i+1:]) || weekdayStartsDate(lw, fields[i+1:]) {
			break
		}
		if len(words) > 0 && nickname(w) {
			words = append(words, w)
			continue
		}
		w, glued := unglue(w)
		if !nameWord(w) {
			break
		}
		words = append(words, strings.TrimRight(w, ",:"))
		if glued {
			break
		}
	}
	if len(words) < 2 || len(words) > 4 {
		return ""
	}
	name := strings.Join(words, " ")
	if isUpperWord(name) {
		name = titleCase(name)
	}
	return name
}

// nickname reports whether w is a nickname or initials in parentheses
// between the given name and the surname: "Richard (R.J.) Eskow" at Salon,
// "Robert (Bob) Smith" as name parsers read it.
func nickname(w string) bool {
	if len(w) < 3 || w[0] != '(' || w[len(w)-1] != ')' {
		return false
	}
	return nameWord(w[1 : len(w)-1])
}

// monthStartsDate reports whether the word lw, followed by rest, opens a
// date ("Nov. 18", "May 2019", "June"). First names that are month names
// ("April P. Bernard" in the Boston Herald, "June Wan" at ZDNet) are followed
// by a capitalised word, not a number, and stay names.
func monthStartsDate(lw string, rest []string) bool {
	if months[strings.TrimSuffix(lw, ".")] == 0 {
		return false
	}
	if len(rest) == 0 {
		return true
	}
	r := []rune(rest[0])
	return !unicode.IsUpper(r[0])
}

// weekdays are the English weekday names and abbreviations.
var weekdays = map[string]bool{
	"mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thur": true, "thurs": true,
	"fri": true, "sat": true, "sun": true, "monday": true, "tuesday": true, "wednesday": true,
	"thursday": true, "friday": true, "saturday": true, "sunday": true,
}

// weekdayStartsDate reports whether the word lw, followed by rest, opens a
// date: a weekday before a month or a number, as in the dateline after a
// Reuters byline ("By Fergus Jensen | JAKARTA Tue Dec 30, 2014 9:21am IST")
// or Salon's "Sunday, Feb 1, 2015". A weekday-named surname ("Sun Yang")
// is followed by another name and stays.
func weekdayStartsDate(lw string, rest []string) bool {
	lw = strings.TrimRight(lw, ".,")
	if !weekdays[lw] {
		return false
	}
	if len(rest) == 0 {
		// The byline was split at the comma after the weekday ("Joe Wee
		// Monday, February 29, 2016"); abbreviations stay: "Yang Sun".
		return len(lw) > 5
	}
	next := strings.ToLower(strings.Trim(rest[0], ".,"))
	return months[next] != 0 || (next != "" && next[0] >= '0' && next[0] <= '9')
}

// unglue cuts a word where a lower-case letter meets a capital after the
// fourth letter, or a letter meets a digit: text of adjacent elements run
// together ("GarberFOXBusiness", Pew's "Passel24 comments"). Short
// prefixes stay ("DeArdo", "McDonald", "MacLean").
func unglue(w string) (string, bool) {
	r := []rune(w)
	for i := 1; i < len(r); i++ {
		// A comment count run into the name: "Passel24 comments".
		if unicode.IsLetter(r[i-1]) && unicode.IsDigit(r[i]) && i >= 2 {
			return string(r[:i]), true
		}
		if i >= 4 && unicode.IsLower(r[i-1]) && unicode.IsUpper(r[i]) {
			return string(r[:i]), true
		}
	}
	return w, false
}

// nameWord reports whether w can be part of a person name.
func nameWord(w string) bool {
	switch w {
	case "de", "da", "van", "von", "der", "del", "la", "le", "bin", "di", "du", "dos":
		return true
	}
	r := []rune(w)
	if !unicode.IsUpper(r[0]) {
		return false
	}
	for _, c := range r {
		if !unicode.IsLetter(c) && c != '.' && c != '\'' && c != '’' && c != '-' {
			return false
		}
	}
	return true
}

func isUpperWord(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 1
}

// titleCase writes each word with a capital and lower-case rest
// ("DANICA KIRKA" -> "Danica Kirka", "O'NEIL" -> "O'Neil").
func titleCase(s string) string {
	r := []rune(strings.ToLower(s))
	up := true
	for i, c := range r {
		if up && unicode.IsLetter(c) {
			r[i] = unicode.ToUpper(c)
		}
		up = c == ' ' || c == '-' || c == '\'' || c == '’'
	}
	return string(r)
}

// afterHeadline puts the bylines and author texts that follow the headline
// <h1> (the one that reads as title) before those that precede it, keeping
// page order within each group. Teasers of other stories with their own
// bylines often come first in the page: a "most read" list before Salon's
// article, a "follow our authors" box in Yahoo News's aside.
func (m *pageMeta) afterHeadline(title string) {
	k := -1
	for i, h := range m.h1s {
		if title != "" && strings.EqualFold(collapseSpace(h), title) {
			k = i
			break
		}
	}
	if k < 0 {
		return
	}
	m.bylines = headlineFirst(m.bylines, m.bylinesAt, k)
	m.authors = headlineFirst(m.authors, m.authorsAt, k)
	// The masthead above the headline shows today's date, the day the page
	// was fetched or printed ("Friday, January 20th 2023 Today's e-Edition"
	// at the Mercury News, "Sunday, January 19, 2020" in The Planetary
	// Press's top bar, Nikkei's "2018年6月20日（水）").
	m.dates = headlineFirst(m.dates, m.datesAt, k)
}

// headlineFirst returns ss with the items whose at is beyond k (after the
// (k+1)th h1) first.
func headlineFirst(ss []string, at []int, k int) []string {
	if len(ss) != len(at) {
		return ss
	}
	out := make([]string, 0, len(ss))
	for i, s := range ss {
		if at[i] > k {
			out = append(out, s)
		}
	}
	for i, s := range ss {
		if at[i] <= k {
			out = append(out, s)
		}
	}
	return out
}
