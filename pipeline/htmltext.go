package pipeline

import (
	"regexp"
	"strings"
	"sync"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Writing the main text: the chosen nodes are walked in document order and
// cut into paragraphs at block elements (headings and list items are
// paragraphs of their own, <br><br> too). Each paragraph is then judged on
// its own: link lists, share and subscribe prompts, "Read more" lines,
// copyright lines, bylines and datelines are dropped.

// para is one paragraph of main text.
type para struct {
	text    string
	links   int // bytes of text inside links
	heading bool
	item    bool // a list item
}

// paraWriter cuts a subtree into paragraphs.
type paraWriter struct {
	paras   []para
	lines   []string
	cur     strings.Builder
	links   int
	heading bool
	item    bool
}

// writeText returns the main text of nodes: paragraphs separated by a blank
// line, boilerplate paragraphs dropped.
func writeText(nodes []*html.Node) string {
	w := &paraWriter{}
	for _, n := range nodes {
		w.node(n, false)
		w.flush()
	}
	paras := filterParas(w.paras)
	size := 0
	for _, p := range paras {
		size += len(p.text) + 2
	}
	var b strings.Builder
	b.Grow(size)
	for i, p := range paras {
		if i > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(p.text)
	}
	return b.String()
}

func (w *paraWriter) node(n *html.Node, inLink bool) {
	switch n.Type {
	case html.TextNode:
		w.cur.WriteString(n.Data)
		if inLink {
			w.links += len(strings.TrimSpace(n.Data))
		}
		return
	case html.ElementNode:
	default:
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			w.node(c, inLink)
		}
		return
	}
	switch n.DataAtom {
	case atom.H1:
		// The headline is the title, not part of the text.
		w.flush()
		return
	case atom.Br:
		w.breakLine()
		return
	case atom.A:
		inLink = true
	case atom.Td, atom.Th:
		// A data cell is part of its row's line; a layout cell holding
		// paragraphs is a block like any other.
		if !hasBlockChild(n) {
			w.cur.WriteByte(' ')
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				w.node(c, inLink)
			}
			w.cur.WriteByte(' ')
			return
		}
	}
	if !isBlock(n) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			w.node(c, inLink)
		}
		return
	}
	w.flush()
	w.heading = isHeading(n)
	w.item = n.DataAtom == atom.Li || n.DataAtom == atom.Dt || n.DataAtom == atom.Dd
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.node(c, inLink)
	}
	w.flush()
}

// breakLine ends the current line; an empty line (<br><br>) ends the
// paragraph.
func (w *paraWriter) breakLine() {
	l := collapseSpace(w.cur.String())
	w.cur.Reset()
	if l == "" {
		if len(w.lines) > 0 {
			w.flush()
		}
		return
	}
	w.lines = append(w.lines, l)
}

// flush ends the current paragraph.
func (w *paraWriter) flush() {
	if l := collapseSpace(w.cur.String()); l != "" {
		w.lines = append(w.lines, l)
	}
	w.cur.Reset()
	if len(w.lines) > 0 {
		w.paras = append(w.paras, para{text: strings.Join(w.lines, "\n"), links: w.links, heading: w.heading, item: w.item})
	}
	w.lines = w.lines[:0]
	w.links = 0
	w.heading, w.item = false, false
}

// boilerLine matches whole paragraphs that are site chrome and begin with
// a word of their own. It is compiled on first use: its counted repeats
// make it the largest pattern in lede (about 5 ms and 3.5 MB to compile),
// which a process that reads no HTML need not pay at start-up. The two kinds that may begin anywhere (an agency
// credit, a rights notice) are agencyCredit and rightsLine: inside one
// alternation their leading wildcards kept 60 to 120 matcher threads alive
// over every byte of every paragraph, whatever it began with.
var boilerLine = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)^(advertisement|advertising|iklan|anzeige|werbung|publicidad|publicidade|publicité|pubblicità|реклама|広告|more:?|don'?t miss:?|explore further|if you (enjoyed|liked|value) this (article|story|post).{0,300}|(tempo de leitura|reading time|lesezeit|temps de lecture|tiempo de lectura):? .{0,20}|follow [^.]{0,60}\b(on|at) (twitter|facebook|instagram|youtube|linkedin)\b.{0,100}|follow [^.]{0,40}(full )?coverage .{0,200}|sponsored( content)?|story continues below( advertisement)?|sharing is caring!?|advert|this (slideshow|video|content|page) requires javascript\.?|(please )?enable javascript.{0,80}|continue reading( below)?|article continues below|share( this)?( article| story| post)?( on)?|share (on|via) .{0,40}|(click|tap) (here|to) .{0,80}|(read|see|watch|view) (more|also|next|the full)\b.{0,150}|related( articles| stories| content| coverage)?:?|recommended( for you)?|more (from|on) .{0,60}|(sign up|subscribe)( now| today)?\b.{0,140}|follow (us|him|her|them|@).{0,80}|(image|photo|photograph|picture|video|graphic)( credit)?s?:.{0,150}|(©|\(c\)|copyright\b).{0,200}|this (material|article) may not be published.{0,120}|(published|updated|posted|last updated)( on| at)?:? .{0,60}|loading( \.\.\.|…)?|comments?( \(\d+\))?|\d+ comments?|tags?:.{0,200}|topics?:.{0,200}|filed under:?.{0,200}|(email|print|tweet|facebook|twitter|linkedin|whatsapp|reddit|pinterest|flipboard)( this)?|we use cookies.{0,300}|by (using|continuing).{0,100}cookies.{0,200}|listen to (this|the) (article|story).{0,60}|\d+ min(ute)?s? read|get (the|our) .{0,60}newsletter.{0,100}|you (may|might) also like[:.…]*|up next:?|next (article|story|up):?.{0,120}|previous (article|story|post):?.{0,120}|next post:?.{0,120}|skip to (main )?content|back to top|this (story|article) (has been|was) (updated|corrected).{0,200})$`)
})

