package main

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/txtar"
)

// TestCLICases runs the cases in testdata/cli (see testdata/README.md).
func TestCLICases(t *testing.T) {
	cases, err := filepath.Glob(filepath.Join("testdata", "cli", "*.txtar"))
	if err != nil || len(cases) == 0 {
		t.Fatalf("no cases: %v", err)
	}
	for _, file := range cases {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			dir := t.TempDir()
			sections := map[string]string{}
			for _, f := range ar.Files {
				switch f.Name {
				case "args", "stdin", "exit", "want":
					sections[f.Name] = string(f.Data)
					continue
				}
				data, name := f.Data, f.Name
				if strings.HasSuffix(name, ".hex") {
					name = strings.TrimSuffix(name, ".hex")
					if data, err = hex.DecodeString(strings.Join(strings.Fields(string(data)), "")); err != nil {
						t.Fatalf("%s: %v", f.Name, err)
					}
				}
				path := filepath.Join(dir, filepath.FromSlash(name))
				if strings.HasSuffix(name, "/") {
					os.MkdirAll(path, 0o755)
					continue
				}
				os.MkdirAll(filepath.Dir(path), 0o755)
				if err := os.WriteFile(path, data, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			expand := func(s string) string { return strings.ReplaceAll(s, "$DIR", dir) }
			var args []string
			for _, a := range strings.Split(strings.TrimSpace(sections["args"]), "\n") {
				args = append(args, expand(a))
			}
			wantExit, err := strconv.Atoi(strings.TrimSpace(sections["exit"]))
			if err != nil {
				t.Fatalf("exit section: %v", err)
			}
			code, stdout, stderr := runCLI(context.Background(), strings.NewReader(sections["stdin"]), args...)
			if code != wantExit {
				t.Errorf("exit status %d, want %d; stderr:\n%s", code, wantExit, stderr)
			}
			var got, want []string
			for _, w := range strings.Split(strings.TrimSpace(sections["want"]), "\n") {
				if w != "" {
					want = append(want, expand(w))
				}
			}
			dec := json.NewDecoder(strings.NewReader(string(stdout)))
			for i := 0; dec.More(); i++ {
				var l line
				if err := dec.Decode(&l); err != nil {
					t.Fatalf("stdout is not JSON: %v\n%s", err, stdout)
				}
				g := l.Source
				if l.ID != "" {
					g = "ID=" + l.ID + " " + g
				}
				switch {
				case l.Error != "":
					g += " error"
					// Keep the expected substring when the message has it
					// and names the source, so the diff shows real misses.
					if i < len(want) {
						if _, sub, ok := strings.Cut(want[i], " error "); ok && strings.Contains(l.Error, sub) && strings.Contains(l.Error, l.Source) {
							g += " " + sub
						} else {
							g += " " + l.Error
						}
					}
				case l.Schema == "lede/v1":
					g += " ok"
				default:
					g += " ?"
				}
				got = append(got, g)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("output records (-want +got):\n%s", diff)
			}
		})
	}
}
