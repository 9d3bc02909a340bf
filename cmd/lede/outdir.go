package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/lede-project/lede/pipeline"
)

// outDir writes one file per input below a root directory (--out): NAME.json
// for a result, NAME.error.json for an input that failed. Every file is
// written to a temporary file in the same directory, synced, then renamed
// into place, so a reader (or a later --resume) never sees half a file, even
// when lede is killed mid-write. Its methods are safe for concurrent use on
// distinct names.
type outDir struct {
	root   string
	resume bool // skip inputs whose NAME.json already holds a valid result
	// used holds the names handed out in this run, to refuse a second input
	// mapping to the same file instead of overwriting the first. It is only
	// touched by the goroutine that expands inputs. It is nil when names
	// cannot collide (one directory or glob: relative paths are unique), so
	// memory stays flat on the common large run.
	used map[string]bool
}

// newOutDir prepares root; track says whether input names may collide.
func newOutDir(root string, resume, track bool) (*outDir, error) {
	if err := os.MkdirAll(root, 0o755); err != nil {
		return nil, fmt.Errorf("--out %s: %w", root, unwrapPath(err))
	}
	if err := removeStaleTemps(root); err != nil {
		return nil, fmt.Errorf("--out %s: %w", root, err)
	}
	o := &outDir{root: root, resume: resume}
	if track {
		o.used = map[string]bool{}
	}
	return o, nil
}

// claim reserves name for one input; it fails when an earlier input of this
// run already maps to the same file.
func (o *outDir) claim(name string) error {
	if o.used == nil {
		return nil
	}
	if o.used[name] {
		return fmt.Errorf("output %s is already written by an earlier input of this run", o.path(name, false))
	}
	o.used[name] = true
	return nil
}

// path is the file of name's result (or error record).
func (o *outDir) path(name string, failed bool) string {
	if failed {
		return filepath.Join(o.root, filepath.FromSlash(name)+".error.json")
	}
	return filepath.Join(o.root, filepath.FromSlash(name)+".json")
}

// complete reports whether name already holds a complete result for in:
// a lede/v1 object of that source (and record id), with its text and every
// list. Error records, truncated files, another input's result (an --out
// reused for other inputs) and any other JSON do not count.
func (o *outDir) complete(name string, in pipeline.Input) bool {
	b, err := os.ReadFile(o.path(name, false))
	if err != nil {
		return false
	}
	var v struct {
		Schema    string           `json:"schema"`
		Source    string           `json:"source"`
		ID        string           `json:"id"`
		Error     *string          `json:"error"`
		Text      *string          `json:"text"`
		Sentences *json.RawMessage `json:"sentences"`
		Entities  *json.RawMessage `json:"entities"`
		Dates     *json.RawMessage `json:"dates"`
		Money     *json.RawMessage `json:"money"`
		Venues    *json.RawMessage `json:"venues"`
		Quotes    *json.RawMessage `json:"quotes"`
		Warnings  *json.RawMessage `json:"warnings"`
	}
	if json.Unmarshal(b, &v) != nil {
		return false
	}
	return v.Schema == pipeline.Schema && v.Source == in.Source && v.ID == in.ID && v.Error == nil &&
		v.Text != nil && v.Sentences != nil && v.Entities != nil && v.Dates != nil && v.Money != nil &&
		v.Venues != nil && v.Quotes != nil && v.Warnings != nil
}

// removeStaleTemps deletes the temporary files (.lede-*.tmp) that a run
// killed mid-write left below root; writeAtomic never leaves one otherwise.
func removeStaleTemps(root string) error {
	return filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil // an unreadable corner: nothing of ours can be there
		}
		if !d.IsDir() && strings.HasPrefix(d.Name(), ".lede-") && strings.HasSuffix(d.Name(), ".tmp") {
			if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
				return fmt.Errorf("remove stale %s: %w", path, unwrapPath(err))
			}
		}
		return nil
	})
}

// write stores data as name's result or error record, atomically, and
// removes the other of the two so the tree reflects this run.
func (o *outDir) write(name string, data []byte, failed bool) error {
	path := o.path(name, failed)
	if err := writeAtomic(path, data); err != nil {
		return err
	}
	if err := os.Remove(o.path(name, !failed)); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("remove stale %s: %w", o.path(name, !failed), unwrapPath(err))
	}
	return nil
}

// writeAtomic writes data to path through a synced temporary file in the
// same directory and a rename.
func writeAtomic(path string, data []byte) (err error) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("write %s: %w", path, unwrapPath(err))
	}
	f, err := os.CreateTemp(dir, ".lede-*.tmp")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, unwrapPath(err))
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if _, err := f.Write(data); err != nil {
		return fmt.Errorf("write %s: %w", path, unwrapPath(err))
	}
	if err := f.Sync(); err != nil {
		return fmt.Errorf("write %s: %w", path, unwrapPath(err))
	}
	if err := f.Chmod(0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, unwrapPath(err))
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, unwrapPath(err))
	}
	if err := os.Rename(f.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, unwrapPath(err))
	}
	return nil
}
