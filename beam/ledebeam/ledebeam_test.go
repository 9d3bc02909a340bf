package ledebeam

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/google/go-cmp/cmp"
)

// TestMain runs the tests on Beam's local prism runner (override with
// --runner).
func TestMain(m *testing.M) {
	ptest.Main(m)
}

const (
	article1 = "Joe Biden will meet Vladimir Putin in Geneva on June 16, the White House said on Tuesday.\n"
	article2 = `<html><head><title>Port strike ends</title></head><body><article><h1>Port strike ends</h1>
<p>Dock workers in Rotterdam ended a week-long strike on Friday after the port authority agreed to raise wages.</p></article></body></html>`
)

type line struct {
	Schema string `json:"schema"`
	ID     string `json:"id"`
	Source string `json:"source"`
	Text   string `json:"text"`
	Error  string `json:"error"`
}

// summarize reads a JSONL output file as "source-or-id: outcome" strings,
// sorted (Beam does not keep order).
func summarize(t *testing.T, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		var v line
		if err := json.Unmarshal([]byte(l), &v); err != nil {
			t.Fatalf("bad output line %q: %v", l, err)
		}
		name := filepath.Base(v.Source)
		if v.ID != "" {
			name = v.ID + "@" + name
		}
		switch {
		case v.Error != "":
			got = append(got, name+": error")
		case v.Schema == "lede/v1" && v.Text != "":
			got = append(got, name+": ok")
		default:
			got = append(got, name+": ?")
		}
	}
	slices.Sort(got)
	return got
}

func TestFromFiles(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{"a.txt": article1, "b.html": article2, "c.txt": "", "d.txt": "bad \xff\xfe input"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := filepath.Join(t.TempDir(), "out.jsonl")
	p, s := beam.NewPipelineWithRoot()
	Write(s, out, FromFiles(s, filepath.Join(dir, "*"), Options{Published: "2021-06-01"}))
	if err := ptest.Run(p); err != nil {
		t.Fatal(err)
	}
	want := []string{"a.txt: ok", "b.html: ok", "c.txt: error", "d.txt: error"}
	if diff := cmp.Diff(want, summarize(t, out)); diff != "" {
		t.Errorf("outputs (-want +got):\n%s", diff)
	}
}

func TestFromJSONL(t *testing.T) {
	dir := t.TempDir()
	q := func(s string) string { b, _ := json.Marshal(s); return string(b) }
	records := strings.Join([]string{
		`{"id":"r1","text":` + q(article1) + `}`,
		`{"id":"r2","html":` + q(article2) + `,"published":"2021-06-01"}`,
		`{"id":"r3"}`,
		``,
	}, "\n")
	in := filepath.Join(dir, "in.jsonl")
	if err := os.WriteFile(in, []byte(records), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out.jsonl")
	p, s := beam.NewPipelineWithRoot()
	Write(s, out, FromJSONL(s, in, Options{}))
	if err := ptest.Run(p); err != nil {
		t.Fatal(err)
	}
	want := []string{"r1@in.jsonl: ok", "r2@in.jsonl: ok", "r3@in.jsonl: error"}
	if diff := cmp.Diff(want, summarize(t, out)); diff != "" {
		t.Errorf("outputs (-want +got):\n%s", diff)
	}
}

func TestWriteSharded(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a.txt", "b.txt", "c.txt", "d.txt", "e.txt"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(article1), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	prefix := filepath.Join(t.TempDir(), "out")
	p, s := beam.NewPipelineWithRoot()
	WriteSharded(s, prefix, 3, FromFiles(s, filepath.Join(dir, "*.txt"), Options{}))
	if err := ptest.Run(p); err != nil {
		t.Fatal(err)
	}
	var got []string
	for shard := range 3 {
		name := ShardName(prefix, shard, 3)
		if _, err := os.Stat(name); err != nil {
			continue // a shard with no lines writes no file
		}
		got = append(got, summarize(t, name)...)
	}
	slices.Sort(got)
	want := []string{"a.txt: ok", "b.txt: ok", "c.txt: ok", "d.txt: ok", "e.txt: ok"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("lines over all shards (-want +got):\n%s", diff)
	}
}
