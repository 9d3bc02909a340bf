package pipeline

import (
	"encoding/json"
	"strings"
	"time"

	"github.com/PuerkitoBio/goquery"
)

// extractMetadata fills d's title, authors, date, site, canonical URL and
// language from <title>, meta tags, JSON-LD, <time> and <h1>.
func extractMetadata(doc *goquery.Document, d *Document) {
	meta := func(keys ...string) string {
		for _, k := range keys {
			if v, ok := doc.Find(`meta[property="` + k + `"], meta[name="` + k + `"], meta[itemprop="` + k + `"]`).First().Attr("content"); ok && strings.TrimSpace(v) != "" {
				return collapseSpace(v)
			}
		}
		return ""
	}
	ld := jsonLD(doc)
	d.Language, _ = doc.Find("html").Attr("lang")
	d.Site = firstNonEmpty(meta("og:site_name"), ld.publisher)
	d.Canonical, _ = doc.Find(`link[rel="canonical"]`).Attr("href")
	if d.Canonical == "" {
		d.Canonical = meta("og:url")
	}
	h1 := collapseSpace(doc.Find("h1").First().Text())
	d.Title = firstNonEmpty(h1, meta("og:title", "twitter:title"), ld.headline, collapseSpace(doc.Find("title").First().Text()))
	d.Authors = ld.authors
	if len(d.Authors) == 0 {
		if a := meta("author", "article:author"); a != "" && !strings.HasPrefix(a, "http") {
			d.Authors = []string{a}
		}
	}
	for _, s := range []string{ld.published, meta("article:published_time", "datePublished", "pubdate", "date"), attr(doc.Find("time[datetime]").First(), "datetime")} {
		if t, hasTime, ok := parseMetaDate(s); ok {
			d.Published, d.HasTime = t, hasTime
			break
		}
	}
}

func attr(s *goquery.Selection, name string) string {
	v, _ := s.Attr(name)
	return v
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// parseMetaDate parses the date formats found in page metadata.
func parseMetaDate(s string) (t time.Time, hasTime, ok bool) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05", "2006-01-02T15:04Z07:00", "2006-01-02 15:04:05"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true, true
		}
	}
	if len(s) >= 10 {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil {
			return t, false, true
		}
	}
	return time.Time{}, false, false
}

type ldInfo struct {
	headline, published, publisher string
	authors                        []string
}

// jsonLD reads the first NewsArticle-like object in the page's JSON-LD.
func jsonLD(doc *goquery.Document) ldInfo {
	var info ldInfo
	doc.Find(`script[type="application/ld+json"]`).EachWithBreak(func(_ int, s *goquery.Selection) bool {
		var v any
		if json.Unmarshal([]byte(s.Text()), &v) != nil {
			return true
		}
		for _, obj := range ldObjects(v) {
			typ, _ := obj["@type"].(string)
			if !strings.Contains(typ, "Article") && typ != "ReportageNewsArticle" && typ != "BlogPosting" {
				continue
			}
			info.headline, _ = obj["headline"].(string)
			info.published, _ = obj["datePublished"].(string)
			info.authors = ldNames(obj["author"])
			if p := ldNames(obj["publisher"]); len(p) > 0 {
				info.publisher = p[0]
			}
			return false
		}
		return true
	})
	return info
}

// ldObjects flattens a JSON-LD value (object, array or @graph) to objects.
func ldObjects(v any) []map[string]any {
	switch x := v.(type) {
	case map[string]any:
		out := []map[string]any{x}
		if g, ok := x["@graph"]; ok {
			out = append(out, ldObjects(g)...)
		}
		return out
	case []any:
		var out []map[string]any
		for _, e := range x {
			out = append(out, ldObjects(e)...)
		}
		return out
	}
	return nil
}

// ldNames returns the person names in a JSON-LD author value.
func ldNames(v any) []string {
	switch x := v.(type) {
	case string:
		if x != "" {
			return []string{x}
		}
	case map[string]any:
		if n, ok := x["name"].(string); ok && n != "" {
			return []string{collapseSpace(n)}
		}
	case []any:
		var out []string
		for _, e := range x {
			out = append(out, ldNames(e)...)
		}
		return out
	}
	return nil
}
