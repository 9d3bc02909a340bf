package pipeline

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"
)

// Input is one article to process.
type Input struct {
	// Source names the input in output and errors: a path, a URL, "-" for
	// stdin, or "FILE:LINE" for a JSONL record.
	Source string
	// ID is the record id of JSONL input, echoed in the Result.
	ID string
	// Format is "html", "text" or "" (decide from the name, then the bytes).
	Format string
	// Data holds the bytes when they are already in memory (stdin, JSONL).
	// When nil, Process reads Source (a file) or fetches URL.
	Data []byte
	// URL is fetched when Data is nil and URL is set.
	URL string
	// Published is this input's own reference date (JSONL "published");
	// it overrides Config.Published. Zero: none.
	Published time.Time
	// ContentType is the Content-Type of a fetched page, used for its charset.
	ContentType string
	// PageURL is the address Data was fetched from, when known (a JSONL
	// record with html and url): it resolves links and names the page.
	PageURL string
	// Meta holds a JSONL record's keys that lede does not read; they are
	// passed through to the Result's "meta".
	Meta map[string]json.RawMessage
}

// ErrNoArticles is returned by Walk for a directory holding no article files.
var ErrNoArticles = errors.New("no article files (.html, .htm, .xhtml, .txt) found")

// articleExt reports whether a file name has an extension Walk collects.
func articleExt(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".html", ".htm", ".xhtml", ".txt":
		return true
	}
	return false
}

// Walk lists the article files below dir, recursively, in the order WalkEach
// visits them. Prefer WalkEach for large trees: Walk holds every path.
func Walk(dir string) ([]string, error) {
	var paths []string
	err := WalkEach(dir, func(path string, err error) error {
		if err != nil {
			return err
		}
		paths = append(paths, path)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return paths, nil
}

// WalkEach calls fn for each article file (.html .htm .xhtml .txt) below dir,
// recursively, streaming: entries of each directory in lexical order, a
// directory's files and subdirectories interleaved by name
// (filepath.WalkDir order). A part of the tree that cannot be read is passed
// to fn as (path, error) and the walk goes on. When fn returns an error the
// walk stops with it. A tree holding no article files yields an error
// wrapping ErrNoArticles.
func WalkEach(dir string, fn func(path string, err error) error) error {
	found := false
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if path == dir {
				return err
			}
			found = true
			ferr := fn(path, fmt.Errorf("walk %s: %w", path, unwrapPathError(err)))
			if ferr == nil && d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return ferr
		}
		if d.IsDir() || !articleExt(d.Name()) {
			return nil
		}
		found = true
		// A named pipe, socket or device with an article's name is an
		// error record, never a read that blocks the walk.
		if t := d.Type(); t&fs.ModeSymlink == 0 && !t.IsRegular() {
			return fn(path, fmt.Errorf("%s: %w", path, checkRegular(t)))
		}
		return fn(path, nil)
	})
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) && pe.Path == dir {
			return fmt.Errorf("%s: %w", dir, pe.Err)
		}
		return err
	}
	if !found {
		return fmt.Errorf("%s: %w", dir, ErrNoArticles)
	}
	return nil
}

// unwrapPathError drops the operation and path of an *fs.PathError, which
// callers already name.
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// IsURL reports whether s is an http or https URL.
func IsURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

// Record is one line of JSONL input: {"id", "html"|"text"|"url",
// "published"?}, plus any other keys, which are passed through to the
// output under "meta". A record with both "html" and "url" is that HTML,
// from that address (nothing is fetched; the URL resolves links and names
// the page).
type Record struct {
	ID        string `json:"id"`
	HTML      string `json:"html,omitempty"`
	Text      string `json:"text,omitempty"`
	URL       string `json:"url,omitempty"`
	Published string `json:"published,omitempty"`
}

// recordKeys are the keys Record reads; any other key goes to Input.Meta.
var recordKeys = map[string]bool{"id": true, "html": true, "text": true, "url": true, "published": true}

