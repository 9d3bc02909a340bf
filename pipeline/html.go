package pipeline

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
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
}

// parseHTML decodes b to UTF-8 (charset from contentType, <meta> or the
// bytes), parses it once, and extracts metadata and main text.
func parseHTML(b []byte, contentType string) (*Document, error) {
	r, err := charset.NewReader(bytes.NewReader(b), contentType)
	if err != nil {
		return nil, fmt.Errorf("decode charset: %w", err)
	}
	root, err := html.Parse(r)
	if err != nil {
		return nil, fmt.Errorf("parse HTML: %w", err)
	}
	doc := goquery.NewDocumentFromNode(root)
	d := &Document{}
	extractMetadata(doc, d)
	d.Text = mainText(doc)
	return d, nil
}

var dropSelector = "script, style, noscript, template, nav, header, footer, aside, form, figure, figcaption, iframe, svg, button, select"

// mainText returns the article body: the block with the most paragraph text,
// one paragraph per block element.
func mainText(doc *goquery.Document) string {
	doc.Find(dropSelector).Remove()
	best, bestScore := doc.Find("body"), 0
	scores := map[*html.Node]int{}
	doc.Find("p").Each(func(_ int, p *goquery.Selection) {
		n := len(strings.TrimSpace(p.Text()))
		if n < 25 {
			return
		}
		if parent := p.Parent(); parent.Length() > 0 {
			scores[parent.Get(0)] += n
			if gp := parent.Parent(); gp.Length() > 0 {
				scores[gp.Get(0)] += n / 2
			}
		}
	})
	for node, s := range scores {
		if s > bestScore || (s == bestScore && best.Length() > 0 && node != best.Get(0) && nodeOrder(doc, node) < nodeOrder(doc, best.Get(0))) {
			best, bestScore = goquery.NewDocumentFromNode(node).Selection, s
		}
	}
	var paras []string
	best.Find("p, h2, h3, h4, li, blockquote, pre").Each(func(_ int, s *goquery.Selection) {
		if s.Find("p, li").Length() > 0 {
			return
		}
		t := collapseSpace(s.Text())
		if t != "" {
			paras = append(paras, t)
		}
	})
	if len(paras) == 0 {
		if t := collapseSpace(best.Text()); t != "" {
			paras = append(paras, t)
		}
	}
	return strings.Join(paras, "\n\n")
}

// nodeOrder is a stable tie-breaker: the node's position in document order.
func nodeOrder(doc *goquery.Document, n *html.Node) int {
	i, found := 0, -1
	var walk func(*html.Node)
	walk = func(c *html.Node) {
		if found >= 0 {
			return
		}
		if c == n {
			found = i
			return
		}
		i++
		for ch := c.FirstChild; ch != nil; ch = ch.NextSibling {
			walk(ch)
		}
	}
	walk(doc.Get(0))
	return found
}

// collapseSpace trims s and folds runs of white space into one space.
func collapseSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
