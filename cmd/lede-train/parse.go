package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/lede-project/lede/internal/cputime"
	"github.com/lede-project/lede/nlp/depparse"
)

// runParse trains the depparse model and writes it to -out.
func runParse(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("parse", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var tb treebankFlags
	tb.register(fs)
	var cfg depparse.TrainConfig
	out := fs.String("out", "nlp/depparse/model.bin", "where to write the model")
	fs.Uint64Var(&cfg.Seed, "seed", 1, "random seed")
	fs.IntVar(&cfg.TagEpochs, "tag-epochs", 0, "tagger epochs (0: default)")
	fs.IntVar(&cfg.ParseEpochs, "parse-epochs", 0, "parser epochs (0: default)")
	fs.IntVar(&cfg.Folds, "folds", 0, "jackknife folds for the parser's tags (0: default, 1: gold tags)")
	fs.IntVar(&cfg.TagBits, "tag-bits", 0, "log2 tagger feature buckets (0: default)")
	fs.IntVar(&cfg.ParseBits, "parse-bits", 0, "log2 parser move feature buckets (0: default)")
	fs.IntVar(&cfg.LabelBits, "label-bits", 0, "log2 relation feature buckets (0: default)")
	fs.Float64Var(&cfg.Prune, "prune", 0, "drop weights below this share of the largest (0: default, <0: keep all)")
	devProgress := fs.Bool("dev", false, "score EWT dev during training (progress only)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	train, dev, err := tb.load(stderr)
	if err != nil {
		return err
	}
	if *devProgress {
		cfg.Dev = dev
	}
	cfg.Log = stderr
	start := time.Now()
	m, err := depparse.Train(train, cfg)
	if err != nil {
		return err
	}
	data, err := m.Encode()
	if err != nil {
		return err
	}
	if err := os.WriteFile(*out, data, 0o644); err != nil {
		return err
	}
	fmt.Fprintf(stderr, "wrote %s (%d bytes) in %s\n", *out, len(data), time.Since(start).Round(time.Second))
	return nil
}

// runEvalParse scores a model on gold CoNLL-U.
func runEvalParse(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("eval-parse", flag.ContinueOnError)
	fs.SetOutput(stderr)
	file := fs.String("conllu", "", "gold CoNLL-U file, - for stdin")
	model := fs.String("model", "", "model file (default: the embedded model)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *file == "" {
		return fmt.Errorf("-conllu is required")
	}
	in := io.Reader(os.Stdin)
	if *file != "-" {
		f, err := os.Open(*file)
		if err != nil {
			return err
		}
		defer f.Close()
		in = f
	}
	gold, err := depparse.ReadCoNLLU(in)
	if err != nil {
		return err
	}
	var m *depparse.Model
	if *model == "" {
		m, err = depparse.Load()
	} else {
		var data []byte
		if data, err = os.ReadFile(*model); err == nil {
			m, err = depparse.Decode(data)
		}
	}
	if err != nil {
		return err
	}
	cpu := cputime.Used()
	sc := depparse.Evaluate(m, gold)
	used := (cputime.Used() - cpu).Seconds()
	sc.Write(stdout)
	if used > 0 {
		fmt.Fprintf(stderr, "tagged, lemmatized and parsed %d words in %.2f CPU-seconds: %.0f words per CPU-second\n",
			sc.Words, used, float64(sc.Words)/used)
	}
	return nil
}