// ParseRecord turns one JSONL line into an Input. source names the line in
// errors ("records.jsonl:12"). Errors say what is wrong in words ("field
// \"id\" must be a string, not a number"), never in Go types.
func ParseRecord(line []byte, source string) (Input, error) {
	in := Input{Source: source}
	line = bytes.TrimPrefix(line, []byte("\ufeff")) // a BOM on the first line
	if len(bytes.TrimSpace(line)) == 0 {
		return in, fmt.Errorf("%s: blank line, not a JSON record", source)
	}
	var fields map[string]json.RawMessage
	dec := json.NewDecoder(bytes.NewReader(line))
	if err := dec.Decode(&fields); err != nil {
		return in, fmt.Errorf("%s: bad JSONL record: %s", source, jsonProblem(err))
	}
	if dec.More() {
		return in, fmt.Errorf("%s: bad JSONL record: more than one JSON value on the line", source)
	}
	if fields == nil {
		return in, fmt.Errorf("%s: bad JSONL record: want an object, got null", source)
	}
	var r Record
	for key, raw := range fields {
		if !recordKeys[key] {
			if in.Meta == nil {
				in.Meta = map[string]json.RawMessage{}
			}
			in.Meta[key] = raw
		}
	}
	var firstErr error
	for _, f := range []struct {
		key string
		dst *string
	}{{"id", &r.ID}, {"html", &r.HTML}, {"text", &r.Text}, {"url", &r.URL}, {"published", &r.Published}} {
		raw, ok := fields[f.key]
		if !ok || string(raw) == "null" {
			continue
		}
		if err := json.Unmarshal(raw, f.dst); err != nil && firstErr == nil {
			firstErr = fmt.Errorf("%s: bad JSONL record: field %q must be a string, not %s", source, f.key, jsonKind(raw))
		}
	}
	in.ID = r.ID
	if firstErr != nil {
		return in, firstErr
	}
	return recordInput(in, r)
}

// recordInput fills in from a decoded record: exactly one of html, text or
// url, except html with url.
func recordInput(in Input, r Record) (Input, error) {
	switch {
	case r.HTML != "" && r.Text != "":
		return in, fmt.Errorf("%s: record %q has both html and text: want one", in.Source, r.ID)
	case r.HTML != "":
		in.Format, in.Data = "html", []byte(r.HTML)
		in.PageURL = r.URL // this HTML, from this address
	case r.Text != "":
		if r.URL != "" {
			return in, fmt.Errorf("%s: record %q has both text and url: want text, html, url, or html with url", in.Source, r.ID)
		}
		in.Format, in.Data = "text", []byte(r.Text)
	case r.URL != "":
		in.URL = r.URL
	default:
		return in, fmt.Errorf("%s: record %q has no html, text or url", in.Source, r.ID)
	}
	if r.Published != "" {
		t, err := ParseDate(r.Published)
		if err != nil {
			return in, fmt.Errorf("%s: record %q: %w", in.Source, r.ID, err)
		}
		in.Published = t
	}
	return in, nil
}

// jsonProblem words a JSON decoding error for a person.
func jsonProblem(err error) string {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return fmt.Sprintf("not valid JSON at byte %d (%s)", se.Offset, strings.TrimPrefix(se.Error(), "invalid character "))
	case errors.As(err, &te):
		return fmt.Sprintf("want a JSON object, got %s", te.Value)
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return "the JSON value ends too early"
	}
	return err.Error()
}

// jsonKind names the kind of a raw JSON value: "a number", "an object"...
func jsonKind(raw json.RawMessage) string {
	switch b := bytes.TrimSpace(raw); {
	case len(b) == 0:
		return "nothing"
	case b[0] == '{':
		return "an object"
	case b[0] == '[':
		return "an array"
	case b[0] == 't' || b[0] == 'f':
		return "a boolean"
	case b[0] == '"':
		return "a string"
	}
	return "a number"
}

// ParseDate parses a reference date: YYYY-MM-DD or RFC 3339.
func ParseDate(s string) (time.Time, error) {
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	return time.Time{}, fmt.Errorf("bad date %q: want YYYY-MM-DD or RFC 3339", s)
}

// ReadRecords calls fn for each line of JSONL from r, in order, with the
// parsed Input or the error for that line (a blank line is an error, so
// that output lines stay one per input line). name is used in sources
// ("-" for stdin). It stops early when fn returns false.
func ReadRecords(r io.Reader, name string, maxBytes int64, fn func(Input, error) bool) error {
	return ReadLines(r, name, maxBytes, func(source string, line []byte, err error) bool {
		if err != nil {
			return fn(Input{Source: source}, err)
		}
		return fn(ParseRecord(line, source))
	})
}

