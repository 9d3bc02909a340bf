package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/sirupsen/logrus"

	"github.com/lede-project/lede/pipeline"
)

// Articles written for these tests.
const (
	articleGeneva = "Joe Biden will meet Vladimir Putin in Geneva on June 16, the White House said on Tuesday.\n\nThe talks follow months of tension, officials said.\n"
	articleBudget = "The city council approved a $300 million budget on Monday.\n\nMayor Anna Lee said the plan would fund new schools in Boston.\n"
	articleHTML   = `<!doctype html><html><head><title>Port strike ends</title></head><body>
<nav><a href="/">Home</a></nav>
<article><h1>Port strike ends</h1>
<p>Dock workers in Rotterdam ended a week-long strike on Friday after the port authority agreed to raise wages by 5 percent.</p>
<p>"We got what we came for," union leader Pieter de Vries told reporters.</p>
</article><footer>Copyright</footer></body></html>`
)

// batchDir builds a directory of good and broken inputs and returns it with
// the expected outcome per source, in the order lede visits them.
func batchDir(t *testing.T) (string, []wantLine) {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"a-geneva.txt":        articleGeneva,
		"b-empty.txt":         "",
		"c-binary.html":       "<html>\x00\x01\x02\x03</html>",
		"d-latin1.txt":        "Caf\xe9 owners protested in Lyon on Monday.\n",
		"e-blank.txt":         "   \n\n\t\n",
		"notes.md":            "not an article: ignored by the walk",
		"sub/f-budget.txt":    articleBudget,
		"sub/g-port.html":     articleHTML,
		"sub/h-nomain.html":   "<html><head><title>x</title></head><body><nav>Home</nav></body></html>",
		"sub/deeper/i-ok.htm": articleHTML,
	}
	for name, body := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(dir, "sub", "empty"), 0o755); err != nil {
		t.Fatal(err)
	}
	src := func(name string) string { return filepath.Join(dir, filepath.FromSlash(name)) }
	return dir, []wantLine{
		{source: src("a-geneva.txt"), text: articleGeneva},
		{source: src("b-empty.txt"), err: "empty input"},
		{source: src("c-binary.html"), err: "binary input"},
		{source: src("d-latin1.txt"), err: "invalid UTF-8 at byte 3"},
		{source: src("e-blank.txt"), err: "empty input"},
		{source: src("sub/deeper/i-ok.htm"), contains: "Dock workers in Rotterdam"},
		{source: src("sub/f-budget.txt"), text: articleBudget},
		{source: src("sub/g-port.html"), contains: "Dock workers in Rotterdam"},
		{source: src("sub/h-nomain.html"), err: "no main text"},
	}
}

// wantLine is the expected output for one input: a result whose text is
// text (or contains contains), or an error record whose error names the
// source and contains err.
type wantLine struct {
	source, text, contains, err string
	id                          string
}

// line is the part of an output line the tests check.
type line struct {
	Schema string `json:"schema"`
	ID     string `json:"id"`
	Source string `json:"source"`
	Text   string `json:"text"`
	Error  string `json:"error"`
}

func checkLines(t *testing.T, stdout []byte, want []wantLine) {
	t.Helper()
	var got []line
	dec := json.NewDecoder(bytes.NewReader(stdout))
	for dec.More() {
		var l line
		if err := dec.Decode(&l); err != nil {
			t.Fatalf("stdout is not JSON lines: %v\n%s", err, stdout)
		}
		got = append(got, l)
	}
	var gotSrc, wantSrc []string
	for _, l := range got {
		gotSrc = append(gotSrc, l.Source)
	}
	for _, w := range want {
		wantSrc = append(wantSrc, w.source)
	}
	if diff := cmp.Diff(wantSrc, gotSrc); diff != "" {
		t.Fatalf("sources in output order (-want +got):\n%s", diff)
	}
	for i, w := range want {
		g := got[i]
		if g.ID != w.id {
			t.Errorf("%s: id %q, want %q", w.source, g.ID, w.id)
		}
		if w.err != "" {
			if g.Schema != "" || !strings.Contains(g.Error, w.err) || !strings.Contains(g.Error, w.source) {
				t.Errorf("%s: got schema %q error %q, want an error record naming the input and saying %q", w.source, g.Schema, g.Error, w.err)
			}
			continue
		}
		if g.Error != "" || g.Schema != "lede/v1" {
			t.Errorf("%s: got error %q schema %q, want a lede/v1 result", w.source, g.Error, g.Schema)
		}
		if w.text != "" && g.Text != w.text {
			t.Errorf("%s: text %q, want the input verbatim %q", w.source, g.Text, w.text)
		}
		if !strings.Contains(g.Text, w.contains) {
			t.Errorf("%s: text %q does not contain %q", w.source, g.Text, w.contains)
		}
	}
}

// runLede runs the command line and returns its exit status and output.
func runCLI(ctx context.Context, stdin io.Reader, args ...string) (int, []byte, []byte) {
	var stdout, stderr bytes.Buffer
	if stdin == nil {
		stdin = strings.NewReader("")
	}
	code := run(ctx, args, stdin, &stdout, &stderr)
	return code, stdout.Bytes(), stderr.Bytes()
}

