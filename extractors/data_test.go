package extractors

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestWordListsHaveNoDuplicates checks every data file under extractors/
// (word lists and gazetteers): an entry is listed once in its file, and
// once in its section of a sectioned file ("[title]").
func TestWordListsHaveNoDuplicates(t *testing.T) {
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || filepath.Base(filepath.Dir(path)) != "data" {
			return nil
		}
		if ext := filepath.Ext(path); ext != ".txt" && ext != ".tsv" {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		seen := map[string]int{}
		section := ""
		for i, line := range strings.Split(string(b), "\n") {
			line = strings.TrimSpace(line)
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
				section = line
				continue
			}
			keys := []string{line}
			if filepath.Ext(path) == ".tsv" {
				// label? canonical alias...: every name once per file.
				keys = strings.Split(line, "\t")[1:]
				if !strings.HasPrefix(filepath.Base(path), "places") {
					keys = strings.Split(line, "\t")
				}
			}
			for _, k := range keys {
				key := section + " " + k
				if prev, ok := seen[key]; ok {
					t.Errorf("%s:%d: %q repeats line %d", path, i+1, k, prev)
				}
				seen[key] = i + 1
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
