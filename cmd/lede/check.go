package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/lede-project/lede/golden"
	"github.com/lede-project/lede/pipeline"
)

const checkUsage = `Usage: lede check [--update] [--fields F,...] [--ignore F,...] [flags] DIR|FILE...

Regression-tests extraction against golden files. For every article (.html
.htm .xhtml .txt, recursively) with a golden file beside it, lede extracts the
article again and prints a per-field diff against the golden. The golden of
a.txt is a.golden.json (or a.txt.golden.json, used when a.txt and a.html
share a directory).

Per-article options (a reference date, the input format) come from the flags,
then from lede.json files in the article's directory and its parents below
DIR (nearer wins), then from a sidecar a.lede.json or a.txt.lede.json:
  {"published": "2021-12-28", "input_format": "text", "clean": false}
"skip": true leaves articles out (for example fixtures of bad input).

Exit status 1 when an article differs from its golden, has no golden, or
fails; the last line of output sums up. --update writes the goldens instead
(creating missing ones, never touching articles) and exits 0 unless an
article failed. Goldens are canonical JSON: sorted keys, two-space indent.

Flags:
`

// checkFlags are the flags of "lede check".
type checkFlags struct {
	extractFlags
	update bool
	fields string
	ignore string
}

// result of checking one article.
type checkResult struct {
	path, golden string
	changes      []golden.Change
	missing      bool  // no golden file
	written      bool  // golden written (--update)
	err          error // extraction or golden failure
}

func runCheck(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // errors are returned; --help prints to stdout
	var f checkFlags
	f.extractFlags.register(fs)
	fs.BoolVar(&f.update, "update", false, "write or rewrite the goldens (never the articles), creating missing ones")
	fs.StringVar(&f.fields, "fields", "", "compare only these comma-separated top-level `fields` (title,dates,...)")
	fs.StringVar(&f.ignore, "ignore", "", "comma-separated `fields` not to compare or pin: top-level (sentences) or a key of each item (dates.rule)")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), checkUsage)
		fs.PrintDefaults()
	}
	dirs, err := parseInterspersed(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fs.SetOutput(stdout)
			fs.Usage()
			return nil
		}
		return fmt.Errorf("check: %v: %w", err, errUsage)
	}
	if len(dirs) == 0 {
		return fmt.Errorf("check: no DIR given: %w", errUsage)
	}
	if f.inputFormat == "jsonl" {
		return fmt.Errorf("check: --input-format jsonl is not supported; check reads article files: %w", errUsage)
	}
	sel := golden.Selector{Fields: splitList(f.fields), Ignore: splitList(f.ignore)}
	for _, name := range sel.Fields {
		if !isResultField(name, false) {
			return fmt.Errorf("check: --fields %q: not a lede/v1 field (fields: %s): %w", name, strings.Join(golden.FieldOrder(), ","), errUsage)
		}
	}
	for _, name := range sel.Ignore {
		if !isResultField(name, true) {
			return fmt.Errorf("check: --ignore %q: not a lede/v1 field or item key (fields: %s; keys as dates.rule): %w", name, strings.Join(golden.FieldOrder(), ","), errUsage)
		}
	}
	cfg, err := f.config()
	if err != nil {
		return err
	}
	c := &checker{cfg: cfg, sel: sel, update: f.update, opts: newOptionsResolver()}

	var jobs []checkJob
	skipped := 0
	for _, arg := range dirs {
		js, err := c.articles(arg)
		if err != nil {
			return err
		}
		for _, j := range js {
			if j.err == nil && j.opts.Skip != nil && *j.opts.Skip {
				skipped++
				continue
			}
			jobs = append(jobs, j)
		}
	}
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	var results []checkResult
	err = c.run(ctx, jobs, func(r checkResult) {
		results = append(results, r)
		report(w, r)
		w.Flush()
	})
	if err != nil {
		return err
	}
	return summarize(w, results, skipped, f.update)
}

