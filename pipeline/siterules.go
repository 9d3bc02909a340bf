package pipeline

import (
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/PuerkitoBio/goquery"
	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
)

// Site rules are how a newsroom fixes the pages the heuristics get wrong:
// a file (Config.SiteRules, --site-rules) maps a host to CSS selectors, and
// each selector given overrides only its field. They are read with goquery
// over the one parsed tree.
//
//	{"sites": [{"match": "example.com", "title": ".hed", "authors": ".byline .name",
//	            "published": "time.pub", "published_layout": "2006-01-02",
//	            "body": "div.story", "exclude": ".promo, .related"}]}

// SiteRule is one entry of a site-rules file. Every field but Match is
// optional; an empty one leaves its field to the heuristics.
type SiteRule struct {
	// Match is a host ("www.example.com") or a parent domain ("example.com"
	// matches www.example.com and news.example.com).
	Match string `json:"match"`
	// Title selects the headline; the text of the first match is the title.
	Title string `json:"title,omitempty"`
	// Authors selects byline elements; each match gives the person names
	// in its text ("By Jane Roe and John Doe").
	Authors string `json:"authors,omitempty"`
	// Published selects the date element: its datetime or content
	// attribute, else its text, is parsed with PublishedLayout when given,
	// else with lede's date formats.
	Published string `json:"published,omitempty"`
	// PublishedLayout is a Go time layout ("2006-01-02", "Jan. 2, 2006").
	PublishedLayout string `json:"published_layout,omitempty"`
	// Body selects the article body: the text of all its matches, in page
	// order, is the main text.
	Body string `json:"body,omitempty"`
	// Exclude selects nodes removed before the main text is taken.
	Exclude string `json:"exclude,omitempty"`

	sel [5]cascadia.Selector // compiled Title, Authors, Published, Body, Exclude
}

// SiteRules is a loaded site-rules file. It is read-only after
// LoadSiteRules and safe for concurrent use.
type SiteRules struct {
	Sites []SiteRule `json:"sites"`
}

// LoadSiteRules reads and checks a site-rules file. Errors name the file
// and, for a bad entry, its index and match.
func LoadSiteRules(path string) (*SiteRules, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("site rules: %w", err)
	}
	r, err := parseSiteRules(b)
	if err != nil {
		return nil, fmt.Errorf("site rules %s: %w", path, err)
	}
	return r, nil
}

// parseSiteRules decodes and compiles a site-rules document.
func parseSiteRules(b []byte) (*SiteRules, error) {
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.DisallowUnknownFields()
	var r SiteRules
	if err := dec.Decode(&r); err != nil {
		return nil, fmt.Errorf("decode JSON: %w", err)
	}
	if len(r.Sites) == 0 {
		return nil, fmt.Errorf(`no "sites" entries`)
	}
	for i := range r.Sites {
		s := &r.Sites[i]
		s.Match = strings.ToLower(strings.Trim(strings.TrimSpace(s.Match), "."))
		if s.Match == "" || strings.ContainsAny(s.Match, "/: ") {
			return nil, fmt.Errorf("sites[%d]: match %q: want a host or domain such as example.com", i, s.Match)
		}
		for j, q := range []struct{ key, css string }{
			{"title", s.Title}, {"authors", s.Authors}, {"published", s.Published},
			{"body", s.Body}, {"exclude", s.Exclude},
		} {
			if strings.TrimSpace(q.css) == "" {
				continue
			}
			sel, err := cascadia.Compile(q.css)
			if err != nil {
				return nil, fmt.Errorf("sites[%d] (%s): %s selector %q: %w", i, s.Match, q.key, q.css, err)
			}
			s.sel[j] = sel
		}
		if s.PublishedLayout != "" && s.Published == "" {
			return nil, fmt.Errorf("sites[%d] (%s): published_layout without a published selector", i, s.Match)
		}
	}
	return &r, nil
}

// rule returns the entry for the host of page: the one whose match is the
// host or its longest parent domain; nil when none is.
func (r *SiteRules) rule(page string) *SiteRule {
	if r == nil || page == "" {
		return nil
	}
	u, err := url.Parse(page)
	if err != nil || u.Hostname() == "" {
		return nil
	}
	host := strings.ToLower(strings.TrimSuffix(u.Hostname(), "."))
	var best *SiteRule
	for i := range r.Sites {
		s := &r.Sites[i]
		if host == s.Match || strings.HasSuffix(host, "."+s.Match) {
			if best == nil || len(s.Match) > len(best.Match) {
				best = s
			}
		}
	}
	return best
}

// applyMeta overrides d's title, authors and date with what the rule's
// selectors find in doc; a selector that matches nothing changes nothing.
func (s *SiteRule) applyMeta(doc *goquery.Document, d *Document) {
	if s.sel[0] != nil {
		if t := collapseSpace(doc.FindMatcher(s.sel[0]).First().Text()); t != "" {
			d.Title = t
		}
	}
	if s.sel[1] != nil {
		var names []string
		doc.FindMatcher(s.sel[1]).Each(func(_ int, q *goquery.Selection) {
			names = appendNames(names, personNames(bylineText(q.Nodes[0])))
		})
		if len(names) > 0 {
			d.Authors = names
		}
	}
	if s.sel[2] != nil {
		q := doc.FindMatcher(s.sel[2]).First()
		if q.Length() > 0 {
			if t, hasTime, ok := s.parsePublished(q); ok {
				d.Published, d.HasTime = t, hasTime
			}
		}
	}
}

// parsePublished reads the date of a published match: its datetime or
// content attribute, else its text.
func (s *SiteRule) parsePublished(q *goquery.Selection) (time.Time, bool, bool) {
	var vals []string
	for _, a := range []string{"datetime", "content"} {
		if v, ok := q.Attr(a); ok && strings.TrimSpace(v) != "" {
			vals = append(vals, strings.TrimSpace(v))
		}
	}
	vals = append(vals, collapseSpace(q.Text()))
	for _, v := range vals {
		if s.PublishedLayout != "" {
			if t, err := time.Parse(s.PublishedLayout, v); err == nil {
				return t, strings.Contains(s.PublishedLayout, ":04"), true
			}
			continue
		}
		if md, ok := parseDate(v); ok {
			return md.t, md.hasTime, true
		}
	}
	return time.Time{}, false, false
}

// body applies exclude and returns the rule's body nodes; nil when the
// rule has no body selector or it matches nothing.
func (s *SiteRule) body(doc *goquery.Document) []*html.Node {
	if s.sel[4] != nil {
		doc.FindMatcher(s.sel[4]).Remove()
	}
	if s.sel[3] == nil {
		return nil
	}
	nodes := doc.FindMatcher(s.sel[3]).Nodes
	// A match inside another match is already in its text.
	out := nodes[:0:0]
	for _, n := range nodes {
		inner := false
		for _, o := range nodes {
			if o != n && contains(o, n) {
				inner = true
				break
			}
		}
		if !inner {
			out = append(out, n)
		}
	}
	return out
}

// contains reports whether n is a proper descendant of a.
func contains(a, n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p == a {
			return true
		}
	}
	return false
}
