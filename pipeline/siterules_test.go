package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseSiteRulesErrors(t *testing.T) {
	for _, tt := range []struct{ name, doc, want string }{
		{"not JSON", `{"sites": [`, "decode JSON"},
		{"unknown key", `{"sites": [{"match": "a.com", "titel": "h1"}]}`, `unknown field "titel"`},
		{"no entries", `{"sites": []}`, "no \"sites\" entries"},
		{"no match", `{"sites": [{"title": "h1"}]}`, "sites[0]: match \"\""},
		{"URL as match", `{"sites": [{"match": "https://a.com/"}]}`, "sites[0]: match"},
		{"bad selector", `{"sites": [{"match": "a.com"}, {"match": "b.com", "authors": ".by >> a["}]}`, `sites[1] (b.com): authors selector ".by >> a["`},
		{"layout alone", `{"sites": [{"match": "a.com", "published_layout": "2006"}]}`, "sites[0] (a.com): published_layout without"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parseSiteRules([]byte(tt.doc))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want it to contain %q", err, tt.want)
			}
		})
	}
}

func TestLoadSiteRulesNamesFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "rules.json")
	if err := os.WriteFile(path, []byte(`{"sites": [{"match": "a.com", "body": "div..x"}]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := LoadSiteRules(path)
	if err == nil || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "sites[0] (a.com): body selector") {
		t.Fatalf("err = %v, want the file and the entry named", err)
	}
	if _, err := LoadSiteRules(filepath.Join(t.TempDir(), "missing.json")); err == nil || !strings.Contains(err.Error(), "missing.json") {
		t.Fatalf("missing file: err = %v", err)
	}
}

func TestSiteRuleMatch(t *testing.T) {
	r, err := parseSiteRules([]byte(`{"sites": [{"match": "example.com", "title": "h2"}, {"match": "news.example.com", "title": "h3"}, {"match": "Other.ORG."}]}`))
	if err != nil {
		t.Fatal(err)
	}
	for page, want := range map[string]string{
		"https://example.com/a":           "example.com",
		"http://www.example.com/a":        "example.com",
		"https://news.example.com/x":      "news.example.com",
		"https://a.news.example.com:8080": "news.example.com",
		"https://badexample.com/":         "",
		"https://other.org/":              "other.org",
		"file.html":                       "",
		"":                                "",
	} {
		got := ""
		if s := r.rule(page); s != nil {
			got = s.Match
		}
		if got != want {
			t.Errorf("rule(%q) = %q, want %q", page, got, want)
		}
	}
}

// TestSiteRulesExample runs the README's example file end to end: a page
// whose headline, byline and date the heuristics get wrong (an h1 of the
// site name, two names run together in one byline, a republication time in
// the metadata), with promos inside the story.
func TestSiteRulesExample(t *testing.T) {
	page, err := os.ReadFile("testdata/siterules/example.html")
	if err != nil {
		t.Fatal(err)
	}
	rules, err := LoadSiteRules("testdata/siterules/example.json")
	if err != nil {
		t.Fatal(err)
	}
	d, err := parseHTMLPage(page, "", "", rules)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff("Council backs new river bridge after long debate", d.Title); diff != "" {
		t.Errorf("title (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"Jane Roe", "John Doe"}, d.Authors); diff != "" {
		t.Errorf("authors (-want +got):\n%s", diff)
	}
	if got := d.Published.Format("2006-01-02"); got != "2011-03-07" {
		t.Errorf("published = %s, want 2011-03-07", got)
	}
	for _, s := range []string{"voted 7 to 2", "about $12 million"} {
		if !strings.Contains(d.Text, s) {
			t.Errorf("body lacks %q:\n%s", s, d.Text)
		}
	}
	for _, s := range []string{"subscribe this week", "Related:", "Great news", "every morning"} {
		if strings.Contains(d.Text, s) {
			t.Errorf("body keeps %q:\n%s", s, d.Text)
		}
	}

	// Without the rules the heuristics get all three wrong.
	h, err := parseHTMLPage(page, "", "", nil)
	if err != nil {
		t.Fatal(err)
	}
	if h.Title == d.Title || len(h.Authors) == 2 || h.Published.Format("2006-01-02") == "2011-03-07" {
		t.Errorf("heuristics alone: title %q, authors %q, published %v: the example no longer shows what the rules fix", h.Title, h.Authors, h.Published)
	}

	// The same through the Pipeline, as --site-rules gives it.
	if testing.Short() {
		return
	}
	p, err := New(Config{SiteRules: "testdata/siterules/example.json"})
	if err != nil {
		t.Fatal(err)
	}
	res, err := p.Process(context.Background(), Input{Source: "example.html", Data: page, Format: "html"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Title != d.Title || !strings.HasPrefix(res.Published, "2011-03-07") || len(res.Authors) != 2 {
		t.Errorf("Process: title %q, published %q, authors %q", res.Title, res.Published, res.Authors)
	}
}

// FuzzSiteRules checks that any site-rules document either loads or gives an
// error, never a panic, and that a loaded one applies to a page safely.
//
//	go test ./pipeline -run '^$' -fuzz FuzzSiteRules -fuzztime 1m
func FuzzSiteRules(f *testing.F) {
	ex, _ := os.ReadFile("testdata/siterules/example.json")
	f.Add(string(ex))
	f.Add(`{"sites":[{"match":"a.com","title":"h1:nth-child(2n+1)","exclude":"*"}]}`)
	page, _ := os.ReadFile("testdata/siterules/example.html")
	f.Fuzz(func(t *testing.T, doc string) {
		r, err := parseSiteRules([]byte(doc))
		if err != nil {
			return
		}
		for _, s := range r.Sites {
			if _, err := parseHTMLPage(page, "", "https://"+s.Match+"/x", r); err != nil {
				t.Fatalf("rules %q: %v", doc, err)
			}
		}
	})
}

// TestSiteRulesConcurrent applies one loaded SiteRules from many goroutines
// (run with -race): a Pipeline shares it between workers.
func TestSiteRulesConcurrent(t *testing.T) {
	page, err := os.ReadFile("testdata/siterules/example.html")
	if err != nil {
		t.Fatal(err)
	}
	rules, err := LoadSiteRules("testdata/siterules/example.json")
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 20 {
				d, err := parseHTMLPage(page, "", "", rules)
				if err != nil {
					t.Error(err)
					return
				}
				if d.Title != "Council backs new river bridge after long debate" {
					t.Errorf("title %q", d.Title)
					return
				}
			}
		})
	}
	wg.Wait()
}
