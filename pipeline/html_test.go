package pipeline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// TestHTMLPages runs the HTML stage on self-made pages full of site chrome
// and checks headline facts: what the main text must contain, what it must
// not, and the metadata.
func TestHTMLPages(t *testing.T) {
	tests := []struct {
		file      string
		contains  []string
		absent    []string
		title     string
		authors   []string
		published string
		site      string
		canonical string
	}{
		{
			file: "news-chrome.html",
			contains: []string{
				"The city council voted 7-2 on Tuesday night",
				"\n\nWhy the vote mattered\n\n",
				"\n\nThe bridge will carry two lanes of traffic and a protected bike lane.\n\nTolls were ruled out",
				"Two council members voted against the plan",
				`"We have waited long enough," said Peter Grant`,
			},
			absent: []string{
				"City council approves new bridge", "MARIA LOPEZ", "Gazette Staff", "March 14, 2023",
				"Facebook", "Photo: Jane Roe", "Advertisement", "Related stories", "Council delays bridge vote",
				"Read more", "Sign up for our newsletter", "morning briefing", "cookies", "waste of money",
				"Most popular", "Storm knocks out power", "All rights reserved", "Privacy policy",
			},
			title:     "City council approves new bridge over the river",
			authors:   []string{"Maria Lopez", "Tom O'Neil"},
			published: "2023-03-14",
			site:      "The Riverside Gazette",
			canonical: "https://gazette.example.com/news/council-bridge",
		},
		{
			file: "blog-br.html",
			contains: []string{
				"We left the village at dawn",
				"below the path.\n\nBy nine the sun",
				"\n\na map of the old shepherds' paths\n\n",
				"was worth every step of it.",
			},
			absent:    []string{"Home", "Archive", "April 2022", "Mountain diaries", "Copyright", "Posted by", "Notes from a walk"},
			title:     "Notes from a walk in the hills",
			authors:   []string{"Sam Carter"},
			published: "2022-05-02",
		},
		{
			file:      "german.html",
			contains:  []string{"Der Stadtrat hat am Dienstag beschlossen", "öffentliche Versammlungen."},
			absent:    []string{"Startseite", "Von Klaus Becker", "© 2022"},
			title:     "Neue Brücke für die Altstadt",
			authors:   []string{"Klaus Becker"},
			published: "2022-06-01T18:30:00+02:00",
			site:      "Tageblatt",
		},
		{
			file: "results-table.html",
			contains: []string{
				"Northside won the county title",
				"Pos. Team Points Wins\n\n1 Northside 412 7\n\n2 Eastbrook 408 6\n\n3 West Valley 377 3",
				"The state championships follow in two weeks in the capital.",
			},
			absent: []string{"Home", "Swimming", "all the local results", "full results"},
			title:  "County swim finals: full results",
		},
		{
			file: "sections.html",
			contains: []string{
				"For twenty years the north face",
				"Then, in the summer of 2019",
				"The first attempt ended after three days",
				"Back at base camp. Everyone is safe.",
				"They returned the next summer",
				"\n\nThe final push\n\n",
				"spent ten minutes there before beginning the long descent.",
			},
			absent:    []string{"Tags:", "Climbing", "More stories", "best hiking trails"},
			title:     "The long road to the summit",
			authors:   []string{"Lee Chang"},
			published: "2021-08-09",
			site:      "Mountain Monthly",
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("testdata", "html", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			d, err := parseHTML(b, "")
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range tt.contains {
				if !strings.Contains(d.Text, s) {
					t.Errorf("text lacks %q\ntext:\n%s", s, d.Text)
				}
			}
			for _, s := range tt.absent {
				if strings.Contains(d.Text, s) {
					t.Errorf("text contains %q\ntext:\n%s", s, d.Text)
				}
			}
			got := []string{d.Title, strings.Join(d.Authors, "; "), formatPublished(d.Published, d.HasTime), d.Site, d.Canonical}
			want := []string{tt.title, strings.Join(tt.authors, "; "), tt.published, tt.site, tt.canonical}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("title, authors, published, site, canonical (-want +got):\n%s", diff)
			}
		})
	}
}

// FuzzParseHTML checks the HTML stage's invariants on any bytes: no panic,
// and text, title and authors are valid UTF-8 without NUL bytes.
//
//	go test -run '^$' -fuzz FuzzParseHTML -fuzztime 60s -fuzzminimizetime 5s ./pipeline
func FuzzParseHTML(f *testing.F) {
	// Seeds stay small (at most 256 bytes): the fuzzer minimises every new
	// input it finds, and large seeds spend its time on that.
	pages, _ := filepath.Glob(filepath.Join("testdata", "html", "*.html"))
	for _, p := range pages {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b[:min(len(b), 256)], "")
		}
	}
	f.Add([]byte("<p>caf\xe9 au lait, served every morning in the old town square</p>"), "text/html; charset=iso-8859-1")
	f.Add([]byte("\xff\xfe<\x00p\x00>\x00"), "")
	f.Add([]byte("<table><td><p>a<br><br><br>b</td></table><h1></h1><time datetime=\"2020-13-45\">"), "")
	f.Fuzz(func(t *testing.T, b []byte, ct string) {
		d, err := parseHTML(b, ct)
		if err != nil {
			return
		}
		for _, s := range append([]string{d.Text, d.Title, d.Site, d.Canonical}, d.Authors...) {
			if !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8 in output %q", s)
			}
		}
		if strings.Contains(d.Text, "\n\n\n") {
			t.Fatalf("text has an empty paragraph: %q", d.Text)
		}
	})
}

// TestParseHTMLDeep checks pages nested beyond x/net/html's limit of 512
// open elements (runs of unclosed inline tags) still give their text.
func TestParseHTMLDeep(t *testing.T) {
	tests := []struct{ name, page string }{
		{"unclosed inline tags", "<html><body>" + strings.Repeat("<font><span>", 400) + strings.Repeat("<p>The council met on Tuesday, and the vote was close, officials said.</p>", 5)},
		{"deep blocks", "<html><body>" + strings.Repeat("<div>", 700) + strings.Repeat("<p>The council met on Tuesday, and the vote was close, officials said.</p>", 5) + strings.Repeat("</div>", 700)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := parseHTML([]byte(tt.page), "")
			if err != nil {
				t.Fatal(err)
			}
			if want := "The council met on Tuesday, and the vote was close, officials said."; strings.Count(d.Text, want) != 5 {
				t.Errorf("text %q: want 5 paragraphs %q", d.Text, want)
			}
		})
	}
}

// TestParseHTMLFallback checks that a page whose only text sits in
// boilerplate-looking elements still gives that text.
func TestParseHTMLFallback(t *testing.T) {
	d, err := parseHTML([]byte(`<html><body><div class="header">Office closed on Monday for the holiday.</div><script>x()</script></body></html>`), "")
	if err != nil {
		t.Fatal(err)
	}
	if want := "Office closed on Monday for the holiday."; d.Text != want {
		t.Errorf("text = %q, want %q", d.Text, want)
	}
}
