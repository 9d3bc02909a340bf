// Package ledebeam runs lede's article pipeline on Apache Beam, so an
// archive too large for one machine can be analysed on Flink, Spark or
// Dataflow (or locally on the prism runner).
//
// It is a separate Go module so that Beam's large dependency tree stays out
// of lede's core module. Each worker builds one pipeline.Pipeline in its
// DoFn's Setup and shares it across the bundles it runs; the output lines
// are exactly those of "lede extract --format jsonl", one per input, each
// naming its source (and id for JSONL records). Beam does not keep input
// order: join on source or id.
package ledebeam

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/lede-project/lede/pipeline"
)

func init() {
	register.DoFn3x1[context.Context, fileio.ReadableFile, func(string), error](&FileFn{})
	register.DoFn3x1[context.Context, fileio.ReadableFile, func(Line), error](&LinesFn{})
	register.DoFn3x1[context.Context, Line, func(string), error](&RecordFn{})
	register.Emitter1[string]()
	register.Emitter1[Line]()
}

// Options configure the pipeline run on every worker; they map one to one
// onto "lede extract" flags. The zero value works.
type Options struct {
	// Published is the reference date (YYYY-MM-DD) for relative dates when
	// an article gives none, as --published. "": none.
	Published string `json:"published"`
	// InputFormat is "auto" (""), "html" or "text", as --input-format.
	InputFormat string `json:"input_format"`
	// MaxBytes caps one input, as --max-bytes. 0: pipeline's default.
	MaxBytes int64 `json:"max_bytes"`
}

// newPipeline builds the worker's Pipeline from o.
func (o Options) newPipeline() (*pipeline.Pipeline, error) {
	cfg := pipeline.Config{InputFormat: o.InputFormat, MaxBytes: o.MaxBytes}
	if o.Published != "" {
		t, err := pipeline.ParseDate(o.Published)
		if err != nil {
			return nil, fmt.Errorf("published: %w", err)
		}
		cfg.Published = t
	}
	return pipeline.New(cfg)
}

var (
	okCount     = beam.NewCounter("lede", "ok")
	failedCount = beam.NewCounter("lede", "failed")
)

// process runs p on in and returns its JSON line (without newline): the
// result, or an error record when the input failed. It never fails the
// bundle for a bad input.
func process(ctx context.Context, p *pipeline.Pipeline, in pipeline.Input, inErr error) string {
	var v any
	res, err := (*pipeline.Result)(nil), inErr
	if err == nil {
		res, err = p.Process(ctx, in)
	}
	if err != nil {
		failedCount.Inc(ctx, 1)
		v = pipeline.ErrorRecord{ID: in.ID, Source: in.Source, Error: err.Error(), Meta: in.Meta}
	} else {
		okCount.Inc(ctx, 1)
		v = res
	}
	b, err := pipeline.Marshal(v, "")
	if err != nil {
		failedCount.Inc(ctx, 1)
		b, _ = pipeline.Marshal(pipeline.ErrorRecord{ID: in.ID, Source: in.Source, Error: "encode JSON: " + err.Error()}, "")
	}
	return strings.TrimSuffix(string(b), "\n")
}

// FileFn analyses one article file (HTML or plain text; .gz is
// decompressed) per element. Its Pipeline is built once per DoFn instance,
// in Setup.
type FileFn struct {
	Options Options `json:"options"`
	p       *pipeline.Pipeline
}

// Setup loads the pipeline's models once for this worker.
func (f *FileFn) Setup() error {
	p, err := f.Options.newPipeline()
	if err != nil {
		return fmt.Errorf("ledebeam: %w", err)
	}
	f.p = p
	return nil
}

// ProcessElement emits the JSON line of one file.
func (f *FileFn) ProcessElement(ctx context.Context, file fileio.ReadableFile, emit func(string)) error {
	path := file.Metadata.Path
	in := pipeline.Input{Source: path}
	max := f.Options.MaxBytes
	if max <= 0 {
		max = 32 << 20
	}
	var err error
	if file.Metadata.Size > max {
		err = fmt.Errorf("%s: larger than %d bytes (--max-bytes)", path, max)
	} else if in.Data, err = file.Read(ctx); err != nil {
		err = fmt.Errorf("%s: read: %w", path, err)
	} else if in.Data == nil {
		in.Data = []byte{}
	}
	emit(process(ctx, f.p, in, err))
	return nil
}

