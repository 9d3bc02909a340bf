package pipeline

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/lede-project/lede/extractors"
)

// Pipeline analyses articles. Build it once with New: it holds the loaded
// models and an HTTP client. It is safe for concurrent use by many
// goroutines.
type Pipeline struct {
	cfg    Config
	nlp    *nlp
	parser *parser                 // nil unless Config.Syntax or an extractor reads the parse
	tagger extractors.EntityTagger // nil with Config.EntityRules
	sel    selection               // the extractors to run and to report
	client *http.Client
	rules  *SiteRules // nil: none
}

// New builds a Pipeline, loading the NLP models once.
func New(cfg Config) (*Pipeline, error) {
	n, err := newNLP()
	if err != nil {
		return nil, fmt.Errorf("load NLP models: %w", err)
	}
	switch cfg.InputFormat {
	case "", "auto", "html", "text":
	default:
		return nil, fmt.Errorf("input format %q: want auto, html or text", cfg.InputFormat)
	}
	sel, err := selectExtractors(cfg.Only, cfg.Skip)
	if err != nil {
		return nil, err
	}
	var rules *SiteRules
	if cfg.SiteRules != "" {
		if rules, err = LoadSiteRules(cfg.SiteRules); err != nil {
			return nil, err
		}
	}
	p := &Pipeline{cfg: cfg, nlp: n, sel: sel, client: newHTTPClient(cfg), rules: rules}
	// The entity tagger and the parser decode their weights at the same
	// time (each takes tens of milliseconds): a process's first result
	// comes that much sooner on a machine with two cores.
	var tagErr, parseErr error
	var wg sync.WaitGroup
	switch {
	case cfg.EntityTagger != nil:
		p.tagger = cfg.EntityTagger
	case !cfg.EntityRules && sel.entities:
		wg.Add(1)
		go func() { defer wg.Done(); p.tagger, tagErr = newTagger() }()
	}
	if cfg.Syntax || sel.parses {
		p.parser, parseErr = newParser()
	}
	wg.Wait()
	if err := errors.Join(tagErr, parseErr); err != nil {
		return nil, err
	}
	return p, nil
}

// Process runs every stage on one input. Errors name the input and the
// problem; a panic inside a stage is recovered and returned as an error.
func (p *Pipeline) Process(ctx context.Context, in Input) (res *Result, err error) {
	defer func() {
		if r := recover(); r != nil {
			res, err = nil, fmt.Errorf("%s: internal error: %v", in.Source, r)
		}
	}()
	// 1. Read or fetch the bytes.
	raw, contentType, err := p.load(ctx, in)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", in.Source, err)
	}
	// 2. Decode; parse HTML once for metadata and main text, keep text verbatim.
	doc, err := p.parse(in, raw, contentType)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", in.Source, err)
	}
	t, langNote := p.newText(in, doc)
	f := &extractors.Findings{Explain: p.cfg.Explain}
	// 3. NLP: paragraphs, sentences, tokens, model entities.
	english := t.Language == "en" || t.Language == ""
	if english {
		// 3-4. NLP, the parse (--syntax) and the extractors, window by
		// window for a very long text.
		if err := p.analyseWindows(t, f); err != nil {
			return nil, fmt.Errorf("%s: nlp: %w", in.Source, err)
		}
	} else {
		t.Paragraphs = paragraphs(t.Text)
		t.Sentences = append(t.Sentences, t.Paragraphs...)
		f.Warnings = append(f.Warnings, fmt.Sprintf("language %q is not English: entities, dates, money, quotes and venues were not extracted", t.Language))
	}
	switch {
	case langNote != "":
		f.Warnings = append(f.Warnings, langNote)
	case t.Language == "":
		f.Warnings = append(f.Warnings, "language could not be detected; analysed as English")
	}
	f.Warnings = append(f.Warnings, doc.Warnings...)
	f.Sort()
	// 5. Result, with code-point offsets.
	res = newResult(t, f)
	res.Source, res.ID, res.Meta = in.Source, in.ID, in.Meta
	res.Authors = append(res.Authors, doc.Authors...)
	res.URL = doc.Canonical
	res.Published = formatPublished(doc.Published, doc.HasTime)
	return res, nil
}

