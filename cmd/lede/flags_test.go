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
