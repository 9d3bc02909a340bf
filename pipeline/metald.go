package pipeline

import (
	"encoding/json"
	"strings"
)

// JSON-LD: schema.org objects in <script type="application/ld+json">,
// read for the headline, authors, publication date and publisher.

// ldInfo is what lede reads from one JSON-LD article object.
type ldInfo struct {
	headline, published, publisher string
	authors                        []string
}

// addJSONLD reads one JSON-LD script: its article objects and any
// publisher name.
func (m *pageMeta) addJSONLD(src string) {
	var v any
	if json.Unmarshal([]byte(src), &v) != nil {
		return
	}
	for _, obj := range ldObjects(v) {
		typ := ldType(obj["@type"])
		if d, ok := obj["datePublished"].(string); ok && m.ldDate == "" {
			m.ldDate = d
		}
		if m.ldPub == "" {
			if p := ldNames(obj["publisher"]); len(p) > 0 {
				m.ldPub = p[0]
			}
		}
		if !strings.Contains(typ, "Article") && !strings.Contains(typ, "BlogPosting") && !strings.Contains(typ, "Report") {
			continue
		}
		var info ldInfo
		info.headline, _ = obj["headline"].(string)
		info.published, _ = obj["datePublished"].(string)
		info.authors = ldNames(obj["author"])
		if p := ldNames(obj["publisher"]); len(p) > 0 {
			info.publisher = p[0]
		}
		m.ld = append(m.ld, info)
	}
}

// addParsely reads the publication date from Parse.ly's parsely-page meta,
// a JSON object ({"title", "link", "pub_date": "2014-12-30T01:30:41Z", ...})
// that many sites of 2012-2016 carry and nothing else dates: Uproxx,
// Upworthy and The Debrief (Bauer) among codelucas/newspaper's test pages.
func (m *pageMeta) addParsely(v string) {
	var p struct {
		PubDate string `json:"pub_date"`
	}
	if json.Unmarshal([]byte(v), &p) == nil && p.PubDate != "" {
		m.metas = append(m.metas, [2]string{"parsely-page:pub_date", p.PubDate})
	}
}

// ldType returns a JSON-LD @type as one string (types of a list joined).
func ldType(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case []any:
		var parts []string
		for _, e := range x {
			if s, ok := e.(string); ok {
				parts = append(parts, s)
			}
		}
		return strings.Join(parts, " ")
	}
	return ""
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

// ldNames returns the names in a JSON-LD author or publisher value.
func ldNames(v any) []string {
	switch x := v.(type) {
	case string:
		if x = collapseSpace(x); x != "" && !strings.HasPrefix(x, "http") {
			return []string{x}
		}
	case map[string]any:
		if n, ok := x["name"].(string); ok && strings.TrimSpace(n) != "" {
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
