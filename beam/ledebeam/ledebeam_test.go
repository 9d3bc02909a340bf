package ledebeam

import (
	"encoding/json"
	"os"
	"os/exec"
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
	want := []string{"r1@in.jsonl:1: ok", "r2@in.jsonl:2: ok", "r3@in.jsonl:3: error"}
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

// TestJSONLMatchesLedeExtract runs the same JSONL file (good records, one
// with keys lede does not read, a blank line, a broken line, a record
// without input) through Beam and through the lede binary: sorted, the
// output lines are byte-identical.
func TestJSONLMatchesLedeExtract(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the lede binary")
	}
	dir := t.TempDir()
	q := func(s string) string { b, _ := json.Marshal(s); return string(b) }
	records := strings.Join([]string{
		`{"id":"r1","text":` + q(article1) + `,"batch":7}`,
		``,
		`{"id":"r2","html":` + q(article2) + `,"published":"2021-06-01"}`,
		`{broken`,
		`{"id":"r3"}`,
	}, "\n") + "\n"
	in := filepath.Join(dir, "in.jsonl")
	if err := os.WriteFile(in, []byte(records), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out.jsonl")
	p, s := beam.NewPipelineWithRoot()
	Write(s, out, FromJSONL(s, in, Options{Published: "2021-06-01"}))
	if err := ptest.Run(p); err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(dir, "lede")
	build := exec.Command("go", "build", "-o", bin, "./cmd/lede")
	build.Dir = filepath.Join("..", "..") // lede's own module
	if b, err := build.CombinedOutput(); err != nil {
		t.Fatalf("build lede: %v\n%s", err, b)
	}
	cmd := exec.Command(bin, "extract", "--input-format", "jsonl", "--published", "2021-06-01", "-q", in)
	want, _ := cmd.Output() // exit 1: some records fail
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	sorted := func(b []byte) []string {
		l := strings.Split(strings.TrimSpace(string(b)), "\n")
		slices.Sort(l)
		return l
	}
	if diff := cmp.Diff(sorted(want), sorted(got)); diff != "" {
		t.Errorf("Beam's lines differ from lede extract's (-lede +beam):\n%s", diff)
	}
}
