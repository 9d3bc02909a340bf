package pipeline

import (
	"strings"

	"github.com/PuerkitoBio/goquery"
	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Microformats mark the publication date of blog and CMS pages from before
// JSON-LD: hAtom's <abbr class="published" title="2015-03-10T08:05:41-07:00">
// (WordPress themes of the 2000s, Blogger: "links-in-tables" and "002" among
// Mozilla Readability's test pages) and microformats2's dt-published. The
// machine value is in the title or datetime attribute; the visible text is
// often only "March 10" or "12:06 PM". A date inside a comment thread (whose
// entries are hAtom entries too, as on the Firefox Nightly blog) is the
// comment's date, not the article's.

// microformatSel selects the published elements of hAtom, h-entry and the
// HTML5 draft's <time pubdate>.
var microformatSel = cascadia.MustCompile("abbr.published, .hentry .published, .h-entry .dt-published, time[pubdate]")

// addMicroformats appends the first published microformat outside comments
// to m.metas as "microformat:published". It runs a goquery selector over the
// one parsed tree, and only when the walk saw a class naming "published".
func (m *pageMeta) addMicroformats(root *html.Node) {
	if !m.sawPublished {
		return
	}
	goquery.NewDocumentFromNode(root).FindMatcher(microformatSel).EachWithBreak(func(_ int, q *goquery.Selection) bool {
		if inComments(q.Nodes[0]) {
			return true
		}
		v := firstNonEmpty(q.AttrOr("datetime", ""), q.AttrOr("title", ""))
		if _, ok := parseDate(v); !ok {
			return true
		}
		m.metas = append(m.metas, [2]string{"microformat:published", v})
		return false
	})
}

// inComments reports whether n sits in a comment thread: an ancestor below
// <body> with a class or id token that names comments ("comment-list",
// "comments", "comment-7443", "article-comments"; not feature flags such
// as Kinja's "f_comment_nofollow_on" on <body>).
func inComments(n *html.Node) bool {
	for p := n.Parent; p != nil && p.Type == html.ElementNode && p.DataAtom != atom.Body; p = p.Parent {
		for _, tok := range strings.Fields(classID(p)) {
			if commentToken(tok) {
				return true
			}
		}
	}
	return false
}

// commentToken reports whether one class or id token names comments.
func commentToken(tok string) bool {
	tok = strings.ReplaceAll(tok, "_", "-")
	for _, w := range []string{"comment", "comments"} {
		if tok == w || strings.HasPrefix(tok, w+"-") || strings.HasSuffix(tok, "-"+w) {
			return true
		}
	}
	return false
}
