package pipeline

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestWalkEachOrderAndFilter(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"b.txt", "a/z.html", "a-c.htm", "a/y.md", "c/d/e.xhtml", "c/d/f.TXT", "g.json", "empty/"} {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if strings.HasSuffix(name, "/") {
			os.MkdirAll(path, 0o755)
			continue
		}
		os.MkdirAll(filepath.Dir(path), 0o755)
		if err := os.WriteFile(path, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var got []string
	err := WalkEach(dir, func(path string, err error) error {
		if err != nil {
			t.Errorf("unexpected error for %s: %v", path, err)
		}
		rel, _ := filepath.Rel(dir, path)
		got = append(got, filepath.ToSlash(rel))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"a/z.html", "a-c.htm", "b.txt", "c/d/e.xhtml", "c/d/f.TXT"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("WalkEach order (-want +got):\n%s", diff)
	}
	paths, err := Walk(dir)
	if err != nil || len(paths) != len(want) {
		t.Errorf("Walk = %d paths, %v; want %d", len(paths), err, len(want))
	}
}

func TestWalkEachErrors(t *testing.T) {
	dir := t.TempDir()
	if err := WalkEach(dir, func(string, error) error { return nil }); !errors.Is(err, ErrNoArticles) {
		t.Errorf("empty dir: got %v, want ErrNoArticles", err)
	}
	missing := filepath.Join(dir, "nope")
	err := WalkEach(missing, func(string, error) error { return nil })
	if err == nil || !strings.Contains(err.Error(), missing) {
		t.Errorf("missing dir: got %v, want an error naming %s", err, missing)
	}
	os.WriteFile(filepath.Join(dir, "a.txt"), nil, 0o644)
	os.WriteFile(filepath.Join(dir, "b.txt"), nil, 0o644)
	stop := errors.New("stop")
	n := 0
	err = WalkEach(dir, func(string, error) error { n++; return stop })
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("stopping walk: got %v after %d calls, want stop after 1", err, n)
	}
}

func TestParseRecord(t *testing.T) {
	date := time.Date(2021, 12, 28, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		line    string
		want    Input
		wantErr string
	}{
		{`{"id":"a","text":"Hello."}`, Input{Source: "f:1", ID: "a", Format: "text", Data: []byte("Hello.")}, ""},
		{`{"id":"b","html":"<p>x</p>","published":"2021-12-28"}`, Input{Source: "f:1", ID: "b", Format: "html", Data: []byte("<p>x</p>"), Published: date}, ""},
		{`{"id":"c","url":"https://example.com/a"}`, Input{Source: "f:1", ID: "c", URL: "https://example.com/a"}, ""},
		{`{"id":"d"}`, Input{Source: "f:1", ID: "d"}, "has no html, text or url"},
		{`{"id":"e","text":"x","url":"https://example.com"}`, Input{Source: "f:1", ID: "e"}, "both text and url"},
		{`{"id":"e2","html":"<p>x</p>","text":"x"}`, Input{Source: "f:1", ID: "e2"}, "both html and text"},
		// html with url: this HTML, from this address; nothing is fetched.
		{`{"id":"e3","html":"<p>x</p>","url":"https://example.com/a"}`, Input{Source: "f:1", ID: "e3", Format: "html", Data: []byte("<p>x</p>"), PageURL: "https://example.com/a"}, ""},
		// Keys lede does not read are kept, to be passed through as "meta".
		{`{"id":"f","text":"x","extra":1,"batch":{"n":2}}`, Input{Source: "f:1", ID: "f", Format: "text", Data: []byte("x"),
			Meta: map[string]json.RawMessage{"extra": json.RawMessage("1"), "batch": json.RawMessage(`{"n":2}`)}}, ""},
		{"\ufeff" + `{"id":"bom","text":"x"}`, Input{Source: "f:1", ID: "bom", Format: "text", Data: []byte("x")}, ""},
		{`{"id":"g","text":"x","published":"28/12/2021"}`, Input{Source: "f:1", ID: "g", Format: "text", Data: []byte("x")}, "bad date"},
		{`{"id":"h","text":"x"} {"id":"i"}`, Input{Source: "f:1"}, "more than one JSON value"},
		{`not json`, Input{Source: "f:1"}, "not valid JSON at byte"},
		{`[1,2]`, Input{Source: "f:1"}, "want a JSON object, got array"},
		{`{"id":7,"text":"x"}`, Input{Source: "f:1"}, `field "id" must be a string, not a number`},
		{`{"id":"j","text":["x"]}`, Input{Source: "f:1", ID: "j"}, `field "text" must be a string, not an array`},
		{`   `, Input{Source: "f:1"}, "blank line"},
	}
	for _, tt := range tests {
		got, err := ParseRecord([]byte(tt.line), "f:1")
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("ParseRecord(%s) (-want +got):\n%s", tt.line, diff)
		}
		switch {
		case tt.wantErr == "" && err != nil:
			t.Errorf("ParseRecord(%s): unexpected error %v", tt.line, err)
		case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr) || !strings.HasPrefix(err.Error(), "f:1: ")):
			t.Errorf("ParseRecord(%s): error %v, want one naming f:1 and saying %q", tt.line, err, tt.wantErr)
		}
	}
}

func TestReadRecords(t *testing.T) {
	in := "{\"id\":\"a\",\"text\":\"x\"}\r\n\n   \n{\"id\":\"b\",\"text\":\"" + strings.Repeat("y", 200) + "\"}\n{\"id\":\"c\",\"text\":\"z\"}"
	type rec struct {
		Source, ID string
		Err        bool
	}
	var got []rec
	err := ReadRecords(strings.NewReader(in), "in", 100, func(in Input, err error) bool {
		got = append(got, rec{in.Source, in.ID, err != nil})
		return true
	})
	if err != nil {
		t.Fatal(err)
	}
	// Blank lines are errors too, so that output lines stay one per input
	// line; a long line is an error, not a cut record.
	want := []rec{{"in:1", "a", false}, {"in:2", "", true}, {"in:3", "", true}, {"in:4", "", true}, {"in:5", "c", false}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ReadRecords (-want +got):\n%s", diff)
	}
}

// FuzzReadRecords checks that any byte stream gives one call per line, each with an Input or an error naming its line, and never panics.
//
//	go test ./pipeline -run '^$' -fuzz FuzzReadRecords -fuzztime 30s
func FuzzReadRecords(f *testing.F) {
	f.Add([]byte("{\"id\":\"a\",\"text\":\"x\"}\n"))
	f.Add([]byte("{\"id\":\"a\",\"html\":\"<p>\"}\r\n\nnot json\n{\"id\":1}"))
	f.Fuzz(func(t *testing.T, b []byte) {
		err := ReadRecords(strings.NewReader(string(b)), "f", 64, func(in Input, err error) bool {
			if !strings.HasPrefix(in.Source, "f:") {
				t.Fatalf("source %q does not name the line", in.Source)
			}
			if err != nil && !strings.HasPrefix(err.Error(), in.Source+": ") {
				t.Fatalf("error %q does not start with its source %q", err, in.Source)
			}
			if err == nil && in.Data == nil && in.URL == "" {
				t.Fatalf("record %s has neither data nor URL", in.Source)
			}
			return true
		})
		if err != nil {
			t.Fatalf("reading from memory failed: %v", err)
		}
	})
}
