package pipeline

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file holds small helpers over x/net/html nodes shared by the
// metadata and main-text stages. They never allocate a selector engine:
// the HTML stage walks the one parsed tree directly.

// getAttr returns the value of n's attribute key ("" when absent).
func getAttr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// hasAttr reports whether n carries attribute key.
func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// classID returns n's class and id attributes, lower-cased, joined by a space.
func classID(n *html.Node) string {
	var c, id string
	for _, a := range n.Attr {
		switch a.Key {
		case "class":
			c = a.Val
		case "id":
			id = a.Val
		}
	}
	if c == "" && id == "" {
		return ""
	}
	return strings.ToLower(c + " " + id)
}

// nodeText appends the text below n to b, white space as in the source.
func nodeText(b *strings.Builder, n *html.Node) {
	switch n.Type {
	case html.TextNode:
		b.WriteString(n.Data)
		return
	case html.CommentNode:
		return
	}
	if n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style) {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		nodeText(b, c)
	}
}

// textOf returns the text below n with white space collapsed.
func textOf(n *html.Node) string {
	var b strings.Builder
	nodeText(&b, n)
	return collapseSpace(b.String())
}

// shortText returns the text below n, white space collapsed, when its raw
// text is at most max bytes long; ok is false for longer text, which is
// not read beyond max.
func shortText(n *html.Node, max int) (string, bool) {
	var b strings.Builder
	ok := true
	var rec func(*html.Node)
	rec = func(c *html.Node) {
		for k := c.FirstChild; k != nil && ok; k = k.NextSibling {
			switch k.Type {
			case html.TextNode:
				if b.Len()+len(k.Data) > max*4 {
					ok = false
					return
				}
				b.WriteString(k.Data)
			case html.ElementNode:
				if k.DataAtom != atom.Script && k.DataAtom != atom.Style {
					b.WriteByte(' ')
					rec(k)
				}
			}
		}
	}
	rec(n)
	if !ok {
		return "", false
	}
	t := collapseSpace(b.String())
	return t, len(t) <= max
}

// walk calls fn for n and every node below it in document order; fn returns
// false to skip a node's children.
func walk(n *html.Node, fn func(*html.Node) bool) {
	if !fn(n) {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, fn)
	}
}

// findFirst returns the first element below n (n included) with tag a.
func findFirst(n *html.Node, a atom.Atom) *html.Node {
	var found *html.Node
	walk(n, func(c *html.Node) bool {
		if found != nil {
			return false
		}
		if c.Type == html.ElementNode && c.DataAtom == a {
			found = c
			return false
		}
		return true
	})
	return found
}

// collapseSpace trims s and folds runs of white space into one space.
func collapseSpace(s string) string {
	if !needsCollapse(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for f := range strings.FieldsSeq(s) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(f)
	}
	return b.String()
}

// needsCollapse reports whether s has white space other than single
// spaces between words.
func needsCollapse(s string) bool {
	prevSpace := true // a leading space needs trimming
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ':
			if prevSpace {
				return true
			}
			prevSpace = true
		case c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c >= 0x80:
			// Non-ASCII may be a Unicode space: take the slow path.
			return true
		default:
			prevSpace = false
		}
	}
	return prevSpace && len(s) > 0
}

// blockTags are elements that start a new paragraph in the main text.
var blockTags = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Dd: true, atom.Details: true, atom.Div: true, atom.Dl: true, atom.Dt: true,
	atom.Fieldset: true, atom.Figcaption: true, atom.Figure: true, atom.Footer: true,
	atom.Form: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Header: true, atom.Hr: true, atom.Li: true,
	atom.Main: true, atom.Nav: true, atom.Ol: true, atom.P: true, atom.Pre: true,
	atom.Section: true, atom.Table: true, atom.Tbody: true, atom.Td: true, atom.Th: true,
	atom.Thead: true, atom.Tr: true, atom.Ul: true, atom.Body: true, atom.Html: true,
	atom.Center: true, atom.Summary: true, atom.Caption: true, atom.Tfoot: true,
}

// isBlock reports whether n is an element that breaks paragraphs.
func isBlock(n *html.Node) bool {
	return n.Type == html.ElementNode && blockTags[n.DataAtom]
}

// isHeading reports whether n is h1..h6.
func isHeading(n *html.Node) bool {
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return n.Type == html.ElementNode
	}
	return false
}
