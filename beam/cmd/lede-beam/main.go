// Command lede-beam runs lede's article pipeline on Apache Beam: locally on
// the prism runner (the default), or on Flink, Spark or Dataflow chosen by
// Beam's --runner flag and that runner's own flags.
//
//	lede-beam --files 'corpus/*.html' --output out.jsonl
//	lede-beam --jsonl 'records-*.jsonl' --output out.jsonl --runner flink --endpoint localhost:8099 --environment_type LOOPBACK
package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/lede-project/lede/beam/ledebeam"
)

var (
	files       = flag.String("files", "", "glob of article files (HTML or plain text; .gz decompressed) to analyse")
	jsonl       = flag.String("jsonl", "", "glob of JSONL files of {\"id\",\"html\"|\"text\"|\"url\",\"published\"?} records to analyse")
	output      = flag.String("output", "", "JSONL file to write, one line per input (required)")
	published   = flag.String("published", "", "reference date (YYYY-MM-DD) for relative dates when an article gives none")
	inputFormat = flag.String("input-format", "auto", "how to read article files: auto, html or text")
	maxBytes    = flag.Int64("max-bytes", 32<<20, "largest input accepted, in bytes")
	shards      = flag.Int("shards", 0, "write N files OUTPUT-SSSSS-of-NNNNN.jsonl in parallel instead of one OUTPUT file (for large runs)")
)

func main() {
	flag.Parse()
	beam.Init()
	if (*files == "") == (*jsonl == "") || *output == "" {
		fmt.Fprintln(os.Stderr, "lede-beam: want exactly one of --files or --jsonl, and --output")
		flag.Usage()
		os.Exit(2)
	}
	o := ledebeam.Options{Published: *published, InputFormat: *inputFormat, MaxBytes: *maxBytes}
	p, s := beam.NewPipelineWithRoot()
	var lines beam.PCollection
	if *files != "" {
		lines = ledebeam.FromFiles(s, *files, o)
	} else {
		lines = ledebeam.FromJSONL(s, *jsonl, o)
	}
	if *shards > 0 {
		ledebeam.WriteSharded(s, *output, *shards, lines)
	} else {
		ledebeam.Write(s, *output, lines)
	}
	if err := beamx.Run(context.Background(), p); err != nil {
		fmt.Fprintln(os.Stderr, "lede-beam:", err)
		os.Exit(1)
	}
}
