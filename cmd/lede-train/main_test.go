package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fakeTreebank lays out a checkout-like directory with the tiny test corpus
// as both the one training document and the dev file.
func fakeTreebank(t *testing.T) string {
	t.Helper()
	tiny, err := os.ReadFile("../../nlp/depparse/testdata/tiny.conllu")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	files := map[string]string{
		trainList:                "doc/a.conllu\n",
		sources + "doc/a.conllu": string(tiny),
		ewtDev:                   string(tiny),
	}
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestTrainThenEvaluate(t *testing.T) {
	dir := fakeTreebank(t)
	model := filepath.Join(t.TempDir(), "model.bin")
	var stdout, stderr bytes.Buffer
	code := run([]string{"parse", "-ewt", dir, "-out", model, "-tag-bits", "12", "-parse-bits", "12", "-label-bits", "12",
		"-tag-epochs", "5", "-parse-epochs", "5", "-folds", "1"}, &stdout, &stderr)
	if code != 0 {
		t.Fatalf("parse: exit %d\n%s", code, stderr.String())
	}
	if !strings.Contains(stderr.String(), "5 sentences, 38 words") {
		t.Errorf("parse log does not count the corpus:\n%s", stderr.String())
	}
	stdout.Reset()
	code = run([]string{"eval-parse", "-conllu", filepath.Join(dir, ewtDev), "-model", model}, &stdout, &stderr)
	if code != 0 {
		t.Fatalf("eval-parse: exit %d\n%s", code, stderr.String())
	}
	for _, want := range []string{"UAS", "LAS", "| nsubj", "| appos", "all relations"} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("eval output lacks %q:\n%s", want, stdout.String())
		}
	}
}

func TestUsage(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run(nil, &stdout, &stderr); code != 2 || !strings.Contains(stderr.String(), "eval-parse") {
		t.Errorf("no arguments: exit %d, stderr %q", code, stderr.String())
	}
}

func TestRefusesTestFiles(t *testing.T) {
	src := source{dir: t.TempDir()}
	if _, err := src.read("en_ewt-ud-test.conllu"); err == nil {
		t.Error("read a test file")
	}
}
