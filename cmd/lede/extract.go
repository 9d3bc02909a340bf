package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/sirupsen/logrus"

	"github.com/lede-project/lede/pipeline"
)

// errSomeFailed says that at least one input failed; each failure was
// already written as an error record.
var errSomeFailed = errors.New("some inputs failed")

func version() string { return pipeline.Version }

// extractFlags are the flags of "lede extract" (and "lede check").
type extractFlags struct {
	format      string
	published   string
	inputFormat string
	maxBytes    int64
	timeout     time.Duration // per URL fetch
	clean       bool
	verbose     bool
	quiet       bool
	logFormat   string
	only, skip  string // comma-separated extractor names
	explain     bool
	syntax      bool   // parse every sentence; tokens in the output
	entityRules bool   // entities by the rules alone (--entity-rules)
	siteRules   string // --site-rules FILE
	jobs        int    // workers (-j); default runtime.NumCPU()
	out         string // --out DIR: one file per input instead of stdout
	resume      bool   // with --out: skip inputs whose output is valid
	progress    string // auto, always or never
	allowFail   bool   // exit 0 even when some inputs failed
}

func (f *extractFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.format, "format", "", "output `format`: json (one indented document; default for one input), jsonl (one line per input; default for several), conllu (the dependency parse as CoNLL-U, for Universal Dependencies tools) or html (one input drawn as the page \"lede serve\" shows)")
	fs.StringVar(&f.published, "published", "", "reference `date` (YYYY-MM-DD) for relative dates when the article gives none")
	fs.StringVar(&f.inputFormat, "input-format", "auto", "how to read inputs: auto, html, text, or jsonl (one {\"id\",\"html\"|\"text\"|\"url\",\"published\"?} record per line)")
	fs.Int64Var(&f.maxBytes, "max-bytes", 32<<20, "largest input accepted, in `bytes`")
	fs.DurationVar(&f.timeout, "timeout", 30*time.Second, "time limit for reading one file or fetching one URL (`duration`, e.g. 10s)")
	fs.BoolVar(&f.clean, "clean", false, "drop site chrome lines (\"SHARE THIS ARTICLE\", alternate addresses) from plain-text input")
	fs.BoolVar(&f.verbose, "v", false, "verbose logs on stderr")
	fs.StringVar(&f.logFormat, "log-format", "text", "log `format` on stderr: text or json")
	names := strings.Join(pipeline.ExtractorNames(), ",")
	fs.StringVar(&f.only, "only", "", "report only these extractors' findings (`names`, comma-separated: "+names+"); the extractors they read still run")
	fs.StringVar(&f.skip, "skip", "", "leave out these extractors' findings (`names`, comma-separated: "+names+")")
	fs.BoolVar(&f.entityRules, "entity-rules", false, "find entities by the rules alone, without the statistical tagger that otherwise decides with their labels as hints (to compare the two)")
	fs.BoolVar(&f.syntax, "syntax", false, "parse every sentence: add a \"tokens\" array (text, start, end, upos, tag, lemma, head, dep)")
	fs.BoolVar(&f.explain, "explain", false, "add to each finding the evidence its rule weighed (\"evidence\": [...])")
	fs.StringVar(&f.siteRules, "site-rules", "", "JSON `FILE` of CSS selectors per host that override title, authors, published and body (see README)")
}

