package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lede-project/lede/golden"
)

// runLede runs the command line and returns its exit status and output.
func runLede(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(context.Background(), args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func readDoc(t *testing.T, path string) golden.Doc {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	c, err := golden.Canonical(b)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if !bytes.Equal(b, c) {
		t.Errorf("%s is not canonical JSON", path)
	}
	d, _ := golden.Decode(b)
	return d
}

const (
	articleA = "Ministers met in Geneva on Monday.\n\n\"We will meet again,\" Foreign Minister Anna Berg said on Tuesday.\n"
	articleB = "<html><head><title>Port deal signed</title></head><body><article><h1>Port deal signed</h1>" +
		"<p>The city of Valmora signed a $40 million port deal on Friday, officials said.</p>" +
		"<p>\"This is a good day for the harbour,\" Mayor Tom Ruiz said.</p></article></body></html>\n"
)

func TestCheckLifecycle(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the NLP models")
	}
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.txt":           articleA,
		"sub/b.html":      articleB,
		"lede.json":       `{"published": "2021-12-28"}`,
		"sub/b.lede.json": `{"published": "2022-03-04"}`,
		"bad/empty.txt":   "",
		"bad/lede.json":   `{"skip": true}`,
	})

	// No goldens yet: reported, exit 1.
	code, out, _ := runLede(t, "check", dir)
	if code != exitFailed || !strings.Contains(out, "no golden a.golden.json") || !strings.Contains(out, "2 without golden, 0 failed, 1 skipped") {
		t.Fatalf("check without goldens: exit %d, output:\n%s", code, out)
	}

	// --update creates them, canonical, with per-article options applied;
	// flags may follow the directory.
	code, out, _ = runLede(t, "check", dir, "--update")
	if code != exitOK || !strings.Contains(out, "created a.golden.json") || !strings.Contains(out, "created b.golden.json") {
		t.Fatalf("check --update: exit %d, output:\n%s", code, out)
	}
	a := readDoc(t, filepath.Join(dir, "a.golden.json"))
	b := readDoc(t, filepath.Join(dir, "sub", "b.golden.json"))
	if a["published"] != "2021-12-28" || b["published"] != "2022-03-04" {
		t.Errorf("published: a %v (want lede.json's 2021-12-28), b %v (want the sidecar's 2022-03-04)", a["published"], b["published"])
	}
	if a["source"] != "a.txt" || a["text"] != articleA {
		t.Errorf("golden a: source %v, text %q", a["source"], a["text"])
	}

	// Unchanged: exit 0, only the summary.
	code, out, _ = runLede(t, "check", dir)
	if code != exitOK || out != "check: 2 articles, 0 changed, 0 without golden, 0 failed, 1 skipped\n" {
		t.Fatalf("check after update: exit %d, output:\n%s", code, out)
	}

	// Change an article: a per-field diff, exit 1.
	changed := strings.Replace(articleA, "Geneva on Monday", "Brussels on Wednesday", 1)
	writeFiles(t, dir, map[string]string{"a.txt": changed})
	code, out, _ = runLede(t, "check", dir)
	if code != exitFailed || !strings.Contains(out, "a.txt: ") || !strings.Contains(out, "\n  text: ") ||
		!strings.Contains(out, "1 changed") || !strings.Contains(out, "fields affected: text (1)") {
		t.Fatalf("check after edit: exit %d, output:\n%s", code, out)
	}
	// --fields limits the comparison; --ignore drops fields.
	if code, out, _ = runLede(t, "check", "--fields", "title,authors", dir); code != exitOK {
		t.Errorf("check --fields title,authors: exit %d, output:\n%s", code, out)
	}
	if code, out, errs := runLede(t, "check", "--ignore", "text,dates.rule", dir); strings.Contains(out, "  text: ") || strings.Contains(errs, "warning") {
		t.Errorf("check --ignore text still shows text: exit %d, output:\n%s", code, out)
	}

	// Accept the change; articles are never written.
	code, out, _ = runLede(t, "check", "--update", dir)
	if code != exitOK || !strings.Contains(out, "updated a.golden.json") {
		t.Fatalf("check --update after edit: exit %d, output:\n%s", code, out)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "a.txt")); string(got) != changed {
		t.Errorf("--update changed the article")
	}
	if code, out, _ = runLede(t, "check", dir); code != exitOK {
		t.Errorf("check after accepting: exit %d, output:\n%s", code, out)
	}
}

