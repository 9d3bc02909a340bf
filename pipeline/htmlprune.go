package pipeline

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Pruning removes what can never be article text before the content blocks
// are scored: scripts and embeds, navigation, asides, forms controls, hidden
// elements, and elements whose class or id names boilerplate (share bars,
// newsletter boxes, related links, captions, bylines, cookie notices).

// dropTags are removed with everything below them.
var dropTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Iframe: true, atom.Svg: true, atom.Math: true, atom.Button: true, atom.Select: true,
	atom.Input: true, atom.Textarea: true, atom.Label: true, atom.Option: true,
	atom.Nav: true, atom.Aside: true, atom.Footer: true, atom.Header: true,
	atom.Figure: true, atom.Figcaption: true, atom.Picture: true, atom.Video: true,
	atom.Audio: true, atom.Canvas: true, atom.Object: true, atom.Embed: true,
	atom.Map: true, atom.Head: true, atom.Link: true, atom.Meta: true, atom.Dialog: true,
	atom.Menu: true, atom.Img: true, atom.Source: true, atom.Track: true, atom.Title: true,
	atom.Address: true, atom.Time: false,
}

// dropRoles are ARIA landmark roles that never hold the article.
var dropRoles = map[string]bool{
	"navigation": true, "banner": true, "contentinfo": true, "complementary": true,
	"menu": true, "menubar": true, "dialog": true, "alertdialog": true, "search": true,
	"toolbar": true, "tablist": true,
}

// prune removes from n every node that cannot be article text. total is the
// page's prose (proseLen of the body): an element matched by its class,
// role or style that holds half of it or more is kept, so one bad class
// name ("content-with-sidebar") cannot delete the article.
func prune(n *html.Node, total int, cc classCache) {
	var next *html.Node
	for c := n.FirstChild; c != nil; c = next {
		next = c.NextSibling
		switch c.Type {
		case html.CommentNode, html.DoctypeNode:
			n.RemoveChild(c)
			continue
		case html.ElementNode:
		default:
			continue
		}
		if dropTags[c.DataAtom] || c.Namespace == "svg" || c.Namespace == "math" {
			if c.DataAtom == atom.Header && total > 0 && proseLen(c)*2 >= total {
				prune(c, total, cc)
				continue
			}
			n.RemoveChild(c)
			continue
		}
		if junkElement(c, cc) && (total == 0 || proseLen(c)*2 < total) && !embedsPost(c) {
			n.RemoveChild(c)
			continue
		}
		prune(c, total, cc)
	}
}

// embedsPost reports whether n holds an embedded social-media post (a
// <blockquote class="twitter-tweet">): its text is part of the article.
func embedsPost(n *html.Node) bool {
	found := false
	walk(n, func(c *html.Node) bool {
		if found || c.Type != html.ElementNode {
			return false
		}
		if c.DataAtom == atom.Blockquote {
			ci := classID(c)
			found = strings.Contains(ci, "tweet") || strings.Contains(ci, "instagram")
			return false
		}
		return true
	})
	return found
}

// junkElement reports whether c is hidden, a landmark that is not the
// article, or named like boilerplate.
func junkElement(c *html.Node, cc classCache) bool {
	if c.DataAtom == atom.Body || c.DataAtom == atom.Html {
		return false
	}
	if hasAttr(c, "hidden") {
		return true
	}
	if dropRoles[getAttr(c, "role")] {
		return true
	}
	if getAttr(c, "aria-hidden") == "true" {
		return true
	}
	if st := getAttr(c, "style"); st != "" {
		st = strings.ToLower(strings.ReplaceAll(st, " ", ""))
		if strings.Contains(st, "display:none") || strings.Contains(st, "visibility:hidden") {
			return true
		}
	}
	ci := classID(c)
	if ci == "" {
		return false
	}
	k := cc.kinds(ci)
	if c.DataAtom == atom.Article || c.DataAtom == atom.Main || c.DataAtom == atom.P {
		return k&kindJunk != 0 && k&kindContent == 0
	}
	if k&kindJunk != 0 {
		return true
	}
	if c.DataAtom != atom.A && k&kindHover != 0 && !hasChild(c, atom.A) {
		return true
	}
	return k&kindWeak != 0 && k&kindContent == 0
}

// minProse is the shortest <p> that counts as prose, in non-space bytes.
const minProse = 60

// proseLen counts the non-space bytes in n's paragraphs of prose: <p>
// elements of at least minProse bytes.
func proseLen(n *html.Node) int {
	if n.Type == html.ElementNode && n.DataAtom == atom.P {
		if k := textLen(n); k >= minProse {
			return k
		}
		return 0
	}
	k := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			k += proseLen(c)
		}
	}
	return k
}

// hasChild reports whether n has a child element with tag a.
func hasChild(n *html.Node, a atom.Atom) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == a {
			return true
		}
	}
	return false
}

// textLen counts the non-space bytes of text below n.
func textLen(n *html.Node) int {
	switch n.Type {
	case html.TextNode:
		k := 0
		for i := 0; i < len(n.Data); i++ {
			switch n.Data[i] {
			case ' ', '\n', '\t', '\r', '\f':
			default:
				k++
			}
		}
		return k
	case html.ElementNode:
		if n.DataAtom == atom.Script || n.DataAtom == atom.Style {
			return 0
		}
	}
	k := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		k += textLen(c)
	}
	return k
}
