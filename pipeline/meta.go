package pipeline

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta is what one walk over the parsed page collects for metadata,
// before the main-text stage prunes the tree.
type pageMeta struct {
	metas     [][2]string // (lower-cased property/name/itemprop, content) in page order
	canonical string
	lang      string
	title     string   // <title>
	h1s       []string // text of each <h1>
	ld        []ldInfo // NewsArticle-like JSON-LD objects
	ldPub     string   // publisher name from any JSON-LD object
	ldDate    string   // datePublished of any JSON-LD object (a WebPage)
	dates     []string // texts of <time> and of elements named for a date
	metaDates []string // texts of elements named meta, info or byline
	bylines   []string // texts of elements named byline
	authors   []string // texts of author links and itemprop=author elements
	// bylinesAt, authorsAt and datesAt count the <h1>s before each byline,
	// author and date text: where it stands relative to the headline.
	bylinesAt, authorsAt, datesAt []int
	sawPublished                  bool // an element's class or id names "published"
}

// addByline records a byline text and its place after the h1s seen so far.
func (m *pageMeta) addByline(t string) {
	m.bylines = append(m.bylines, t)
	m.bylinesAt = append(m.bylinesAt, len(m.h1s))
}

// addDate records a visible date text and its place after the h1s seen.
func (m *pageMeta) addDate(t string) {
	m.dates = append(m.dates, t)
	m.datesAt = append(m.datesAt, len(m.h1s))
}

// meta returns the first non-empty content of the given meta keys, trying
// the keys in order.
func (m *pageMeta) meta(keys ...string) string {
	for _, k := range keys {
		for _, kv := range m.metas {
			if kv[0] == k && kv[1] != "" {
				return kv[1]
			}
		}
	}
	return ""
}

// dateWords in a class or id name elements that hold the visible
// publication date; metaWords name elements that often hold it among other
// things (a byline with a date, an "article info" line).
var (
	dateWords = []string{"date", "time", "publish", "posted"}
	metaWords = []string{"byline", "info", "meta"}
)

// containsAny reports whether s contains one of words.
func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// collectMeta walks the page once and gathers its metadata sources.
func collectMeta(root *html.Node, cc classCache) *pageMeta {
	m := &pageMeta{}
	walk(root, func(n *html.Node) bool {
		if n.Type == html.TextNode {
			m.textCue(n)
			return false
		}
		if n.Type != html.ElementNode {
			return true
		}
		switch n.DataAtom {
		case atom.Html:
			m.lang = getAttr(n, "lang")
		case atom.Title:
			if m.title == "" {
				m.title = textOf(n)
			}
			return false
		case atom.Meta:
			k := getAttr(n, "property")
			if k == "" {
				k = getAttr(n, "name")
			}
			if k == "" {
				k = getAttr(n, "itemprop")
			}
			if k != "" {
				k = strings.ToLower(k)
				v := collapseSpace(html.UnescapeString(getAttr(n, "content")))
				m.metas = append(m.metas, [2]string{k, v})
				if k == "parsely-page" {
					m.addParsely(v)
				}
			}
			return false
		case atom.Link:
			if strings.EqualFold(getAttr(n, "rel"), "canonical") && m.canonical == "" {
				m.canonical = strings.TrimSpace(getAttr(n, "href"))
			}
			return false
		case atom.Script:
			if strings.EqualFold(getAttr(n, "type"), "application/ld+json") {
				var b strings.Builder
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					if c.Type == html.TextNode {
						b.WriteString(c.Data)
					}
				}
				m.addJSONLD(b.String())
			}
			return false
		case atom.Style, atom.Noscript, atom.Template:
			return false
		case atom.H1:
			m.h1s = append(m.h1s, textOf(n))
		case atom.Time:
			t, ok := shortText(n, 120)
			if updateStamp(n, t) || inComments(n) {
				return false
			}
			if hasAttr(n, "pubdate") {
				m.sawPublished = true
			}
			if v := getAttr(n, "datetime"); v != "" {
				m.metas = append(m.metas, [2]string{"time:datetime", v})
			}
			if ok && t != "" {
				m.addDate(t)
			}
			return false
		}
		ci := classID(n)
		rel, prop := getAttr(n, "rel"), getAttr(n, "itemprop")
		switch {
		case prop == "datePublished":
			m.metas = append(m.metas, [2]string{"datepublished", firstNonEmpty(getAttr(n, "datetime"), textOf(n))})
		case (strings.Contains(ci, "byline") || rel == "author" || prop == "author" || authorClass(ci)) && inOtherStory(n, cc):
			// A byline of a related story or a promo.
			return false
		case strings.Contains(ci, "byline") && !strings.Contains(ci, "bio"):
			if _, ok := shortText(n, 300); !ok {
				break
			}
			if t := bylineText(n); t != "" {
				m.addByline(t)
			}
		case rel == "author" || prop == "author" || (authorClass(ci) && !strings.Contains(ci, "bio") && !strings.Contains(ci, "about")):
			if _, ok := shortText(n, 200); !ok {
				break
			}
			if t := bylineText(n); t != "" {
				m.authors = append(m.authors, t)
				m.authorsAt = append(m.authorsAt, len(m.h1s))
			}
		}
		if ci != "" {
			if strings.Contains(ci, "published") {
				m.sawPublished = true
			}
			date, meta := containsAny(ci, dateWords), containsAny(ci, metaWords)
			if date || meta {
				if t, ok := shortText(n, 200); ok && t != "" {
					if date {
						m.addDate(t)
					} else {
						m.metaDates = append(m.metaDates, t)
					}
					// A "By ..." line in an article's meta line is its byline.
					if meta && len(t) > 3 && strings.EqualFold(t[:3], "by ") {
						m.addByline(bylineText(n))
					}
				}
			}
		}
		return true
	})
	return m
}

