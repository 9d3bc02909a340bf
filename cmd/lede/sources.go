package main

import (
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/lede-project/lede/pipeline"
)

// item is one input named by the command line, before it is processed.
type item struct {
	in pipeline.Input
	// err is set when the input could not even be read or named: an
	// unreadable directory, a glob matching nothing, a bad JSONL line. The
	// item then becomes an error record.
	err error
	// name is the item's output path under --out, never escaping --out ("" for none), without
	// the ".json" suffix: the path below a directory INPUT, a file's base name,
	// a JSONL record's id.
	name string
}

// expander turns command-line INPUTs into items, streaming: a directory is
// walked as it is read and a JSONL stream is read record by record, so memory
// does not grow with the number of inputs.
type expander struct {
	inputFormat string // "jsonl" reads every INPUT as JSONL records
	maxBytes    int64
	stdin       io.Reader
}

// expand calls fn for each item of one INPUT, in order. It stops early, and
// returns false, when fn returns false.
func (e *expander) expand(arg string, fn func(item) bool) bool {
	if e.inputFormat == "jsonl" {
		return e.records(arg, fn)
	}
	switch {
	case arg == "-":
		b, err := io.ReadAll(io.LimitReader(e.stdin, e.maxBytes+1))
		if err == nil && int64(len(b)) > e.maxBytes {
			err = fmt.Errorf("-: larger than %d bytes (--max-bytes)", e.maxBytes)
		} else if err != nil {
			err = fmt.Errorf("-: read standard input: %w", err)
		}
		if b == nil {
			b = []byte{}
		}
		return fn(item{in: pipeline.Input{Source: "-", Data: b}, err: err, name: "stdin"})
	case pipeline.IsURL(arg):
		return fn(item{in: pipeline.Input{Source: arg, URL: arg}, name: urlName(arg)})
	case isDir(arg):
		return e.walk(arg, arg, fn)
	case isGlob(arg):
		return e.glob(arg, fn)
	}
	return fn(item{in: pipeline.Input{Source: arg}, name: filepath.Base(arg)})
}

// walk expands a directory; names are relative to root.
func (e *expander) walk(dir, root string, fn func(item) bool) bool {
	stopped := errors.New("stopped")
	err := pipeline.WalkEach(dir, func(path string, err error) error {
		if !fn(item{in: pipeline.Input{Source: path}, err: err, name: relName(root, path)}) {
			return stopped
		}
		return nil
	})
	switch {
	case err == stopped:
		return false
	case err != nil:
		return fn(item{in: pipeline.Input{Source: dir}, err: err, name: relName(root, dir)})
	}
	return true
}

// glob expands a shell pattern (for shells that pass it on unexpanded, and
// for patterns too long for a command line). Matching directories are
// walked. Names are relative to the pattern's leading directory.
func (e *expander) glob(pattern string, fn func(item) bool) bool {
	matches, err := filepath.Glob(pattern)
	if err == nil && len(matches) == 0 {
		err = errors.New("pattern matches no files")
	}
	if err != nil {
		return fn(item{in: pipeline.Input{Source: pattern}, err: fmt.Errorf("%s: %w", pattern, err), name: "glob"})
	}
	root := globRoot(pattern)
	for _, m := range matches {
		ok := true
		if isDir(m) {
			ok = e.walk(m, root, fn)
		} else {
			ok = fn(item{in: pipeline.Input{Source: m}, name: relName(root, m)})
		}
		if !ok {
			return false
		}
	}
	return true
}

// records expands a JSONL file, or stdin for "-", one item per record.
func (e *expander) records(arg string, fn func(item) bool) bool {
	var r io.Reader = e.stdin
	if arg != "-" {
		f, err := os.Open(arg)
		if err != nil {
			return fn(item{in: pipeline.Input{Source: arg}, err: fmt.Errorf("%s: %w", arg, unwrapPath(err)), name: filepath.Base(arg)})
		}
		defer f.Close()
		r = f
	}
	base := "stdin"
	if arg != "-" {
		base = strings.TrimSuffix(filepath.Base(arg), filepath.Ext(arg))
	}
	line := 0
	stopped := false
	err := pipeline.ReadRecords(r, arg, e.maxBytes, func(in pipeline.Input, err error) bool {
		line++
		name := safeName(in.ID)
		if name == "" {
			name = fmt.Sprintf("%s-%d", base, line)
		}
		if !fn(item{in: in, err: err, name: name}) {
			stopped = true
			return false
		}
		return true
	})
	if stopped {
		return false
	}
	if err != nil {
		return fn(item{in: pipeline.Input{Source: arg}, err: err, name: base + "-read-error"})
	}
	return true
}

func isDir(path string) bool {
	st, err := os.Stat(path)
	return err == nil && st.IsDir()
}

// isGlob reports whether arg is a pattern rather than an existing file name.
func isGlob(arg string) bool {
	if !strings.ContainsAny(arg, "*?[") {
		return false
	}
	_, err := os.Lstat(arg)
	return err != nil
}

// globRoot is the leading directory of a pattern, before its first
// component holding a metacharacter.
func globRoot(pattern string) string {
	dir := filepath.Dir(pattern)
	for strings.ContainsAny(dir, "*?[") {
		dir = filepath.Dir(dir)
	}
	return dir
}

// relName is path relative to root as a slash path, falling back to the base
// name when path is not below root.
func relName(root, path string) string {
	rel, err := filepath.Rel(root, path)
	if err != nil || rel == "." || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return filepath.Base(path)
	}
	return filepath.ToSlash(rel)
}

// urlName names a URL's output: host and path, made safe.
func urlName(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return safeName(raw)
	}
	name := safeName(u.Host + "_" + strings.Trim(u.Path, "/"))
	if u.RawQuery != "" {
		name += "_" + safeName(u.RawQuery)
	}
	return name
}

// safeName turns a record id into one file name: characters other than
// letters, digits, '.', '-' and '_' become '_', and it is capped at 200
// bytes. It returns "" for ids that cannot name a file.
func safeName(id string) string {
	var b strings.Builder
	for _, r := range id {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '.', r == '-', r == '_':
			b.WriteRune(r)
		default:
			b.WriteByte('_')
		}
		if b.Len() >= 200 {
			break
		}
	}
	s := b.String()
	if strings.Trim(s, ".") == "" {
		return ""
	}
	return s
}

func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// each expands one command-line INPUT into Inputs and calls fn for each, in
// order; an input that cannot be read is passed with its error. It returns
// the first error fn returns.
func each(arg, inputFormat string, maxBytes int64, stdin io.Reader, fn func(pipeline.Input, error) error) error {
	e := &expander{inputFormat: inputFormat, maxBytes: maxBytes, stdin: stdin}
	var ferr error
	e.expand(arg, func(it item) bool {
		ferr = fn(it.in, it.err)
		return ferr == nil
	})
	return ferr
}
