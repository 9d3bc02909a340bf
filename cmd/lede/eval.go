package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/lede-project/lede/score"
)

const evalUsage = `Usage: lede eval --gold GOLD.jsonl [flags] PRED.jsonl
       lede eval --gold GOLD.jsonl --run [flags] [DIR|FILE...]

Scores predictions against hand-annotated gold and prints precision, recall
and F1 per field, then the headline number last. The gold format is detected
from its first line (or given with --kind):
  e2e     ../shared/corpora/e2e-dev (whole articles; as score_e2e.py, macroF1)
  timex   TimeML-style {"id","dct","text","timexes"} (as score_timex.py, valueF1)
  ner     {"id","text","entities":[{start,end,label}]} (as score_ner.py, F1)
  quotes  {"id","text","quotes":[...]} (as score_quotes.py, attributionF1)

PRED.jsonl is lede's JSONL output (or any tool's, in the scorers' formats).
With --run, lede extracts first: for e2e, the HTML or text articles given
(a directory is walked, keeping files named after a gold id), or JSONL
records with --input-format jsonl; for timex, ner and quotes, each gold
document's text, with its dct (or published) as the reference date.

Exit status 1 when a --min-f1 threshold is not met.

Flags:
`

// evalFlags are the flags of "lede eval".
type evalFlags struct {
	extractFlags
	gold, kind, save string
	run, errors      bool
	json, direct     bool
	nerMap           string
	minF1            []threshold
}

// threshold is one --min-f1 FIELD=X.
type threshold struct {
	field string
	min   float64
}

func runEval(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // errors are returned; --help prints to stdout
	var f evalFlags
	f.extractFlags.register(fs)
	fs.StringVar(&f.gold, "gold", "", "gold `file` (JSONL)")
	fs.StringVar(&f.kind, "kind", "auto", "gold `format`: auto, e2e, timex, ner or quotes")
	fs.BoolVar(&f.run, "run", false, "extract first: the arguments are articles (e2e), or nothing (the gold texts)")
	fs.StringVar(&f.save, "save", "", "with --run, also write the predictions as JSONL to `file`")
	fs.BoolVar(&f.errors, "errors", false, "list misses and false hits per document")
	fs.BoolVar(&f.json, "json", false, "print the report as JSON")
	fs.BoolVar(&f.direct, "direct-only", false, "quotes: score only gold quotes of type \"direct\"")
	fs.StringVar(&f.nerMap, "ner-map", "", "ner: rename predicted labels, `A=B,...` or a preset (prose, prose-min, ontonotes)")
	fs.Func("min-f1", "`FIELD=X`: exit 1 when FIELD's F1 (or an accuracy, or the headline: macro) is below X; repeatable", func(s string) error {
		field, v, ok := strings.Cut(s, "=")
		x, err := strconv.ParseFloat(v, 64)
		if !ok || field == "" || err != nil || x < 0 || x > 1 {
			return fmt.Errorf("want FIELD=X with X in [0,1], got %q", s)
		}
		f.minF1 = append(f.minF1, threshold{strings.TrimSpace(field), x})
		return nil
	})
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), evalUsage)
		fs.PrintDefaults()
	}
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fs.SetOutput(stdout)
			fs.Usage()
			return nil
		}
		return fmt.Errorf("eval: %v: %w", err, errUsage)
	}
	if f.gold == "" {
		return fmt.Errorf("eval: --gold is required: %w", errUsage)
	}
	if !f.run && len(pos) != 1 {
		return fmt.Errorf("eval: want one PRED.jsonl (or --run): %w", errUsage)
	}
	if f.save != "" && !f.run {
		return fmt.Errorf("eval: --save needs --run: %w", errUsage)
	}
	opt := score.Options{Errors: f.errors, DirectOnly: f.direct}
	if f.nerMap != "" {
		m, err := score.ParseNERMap(f.nerMap)
		if err != nil {
			return fmt.Errorf("eval: --ner-map: %v: %w", err, errUsage)
		}
		opt.NERMap = m
	}
	gold, err := readJSONLFile(f.gold)
	if err != nil {
		return err
	}
	kind := f.kind
	if kind == "auto" {
		if kind, err = score.Detect(gold); err != nil {
			return fmt.Errorf("%s: %w", f.gold, err)
		}
	}
	var pred []score.Doc
	if f.run {
		pred, err = evalRun(ctx, &f, kind, gold, pos, stderr)
	} else {
		pred, err = readJSONLFile(pos[0])
	}
	if err != nil {
		return err
	}
	rep, err := score.Score(kind, gold, pred, opt)
	if err != nil {
		return fmt.Errorf("eval %s: %w", f.gold, err)
	}
	for _, w := range rep.Warnings {
		fmt.Fprintln(stderr, "lede: warning:", w)
	}
	if f.json {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep); err != nil {
			return err
		}
	} else {
		rep.WriteText(stdout)
	}
	return checkThresholds(rep, f.minF1)
}

// checkThresholds fails when a --min-f1 field is unknown or below its X.
func checkThresholds(rep *score.Report, ts []threshold) error {
	var below []string
	for _, t := range ts {
		v, ok := rep.Value(t.field)
		if !ok {
			return fmt.Errorf("--min-f1 %s: no such field in a %s report (have %s): %w", t.field, rep.Kind, strings.Join(rep.Names(), ", "), errUsage)
		}
		if v < t.min {
			below = append(below, fmt.Sprintf("%s %.3f < %.3f", t.field, v, t.min))
		}
	}
	if len(below) > 0 {
		return fmt.Errorf("eval: below --min-f1: %s", strings.Join(below, "; "))
	}
	return nil
}

// readJSONLFile reads a JSONL file of objects.
func readJSONLFile(path string) ([]score.Doc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, bareErr(err))
	}
	defer f.Close()
	return score.ReadJSONL(f, path)
}
