package view

import (
	"bytes"
	"context"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/lede-project/lede/pipeline"
)

func TestHighlightNesting(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		marks      []mark
		want       string
	}{
		{"plain", "a <b>\n\nc", nil, "<p>a &lt;b&gt;</p>\n<p>c</p>"},
		{"nested", "Talks in Geneva.", []mark{
			{start: 0, end: 15, class: "quote", after: "<a>by</a>"},
			{start: 9, end: 15, class: "venue"},
			{start: 9, end: 15, class: "ent", layer: 1},
		}, `<p><span class="quote">Talks in <span class="venue"><span class="ent">Geneva</span></span></span><a>by</a>.</p>`},
		{"crossing", "abcdef", []mark{
			{start: 0, end: 4, class: "x", id: "x1"},
			{start: 2, end: 6, class: "y", id: "y1"},
		}, `<p><span class="x" id="x1">ab<span class="y" id="y1">cd</span></span><span class="y" data-cont="1">ef</span></p>`},
		{"out of range dropped", "ab", []mark{{start: 1, end: 9, class: "x"}}, "<p>ab</p>"},
		{"line break inside a mark", "a\nb", []mark{{start: 0, end: 3, class: "q"}}, "<p><span class=\"q\">a<br>\nb</span></p>"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, highlight(tc.text, tc.marks)); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
}

func TestFormatAmount(t *testing.T) {
	for in, want := range map[float64]string{300000000: "300,000,000", 1234.5: "1,234.50", 12: "12", -4500: "-4,500"} {
		if got := formatAmount(in); got != want {
			t.Errorf("formatAmount(%v) = %q, want %q", in, got, want)
		}
	}
}

// The seed article's headline facts are drawn: a person, money with its
// value, a date with its value, a quote linked to its speaker, the tables.
func TestRenderSeed(t *testing.T) {
	text, err := os.ReadFile("../../testdata/presstv-us-russia-talks.txt")
	if err != nil {
		t.Fatal(err)
	}
	p, err := pipeline.New(pipeline.Config{})
	if err != nil {
		t.Fatal(err)
	}
	pub, _ := pipeline.ParseDate("2021-12-28")
	res, err := p.Process(context.Background(), pipeline.Input{Source: "seed", Format: "text", Data: text, Published: pub})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := Render(&buf, Page{Result: res}); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	for _, re := range []string{
		`<span class="ent person"[^>]*data-entity="Sergei Ryabkov"[^>]*><span class="tip"[^>]*>PERSON</span>(<span[^>]*>(<span[^>]*>[^<]*</span>)?)?Sergei Ryabkov`,
		`<span class="money"[^>]*><span class="tip"[^>]*>300,000,000 USD</span>\$300 million</span>`,
		`<span class="date"[^>]*data-value="2022-01-10"[^>]*><span class="tip"[^>]*>DATE 2022-01-10</span>Jan 10</span>`,
		`<span class="venue"[^>]*>.*?Geneva`,
		`<a class="by" href="#s-\d+-\d+" data-quote="q-1"[^>]*>Sergei Ryabkov</a>`,
		`<table class="entities person">.*Sergei Ryabkov</a></td><td>PERSON</td><td class="num">3</td>`,
		`<ol class="timeline".*2022-01-10.*Mon 10 Jan 2022`,
		`<div class="speaker-group" id="who-sergei-ryabkov">`,
	} {
		if !regexp.MustCompile(`(?s)` + re).MatchString(page) {
			t.Errorf("page lacks %s", re)
		}
	}
	// Every quote's speaker link points at an element of the page.
	for _, m := range regexp.MustCompile(`class="by" href="#([^"]+)"`).FindAllStringSubmatch(page, -1) {
		if !strings.Contains(page, `id="`+m[1]+`"`) {
			t.Errorf("speaker link #%s points nowhere", m[1])
		}
	}
	if strings.Contains(page, "<form") {
		t.Error("a standalone page has a form")
	}
}

func TestRenderFormAndError(t *testing.T) {
	var buf bytes.Buffer
	if err := Render(&buf, Page{Form: &Form{Text: "<b>x</b>", MaxBytes: 10}, Error: "no <main> text"}); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	for _, want := range []string{`<form id="input"`, `<label for="text">`, `&lt;b&gt;x&lt;/b&gt;</textarea>`, `role="alert" id="error">no &lt;main&gt; text`} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	if strings.Contains(page, `id="url"`) {
		t.Error("URL field shown without AllowFetch")
	}
}

// BenchmarkRender draws the seed article's page (analysis outside the loop).
func BenchmarkRender(b *testing.B) {
	text, err := os.ReadFile("../../testdata/presstv-us-russia-talks.txt")
	if err != nil {
		b.Fatal(err)
	}
	p, err := pipeline.New(pipeline.Config{})
	if err != nil {
		b.Fatal(err)
	}
	res, err := p.Process(context.Background(), pipeline.Input{Source: "seed", Format: "text", Data: text})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		if err := Render(&buf, Page{Result: res}); err != nil {
			b.Fatal(err)
		}
	}
}