// agencyCredit matches a photo credit naming an agency
// ("(Photo: Jane Doe/Getty Images)", "John Smith / AP").
var agencyCredit = regexp.MustCompile(`(?i)^\(?((photo|image|credit):? )?[^\n]{0,60}/ ?(getty images|shutterstock|ap|ap photo|afp|reuters|epa|bloomberg)( via getty images)?\)?$`)

// rightsLine matches a rights notice ("© 2019 Example Media. All rights
// reserved.").
var rightsLine = regexp.MustCompile(`(?i)^.{0,120}all rights reserved\.?.{0,80}$`)

// boilerPara reports whether t, a whole paragraph, is site chrome. The
// substring tests are necessary conditions of agencyCredit and rightsLine
// ("all right" has no letter that folds outside ASCII), so they only skip
// patterns that cannot match.
func boilerPara(t string) bool {
	return boilerLine().MatchString(t) ||
		strings.IndexByte(t, '/') >= 0 && agencyCredit.MatchString(t) ||
		containsFoldASCII(t, "all right") && rightsLine.MatchString(t)
}

// containsFoldASCII reports whether s contains sub, a lower-case ASCII
// string, ignoring ASCII case.
func containsFoldASCII(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		j := 0
		for j < len(sub) && s[i+j]|0x20 == sub[j] {
			j++
		}
		if j == len(sub) {
			return true
		}
	}
	return false
}

// contactLine matches the author's contact note that closes many articles
// ("Follow her on Twitter @name", "may be reached at name@example.com").
var contactLine = regexp.MustCompile(`(?i)follow (him|her|them|us|me) on (twitter|facebook|instagram|x\b)|(may|can) be reached at|(email|e-mail|contact) (him|her|them|the (author|reporter|writer)) at|got a (news )?tip\b|have a (news )?tip\b`)

// creditLine matches a photo credit ("installation views, photos © Studio").
var creditLine = regexp.MustCompile(`(?i)\b(photos?|images?|pictures?) ?(©|\(c\)|copyright|credits?:)|(©|\(c\)) ?(photos?|images?)\b`)

// bylineLine matches a byline paragraph ("By Jane Doe, CNN Business").
var bylineLine = regexp.MustCompile(`^(?i:by|written by|words by|story by|reporting by)\s+\p{Lu}[^\n]{0,100}$`)

// filterParas drops boilerplate paragraphs and headings left with nothing
// below them.
func filterParas(ps []para) []para {
	out := ps[:0]
	for _, p := range ps {
		if dropPara(p) {
			continue
		}
		out = append(out, p)
	}
	// The author's contact note at the end, and a heading followed by
	// nothing ("Related stories" above a dropped list).
	for len(out) > 0 {
		last := out[len(out)-1]
		if !last.heading && !(len(last.text) < 400 && contactLine.MatchString(last.text)) {
			break
		}
		out = out[:len(out)-1]
	}
	kept := out[:0]
	for i, p := range out {
		if p.heading && i+1 < len(out) && out[i+1].heading {
			continue
		}
		kept = append(kept, p)
	}
	return kept
}

// dropPara judges one paragraph.
func dropPara(p para) bool {
	t := p.text
	n := len(t)
	// Mostly a link, with little text of its own: a related-story link,
	// a "more" link, a menu entry.
	if p.links*10 >= n*6 && n-p.links < 50 {
		return true
	}
	if n <= 400 && boilerPara(t) {
		return true
	}
	if n <= 120 && bylineLine.MatchString(t) && !strings.ContainsAny(t[len(t)-1:], ".!?\"”") {
		return true
	}
	if n <= 150 && creditLine.MatchString(t) {
		return true
	}
	return n <= 80 && dateLine(t)
}

// dateLine reports whether t is a dateline and nothing more: a date with at
// most a few words around it ("Updated March 14, 2023 at 9:24 pm ET").
func dateLine(t string) bool {
	if strings.HasPrefix(t, "—") || strings.Contains(t, "@") {
		return false // the signature of an embedded post
	}
	loc := findDate(t)
	if loc == nil {
		return false
	}
	rest := strings.Fields(t[:loc[0]] + " " + t[loc[1]:])
	return len(rest) == 0 || (len(rest) <= 5 && !strings.ContainsAny(t[len(t)-1:], ".!?\"”"))
}

// hasBlockChild reports whether n has a child element that breaks
// paragraphs.
func hasBlockChild(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if isBlock(c) {
			return true
		}
	}
	return false
}
