package pipeline

import (
	"bytes"
	"encoding/json"
	"unicode/utf8"

	"github.com/lede-project/lede/extractors"
)

// Schema names the JSON contract a Result follows.
const Schema = "lede/v1"

// Result is one article's analysis, schema lede/v1. Every start/end is a
// Unicode code-point offset into Text, end exclusive. Every list is non-nil
// and sorted by start.
type Result struct {
	Schema    string              `json:"schema"`
	ID        string              `json:"id,omitempty"` // JSONL input only
	Source    string              `json:"source"`       // path, URL or "-"
	Title     string              `json:"title"`
	Authors   []string            `json:"authors"`
	Published string              `json:"published"` // YYYY-MM-DD, RFC 3339 when a time is known, "" when unknown
	Site      string              `json:"site"`
	URL       string              `json:"url,omitempty"` // canonical URL of an HTML page
	Language  string              `json:"language"`      // ISO 639-1, "" when unknown
	Text      string              `json:"text"`
	Sentences []extractors.Range  `json:"sentences"`
	Entities  []extractors.Entity `json:"entities"`
	Dates     []extractors.Date   `json:"dates"`
	Money     []extractors.Amount `json:"money"`
	Venues    []extractors.Venue  `json:"venues"`
	Quotes    []extractors.Quote  `json:"quotes"`
	// Reported is indirect (reported) speech, kind "indirect": kept apart
	// from Quotes, which holds only text inside quote marks.
	Reported []extractors.Quote `json:"reported"`
	// People, Organizations and Places summarise the merged entities.
	People        []extractors.Summary `json:"people"`
	Organizations []extractors.Summary `json:"organizations"`
	Places        []extractors.Summary `json:"places"`
	Warnings      []string             `json:"warnings"`
	// Tokens is the dependency parse (--syntax): every word of the text as
	// Universal Dependencies splits words, in order. Absent without --syntax.
	Tokens []SyntaxToken `json:"tokens,omitempty"`
	// Meta holds the keys of a JSONL input record that lede does not read
	// (a pipeline's own ids and fields), passed through as they were.
	Meta map[string]json.RawMessage `json:"meta,omitempty"`
}

// SyntaxToken is one token of the parse: its span (code points), Penn tag,
// universal part of speech, lemma, the index of its head in the same
// Tokens array (-1 for a sentence's root) and its UD relation.
type SyntaxToken struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	UPOS  string `json:"upos"`
	Tag   string `json:"tag"`
	Lemma string `json:"lemma"`
	Head  int    `json:"head"`
	Dep   string `json:"dep"`
}

// ErrorRecord is the output line of an input that failed.
type ErrorRecord struct {
	ID     string                     `json:"id,omitempty"`
	Source string                     `json:"source"`
	Error  string                     `json:"error"`
	Meta   map[string]json.RawMessage `json:"meta,omitempty"` // as in Result
}

// Marshal encodes v as one line of JSON without HTML escaping (indent ""), or
// indented with the given prefix-free indent.
func Marshal(v any, indent string) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if indent != "" {
		enc.SetIndent("", indent)
	}
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// newResult builds the Result of t and f, converting byte offsets to code
// points and making every list non-nil.
func newResult(t *extractors.Text, f *extractors.Findings) *Result {
	cp := codePoints(t.Text)
	r := &Result{
		Schema:        Schema,
		Text:          t.Text,
		Title:         t.Title,
		Site:          t.Site,
		Language:      t.Language,
		Sentences:     make([]extractors.Range, len(t.Sentences)),
		Entities:      make([]extractors.Entity, len(f.Entities)),
		Dates:         make([]extractors.Date, len(f.Dates)),
		Money:         make([]extractors.Amount, len(f.Money)),
		Venues:        make([]extractors.Venue, len(f.Venues)),
		Quotes:        make([]extractors.Quote, len(f.Quotes)),
		Reported:      make([]extractors.Quote, len(f.Reported)),
		Warnings:      append([]string{}, f.Warnings...),
		People:        append([]extractors.Summary{}, f.People...),
		Organizations: append([]extractors.Summary{}, f.Organizations...),
		Places:        append([]extractors.Summary{}, f.Places...),
		Authors:       []string{},
	}
	if t.Syntax != nil {
		r.Tokens = make([]SyntaxToken, len(t.Syntax))
		for i, sx := range t.Syntax {
			r.Tokens[i] = SyntaxToken{Text: t.Text[sx.Start:sx.End], Start: cp(sx.Start), End: cp(sx.End), UPOS: sx.UPOS,
				Tag: sx.Tag, Lemma: sx.Lemma, Head: sx.Head, Dep: sx.Dep}
		}
	}
	for i, s := range t.Sentences {
		r.Sentences[i] = extractors.Range{Start: cp(s.Start), End: cp(s.End)}
	}
	for i, e := range f.Entities {
		e.Start, e.End = cp(e.Start), cp(e.End)
		r.Entities[i] = e
	}
	for i, d := range f.Dates {
		d.Start, d.End = cp(d.Start), cp(d.End)
		r.Dates[i] = d
	}
	for i, m := range f.Money {
		m.Start, m.End = cp(m.Start), cp(m.End)
		r.Money[i] = m
	}
	for i, v := range f.Venues {
		v.Start, v.End = cp(v.Start), cp(v.End)
		r.Venues[i] = v
	}
	for i, q := range f.Quotes {
		r.Quotes[i] = quoteCodePoints(q, cp)
	}
	for i, q := range f.Reported {
		r.Reported[i] = quoteCodePoints(q, cp)
	}
	return r
}

// quoteCodePoints converts a quote's spans, the speaker's included.
func quoteCodePoints(q extractors.Quote, cp func(int) int) extractors.Quote {
	q.Start, q.End = cp(q.Start), cp(q.End)
	if q.SpeakerStart != nil && q.SpeakerEnd != nil {
		s, e := cp(*q.SpeakerStart), cp(*q.SpeakerEnd)
		q.SpeakerStart, q.SpeakerEnd = &s, &e
	}
	return q
}

// codePoints returns a function mapping a byte offset of s to its code-point
// offset. Offsets inside a multi-byte rune map to that rune.
func codePoints(s string) func(int) int {
	idx := make([]int32, len(s)+1)
	n := int32(0)
	for i := 0; i < len(s); {
		_, size := utf8.DecodeRuneInString(s[i:])
		for k := 0; k < size; k++ {
			idx[i+k] = n
		}
		i += size
		n++
	}
	idx[len(s)] = n
	return func(b int) int {
		if b < 0 {
			return 0
		}
		if b > len(s) {
			b = len(s)
		}
		return int(idx[b])
	}
}