func TestCheckIgnoreNotPinned(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the NLP models")
	}
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.txt": articleA})
	if code, out, _ := runLede(t, "check", "--update", "--ignore", "sentences,entities", dir); code != exitOK {
		t.Fatalf("exit %d:\n%s", code, out)
	}
	d := readDoc(t, filepath.Join(dir, "a.golden.json"))
	if _, ok := d["sentences"]; ok {
		t.Errorf("golden pins sentences despite --ignore")
	}
	if _, ok := d["dates"]; !ok {
		t.Errorf("golden lacks dates")
	}
	// Checking with all fields shows the unpinned ones as new fields.
	code, out, _ := runLede(t, "check", dir)
	if code != exitFailed || !strings.Contains(out, "sentences: + (new field)") {
		t.Errorf("exit %d, output:\n%s", code, out)
	}
}

func TestCheckBadGoldenAndSharedStem(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the NLP models")
	}
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.txt":         articleA,
		"a.html":        articleB,
		"c.txt":         articleA,
		"c.golden.json": `{"title": `,
	})
	code, out, _ := runLede(t, "check", dir)
	if code != exitFailed || !strings.Contains(out, "c.txt: error: golden") || !strings.Contains(out, "1 failed") {
		t.Fatalf("bad golden: exit %d, output:\n%s", code, out)
	}
	code, out, _ = runLede(t, "check", "--update", dir)
	if code != exitOK {
		t.Fatalf("--update: exit %d, output:\n%s", code, out)
	}
	for _, name := range []string{"a.txt.golden.json", "a.html.golden.json", "c.golden.json"} {
		readDoc(t, filepath.Join(dir, name))
	}
}

func TestCheckUsage(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"bad/lede.json": `{"publish": "2021-12-28"}`, "bad/a.txt": articleA})
	tests := []struct {
		name string
		args []string
		code int
		msg  string
	}{
		{"no dir", []string{"check"}, exitUsage, "no DIR"},
		{"missing dir", []string{"check", filepath.Join(dir, "nope")}, exitFailed, "no such file"},
		{"empty dir", []string{"check", t.TempDir()}, exitFailed, "no article files"},
		{"bad flag", []string{"check", "--nope", dir}, exitUsage, "flag provided but not defined"},
		{"jsonl", []string{"check", "--input-format", "jsonl", dir}, exitUsage, "jsonl"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runLede(t, tt.args...)
			if code != tt.code || !strings.Contains(out+errs, tt.msg) {
				t.Errorf("exit %d (want %d), output %q %q (want %q)", code, tt.code, out, errs, tt.msg)
			}
		})
	}
	if testing.Short() {
		return
	}
	code, out, _ := runLede(t, "check", filepath.Join(dir, "bad"))
	if code != exitFailed || !strings.Contains(out, `unknown field "publish"`) {
		t.Errorf("bad lede.json: exit %d, output:\n%s", code, out)
	}
}

func TestCheckSingleFile(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the NLP models")
	}
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.txt":           articleA,
		"b.txt":           articleA,
		"lede.json":       `{"published": "2021-12-28"}`,
		"a.txt.lede.json": `{"published": "2020-01-02"}`,
	})
	code, out, _ := runLede(t, "check", "--update", filepath.Join(dir, "a.txt"))
	if code != exitOK || !strings.Contains(out, "check: 1 article, 0 updated, 1 golden created") {
		t.Fatalf("exit %d:\n%s", code, out)
	}
	if d := readDoc(t, filepath.Join(dir, "a.golden.json")); d["published"] != "2020-01-02" {
		t.Errorf("published %v, want the a.txt.lede.json sidecar's 2020-01-02", d["published"])
	}
	if _, err := os.Stat(filepath.Join(dir, "b.golden.json")); err == nil {
		t.Errorf("checking a.txt wrote b's golden")
	}
}