// splitNames splits a comma-separated --only/--skip value.
func splitNames(s string) []string {
	var out []string
	for _, n := range strings.Split(s, ",") {
		if n = strings.TrimSpace(n); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// registerBatch adds the flags only "lede extract" has: workers, --out,
// --resume, progress and exit policy.
func (f *extractFlags) registerBatch(fs *flag.FlagSet) {
	fs.BoolVar(&f.quiet, "q", false, "quiet: log only errors and failed inputs, no summary")
	fs.IntVar(&f.jobs, "j", runtime.NumCPU(), "analyse `N` inputs in parallel (output stays in input order)")
	fs.IntVar(&f.jobs, "jobs", runtime.NumCPU(), "same as -j")
	fs.StringVar(&f.out, "out", "", "write one `DIR`/NAME.json per input (NAME.error.json when it fails), mirroring the input tree, instead of stdout")
	fs.BoolVar(&f.resume, "resume", false, "with --out: skip inputs whose NAME.json already holds a complete result of that input (anything else is redone)")
	fs.BoolVar(&f.allowFail, "allow-failures", false, "exit 0 even when some inputs failed (their error records are still written): for Hadoop Streaming and Spark's RDD.pipe, which fail a task on a non-zero exit")
	fs.StringVar(&f.progress, "progress", "auto", "progress bar on stderr: auto (when stderr is a terminal), always or never")
}

// checkBatch validates the flags registerBatch adds.
func (f *extractFlags) checkBatch() error {
	if f.jobs < 1 {
		return fmt.Errorf("-j %d: want at least 1: %w", f.jobs, errUsage)
	}
	if f.resume && f.out == "" {
		return fmt.Errorf("--resume needs --out: %w", errUsage)
	}
	switch f.progress {
	case "auto", "always", "never":
	default:
		return fmt.Errorf("--progress %q: want auto, always or never: %w", f.progress, errUsage)
	}
	return nil
}

// config maps flags onto a pipeline.Config.
func (f *extractFlags) config() (pipeline.Config, error) {
	cfg := pipeline.Config{MaxBytes: f.maxBytes, Clean: f.clean, FetchTimeout: f.timeout,
		Only: splitNames(f.only), Skip: splitNames(f.skip), Explain: f.explain, Syntax: f.syntax || f.format == "conllu", EntityRules: f.entityRules,
		SiteRules: f.siteRules}
	if err := pipeline.CheckExtractorNames(append(slices.Clone(cfg.Only), cfg.Skip...)); err != nil {
		return cfg, fmt.Errorf("--only/--skip: %v: %w", err, errUsage)
	}
	if f.timeout <= 0 {
		return cfg, fmt.Errorf("--timeout must be positive: %w", errUsage)
	}
	switch f.inputFormat {
	case "auto", "html", "text":
		cfg.InputFormat = f.inputFormat
	case "jsonl":
	default:
		return cfg, fmt.Errorf("--input-format %q: want auto, html, text or jsonl: %w", f.inputFormat, errUsage)
	}
	if f.published != "" {
		t, err := pipeline.ParseDate(f.published)
		if err != nil {
			return cfg, fmt.Errorf("--published: %v: %w", err, errUsage)
		}
		cfg.Published = t
	}
	if f.maxBytes <= 0 {
		return cfg, fmt.Errorf("--max-bytes must be positive: %w", errUsage)
	}
	return cfg, nil
}

func newLogger(f *extractFlags, stderr io.Writer) (*logrus.Logger, error) {
	log := logrus.New()
	log.SetOutput(stderr)
	log.SetLevel(logrus.InfoLevel)
	switch {
	case f.verbose:
		log.SetLevel(logrus.DebugLevel)
	case f.quiet:
		log.SetLevel(logrus.WarnLevel)
	}
	switch f.logFormat {
	case "text":
		log.SetFormatter(&logrus.TextFormatter{DisableTimestamp: true})
	case "json":
		log.SetFormatter(&logrus.JSONFormatter{})
	default:
		return nil, fmt.Errorf("--log-format %q: want text or json: %w", f.logFormat, errUsage)
	}
	return log, nil
}

const extractUsage = `Usage: lede extract [flags] [INPUT...]

Analyses each INPUT and writes one JSON document per article on stdout.
INPUT is a regular file (HTML by extension or content, else plain text), a
directory (walked recursively for .html .htm .xhtml .txt in lexical order), a
quoted glob such as 'archive/*/*.html' (expanded by lede, in lexical order),
an http(s) URL (HTML or plain text), or "-" for standard input (the default).
Flags may come before or after the inputs.

Several inputs are analysed in parallel (-j) and written in input order, one
JSON line each, as soon as they are done. With --out DIR each input gets its
own DIR/NAME.json instead, written atomically; --resume skips finished ones.
With --input-format jsonl, lede is a filter: records in, records out.

An input that fails gives {"source":...,"error":...} in its place (or
NAME.error.json); the run goes on and exits with status 1. Usage errors exit
with status 2; an interrupt (Ctrl-C) stops taking inputs, writes what is
done, and exits with status 130.

Flags:
`

func runExtract(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // errors are returned; --help prints to stdout
	var f extractFlags
	f.register(fs)
	f.registerBatch(fs)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), extractUsage)
		fs.PrintDefaults()
	}
	inputs, err := parseInterspersed(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fs.SetOutput(stdout)
			fs.Usage()
			return nil
		}
		return fmt.Errorf("extract: %v: %w", err, errUsage)
	}
	log, err := newLogger(&f, stderr)
	if err != nil {
		return err
	}
	cfg, err := f.config()
	if err != nil {
		return err
	}
	if err := f.checkBatch(); err != nil {
		return err
	}
	switch f.format {
	case "", "json", "jsonl", "conllu", "html":
	default:
		return fmt.Errorf("--format %q: want json, jsonl, conllu or html: %w", f.format, errUsage)
	}
	if f.format == "conllu" && f.out != "" {
		return fmt.Errorf("--format conllu writes to stdout; it does not go with --out: %w", errUsage)
	}
	if len(inputs) == 0 {
		inputs = []string{"-"}
	}
	if f.format == "html" {
		return extractHTML(ctx, &f, cfg, inputs, stdin, stdout, log)
	}
	single := len(inputs) == 1 && f.inputFormat != "jsonl" && !isDir(inputs[0]) && !isGlob(inputs[0])
	indent := ""
	if f.format == "json" || (f.format == "" && (single || f.out != "")) {
		indent = "  "
	}
	b := &batch{jobs: f.jobs, indent: indent, log: log, conllu: f.format == "conllu"}
	if f.out != "" {
		oneTree := len(inputs) == 1 && f.inputFormat != "jsonl" && (isDir(inputs[0]) || isGlob(inputs[0]))
		if b.out, err = newOutDir(f.out, f.resume, !oneTree); err != nil {
			return err
		}
	}
	if b.p, err = pipeline.New(cfg); err != nil {
		return err
	}
	b.prog = newProgress(stderr, f.progress)
	if single && f.out == "" {
		b.prog = newProgress(stderr, "never")
	}
	log.SetOutput(b.prog)
	w := bufio.NewWriterSize(stdout, 64<<10)
	b.stdout = w
	ex := &expander{inputFormat: f.inputFormat, maxBytes: cfg.MaxBytes, stdin: stdin}
	if b.prog.bar != nil {
		go countInputs(ctx, inputs, ex, b.prog)
	}
	tl, err := b.run(ctx, func(emit func(item) bool) {
		for _, arg := range inputs {
			if !ex.expand(arg, emit) {
				return
			}
		}
	})
	b.prog.finish()
	if ferr := w.Flush(); err == nil && ferr != nil {
		err = ferr
	}
	if !single || f.out != "" {
		summary(log, tl, err)
	}
	switch {
	case err != nil:
		return err
	case tl.failed > 0 && !f.allowFail:
		return errSomeFailed
	}
	return nil
}

