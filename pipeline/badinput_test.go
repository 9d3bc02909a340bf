package pipeline

import (
	"bytes"
	"context"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"
)

// TestBadInput runs inputs that are not articles through Process: each
// gives an error naming the input and the problem, never a panic and never
// an empty success.
func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	if err := os.Mkdir(filepath.Join(dir, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := "http://" + ln.Addr().String() + "/article"
	ln.Close()
	tests := []struct {
		name string
		in   Input
		want string // in the error, after the source
	}{
		{"missing file", Input{Source: filepath.Join(dir, "missing.txt")}, "no such file"},
		{"directory", Input{Source: filepath.Join(dir, "sub")}, "is a directory"},
		{"empty file", Input{Source: write("empty.txt", nil)}, "empty input"},
		{"whitespace only", Input{Source: write("ws.txt", []byte(" \n\t\r\n \u00a0\n"))}, "empty input"},
		{"byte-order mark only", Input{Source: write("bom.txt", []byte("\ufeff\n"))}, "empty input"},
		{"PNG", Input{Source: write("a.png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10"))}, "binary input (image/png)"},
		{"PNG named .txt", Input{Source: write("png.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10"))}, "binary input (image/png)"},
		{"gzip", Input{Source: write("a.txt.gz", []byte("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xcbH\xcd\xc9\xc9W(\xcf/\xcaI\xe1\x02\x00"))}, "binary input (application/x-gzip)"},
		{"PDF", Input{Source: write("a.pdf", []byte("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n"))}, "binary input (application/pdf)"},
		{"PDF as html", Input{Source: write("pdf.html", []byte("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"))}, "binary input (application/pdf)"},
		{"NUL bytes", Input{Source: write("nul.txt", []byte("Talks in Geneva\x00\x01\x02 on Monday"))}, "binary input (NUL bytes)"},
		{"invalid UTF-8", Input{Source: write("latin1.txt", []byte("Caf\xe9 owners met in Paris on Monday."))}, "invalid UTF-8 at byte 3"},
		{"HTML without text", Input{Source: write("empty.html", []byte("<html><head><title>T</title><script>var x = 1;</script></head><body></body></html>"))}, "no main text found in HTML"},
		{"unreachable URL", Input{Source: closed}, "connection refused"},
		{"too large", Input{Source: "big", Data: bytes.Repeat([]byte("a "), 600)}, "larger than 1000 bytes"},
	}
	p, err := New(Config{MaxBytes: 1000})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := p.Process(context.Background(), tt.in)
			if err == nil {
				t.Fatalf("no error; text %q", res.Text)
			}
			if isInternal(err) {
				t.Fatalf("internal error: %v", err)
			}
			if !strings.HasPrefix(err.Error(), tt.in.Source+": ") || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q, want %q naming %s", err, tt.want, tt.in.Source)
			}
		})
	}
}

// TestOddInput runs inputs that are odd but still articles through Process:
// each succeeds with the contract's invariants.
func TestOddInput(t *testing.T) {
	utf16le := func(s string, bom []byte, le bool) []byte {
		b := append([]byte{}, bom...)
		for _, u := range utf16.Encode([]rune(s)) {
			if le {
				b = append(b, byte(u), byte(u>>8))
			} else {
				b = append(b, byte(u>>8), byte(u))
			}
		}
		return b
	}
	const article = "President Joe Biden met officials in Geneva on Monday, paying $5 million.\n"
	tests := []struct {
		name   string
		in     Input
		text   string // wanted prefix of the output text
		entity string // an entity the analysis must find
	}{
		{"UTF-16LE text with BOM", Input{Source: "a.txt", Data: utf16le(article, []byte{0xff, 0xfe}, true)}, "President Joe Biden", "Joe Biden"},
		{"UTF-16BE text with BOM", Input{Source: "a.txt", Data: utf16le(article, []byte{0xfe, 0xff}, false)}, "President Joe Biden", "Joe Biden"},
		{"UTF-8 BOM", Input{Source: "a.txt", Data: []byte("\ufeff" + article)}, "President Joe Biden", "Joe Biden"},
		{"huge single line", Input{Source: "a.txt", Data: []byte(strings.Repeat(strings.TrimSpace(article)+" ", 3000))}, "President Joe Biden", "Joe Biden"},
		{"run-on single line", Input{Source: "a.txt", Data: []byte(strings.Repeat("Joe Biden said talks in Geneva cost $5 million on Monday, ", 2000))}, "Joe Biden", "Joe Biden"},
		{"deeply nested HTML", Input{Source: "a.html", Data: []byte("<html><body>" + strings.Repeat("<div>", 50000) + "<p>" + article + "</p>" + strings.Repeat("</div>", 50000) + "</body></html>")}, "President Joe Biden", "Joe Biden"},
		{"unclosed HTML", Input{Source: "a.html", Data: []byte("<html><body><p>" + article + "<div><span><b>")}, "President Joe Biden", "Joe Biden"},
	}
	p := testPipeline(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := p.Process(context.Background(), tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(res.Text, tt.text) {
				t.Errorf("text starts %q, want %q", res.Text[:min(len(res.Text), 40)], tt.text)
			}
			found := false
			for _, e := range res.Entities {
				found = found || e.Text == tt.entity
			}
			if !found {
				t.Errorf("no entity %q", tt.entity)
			}
			for _, b := range checkResult(res) {
				t.Error(b)
			}
		})
	}
}
