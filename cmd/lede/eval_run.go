package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/lede-project/lede/golden"
	"github.com/lede-project/lede/pipeline"
	"github.com/lede-project/lede/score"
)

// evalRun extracts the predictions for "lede eval --run": the articles in
// args for e2e gold, the gold documents' own texts for the other kinds.
// An article that fails becomes an error record (it predicts nothing) and
// a warning on stderr.
func evalRun(ctx context.Context, f *evalFlags, kind string, gold []score.Doc, args []string, stderr io.Writer) ([]score.Doc, error) {
	cfg, err := f.config()
	if err != nil {
		return nil, err
	}
	var inputs []pipeline.Input
	switch {
	case kind == "e2e" && f.inputFormat == "jsonl":
		if inputs, err = recordInputs(args, cfg.MaxBytes); err != nil {
			return nil, err
		}
	case kind == "e2e":
		if inputs, err = articleInputs(gold, args); err != nil {
			return nil, err
		}
	case f.inputFormat == "jsonl":
		return nil, fmt.Errorf("eval --run: --input-format jsonl is for e2e gold; %s gold carries its texts: %w", kind, errUsage)
	default:
		if len(args) > 0 {
			return nil, fmt.Errorf("eval --run: %s gold carries its texts; give no articles: %w", kind, errUsage)
		}
		if inputs, err = goldInputs(gold, f.gold); err != nil {
			return nil, err
		}
	}
	p, err := sharedPipeline(cfg)
	if err != nil {
		return nil, err
	}
	var save *bufio.Writer
	if f.save != "" {
		file, err := os.Create(f.save)
		if err != nil {
			return nil, fmt.Errorf("--save: %w", err)
		}
		defer file.Close()
		save = bufio.NewWriter(file)
		defer save.Flush()
	}
	preds := make([]score.Doc, 0, len(inputs))
	err = ordered(ctx, len(inputs), func(i int) any {
		res, err := p.Process(ctx, inputs[i])
		if err != nil {
			return pipeline.ErrorRecord{ID: inputs[i].ID, Source: inputs[i].Source, Error: err.Error()}
		}
		return res
	}, func(v any) error {
		if rec, ok := v.(pipeline.ErrorRecord); ok {
			fmt.Fprintln(stderr, "lede: warning:", rec.Error)
		}
		b, err := pipeline.Marshal(v, "")
		if err != nil {
			return err
		}
		if save != nil {
			if _, err := save.Write(b); err != nil {
				return fmt.Errorf("--save: %w", err)
			}
		}
		d, err := golden.Decode(b)
		if err != nil {
			return err
		}
		preds = append(preds, d)
		return nil
	})
	return preds, err
}

// articleInputs expands e2e --run arguments: files as given, directories
// walked and kept to the files named after a gold id, URLs fetched.
func articleInputs(gold []score.Doc, args []string) ([]pipeline.Input, error) {
	if len(args) == 0 {
		return nil, fmt.Errorf("eval --run: e2e gold needs the articles to extract (DIR or FILE...): %w", errUsage)
	}
	ids := make([]string, len(gold))
	for i, g := range gold {
		ids[i] = score.DocID(g)
	}
	var inputs []pipeline.Input
	for _, arg := range args {
		switch {
		case pipeline.IsURL(arg):
			inputs = append(inputs, pipeline.Input{Source: arg, URL: arg})
		case isDirectory(arg):
			paths, err := pipeline.Walk(arg)
			if err != nil {
				return nil, err
			}
			for _, p := range paths {
				if score.MatchesGold(ids, score.DocID(score.Doc{"source": filepath.ToSlash(p)})) {
					inputs = append(inputs, pipeline.Input{Source: p})
				}
			}
		default:
			inputs = append(inputs, pipeline.Input{Source: arg})
		}
	}
	return inputs, nil
}

// recordInputs reads JSONL records ({"id","html"|"text"|"url","published"})
// from files ("-" is not supported here: stdin carries no gold).
func recordInputs(args []string, maxBytes int64) ([]pipeline.Input, error) {
	if len(args) == 0 {
		return nil, fmt.Errorf("eval --run --input-format jsonl: give the JSONL files: %w", errUsage)
	}
	var inputs []pipeline.Input
	for _, arg := range args {
		file, err := os.Open(arg)
		if err != nil {
			return nil, fmt.Errorf("open %s: %w", arg, bareErr(err))
		}
		var bad error
		err = pipeline.ReadRecords(file, arg, maxBytes, func(in pipeline.Input, err error) bool {
			if err != nil {
				bad = err
				return false
			}
			inputs = append(inputs, in)
			return true
		})
		file.Close()
		if err == nil {
			err = bad
		}
		if err != nil {
			return nil, err
		}
	}
	return inputs, nil
}

// goldInputs turns each gold document's text into an Input with its id and
// its dct (or published) as the reference date.
func goldInputs(gold []score.Doc, name string) ([]pipeline.Input, error) {
	var inputs []pipeline.Input
	for n, g := range gold {
		text, _ := g["text"].(string)
		id := score.DocID(g)
		in := pipeline.Input{Source: fmt.Sprintf("%s:%d", name, n+1), ID: id, Format: "text", Data: []byte(text)}
		for _, k := range []string{"dct", "published"} {
			if s, ok := g[k].(string); ok && s != "" {
				t, err := pipeline.ParseDate(s)
				if err != nil {
					return nil, fmt.Errorf("%s: document %q: %s: %w", in.Source, id, k, err)
				}
				in.Published = t
				break
			}
		}
		inputs = append(inputs, in)
	}
	return inputs, nil
}
