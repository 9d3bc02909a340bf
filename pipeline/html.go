package pipeline

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Document is what the HTML stage learns from a page.
type Document struct {
	Title     string
	Authors   []string
	Published time.Time // zero when unknown
	HasTime   bool      // Published carries a real time of day
	Site      string
	Canonical string
	Language  string // from <html lang>, "" when absent
	Text      string // main text, paragraphs separated by a blank line
	// Warnings are notes for the Result ("the page declares charset ...").
	Warnings []string
}

// parseHTML decodes b to UTF-8 (charset from contentType, <meta> or the
// bytes), parses it once, and extracts metadata and main text.
func parseHTML(b []byte, contentType string) (*Document, error) {
	return parseHTMLPage(b, contentType, "", nil)
}

// parseHTMLPage is parseHTML for a page fetched from page (may be ""),
// with the site rules of its host (or of its canonical URL's host) applied.
func parseHTMLPage(b []byte, contentType, page string, rules *SiteRules) (*Document, error) {
	u, warn, err := decodeHTML(b, contentType)
	if err != nil {
		return nil, err
	}
	root, err := html.Parse(bytes.NewReader(u))
	if err != nil {
		// x/net/html refuses pages nested deeper than 512 elements, which
		// runs of unclosed inline tags (<font>, <span>) can reach. Parse
		// again without inline tags, then with block structure flattened.
		for _, keep := range []func(atom.Atom) bool{notInline, flatKeep} {
			if root, err = html.Parse(bytes.NewReader(stripTags(u, keep))); err == nil {
				break
			}
		}
		if err != nil {
			return nil, fmt.Errorf("parse HTML: %w", err)
		}
	}
	d := &Document{}
	if warn != "" {
		d.Warnings = append(d.Warnings, warn)
	}
	cc := classCache{}
	extractMetadata(root, d, cc)
	if rule := rules.rule(firstNonEmpty(page, d.Canonical)); rule != nil {
		doc := goquery.NewDocumentFromNode(root)
		rule.applyMeta(doc, d)
		if nodes := rule.body(doc); len(nodes) > 0 {
			d.Text = writeText(nodes)
			return d, nil
		}
	}
	d.Text = mainText(root, cc)
	if d.Text == "" {
		// Everything looked like boilerplate (a page of one short notice,
		// or text only in elements named "header"): keep the visible text
		// rather than nothing. The first parse succeeded, so this one does.
		// A page whose visible text is a few words of navigation has no
		// article: that is an error for the caller, not a result.
		if root, err := html.Parse(bytes.NewReader(u)); err == nil {
			if t := visibleText(root); looksLikeProse(t) {
				d.Text = t
			}
		}
	}
	return d, nil
}

// looksLikeProse reports whether the visible text of a page with no article
// block is worth keeping: ten words or more, or at least one line that reads
// as a sentence (four words or more, ending in . ! or ?).
func looksLikeProse(t string) bool {
	if len(strings.Fields(t)) >= 10 {
		return true
	}
	for _, line := range strings.Split(t, "\n") {
		line = strings.TrimSpace(line)
		if len(strings.Fields(line)) >= 4 && strings.ContainsAny(line[len(line)-1:], ".!?") {
			return true
		}
	}
	return false
}

// visibleText returns all the text of a page's body, paragraphs kept,
// without scripts, styles and other non-text elements.
func visibleText(root *html.Node) string {
	body := findFirst(root, atom.Body)
	if body == nil {
		body = root
	}
	var strip func(*html.Node)
	strip = func(n *html.Node) {
		var next *html.Node
		for c := n.FirstChild; c != nil; c = next {
			next = c.NextSibling
			if c.Type == html.CommentNode || c.Type == html.ElementNode && (c.DataAtom == atom.Script || c.DataAtom == atom.Style ||
				c.DataAtom == atom.Noscript || c.DataAtom == atom.Template || c.DataAtom == atom.Svg || c.DataAtom == atom.Head ||
				c.DataAtom == atom.Select || c.DataAtom == atom.Option || c.DataAtom == atom.Textarea) {
				n.RemoveChild(c)
				continue
			}
			strip(c)
		}
	}
	strip(body)
	w := &paraWriter{}
	w.node(body, false)
	w.flush()
	var b strings.Builder
	for i, p := range w.paras {
		if i > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(p.text)
	}
	return b.String()
}

// mainText prunes the page's body and returns its article text. It changes
// the tree, so metadata must be read first.
func mainText(root *html.Node, cc classCache) string {
	body := findFirst(root, atom.Body)
	if body == nil {
		body = root
	}
	prune(body, proseLen(body), cc)
	nodes := contentNodes(body, cc)
	if nodes == nil {
		nodes = []*html.Node{body}
	}
	return writeText(nodes)
}

// stripTags rewrites a page keeping only the tags keep accepts; text,
// comments and the contents of dropped tags stay as they were.
func stripTags(b []byte, keep func(atom.Atom) bool) []byte {
	z := html.NewTokenizer(bytes.NewReader(b))
	var out bytes.Buffer
	out.Grow(len(b))
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return out.Bytes()
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			if !keep(atom.Lookup(name)) {
				continue
			}
		}
		out.Write(z.Raw())
	}
}

// notInline keeps every tag but inline formatting and links.
func notInline(a atom.Atom) bool {
	switch a {
	case atom.A, atom.Abbr, atom.B, atom.Big, atom.Cite, atom.Code, atom.Em, atom.Font, atom.I,
		atom.Mark, atom.Q, atom.S, atom.Small, atom.Span, atom.Strike, atom.Strong, atom.Sub,
		atom.Sup, atom.Tt, atom.U, atom.Nobr, atom.Label, atom.Time:
		return false
	}
	return true
}

// flatKeep keeps only tags that cannot nest deeply: the head's metadata,
// paragraphs, headings, list items and line breaks.
func flatKeep(a atom.Atom) bool {
	switch a {
	case atom.Html, atom.Head, atom.Body, atom.Title, atom.Meta, atom.Link, atom.Script, atom.Style,
		atom.P, atom.Br, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Li:
		return true
	}
	return false
}
