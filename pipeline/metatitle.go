package pipeline

import (
	"strings"

	"golang.org/x/net/html"
)

// The title is the headline as the page shows it: the article's <h1>, or
// og:title when the <h1> is missing or names something else (the site's
// logo), with the site name suffix dropped.

// chooseTitle picks the visible headline: the <h1> that agrees with the
// page's declared title, else og:title, the JSON-LD headline or <title>,
// with the site name suffix dropped.
func chooseTitle(m *pageMeta, ld ldInfo, siteName, page string) string {
	site := newSiteNames(siteName, page)
	headline := firstNonEmpty(m.meta("og:title", "twitter:title"), ld.headline)
	declared := stripSiteSuffix(html.UnescapeString(firstNonEmpty(headline, m.title)), site)
	var first string // the first <h1> that is not the site's name
	for _, h := range m.h1s {
		if h == "" || len(h) > 400 || sameSite(h, site) {
			continue
		}
		if first == "" {
			first = h
		}
		if declared == "" || wordOverlap(h, declared) >= 0.2 {
			return stripSiteSuffix(h, site)
		}
	}
	// No <h1> agrees with the declared title. A headline in metadata wins;
	// a bare <title> that only names the site does not.
	if headline == "" && first != "" && (len(strings.Fields(declared)) <= 3 || sameSite(declared, site)) {
		return stripSiteSuffix(first, site)
	}
	if declared != "" {
		return declared
	}
	return first
}

// titleSeps separate a headline from the site name in <title>.
var titleSeps = []string{" | ", " - ", " – ", " — ", " :: ", " « ", " » ", " · "}

// stripSiteSuffix drops a trailing (or leading) " | Site" part of a title
// when it names the site or is short next to the headline.
func stripSiteSuffix(t string, site siteNames) string {
	t = stripSiteNote(collapseSpace(t), site)
	for _, sep := range titleSeps {
		i := strings.LastIndex(t, sep)
		if i <= 0 {
			continue
		}
		head, tail := t[:i], t[i+len(sep):]
		if sameSite(tail, site) || (len(strings.Fields(tail)) <= 4 && len(strings.Fields(head)) >= 4) {
			return stripSiteSuffix(head, site)
		}
		if j := strings.Index(t, sep); j > 0 && sameSite(t[:j], site) {
			return t[j+len(sep):]
		}
	}
	return t
}

// siteNames are the folded names a page's site goes by: its declared name
// (og:site_name, application-name, the JSON-LD publisher) and its host with
// and without the TLD ("Example.com - ..." on www.example.com, "... |
// valleycourier" on valleycourier.com) for pages that declare none.
type siteNames []string

// newSiteNames folds the declared site name and the host of page.
func newSiteNames(site, page string) siteNames {
	var keys siteNames
	add := func(s string) {
		if k := siteKey(s); len(k) >= 3 {
			keys = append(keys, k)
		}
	}
	add(site)
	host := strings.TrimPrefix(hostOf(page), "www.")
	add(host)
	if i := strings.LastIndexByte(host, '.'); i > 0 {
		add(host[:i])
	}
	return keys
}

// sameSite reports whether s names the site (ignoring case, spaces, dots,
// hyphens and a leading "The").
func sameSite(s string, site siteNames) bool {
	k := siteKey(s)
	for _, n := range site {
		if k == n {
			return true
		}
	}
	return false
}

// stripSiteNote drops a trailing "(from the Valley Courier)", "(via
// Example.com)" or "[LWN.net]" that names the site: a syndication or site
// note, not part of the headline.
func stripSiteNote(t string, site siteNames) string {
	n := len(t)
	if n < 4 || (t[n-1] != ')' && t[n-1] != ']') {
		return t
	}
	open := strings.LastIndexAny(t, "([")
	if open <= 0 {
		return t
	}
	note := strings.TrimSpace(t[open+1 : n-1])
	for _, p := range []string{"from ", "via ", "courtesy of "} {
		if len(note) > len(p) && strings.EqualFold(note[:len(p)], p) {
			note = note[len(p):]
			break
		}
	}
	if sameSite(note, site) {
		return strings.TrimSpace(t[:open])
	}
	return t
}

// wordOverlap is the share of a's words found in b, case-folded.
func wordOverlap(a, b string) float64 {
	wa := strings.FieldsFunc(strings.ToLower(a), notWord)
	if len(wa) == 0 {
		return 0
	}
	inB := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(b), notWord) {
		inB[w] = true
	}
	k := 0
	for _, w := range wa {
		if inB[w] {
			k++
		}
	}
	return float64(k) / float64(len(wa))
}

func notWord(r rune) bool {
	return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127 && r != '’' && r != '“' && r != '”' && r != '‘')
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}
