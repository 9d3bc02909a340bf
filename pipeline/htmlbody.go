package pipeline

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Content scoring, after Readability: every block of running text (a <p>,
// or a <div> holding text of its own) scores by length and commas, and passes
// its score up to its ancestors, damped by distance. Each candidate's score
// is then scaled by its link density, the best candidate wins, and those of
// its siblings that score nearly as well (or read like prose) join it.

// minBlockText is the shortest block of text that scores, in bytes.
const minBlockText = 25

// scorer holds the candidates of one page, in document order.
type scorer struct {
	score map[*html.Node]float64
	order []*html.Node
	cc    classCache
}

// contentNodes returns the nodes whose text is the article, in document
// order: the best-scoring candidate under root and its qualifying siblings.
// It returns nil when no block of text scores.
func contentNodes(root *html.Node, cc classCache) []*html.Node {
	s := &scorer{score: map[*html.Node]float64{}, cc: cc}
	walk(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return false
		}
		s.scoreBlock(n)
		return true
	})
	if len(s.order) == 0 {
		return nil
	}
	final := make(map[*html.Node]float64, len(s.order))
	var top *html.Node
	for _, n := range s.order {
		f := s.score[n] * (1 - linkDensity(n))
		final[n] = f
		if top == nil || f > final[top] {
			top = n
		}
	}
	top = s.climb(top, final)
	return siblings(top, final)
}

// scoreBlock scores n when it is a block of running text and credits its
// ancestors.
func (s *scorer) scoreBlock(n *html.Node) {
	var text string
	paragraph := false
	switch n.DataAtom {
	case atom.P, atom.Pre, atom.Blockquote:
		text, paragraph = textOf(n), true
	case atom.Div, atom.Section, atom.Article, atom.Td, atom.Main, atom.Span, atom.Font, atom.Center, atom.Li, atom.Dd:
		text = ownText(n)
	default:
		return
	}
	if len(text) < minBlockText {
		return
	}
	points := 1 + float64(strings.Count(text, ",")+strings.Count(text, "，")+strings.Count(text, "、")) + min(float64(len(text))/100, 3)
	level := 0
	p := n.Parent
	if !paragraph {
		p = n
	}
	for ; p != nil && level < 5; p = p.Parent {
		if p.Type != html.ElementNode {
			break
		}
		if _, ok := s.score[p]; !ok {
			s.score[p] = initialScore(p, s.cc)
			s.order = append(s.order, p)
		}
		switch level {
		case 0:
			s.score[p] += points
		case 1:
			s.score[p] += points / 2
		default:
			s.score[p] += points / float64(level*3)
		}
		level++
	}
}

// climb moves from the top candidate to an ancestor when the ancestor is a
// better frame for the article: when the candidate is its only child, or
// when several other strong candidates sit below the same ancestor.
func (s *scorer) climb(top *html.Node, final map[*html.Node]float64) *html.Node {
	var alts []*html.Node
	for _, n := range s.order {
		if n != top && final[n] >= final[top]*0.75 {
			alts = append(alts, n)
		}
	}
	if len(alts) >= 3 {
		for p := top.Parent; p != nil && p.DataAtom != atom.Body; p = p.Parent {
			k := 0
			for _, a := range alts {
				if isAncestor(p, a) {
					k++
				}
			}
			if k >= 3 {
				top = p
				break
			}
		}
	}
	for top.Parent != nil && top.Parent.Type == html.ElementNode && top.Parent.DataAtom != atom.Body && onlyElementChild(top) {
		top = top.Parent
	}
	// An article cut into sections (a pull quote, an image between them)
	// leaves prose outside the best section: take the ancestor that holds
	// clearly more prose, as long as it is not a page of links.
	for p := top.Parent; p != nil && p.Type == html.ElementNode && p.DataAtom != atom.Body; p = p.Parent {
		if proseLen(p)*4 > proseLen(top)*5 && linkDensity(p) < 0.3 {
			top = p
		}
	}
	return top
}

// siblings returns top and those of its siblings that belong to the article.
func siblings(top *html.Node, final map[*html.Node]float64) []*html.Node {
	if top.Parent == nil {
		return []*html.Node{top}
	}
	threshold := max(10, final[top]*0.2)
	topClass := getAttr(top, "class")
	var out []*html.Node
	for c := top.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c == top {
			out = append(out, c)
			continue
		}
		bonus := 0.0
		if topClass != "" && getAttr(c, "class") == topClass {
			bonus = final[top] * 0.2
		}
		if sc, ok := final[c]; ok && sc+bonus >= threshold {
			out = append(out, c)
			continue
		}
		if c.DataAtom == atom.P {
			t := textOf(c)
			ld := linkDensity(c)
			if (len(t) > 80 && ld < 0.25) || (len(t) > 0 && len(t) <= 80 && ld == 0 && strings.HasSuffix(t, ".")) {
				out = append(out, c)
			}
		}
	}
	return out
}

// initialScore is a candidate's score before its blocks count: by tag and by
// what its class and id say.
func initialScore(n *html.Node, cc classCache) float64 {
	var sc float64
	switch n.DataAtom {
	case atom.Div, atom.Article, atom.Main:
		sc = 5
	case atom.Pre, atom.Td, atom.Blockquote:
		sc = 3
	case atom.Address, atom.Ol, atom.Ul, atom.Dl, atom.Dd, atom.Dt, atom.Li, atom.Form:
		sc = -3
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Th:
		sc = -5
	}
	ci := classID(n)
	if ci != "" {
		k := cc.kinds(ci)
		if k&kindContent != 0 {
			sc += 25
		}
		if k&kindWeak != 0 {
			sc -= 25
		}
	}
	if n.DataAtom == atom.Article || getAttr(n, "itemprop") == "articleBody" {
		sc += 10
	}
	return sc
}

// ownText returns the text of n's text and inline children, skipping
// block children, white space collapsed.
func ownText(n *html.Node) string {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && isBlock(c) {
			b.WriteByte(' ')
			continue
		}
		nodeText(&b, c)
	}
	return collapseSpace(b.String())
}

// linkDensity is the share of n's text that sits inside links.
func linkDensity(n *html.Node) float64 {
	total := textLen(n)
	if total == 0 {
		return 0
	}
	links := 0
	walk(n, func(c *html.Node) bool {
		if c.Type == html.ElementNode && c.DataAtom == atom.A {
			links += textLen(c)
			return false
		}
		return true
	})
	return float64(links) / float64(total)
}

// onlyElementChild reports whether n is its parent's only element child and
// the parent holds no text of its own.
func onlyElementChild(n *html.Node) bool {
	for c := n.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c == n {
			continue
		}
		if c.Type == html.ElementNode {
			return false
		}
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			return false
		}
	}
	return true
}

// isAncestor reports whether a is an ancestor of n.
func isAncestor(a, n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p == a {
			return true
		}
	}
	return false
}