// inOtherStory reports whether n sits in a related-stories list, a promo
// or a sidebar: an ancestor whose class names boilerplate and not content.
func inOtherStory(n *html.Node, cc classCache) bool {
	for p := n.Parent; p != nil && p.Type == html.ElementNode; p = p.Parent {
		ci := classID(p)
		if ci == "" || strings.Contains(ci, "byline") {
			continue
		}
		if k := cc.kinds(ci); k&kindJunk != 0 && k&kindContent == 0 {
			return true
		}
	}
	return false
}

// authorClass reports whether a lower-cased class and id names an author
// (English, German/Spanish/Portuguese, French).
func authorClass(ci string) bool {
	return strings.Contains(ci, "author") || strings.Contains(ci, "autor") || strings.Contains(ci, "auteur")
}

// publishedCues open a line that gives the publication date, in the
// languages of the corpus pages; bylineCues open a byline.
var (
	publishedCues = []string{"published", "posted", "updated", "publiziert", "veröffentlicht", "publié", "publicado", "publicada", "pubblicato", "diterbitkan", "dipublikasikan"}
	bylineCues    = []string{"by ", "written by", "von ", "par ", "por "}
)

// textCue looks at one text node: a line that opens with "Published" or
// "Written by" gives a date or a byline whatever its element is named.
func (m *pageMeta) textCue(n *html.Node) {
	t := strings.TrimLeft(n.Data, " \t\r\n")
	if len(t) < 3 || n.Parent == nil {
		return
	}
	switch t[0] | 0x20 { // the first letters of the cues
	case 'p', 'u', 'v', 'd', 'b', 'w':
	default:
		return
	}
	// "By" may end its text node at a line break before the name's link
	// (Grazia Daily's "By\n<a>Jessica Vince</a>", U.S. News's "By\n<a>David
	// Catanese</a> and <a>Lindsey Cook</a>").
	head := strings.Map(asSpace, t[:min(len(t), 16)])
	date, by := hasCue(head, publishedCues), hasCue(head, bylineCues)
	if !date && !by {
		return
	}
	line, ok := shortText(n.Parent, 200)
	if !ok || line == "" {
		return
	}
	if date {
		m.addDate(line)
	}
	if by && len(line) >= 2 && strings.EqualFold(line[:2], head[:2]) {
		m.addByline(bylineText(n.Parent))
		m.metaDates = append(m.metaDates, line)
	}
}

// asSpace maps tabs and line breaks to spaces.
func asSpace(r rune) rune {
	if r == '\n' || r == '\t' || r == '\r' {
		return ' '
	}
	return r
}

// hasCue reports whether head opens, ignoring case, with one of cues.
func hasCue(head string, cues []string) bool {
	for _, c := range cues {
		if len(head) >= len(c) && strings.EqualFold(head[:len(c)], c) {
			return true
		}
	}
	return false
}

// bylineText returns the text below n with " | " between its blocks and
// lines, so that names in separate elements stay apart.
func bylineText(n *html.Node) string {
	var b strings.Builder
	var rec func(*html.Node)
	rec = func(c *html.Node) {
		switch {
		case c.Type == html.TextNode:
			b.WriteString(c.Data)
		case c.Type != html.ElementNode:
		case c.DataAtom == atom.Br || c.DataAtom == atom.Time:
			b.WriteString(" | ")
		case c.DataAtom == atom.Script || c.DataAtom == atom.Style:
		default:
			blk := isBlock(c)
			if blk {
				b.WriteString(" | ")
			}
			for k := c.FirstChild; k != nil; k = k.NextSibling {
				rec(k)
			}
			if blk {
				b.WriteString(" | ")
			}
		}
	}
	rec(n)
	return strings.Trim(collapseSpace(b.String()), " |")
}

// extractMetadata fills d's title, authors, date, site, canonical URL and
// language from one parsed page.
func extractMetadata(root *html.Node, d *Document, cc classCache) {
	m := collectMeta(root, cc)
	m.addMicroformats(root)
	var ld ldInfo
	if len(m.ld) > 0 {
		ld = m.ld[0]
	}
	d.Language = strings.ToLower(strings.TrimSpace(m.lang))
	d.Site = firstNonEmpty(m.meta("og:site_name", "application-name"), m.ldPub)
	d.Canonical = resolveURL(m.meta("og:url"), firstNonEmpty(m.canonical, m.meta("og:url")))
	d.Title = chooseTitle(m, ld, d.Site, d.Canonical)
	m.afterHeadline(d.Title)
	d.Authors = dropSiteNames(chooseAuthors(m, ld), d.Site, d.Canonical)
	d.Published, d.HasTime = choosePublished(m, ld, d.Canonical)
}

// applyPageURL completes d with the URL the page was fetched from: it is
// the base of a relative canonical URL, the canonical URL when the page
// names none, and its path may carry the publication date.
func (d *Document) applyPageURL(page string) {
	d.Canonical = resolveURL(page, d.Canonical)
	if d.Canonical == "" {
		d.Canonical = page
	}
	if d.Published.IsZero() {
		if md, ok := urlDate(d.Canonical); ok {
			d.Published = md.t
		} else if md, ok := urlDate(page); ok {
			d.Published = md.t
		}
	}
}

// resolveURL resolves ref against base when ref is relative and base is
// an absolute URL; otherwise it returns ref.
func resolveURL(base, ref string) string {
	if ref == "" || base == "" {
		return ref
	}
	r, err := url.Parse(ref)
	if err != nil || r.IsAbs() {
		return ref
	}
	b, err := url.Parse(base)
	if err != nil || !b.IsAbs() {
		return ref
	}
	return b.ResolveReference(r).String()
}
