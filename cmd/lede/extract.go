package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

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
	clean       bool
	verbose     bool
	logFormat   string
}

func (f *extractFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.format, "format", "", "output `format`: json (one indented document; default for one input) or jsonl (one line per input; default for several)")
	fs.StringVar(&f.published, "published", "", "reference `date` (YYYY-MM-DD) for relative dates when the article gives none")
	fs.StringVar(&f.inputFormat, "input-format", "auto", "how to read inputs: auto, html, text, or jsonl (one {\"id\",\"html\"|\"text\"|\"url\",\"published\"?} record per line)")
	fs.Int64Var(&f.maxBytes, "max-bytes", 32<<20, "largest input accepted, in `bytes`")
	fs.BoolVar(&f.clean, "clean", false, "drop site chrome lines (\"SHARE THIS ARTICLE\", alternate addresses) from plain-text input")
	fs.BoolVar(&f.verbose, "v", false, "verbose logs on stderr")
	fs.StringVar(&f.logFormat, "log-format", "text", "log `format` on stderr: text or json")
}

// config maps flags onto a pipeline.Config.
func (f *extractFlags) config() (pipeline.Config, error) {
	cfg := pipeline.Config{MaxBytes: f.maxBytes, Clean: f.clean}
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
	log.SetLevel(logrus.WarnLevel)
	if f.verbose {
		log.SetLevel(logrus.DebugLevel)
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
INPUT is a file (HTML by extension or content, else plain text), a directory
(walked recursively for .html .htm .xhtml .txt in lexical order), an http(s)
URL, or "-" for standard input (the default).

An input that fails gives {"source":...,"error":...} in its place; the run
goes on and exits with status 1. Usage errors exit with status 2.

Flags:
`

func runExtract(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var f extractFlags
	f.register(fs)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), extractUsage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
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
	if f.format != "" && f.format != "json" && f.format != "jsonl" {
		return fmt.Errorf("--format %q: want json or jsonl: %w", f.format, errUsage)
	}
	inputs := fs.Args()
	if len(inputs) == 0 {
		inputs = []string{"-"}
	}
	p, err := pipeline.New(cfg)
	if err != nil {
		return err
	}
	format := f.format
	if format == "" {
		format = "jsonl"
		if len(inputs) == 1 && f.inputFormat != "jsonl" && !isDir(inputs[0]) {
			format = "json"
		}
	}
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	failed := 0
	emit := func(v any) error {
		indent := ""
		if format == "json" {
			indent = "  "
		}
		b, err := pipeline.Marshal(v, indent)
		if err != nil {
			return err
		}
		if _, err := w.Write(b); err != nil {
			return err
		}
		return w.Flush()
	}
	process := func(in pipeline.Input, inErr error) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		var res *pipeline.Result
		if inErr == nil {
			res, inErr = p.Process(ctx, in)
		}
		if inErr != nil {
			failed++
			log.WithField("source", in.Source).Warn(inErr)
			return emit(pipeline.ErrorRecord{ID: in.ID, Source: in.Source, Error: inErr.Error()})
		}
		log.WithField("source", in.Source).Debug("done")
		return emit(res)
	}
	for _, arg := range inputs {
		if err := each(arg, f.inputFormat, cfg.MaxBytes, stdin, process); err != nil {
			return err
		}
	}
	if failed > 0 {
		return errSomeFailed
	}
	return nil
}

func isDir(path string) bool {
	st, err := os.Stat(path)
	return err == nil && st.IsDir()
}

// each expands one command-line INPUT into Inputs and calls fn for each, in
// order. An input that cannot be read is passed to fn with its error.
func each(arg, inputFormat string, maxBytes int64, stdin io.Reader, fn func(pipeline.Input, error) error) error {
	if inputFormat == "jsonl" {
		var r io.Reader = stdin
		name := "-"
		if arg != "-" {
			file, err := os.Open(arg)
			if err != nil {
				return fn(pipeline.Input{Source: arg}, fmt.Errorf("%s: %w", arg, unwrapPath(err)))
			}
			defer file.Close()
			r, name = file, arg
		}
		var ferr error
		err := pipeline.ReadRecords(r, name, maxBytes, func(in pipeline.Input, err error) bool {
			ferr = fn(in, err)
			return ferr == nil
		})
		if ferr != nil {
			return ferr
		}
		return err
	}
	switch {
	case arg == "-":
		b, err := io.ReadAll(io.LimitReader(stdin, maxBytes+1))
		if err == nil && int64(len(b)) > maxBytes {
			err = fmt.Errorf("-: larger than %d bytes (--max-bytes)", maxBytes)
		}
		return fn(pipeline.Input{Source: "-", Data: b}, err)
	case pipeline.IsURL(arg):
		return fn(pipeline.Input{Source: arg, URL: arg}, nil)
	case isDir(arg):
		paths, err := pipeline.Walk(arg)
		if err != nil {
			return fn(pipeline.Input{Source: arg}, err)
		}
		for _, path := range paths {
			if err := fn(pipeline.Input{Source: path}, nil); err != nil {
				return err
			}
		}
		return nil
	}
	return fn(pipeline.Input{Source: arg}, nil)
}

func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

var _ = strings.TrimSpace