func TestBatchDirectoryWithBrokenInputs(t *testing.T) {
	dir, want := batchDir(t)
	want = append(want,
		wantLine{source: filepath.Join(dir, "missing.html"), err: "no such file"},
		wantLine{source: filepath.Join(dir, "sub", "empty"), err: "no article files"},
		wantLine{source: filepath.Join(dir, "*.nope"), err: "pattern matches no files"},
	)
	var first []byte
	for _, jobs := range []string{"1", "3"} {
		t.Run("j"+jobs, func(t *testing.T) {
			code, stdout, stderr := runCLI(context.Background(), nil, "extract", "-j", jobs, "--published", "2021-06-01",
				dir, filepath.Join(dir, "missing.html"), filepath.Join(dir, "sub", "empty"), filepath.Join(dir, "*.nope"))
			if code != exitFailed {
				t.Errorf("exit status %d, want %d; stderr:\n%s", code, exitFailed, stderr)
			}
			checkLines(t, stdout, want)
			if !bytes.Contains(stderr, []byte("batch done")) || !bytes.Contains(stderr, []byte("failed=8")) || !bytes.Contains(stderr, []byte("ok=4")) {
				t.Errorf("stderr lacks the summary line (ok=4 failed=8):\n%s", stderr)
			}
			if first == nil {
				first = stdout
			} else if !bytes.Equal(first, stdout) {
				t.Errorf("output with -j %s differs from -j 1", jobs)
			}
		})
	}
}

func TestGlob(t *testing.T) {
	dir, want := batchDir(t)
	var txt []wantLine
	for _, w := range want {
		if strings.HasSuffix(w.source, ".txt") && filepath.Dir(w.source) == dir {
			txt = append(txt, w)
		}
	}
	code, stdout, stderr := runCLI(context.Background(), nil, "extract", filepath.Join(dir, "*.txt"))
	if code != exitFailed {
		t.Errorf("exit status %d, want %d; stderr:\n%s", code, exitFailed, stderr)
	}
	checkLines(t, stdout, txt)
}

func TestJSONLFilter(t *testing.T) {
	in := strings.Join([]string{
		`{"id":"r1","text":` + quote(articleGeneva) + `,"published":"2021-06-01"}`,
		`{"id":"r2","html":` + quote(articleHTML) + `}`,
		`this is not json`,
		``,
		`{"id":"r4","text":"x","colour":"red"}`,
		`{"id":"r5","text":` + quote(articleBudget) + `}`,
		`{"id":"r6"}`,
		`{"id":"r7","url":"http://127.0.0.1:1/unreachable"}`,
	}, "\n")
	code, stdout, stderr := runCLI(context.Background(), strings.NewReader(in), "extract", "--input-format", "jsonl", "-j", "4")
	if code != exitFailed {
		t.Errorf("exit status %d, want %d; stderr:\n%s", code, exitFailed, stderr)
	}
	code2, stdout2, _ := runCLI(context.Background(), strings.NewReader(in), "extract", "--input-format", "jsonl", "--allow-failures")
	if code2 != exitOK || !bytes.Equal(stdout, stdout2) {
		t.Errorf("--allow-failures: exit %d (want 0), same output: %v", code2, bytes.Equal(stdout, stdout2))
	}
	checkLines(t, stdout, []wantLine{
		{id: "r1", source: "-:1", text: articleGeneva},
		{id: "r2", source: "-:2", contains: "Dock workers"},
		{source: "-:3", err: "bad JSONL record: not valid JSON"},
		{source: "-:4", err: "blank line"},
		{id: "r4", source: "-:5", text: "x"}, // an unknown key is passed through
		{id: "r5", source: "-:6", text: articleBudget},
		{id: "r6", source: "-:7", err: "has no html, text or url"},
		{id: "r7", source: "-:8", err: "connection refused"},
	})
}

func quote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// TestJSONLStreams checks that lede is a true filter: the first record's
// result is written before the second record is even sent.
func TestJSONLStreams(t *testing.T) {
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	var stderr bytes.Buffer
	done := make(chan int, 1)
	go func() {
		done <- run(context.Background(), []string{"extract", "--input-format", "jsonl", "-j", "2"}, inR, outW, &stderr)
		outW.Close()
	}()
	out := json.NewDecoder(outR)
	for _, id := range []string{"first", "second", "third"} {
		if _, err := io.WriteString(inW, `{"id":"`+id+`","text":`+quote(articleBudget)+"}\n"); err != nil {
			t.Fatal(err)
		}
		var l line
		if err := out.Decode(&l); err != nil {
			t.Fatalf("reading result of %q: %v", id, err)
		}
		if l.ID != id || l.Schema != "lede/v1" {
			t.Fatalf("got id %q schema %q, want result of %q", l.ID, l.Schema, id)
		}
	}
	inW.Close()
	if code := <-done; code != exitOK {
		t.Errorf("exit status %d, want 0; stderr:\n%s", code, stderr.String())
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"extract", "--no-such-flag"},
		{"extract", "-j", "0"},
		{"extract", "--resume", "x.txt"},
		{"extract", "--format", "xml", "x.txt"},
		{"extract", "--progress", "sometimes", "x.txt"},
		{"extract", "--input-format", "pdf", "x.txt"},
		{"frobnicate"},
	} {
		code, stdout, _ := runCLI(context.Background(), nil, args...)
		if code != exitUsage || len(stdout) != 0 {
			t.Errorf("lede %v: exit %d with %d bytes on stdout, want %d and none", args, code, len(stdout), exitUsage)
		}
	}
}