// summary logs the one-line end-of-batch report.
func summary(log *logrus.Logger, tl tally, err error) {
	done := tl.ok + tl.failed
	rate := 0.0
	if s := tl.elapsed.Seconds(); s > 0 {
		rate = float64(done) / s
	}
	e := log.WithFields(logrus.Fields{
		"ok":             tl.ok,
		"failed":         tl.failed,
		"skipped":        tl.skipped,
		"seconds":        math.Round(tl.elapsed.Seconds()*100) / 100, // numbers in JSON logs
		"articles_per_s": math.Round(rate*10) / 10,
	})
	if errors.Is(err, context.Canceled) {
		e.WithField("abandoned", tl.abandoned).Warn("batch interrupted")
		return
	}
	e.Info("batch done")
}

// countInputs counts the inputs for the progress bar's total and ETA, in
// parallel with the batch. JSONL from stdin cannot be counted ahead: the bar
// then shows count and rate only.
func countInputs(ctx context.Context, inputs []string, ex *expander, p *progress) {
	var n int64
	for _, arg := range inputs {
		if ex.inputFormat == "jsonl" {
			return
		}
		switch {
		case arg == "-" || pipeline.IsURL(arg):
			n++
		case isDir(arg):
			pipeline.WalkEach(arg, func(string, error) error {
				n++
				return ctx.Err()
			})
		case isGlob(arg):
			m, _ := filepath.Glob(arg)
			for _, path := range m {
				if isDir(path) {
					pipeline.WalkEach(path, func(string, error) error {
						n++
						return ctx.Err()
					})
				} else {
					n++
				}
			}
		default:
			n++
		}
		if ctx.Err() != nil {
			return
		}
	}
	p.setTotal(n)
}
