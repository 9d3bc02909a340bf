package view

import (
	"fmt"
	"html"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/lede-project/lede/extractors"
	"github.com/lede-project/lede/pipeline"
)

// mark is one highlighted span of the text, in code points (the Result's
// coordinate space), end exclusive.
type mark struct {
	start, end int
	layer      int    // lower layers enclose higher ones when they share a span
	class      string // CSS classes
	id         string // element id, on the first piece only
	tip        string // shown on hover and focus, read as the description
	attrs      string // further attributes, already escaped
	after      string // HTML written after the mark's last piece
}

// Layers, outermost first.
const (
	layerQuote = iota
	layerVenue
	layerEntity
	layerValue // dates and money
	layerSpeaker
)

// entityClass maps an entity label onto its highlight colour.
func entityClass(label string) string {
	switch label {
	case "PERSON":
		return "ent person"
	case "ORG":
		return "ent org"
	case "GPE", "LOC":
		return "ent place"
	}
	return "ent other"
}

// marks lists every highlight of r.
func marks(r *pipeline.Result) []mark {
	var ms []mark
	for _, e := range r.Entities {
		name := e.Entity
		if name == "" {
			name = e.Text
		}
		tip := e.Label
		if name != e.Text {
			tip += " · " + name
		}
		ms = append(ms, mark{start: e.Start, end: e.End, layer: layerEntity, class: entityClass(e.Label), tip: tip, id: fmt.Sprintf("e-%d", e.Start),
			attrs: attr("data-entity", name) + attr("data-label", e.Label)})
	}
	for _, d := range r.Dates {
		ms = append(ms, mark{start: d.Start, end: d.End, layer: layerValue, class: "date", tip: d.Type + " " + d.Value, id: fmt.Sprintf("d-%d", d.Start),
			attrs: attr("data-value", d.Value)})
	}
	for _, m := range r.Money {
		tip := formatAmount(m.Amount) + " " + m.Currency
		if m.Approx {
			tip = "about " + tip
		}
		ms = append(ms, mark{start: m.Start, end: m.End, layer: layerValue, class: "money", tip: tip, id: fmt.Sprintf("m-%d", m.Start),
			attrs: attr("data-amount", strconv.FormatFloat(m.Amount, 'f', -1, 64)) + attr("data-currency", m.Currency)})
	}
	for _, v := range r.Venues {
		tip := "venue of “" + v.Event + "”"
		if v.Date != "" {
			tip += " · " + v.Date
		}
		ms = append(ms, mark{start: v.Start, end: v.End, layer: layerVenue, class: "venue", tip: tip, id: fmt.Sprintf("v-%d", v.Start)})
	}
	speakers := map[[2]int]bool{}
	for i, q := range quotes(r) {
		id := fmt.Sprintf("q-%d", i+1)
		m := mark{start: q.Start, end: q.End, layer: layerQuote, id: id, class: "quote " + q.Kind}
		who := string(q.Speaker)
		if who == "" {
			m.tip = q.Kind + " quote, speaker unknown"
			ms = append(ms, m)
			continue
		}
		m.tip = q.Kind + " quote · " + who
		target := "who-" + slug(who) // the speaker's row in the side table
		if q.SpeakerStart != nil && q.SpeakerEnd != nil {
			span := [2]int{*q.SpeakerStart, *q.SpeakerEnd}
			target = fmt.Sprintf("s-%d-%d", span[0], span[1])
			if !speakers[span] {
				speakers[span] = true
				ms = append(ms, mark{start: span[0], end: span[1], layer: layerSpeaker, class: "speaker", id: target,
					tip: "speaker · " + who})
			}
		}
		m.attrs = attr("data-speaker", target)
		m.after = `<a class="by" href="#` + target + `"` + attr("data-quote", id) + ` aria-label="` +
			html.EscapeString(q.Kind+" quote by "+who+": go to the speaker") + `">` + html.EscapeString(who) + `</a>`
		ms = append(ms, m)
	}
	slices.SortStableFunc(ms, func(a, b mark) int {
		switch {
		case a.start != b.start:
			return a.start - b.start
		case a.end != b.end:
			return b.end - a.end // longer first: it encloses
		}
		return a.layer - b.layer
	})
	return ms
}

