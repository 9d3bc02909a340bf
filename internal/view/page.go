package view

import (
	"embed"
	"fmt"
	"html/template"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/lede-project/lede/extractors"
	"github.com/lede-project/lede/pipeline"
)

//go:embed assets
var assets embed.FS

var (
	css  = mustRead("assets/view.css")
	js   = mustRead("assets/view.js")
	tmpl = template.Must(template.New("page.html.tmpl").
		Funcs(template.FuncMap{"list": func(v ...any) []any { return v }}).
		ParseFS(assets, "assets/page.html.tmpl"))
)

func mustRead(name string) string {
	b, err := assets.ReadFile(name)
	if err != nil {
		panic(err) // embedded at build time: cannot happen
	}
	return string(b)
}

// Form is the input form of "lede serve"'s page, refilled after a submit.
type Form struct {
	Text       string // pasted text or HTML
	URL        string // shown only with AllowFetch
	Published  string // YYYY-MM-DD
	AllowFetch bool   // the server fetches URLs (--allow-fetch)
	MaxBytes   int64  // largest input, shown as a hint
}

// Page is what Render draws. The zero value is an empty page.
type Page struct {
	Result *pipeline.Result // nil: nothing analysed yet
	Error  string           // a failure to show instead of a result
	Form   *Form            // nil: a standalone file without a form
}

// Render writes p as one self-contained HTML document (CSS and script
// inlined). It is safe for concurrent use.
func Render(w io.Writer, p Page) error {
	d := data{Page: p, CSS: template.CSS(css), JS: template.JS(js)}
	if r := p.Result; r != nil {
		d.Article = template.HTML(highlight(r.Text, marks(r)))
		d.Timeline, d.Undated = timeline(r.Dates)
		d.Speakers = bySpeaker(r)
		d.People, d.Organizations, d.Places = rows(r, r.People), rows(r, r.Organizations), rows(r, r.Places)
		d.Counts = []count{{"person", "People", len(r.People)}, {"org", "Organisations", len(r.Organizations)},
			{"place", "Places", len(r.Places)}, {"date", "Dates", len(r.Dates)}, {"money", "Money", len(r.Money)},
			{"venue", "Venues", len(r.Venues)}, {"quote", "Quotes", len(r.Quotes) + len(r.Reported)}}
	}
	if err := tmpl.Execute(w, d); err != nil {
		return fmt.Errorf("render page: %w", err)
	}
	return nil
}

// data is the template's view of a Page.
type data struct {
	Page
	CSS      template.CSS
	JS       template.JS
	Article  template.HTML
	Timeline []moment
	Undated  []moment
	Speakers []speaker
	Counts   []count
	// People, Organizations and Places are the summary tables.
	People, Organizations, Places []row
}

// row is one article-level entity, linked to its first mention.
type row struct {
	extractors.Summary
	Href string
}

func rows(r *pipeline.Result, ss []extractors.Summary) []row {
	first := map[string]int{}
	for _, e := range r.Entities {
		name := e.Entity
		if name == "" {
			name = e.Text
		}
		if _, ok := first[name]; !ok {
			first[name] = e.Start
		}
	}
	out := make([]row, len(ss))
	for i, s := range ss {
		out[i].Summary = s
		if start, ok := first[s.Name]; ok {
			out[i].Href = fmt.Sprintf("#e-%d", start)
		}
	}
	return out
}

type count struct {
	Class, Name string
	N           int
}

// moment is one date value and its mentions.
type moment struct {
	Value, Label string
	Mentions     []link
}

type link struct {
	Href, Text string
}

// timeline groups dates by value: calendar values (2022-01-10, 2022-06,
// 2021) sorted, and the rest (durations, sets, PRESENT_REF, XXXX-...)
// in order of appearance.
func timeline(ds []extractors.Date) (dated, undated []moment) {
	idx := map[string]int{}
	var all []moment
	for _, d := range ds {
		i, ok := idx[d.Value]
		if !ok {
			i = len(all)
			idx[d.Value] = i
			all = append(all, moment{Value: d.Value, Label: dateLabel(d.Value)})
		}
		all[i].Mentions = append(all[i].Mentions, link{fmt.Sprintf("#d-%d", d.Start), d.Text})
	}
	for _, m := range all {
		if len(m.Value) >= 4 && strings.Trim(m.Value[:4], "0123456789") == "" && m.Value[0] != 'P' {
			dated = append(dated, m)
		} else {
			undated = append(undated, m)
		}
	}
	slices.SortStableFunc(dated, func(a, b moment) int { return strings.Compare(a.Value, b.Value) })
	return dated, undated
}

// dateLabel writes a full date for people ("Mon 10 Jan 2022"), else "".
func dateLabel(v string) string {
	if t, err := time.Parse("2006-01-02", v); err == nil {
		return t.Format("Mon 2 Jan 2006")
	}
	if t, err := time.Parse("2006-01", v); err == nil {
		return t.Format("January 2006")
	}
	return ""
}

// speaker is one speaker and what the article quotes of them.
type speaker struct {
	Name, ID string
	Quotes   []quoteLine
}

type quoteLine struct {
	Href, Excerpt, Kind, Cue string
}

// bySpeaker groups quotes and reported speech by speaker, the most quoted
// first; quotes without a speaker come last.
func bySpeaker(r *pipeline.Result) []speaker {
	idx := map[string]int{}
	var out []speaker
	for i, q := range quotes(r) {
		name := string(q.Speaker)
		j, ok := idx[name]
		if !ok {
			j = len(out)
			idx[name] = j
			sp := speaker{Name: name, ID: "who-" + slug(name)}
			if name == "" {
				sp.Name, sp.ID = "speaker unknown", "who-unknown"
			}
			out = append(out, sp)
		}
		out[j].Quotes = append(out[j].Quotes, quoteLine{Href: fmt.Sprintf("#q-%d", i+1), Excerpt: excerpt(q.Text, 110), Kind: q.Kind, Cue: q.Cue})
	}
	slices.SortStableFunc(out, func(a, b speaker) int {
		switch {
		case (a.ID == "who-unknown") != (b.ID == "who-unknown"):
			if a.ID == "who-unknown" {
				return 1
			}
			return -1
		}
		return len(b.Quotes) - len(a.Quotes)
	})
	return out
}

// excerpt shortens s to about n characters at a word boundary.
func excerpt(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := string(r[:n])
	if i := strings.LastIndexByte(cut, ' '); i > n/2 {
		cut = cut[:i]
	}
	return cut + "…"
}
