package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFlagsAfterInputs runs extract with its flags after the input, as
// users type them ("lede extract URL --timeout 8s").
func TestFlagsAfterInputs(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(in, []byte("The city will spend $5 million on roads, the mayor said on Monday."), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runCLI(context.Background(), nil, "extract", in, "--only", "money", "--timeout", "8s", "--format", "jsonl")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var got struct {
		Source string            `json:"source"`
		Money  []json.RawMessage `json:"money"`
		Dates  []json.RawMessage `json:"dates"`
	}
	if err := json.Unmarshal(stdout, &got); err != nil {
		t.Fatalf("%v\n%s", err, stdout)
	}
	if got.Source != in || len(got.Money) != 1 || len(got.Dates) != 0 {
		t.Errorf("source %q, %d money, %d dates: the flags after the input were not applied", got.Source, len(got.Money), len(got.Dates))
	}
}

// TestCheckUnknownFields makes --fields and --ignore with a name that is no
// lede/v1 field (or item key) a usage error, not a run that compares
// nothing and passes.
func TestCheckUnknownFields(t *testing.T) {
	dir := t.TempDir()
	for _, tt := range []struct {
		args []string
		code int
	}{
		{[]string{"--fields", "nosuchfield"}, exitUsage},
		{[]string{"--fields", "dates.rule"}, exitUsage},
		{[]string{"--ignore", "dates.nokey"}, exitUsage},
		{[]string{"--ignore", "nosuchfield"}, exitUsage},
		{[]string{"--ignore", "dates.rule,entities.evidence,sentences"}, exitFailed}, // valid: the empty dir has no articles
		{[]string{"--fields", "title,quotes"}, exitFailed},
	} {
		args := append([]string{"check", dir}, tt.args...)
		code, _, stderr := runCLI(context.Background(), nil, args...)
		if code != tt.code {
			t.Errorf("%v: exit %d, want %d; stderr %s", tt.args, code, tt.code, stderr)
		}
		if tt.code == exitUsage && !strings.Contains(string(stderr), "not a lede/v1 field") {
			t.Errorf("%v: stderr %q, want it to name the bad field", tt.args, stderr)
		}
	}
}

// TestJSONLogNumbers checks that --log-format json writes the summary's
// counts and rates as JSON numbers, not strings.
func TestJSONLogNumbers(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(in, []byte("The city will spend $5 million on roads, the mayor said on Monday."), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runCLI(context.Background(), nil, "extract", "--log-format", "json", "--format", "jsonl", in, in)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var entry map[string]any
	for _, l := range strings.Split(strings.TrimSpace(string(stderr)), "\n") {
		var e map[string]any
		if json.Unmarshal([]byte(l), &e) == nil && e["msg"] == "batch done" {
			entry = e
		}
	}
	if entry == nil {
		t.Fatalf("no JSON 'batch done' line in:\n%s", stderr)
	}
	for _, k := range []string{"ok", "failed", "skipped", "seconds", "articles_per_s"} {
		if _, ok := entry[k].(float64); !ok {
			t.Errorf("%s = %#v, want a JSON number", k, entry[k])
		}
	}
}

// TestSchemaCommand checks that lede schema prints the JSON Schema.
func TestSchemaCommand(t *testing.T) {
	code, stdout, _ := runCLI(context.Background(), nil, "schema")
	var v map[string]any
	if code != 0 || json.Unmarshal(stdout, &v) != nil || v["title"] != "lede/v1" {
		t.Errorf("lede schema: exit %d, output %.80q: want the lede/v1 JSON Schema", code, stdout)
	}
	if code, _, _ := runCLI(context.Background(), nil, "schema", "x"); code != exitUsage {
		t.Errorf("lede schema x: exit %d, want %d", code, exitUsage)
	}
}

// TestSyntaxFlags checks --syntax (a tokens array with heads and
// relations) and --format conllu (CoNLL-U on stdout; not with --out).
func TestSyntaxFlags(t *testing.T) {
	const text = "The mayor said the bridge would open in the spring."
	code, stdout, stderr := runCLI(context.Background(), strings.NewReader(text), "extract", "--syntax")
	var got struct {
		Tokens []struct {
			Text, UPOS, Dep string
			Head            int
		} `json:"tokens"`
	}
	if code != 0 || json.Unmarshal(stdout, &got) != nil || len(got.Tokens) != 11 {
		t.Fatalf("--syntax: exit %d, %d tokens, stderr %s", code, len(got.Tokens), stderr)
	}
	if said := got.Tokens[2]; said.Text != "said" || said.Head != -1 || said.Dep != "root" {
		t.Errorf("'said' = %+v, want the root", said)
	}
	code, stdout, _ = runCLI(context.Background(), strings.NewReader(text), "extract", "--format", "conllu")
	lines := strings.Split(strings.TrimSpace(string(stdout)), "\n")
	if code != 0 || len(lines) != 14 || !strings.HasPrefix(lines[3], "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t") {
		t.Errorf("--format conllu: exit %d:\n%s", code, stdout)
	}
	if code, _, _ := runCLI(context.Background(), strings.NewReader(text), "extract", "--format", "conllu", "--out", t.TempDir()); code != exitUsage {
		t.Errorf("--format conllu --out: exit %d, want %d", code, exitUsage)
	}
}