// quoteItem is one quote or piece of reported speech.
type quoteItem = extractors.Quote

// quotes returns the direct quotes, then the reported speech.
func quotes(r *pipeline.Result) []quoteItem {
	var qs []quoteItem
	for _, q := range r.Quotes {
		qs = append(qs, q)
	}
	for _, q := range r.Reported {
		qs = append(qs, q)
	}
	return qs
}

// attr writes ` name="value"`, escaped.
func attr(name, value string) string {
	return " " + name + `="` + html.EscapeString(value) + `"`
}

// slug turns a name into an id fragment.
func slug(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		case b.Len() > 0 && !strings.HasSuffix(b.String(), "-"):
			b.WriteByte('-')
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

// formatAmount writes 300000000 as "300,000,000" and keeps cents.
func formatAmount(a float64) string {
	whole, frac := math.Modf(a)
	s := strconv.FormatFloat(whole, 'f', 0, 64)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 && c != '-' && s[i-1] != '-' {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if frac != 0 {
		b.WriteString(strings.TrimPrefix(strconv.FormatFloat(math.Abs(frac), 'f', 2, 64), "0"))
	}
	return b.String()
}

// highlight writes text as HTML with ms (sorted by marks) as nested
// elements. Marks that cross are balanced: the inner one is closed and
// reopened as a continuation piece (no id, same class). Paragraphs (blank
// lines) become <p>, line breaks <br>.
func highlight(text string, ms []mark) string {
	runes := []rune(text)
	type open struct {
		m     *mark
		first bool
	}
	var b strings.Builder
	var stack []open
	tipN := 0
	openTag := func(m *mark, first bool) {
		b.WriteString(`<span class="` + m.class + `"`)
		if first && m.id != "" {
			b.WriteString(` id="` + m.id + `"`)
		}
		if !first {
			b.WriteString(` data-cont="1"`)
		}
		b.WriteString(m.attrs)
		if m.tip != "" {
			tipN++
			id := fmt.Sprintf("t-%d", tipN)
			b.WriteString(` tabindex="0" aria-describedby="` + id + `"><span class="tip" role="tooltip" id="` + id + `">` +
				html.EscapeString(m.tip) + `</span>`)
			return
		}
		b.WriteString(">")
	}
	closeTo := func(pos int) {
		// Close every mark ending at or before pos, with those opened after
		// it closed first and reopened when they go on.
		for {
			i := slices.IndexFunc(stack, func(o open) bool { return o.m.end <= pos })
			if i < 0 {
				return
			}
			var reopen []*mark
			for j := len(stack) - 1; j >= i; j-- {
				b.WriteString("</span>")
				if m := stack[j].m; m.end <= pos {
					b.WriteString(m.after)
				} else {
					reopen = append(reopen, m)
				}
			}
			stack = stack[:i]
			for j := len(reopen) - 1; j >= 0; j-- {
				openTag(reopen[j], false)
				stack = append(stack, open{reopen[j], false})
			}
		}
	}
	next := 0 // next mark to open
	for pos := 0; pos <= len(runes); pos++ {
		closeTo(pos)
		for next < len(ms) && ms[next].start <= pos {
			m := &ms[next]
			next++
			if m.start < pos || m.end <= m.start || m.end > len(runes) {
				continue // out of range: not drawn
			}
			openTag(m, true)
			stack = append(stack, open{m, true})
		}
		if pos == len(runes) {
			break
		}
		switch c := runes[pos]; {
		case c == '\n' && pos+1 < len(runes) && runes[pos+1] == '\n' && len(stack) == 0:
			for pos+1 < len(runes) && runes[pos+1] == '\n' {
				pos++
			}
			b.WriteString("</p>\n<p>")
		case c == '\n':
			b.WriteString("<br>\n")
		case c == '<':
			b.WriteString("&lt;")
		case c == '>':
			b.WriteString("&gt;")
		case c == '&':
			b.WriteString("&amp;")
		case c == '"':
			b.WriteString("&#34;")
		case c == '\'':
			b.WriteString("&#39;")
		default:
			b.WriteRune(c)
		}
	}
	closeTo(math.MaxInt)
	return "<p>" + b.String() + "</p>"
}
