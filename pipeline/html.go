package pipeline

import (
	"bytes"
	"fmt"
	"time"

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
}

// parseHTML decodes b to UTF-8 (charset from contentType, <meta> or the
// bytes), parses it once, and extracts metadata and main text.
func parseHTML(b []byte, contentType string) (*Document, error) {
	u, err := decodeHTML(b, contentType)
	if err != nil {
		return nil, err
	}
	root, err := html.Parse(bytes.NewReader(u))
	if err != nil {
		return nil, fmt.Errorf("parse HTML: %w", err)
	}
	d := &Document{}
	extractMetadata(root, d)
	d.Text = mainText(root)
	return d, nil
}

// mainText prunes the page's body and returns its article text. It changes
// the tree, so metadata must be read first.
func mainText(root *html.Node) string {
	body := findFirst(root, atom.Body)
	if body == nil {
		body = root
	}
	prune(body, proseLen(body))
	nodes := contentNodes(body)
	if nodes == nil {
		nodes = []*html.Node{body}
	}
	return writeText(nodes)
}
