package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestOutMirrorsTreeAndResumes(t *testing.T) {
	dir, want := batchDir(t)
	out := t.TempDir()
	code, stdout, stderr := runCLI(context.Background(), nil, "extract", "-j", "2", "--out", out, dir)
	if code != exitFailed {
		t.Errorf("exit status %d, want %d; stderr:\n%s", code, exitFailed, stderr)
	}
	if len(stdout) != 0 {
		t.Errorf("--out wrote %d bytes on stdout, want none", len(stdout))
	}
	wantFiles := []string{
		"a-geneva.txt.json",
		"b-empty.txt.error.json",
		"c-binary.html.error.json",
		"d-latin1.txt.error.json",
		"e-blank.txt.error.json",
		"sub/deeper/i-ok.htm.json",
		"sub/f-budget.txt.json",
		"sub/g-port.html.json",
		"sub/h-nomain.html.error.json",
	}
	if diff := cmp.Diff(wantFiles, outFiles(t, out)); diff != "" {
		t.Fatalf("files under --out (-want +got):\n%s", diff)
	}
	// Every file is one complete JSON document matching its input.
	for i, name := range wantFiles {
		b, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		checkLines(t, b, want[i:i+1])
	}

	// --resume keeps complete results of the same input (even one lede
	// would now write differently), redoes a truncated one, one that is
	// another input's or no result at all, and every failed input; it
	// removes the temporary files a killed run left.
	keep := filepath.Join(out, "a-geneva.txt.json")
	var kept map[string]any
	b, _ := os.ReadFile(keep)
	if err := json.Unmarshal(b, &kept); err != nil {
		t.Fatal(err)
	}
	kept["title"] = "kept"
	b, _ = json.Marshal(kept)
	if err := os.WriteFile(keep, b, 0o644); err != nil {
		t.Fatal(err)
	}
	other := filepath.Join(out, "sub", "deeper", "i-ok.htm.json")
	if err := os.WriteFile(other, []byte(`{"schema":"lede/v1","source":"elsewhere.txt","text":""}`), 0o644); err != nil {
		t.Fatal(err)
	}
	stale := filepath.Join(out, "sub", ".lede-123.tmp")
	if err := os.WriteFile(stale, []byte(`{"sche`), 0o644); err != nil {
		t.Fatal(err)
	}
	truncated := filepath.Join(out, "sub", "f-budget.txt.json")
	b, _ = os.ReadFile(truncated)
	if err := os.WriteFile(truncated, b[:len(b)/2], 0o644); err != nil {
		t.Fatal(err)
	}
	// An input that now succeeds replaces its stale error record.
	if err := os.WriteFile(filepath.Join(dir, "b-empty.txt"), []byte(articleBudget), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr = runCLI(context.Background(), nil, "extract", "--out", out, "--resume", dir)
	if code != exitFailed {
		t.Errorf("resume: exit status %d, want %d", code, exitFailed)
	}
	if !strings.Contains(string(stderr), "skipped=2") || !strings.Contains(string(stderr), "ok=3") {
		t.Errorf("resume summary should show 2 skipped and 3 redone ok:\n%s", stderr)
	}
	if b, _ := os.ReadFile(other); !strings.Contains(string(b), "i-ok.htm") {
		t.Errorf("--resume kept another input's result: %s", b)
	}
	if _, err := os.Stat(stale); err == nil {
		t.Errorf("--resume left the stale temporary file %s", stale)
	}
	if b, _ := os.ReadFile(keep); !strings.Contains(string(b), `"kept"`) {
		t.Errorf("--resume rewrote a valid result: %s", b)
	}
	b, _ = os.ReadFile(truncated)
	if !json.Valid(b) {
		t.Errorf("--resume left the truncated result truncated")
	}
	wantFiles[1] = "b-empty.txt.json"
	if diff := cmp.Diff(wantFiles, outFiles(t, out)); diff != "" {
		t.Fatalf("files under --out after --resume (-want +got):\n%s", diff)
	}
}

func TestOutNameCollision(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	for _, d := range []string{a, b} {
		if err := os.WriteFile(filepath.Join(d, "same.txt"), []byte(articleBudget), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := t.TempDir()
	code, _, stderr := runCLI(context.Background(), nil, "extract", "--out", out, a, b)
	if code != exitFailed || !strings.Contains(string(stderr), "already written by an earlier input") {
		t.Errorf("exit %d, want %d and a collision error; stderr:\n%s", code, exitFailed, stderr)
	}
	got, _ := os.ReadFile(filepath.Join(out, "same.txt.json"))
	var l line
	if err := json.Unmarshal(got, &l); err != nil || l.Source != filepath.Join(a, "same.txt") {
		t.Errorf("same.txt.json holds %q, want the first input's result", l.Source)
	}
}

func TestInterruptLeavesOnlyCompleteFiles(t *testing.T) {
	dir := t.TempDir()
	for i := range 30 {
		name := filepath.Join(dir, "art"+string(rune('a'+i/26))+string(rune('a'+i%26))+".txt")
		if err := os.WriteFile(name, []byte(articleGeneva), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	// Cancel once the first file is in place.
	go func() {
		for ctx.Err() == nil {
			if m, _ := filepath.Glob(filepath.Join(out, "*.json")); len(m) > 0 {
				cancel()
			}
			time.Sleep(time.Millisecond)
		}
	}()
	code, _, stderr := runCLI(ctx, nil, "extract", "-j", "2", "--out", out, dir)
	if code != exitInterrupted {
		t.Errorf("exit status %d, want %d; stderr:\n%s", code, exitInterrupted, stderr)
	}
	files := outFiles(t, out)
	if len(files) == 0 || len(files) == 30 {
		t.Errorf("wrote %d files, want some but not all 30", len(files))
	}
	for _, f := range files {
		if !strings.HasSuffix(f, ".txt.json") {
			t.Errorf("stray file %s (temporary or error file) after interrupt", f)
			continue
		}
		b, _ := os.ReadFile(filepath.Join(out, f))
		var l line
		if err := json.Unmarshal(b, &l); err != nil || l.Schema != "lede/v1" {
			t.Errorf("%s is not a complete result: %v", f, err)
		}
	}
}