// Line is one line of a JSONL file: its source ("FILE:LINE", as lede
// extract names it) and its text, or the error reading it (a line longer
// than MaxBytes).
type Line struct {
	Source string
	Text   string
	Err    string
}

// LinesFn splits one JSONL file into its lines, numbered as lede extract
// numbers them (pipeline.ReadLines), so that the records can be spread
// over workers and still be named FILE:LINE.
type LinesFn struct {
	Options Options `json:"options"`
}

// ProcessElement emits every line of file.
func (f *LinesFn) ProcessElement(ctx context.Context, file fileio.ReadableFile, emit func(Line)) error {
	path := file.Metadata.Path
	rc, err := file.Open(ctx)
	if err != nil {
		emit(Line{Source: path, Err: fmt.Sprintf("%s: open: %v", path, err)})
		return nil
	}
	defer rc.Close()
	max := f.Options.MaxBytes
	if max <= 0 {
		max = 32 << 20
	}
	err = pipeline.ReadLines(rc, path, max, func(source string, line []byte, err error) bool {
		l := Line{Source: source, Text: string(line)}
		if err != nil {
			l.Err = err.Error()
		}
		emit(l)
		return true
	})
	if err != nil {
		emit(Line{Source: path, Err: err.Error()})
	}
	return nil
}

// RecordFn analyses one JSONL record ({"id","html"|"text"|"url",
// "published"?}) per element.
type RecordFn struct {
	Options Options `json:"options"`
	p       *pipeline.Pipeline
}

// Setup loads the pipeline's models once for this worker.
func (f *RecordFn) Setup() error {
	p, err := f.Options.newPipeline()
	if err != nil {
		return fmt.Errorf("ledebeam: %w", err)
	}
	f.p = p
	return nil
}

// ProcessElement emits the JSON line of one record, exactly as lede
// extract --input-format jsonl writes it: a blank or broken line gets an
// error record naming FILE:LINE.
func (f *RecordFn) ProcessElement(ctx context.Context, l Line, emit func(string)) error {
	if l.Err != "" {
		emit(process(ctx, f.p, pipeline.Input{Source: l.Source}, errors.New(l.Err)))
		return nil
	}
	in, err := pipeline.ParseRecord([]byte(l.Text), l.Source)
	emit(process(ctx, f.p, in, err))
	return nil
}

// FromFiles analyses every article file matching glob (local paths and
// gs://; s3:// once its filesystem package is imported) and returns their
// JSON lines.
func FromFiles(s beam.Scope, glob string, o Options) beam.PCollection {
	s = s.Scope("lede.FromFiles")
	matches := fileio.MatchFiles(s, glob, fileio.MatchEmptyDisallow())
	files := fileio.ReadMatches(s, matches, fileio.ReadDirectorySkip())
	return beam.ParDo(s, &FileFn{Options: o}, files)
}

// FromJSONL analyses every record of the JSONL files matching glob and
// returns their JSON lines, each record named FILE:LINE as lede extract
// names it. Files are split into lines first, then the lines are spread
// over workers.
func FromJSONL(s beam.Scope, glob string, o Options) beam.PCollection {
	s = s.Scope("lede.FromJSONL")
	matches := fileio.MatchFiles(s, glob, fileio.MatchEmptyDisallow())
	files := fileio.ReadMatches(s, matches, fileio.ReadDirectorySkip())
	lines := beam.ParDo(s, &LinesFn{Options: o}, files)
	return beam.ParDo(s, &RecordFn{Options: o}, beam.Reshuffle(s, lines))
}

// Write writes JSON lines to one file (textio's single-writer sink).
func Write(s beam.Scope, path string, lines beam.PCollection) {
	textio.Write(s.Scope("lede.Write"), path, lines)
}