// load returns the input's bytes and, for fetched pages, the Content-Type.
func (p *Pipeline) load(ctx context.Context, in Input) ([]byte, string, error) {
	switch {
	case in.Data != nil:
		if int64(len(in.Data)) > p.cfg.maxBytes() {
			return nil, "", fmt.Errorf("larger than %d bytes (--max-bytes)", p.cfg.maxBytes())
		}
		return in.Data, in.ContentType, nil
	case in.URL != "":
		return p.fetch(ctx, in.URL)
	case IsURL(in.Source):
		return p.fetch(ctx, in.Source)
	}
	b, err := readFileWithin(ctx, in.Source, p.cfg.maxBytes(), p.cfg.fetchTimeout())
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, "", errors.New("no such file")
		}
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, "", err
	}
	return b, "", nil
}

// parse decides the format and turns bytes into a Document.
func (p *Pipeline) parse(in Input, raw []byte, contentType string) (*Document, error) {
	format := in.Format
	if format == "" && p.cfg.InputFormat != "" && p.cfg.InputFormat != "auto" {
		format = p.cfg.InputFormat
	}
	if format == "" {
		switch mt, _, _ := strings.Cut(contentType, ";"); strings.TrimSpace(strings.ToLower(mt)) {
		case "text/html", "application/xhtml+xml":
			format = "html"
		case "text/plain":
			format = "text"
		}
	}
	if format == "" {
		format = sniffFormat(in.Source, raw)
	}
	if err := checkKnownBinary(raw); err != nil {
		return nil, err
	}
	if format == "html" {
		if err := checkBinary(raw); err != nil {
			return nil, err
		}
		page := firstNonEmpty(in.URL, in.PageURL, sourceURL(in.Source))
		doc, err := parseHTMLPage(raw, contentType, page, p.rules)
		if err != nil {
			return nil, err
		}
		if page != "" {
			doc.applyPageURL(page)
		}
		if strings.TrimSpace(doc.Text) == "" {
			return nil, errors.New("no main text found in HTML")
		}
		return doc, nil
	}
	raw, err := decodeUTF16(raw)
	if err != nil {
		return nil, err
	}
	if err := checkText(raw); err != nil {
		return nil, err
	}
	text := strings.TrimPrefix(string(raw), "\ufeff")
	if p.cfg.Clean {
		text = cleanText(text)
	}
	if strings.TrimSpace(text) == "" {
		return nil, errors.New("empty input")
	}
	doc := &Document{Text: text}
	textMeta(doc, text)
	return doc, nil
}

// sourceURL returns source when it is an http(s) URL, else "".
func sourceURL(source string) string {
	if IsURL(source) {
		return source
	}
	return ""
}

// checkBinary rejects bytes that are plainly not a text document. UTF-16
// (with its byte-order mark) is text despite its NUL bytes.
func checkBinary(b []byte) error {
	if len(strings.TrimSpace(string(b[:min(len(b), 4096)]))) == 0 {
		return errors.New("empty input")
	}
	if bytes.HasPrefix(b, []byte("\xff\xfe")) || bytes.HasPrefix(b, []byte("\xfe\xff")) {
		return nil
	}
	for _, c := range b[:min(len(b), 8192)] {
		if c == 0 {
			return errors.New("binary input (NUL bytes), not an article")
		}
	}
	return nil
}

// newText builds the extractors' view of a document, choosing the reference
// date (the article's own date, else the input's, else the configured one)
// and the language; note is a warning about the language, "" when sure.
func (p *Pipeline) newText(in Input, doc *Document) (t *extractors.Text, note string) {
	t = &extractors.Text{Text: doc.Text, Title: doc.Title, Site: doc.Site}
	switch {
	case !doc.Published.IsZero():
		t.Published, t.PublishedHasTime = doc.Published, doc.HasTime
	case !in.Published.IsZero():
		t.Published = in.Published
	default:
		t.Published = p.cfg.Published
	}
	if doc.Published.IsZero() && !t.Published.IsZero() {
		doc.Published = t.Published
	}
	t.Language, note = languageOf(doc.Text, declaredLanguage(doc.Language))
	return t, note
}

// formatPublished writes a date as YYYY-MM-DD, or RFC 3339 with a time.
func formatPublished(t time.Time, hasTime bool) string {
	switch {
	case t.IsZero():
		return ""
	case hasTime:
		return t.Format(time.RFC3339)
	}
	return t.Format("2006-01-02")
}