// cancelWriter cancels a context once n writes have reached it, simulating
// Ctrl-C in the middle of a batch.
type cancelWriter struct {
	mu     sync.Mutex
	buf    bytes.Buffer
	n      int
	cancel context.CancelFunc
}

func (w *cancelWriter) Write(b []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.n--
	if w.n == 0 {
		w.cancel()
	}
	return w.buf.Write(b)
}

func TestInterruptWritesCompletePrefix(t *testing.T) {
	dir := t.TempDir()
	var sources []string
	for i := range 40 {
		name := filepath.Join(dir, "art"+string(rune('a'+i/26))+string(rune('a'+i%26))+".txt")
		if err := os.WriteFile(name, []byte(articleBudget), 0o644); err != nil {
			t.Fatal(err)
		}
		sources = append(sources, name)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	w := &cancelWriter{n: 3, cancel: cancel}
	var stderr bytes.Buffer
	code := run(ctx, []string{"extract", "-j", "2", dir}, strings.NewReader(""), w, &stderr)
	if code != exitInterrupted {
		t.Errorf("exit status %d, want %d; stderr:\n%s", code, exitInterrupted, stderr.String())
	}
	lines := strings.Split(strings.TrimSuffix(w.buf.String(), "\n"), "\n")
	if len(lines) < 3 || len(lines) >= len(sources) {
		t.Fatalf("wrote %d lines, want at least the 3 before the interrupt and fewer than all %d", len(lines), len(sources))
	}
	for i, l := range lines {
		var got line
		if err := json.Unmarshal([]byte(l), &got); err != nil {
			t.Fatalf("line %d is not complete JSON: %v", i+1, err)
		}
		if got.Source != sources[i] || got.Schema != "lede/v1" {
			t.Errorf("line %d: source %q schema %q, want the result of %s", i+1, got.Source, got.Schema, sources[i])
		}
	}
	if !strings.Contains(stderr.String(), "batch interrupted") {
		t.Errorf("stderr lacks the interrupted summary:\n%s", stderr.String())
	}
}

// outFiles lists the files below dir as slash paths.
func outFiles(t *testing.T, dir string) []string {
	t.Helper()
	var got []string
	filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			t.Fatal(err)
		}
		if !d.IsDir() {
			rel, _ := filepath.Rel(dir, path)
			got = append(got, filepath.ToSlash(rel))
		}
		return nil
	})
	slices.Sort(got)
	return got
}

// countingWriter records, at each write, how far the expander had run ahead.
type countingWriter struct {
	emitted *atomic.Int64
	written int64
	maxLead int64
}

func (w *countingWriter) Write(b []byte) (int, error) {
	w.written++
	w.maxLead = max(w.maxLead, w.emitted.Load()-w.written)
	return len(b), nil
}

// TestBatchWindowIsBounded checks that memory does not grow with the number
// of inputs: the expander never runs more than the in-flight window ahead
// of the writer.
func TestBatchWindowIsBounded(t *testing.T) {
	p, err := pipeline.New(pipeline.Config{})
	if err != nil {
		t.Fatal(err)
	}
	log := logrus.New()
	log.SetOutput(io.Discard)
	const jobs, n = 2, 60
	var emitted atomic.Int64
	w := &countingWriter{emitted: &emitted}
	b := &batch{p: p, jobs: jobs, stdout: w, log: log, prog: newProgress(io.Discard, "never")}
	tl, err := b.run(context.Background(), func(emit func(item) bool) {
		for i := range n {
			// A slow first input lets the other worker race ahead: only
			// the window stops it.
			text := "Talks resumed on Monday."
			if i == 0 {
				text = strings.Repeat(articleBudget, 200)
			}
			emitted.Add(1)
			if !emit(item{in: pipeline.Input{Source: fmt.Sprint(i), Format: "text", Data: []byte(text)}}) {
				return
			}
		}
	})
	if err != nil || tl.ok != n {
		t.Fatalf("run: %v, %d ok; want nil, %d", err, tl.ok, n)
	}
	// window (4*jobs) queued + the task being handed over + the next one
	// being expanded.
	if limit := int64(4*jobs + 2); w.maxLead > limit {
		t.Errorf("expander ran %d inputs ahead of the writer, want at most %d", w.maxLead, limit)
	}
}