// splitList splits a comma-separated flag value, dropping blanks.
func splitList(s string) []string {
	var out []string
	for _, x := range strings.Split(s, ",") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

// checker holds what every article check shares.
type checker struct {
	cfg    pipeline.Config
	sel    golden.Selector
	update bool
	opts   *optionsResolver
}

// checkJob is one article to check, with its options resolved.
type checkJob struct {
	path, golden string
	opts         articleOptions
	err          error
}

// articles lists the articles of one command-line argument (a directory,
// walked recursively, or one article file) with their goldens and options.
func (c *checker) articles(arg string) ([]checkJob, error) {
	st, err := os.Stat(arg)
	if err != nil {
		return nil, fmt.Errorf("check %s: %w", arg, bareErr(err))
	}
	root, paths := arg, []string{arg}
	if st.IsDir() {
		if paths, err = pipeline.Walk(arg); err != nil {
			return nil, fmt.Errorf("check: %w", err)
		}
	} else {
		root = filepath.Dir(arg)
	}
	root = filepath.Clean(root)
	var jobs []checkJob
	for _, p := range paths {
		j := checkJob{path: p, golden: goldenPath(p)}
		j.opts, j.err = c.opts.article(root, filepath.Clean(p))
		jobs = append(jobs, j)
	}
	return jobs, nil
}

// goldenPath is the golden file of an article: a.txt.golden.json when it
// exists or when another article in the directory shares the stem "a",
// else a.golden.json.
func goldenPath(path string) string {
	full := path + ".golden.json"
	if _, err := os.Stat(full); err == nil {
		return full
	}
	ext := filepath.Ext(path)
	stem := strings.TrimSuffix(path, ext)
	for _, other := range []string{".html", ".htm", ".xhtml", ".txt"} {
		if !strings.EqualFold(other, ext) {
			if _, err := os.Stat(stem + other); err == nil {
				return full
			}
		}
	}
	return stem + ".golden.json"
}

// pipeline returns the shared Pipeline for one value of Clean.
func (c *checker) pipeline(clean bool) (*pipeline.Pipeline, error) {
	cfg := c.cfg
	cfg.Clean = clean
	return sharedPipeline(cfg)
}

// pipelines caches Pipelines by Config for the life of the process, so
// that check and eval (and tests that call run many times) load the NLP
// models once per configuration. A Pipeline is safe for concurrent use.
var pipelines struct {
	sync.Mutex
	m map[string]*pipeline.Pipeline // by the Config's Go syntax
}

func sharedPipeline(cfg pipeline.Config) (*pipeline.Pipeline, error) {
	pipelines.Lock()
	defer pipelines.Unlock()
	key := fmt.Sprintf("%#v", cfg)
	if p, ok := pipelines.m[key]; ok {
		return p, nil
	}
	p, err := pipeline.New(cfg)
	if err != nil {
		return nil, err
	}
	if pipelines.m == nil {
		pipelines.m = map[string]*pipeline.Pipeline{}
	}
	pipelines.m[key] = p
	return p, nil
}

// run checks every job on a few workers and calls emit with the results
// in job order.
func (c *checker) run(ctx context.Context, jobs []checkJob, emit func(checkResult)) error {
	return ordered(ctx, len(jobs), func(i int) any { return c.check(ctx, jobs[i]) },
		func(v any) error { emit(v.(checkResult)); return nil })
}

// check extracts one article and compares it with (or writes) its golden.
func (c *checker) check(ctx context.Context, j checkJob) checkResult {
	r := checkResult{path: j.path, golden: j.golden, err: j.err}
	if r.err != nil {
		return r
	}
	got, err := c.extract(ctx, j)
	if err != nil {
		r.err = err
		return r
	}
	var want golden.Doc
	badGolden := false // a golden that is not JSON: --update rewrites it
	b, err := os.ReadFile(j.golden)
	switch {
	case errors.Is(err, os.ErrNotExist):
		r.missing = true
	case err != nil:
		r.err = fmt.Errorf("read golden %s: %w", j.golden, bareErr(err))
		return r
	default:
		if want, err = golden.Decode(b); err != nil {
			r.err, badGolden = fmt.Errorf("golden %s: %w", j.golden, err), true
		}
	}
	if want != nil {
		r.changes = golden.Diff(want, got, c.sel)
	}
	upToDate := !r.missing && !badGolden && len(r.changes) == 0 && canonical(b)
	if !c.update || upToDate {
		return r
	}
	r.err = nil
	out, err := golden.Marshal(golden.Update(want, got, c.sel))
	if err == nil {
		err = writeFile(j.golden, out)
	}
	if err != nil {
		r.err = fmt.Errorf("write golden %s: %w", j.golden, err)
		return r
	}
	r.written = true
	return r
}

// canonical reports whether a golden's bytes are already canonical.
func canonical(b []byte) bool {
	c, err := golden.Canonical(b)
	return err == nil && string(c) == string(b)
}

// extract runs the pipeline on one article and returns its output as a
// generic document, with source reduced to the file name so that goldens
// do not depend on where lede check runs from.
func (c *checker) extract(ctx context.Context, j checkJob) (golden.Doc, error) {
	clean := c.cfg.Clean
	if j.opts.Clean != nil {
		clean = *j.opts.Clean
	}
	p, err := c.pipeline(clean)
	if err != nil {
		return nil, err
	}
	in, err := j.opts.input(j.path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", j.path, err)
	}
	res, err := p.Process(ctx, in)
	if err != nil {
		return nil, err
	}
	res.Source = filepath.Base(j.path)
	b, err := pipeline.Marshal(res, "")
	if err != nil {
		return nil, fmt.Errorf("%s: encode: %w", j.path, err)
	}
	return golden.Decode(b)
}

// writeFile replaces path with b atomically (a temporary file, renamed).
func writeFile(path string, b []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".golden-*")
	if err != nil {
		return bareErr(err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(b); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