// ReadLines calls fn for each line of JSONL from r, in order, with its
// source ("NAME:LINE") and its bytes without the line break, or an error
// naming the source for a line longer than maxBytes. ReadRecords and
// ledebeam both split JSONL with it, so that their sources agree.
func ReadLines(r io.Reader, name string, maxBytes int64, fn func(source string, line []byte, err error) bool) error {
	br := bufio.NewReaderSize(r, 1<<20)
	for line := 1; ; line++ {
		b, err := readLine(br, maxBytes)
		if len(b) > 0 || err == nil || errors.Is(err, errLineTooLong) {
			src := fmt.Sprintf("%s:%d", name, line)
			lerr := err
			if lerr == io.EOF { // a last line without its newline
				lerr = nil
			}
			if lerr != nil {
				lerr = fmt.Errorf("%s: %w", src, lerr)
			}
			if !fn(src, b, lerr) {
				return nil
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil && !errors.Is(err, errLineTooLong) {
			return fmt.Errorf("read %s: %w", name, err)
		}
	}
}

var errLineTooLong = errors.New("record longer than --max-bytes")

// readLine reads one line, without its newline; a line longer than max is
// skipped to its end and reported as errLineTooLong.
func readLine(br *bufio.Reader, max int64) ([]byte, error) {
	var buf []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if int64(len(buf)+len(chunk)) <= max+1 {
			buf = append(buf, chunk...)
		} else if buf != nil || len(chunk) > 0 {
			buf = nil
			for errors.Is(err, bufio.ErrBufferFull) {
				_, err = br.ReadSlice('\n')
			}
			if err != nil && err != io.EOF {
				return nil, err
			}
			return nil, errLineTooLong
		}
		switch {
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case err != nil:
			return bytes.TrimRight(buf, "\r\n"), err
		}
		return bytes.TrimRight(buf, "\r\n"), nil
	}
}

// readFile reads at most max bytes of a regular file. Anything else (a
// named pipe, a socket, a device) is refused before it is opened: opening a
// FIFO blocks until a writer comes, which may be never.
func readFile(path string, max int64) ([]byte, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if err := checkRegular(st.Mode()); err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	// The name may have been replaced between Stat and Open.
	if st, err := f.Stat(); err == nil {
		if err := checkRegular(st.Mode()); err != nil {
			return nil, err
		}
	}
	return readCapped(f, max)
}

// readFileWithin is readFile with a deadline: a read that blocks (a stale
// network mount, a file swapped for a pipe) gives an error after timeout,
// or as soon as ctx is cancelled, instead of holding up the batch. The
// blocked read itself is left to finish in the background.
func readFileWithin(ctx context.Context, path string, max int64, timeout time.Duration) ([]byte, error) {
	type result struct {
		b   []byte
		err error
	}
	done := make(chan result, 1)
	go func() {
		b, err := readFile(path, max)
		done <- result{b, err}
	}()
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	select {
	case r := <-done:
		return r.b, r.err
	case <-timer.C:
		return nil, fmt.Errorf("read did not finish within %s (--timeout)", timeout)
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// checkRegular returns an error naming what a non-regular file is.
func checkRegular(m fs.FileMode) error {
	switch {
	case m.IsRegular():
		return nil
	case m.IsDir():
		return errors.New("is a directory")
	case m&fs.ModeNamedPipe != 0:
		return errors.New("not a regular file (a named pipe)")
	case m&fs.ModeSocket != 0:
		return errors.New("not a regular file (a socket)")
	case m&fs.ModeDevice != 0 || m&fs.ModeCharDevice != 0:
		return errors.New("not a regular file (a device)")
	}
	return fmt.Errorf("not a regular file (%s)", m.Type())
}

// readCapped reads all of r, failing when it holds more than max bytes.
func readCapped(r io.Reader, max int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("larger than %d bytes (--max-bytes)", max)
	}
	return b, nil
}

// sniffFormat decides between "html" and "text" from the name, then the bytes.
func sniffFormat(name string, b []byte) string {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".html", ".htm", ".xhtml":
		return "html"
	case ".txt", ".text":
		return "text"
	}
	head := b[:min(len(b), 1024)]
	head = bytes.TrimLeft(head, "\ufeff \t\r\n")
	lower := bytes.ToLower(head)
	for _, p := range [][]byte{[]byte("<!doctype html"), []byte("<html"), []byte("<head"), []byte("<body"), []byte("<?xml"), []byte("<!--"), []byte("<meta"), []byte("<div"), []byte("<p>"), []byte("<article")} {
		if bytes.HasPrefix(lower, p) {
			return "html"
		}
	}
	return "text"
}

// checkText rejects input that is empty, binary or not UTF-8.
func checkText(b []byte) error {
	if len(bytes.TrimSpace(b)) == 0 {
		return errors.New("empty input")
	}
	if bytes.IndexByte(b[:min(len(b), 8192)], 0) >= 0 {
		return errors.New("binary input (NUL bytes), not an article")
	}
	if !utf8.Valid(b) {
		i := 0
		for i < len(b) {
			r, size := utf8.DecodeRune(b[i:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			i += size
		}
		return fmt.Errorf("invalid UTF-8 at byte %d", i)
	}
	return nil
}
