package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/lede-project/lede/nlp/depparse"
)

// Paths inside the UD English repositories. The official train files are
// too large for the mirror, so the training set is rebuilt from the
// per-document sources in the order of the official file list.
const (
	trainList = "not-to-release/file-lists/files.train"
	sources   = "not-to-release/sources/"
	ewtDev    = "en_ewt-ud-dev.conllu"
)

// treebankFlags are the flags naming the training treebanks.
type treebankFlags struct {
	ewt, gum, rev string
}

func (t *treebankFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&t.ewt, "ewt", "", "UD_English-EWT: a git directory or a checkout (required)")
	fs.StringVar(&t.gum, "gum", "", "UD_English-GUM: a git directory or a checkout (optional)")
	fs.StringVar(&t.rev, "rev", "HEAD", "revision to read from git directories")
}

// load reads the EWT and GUM train sentences, and the EWT dev sentences.
func (t *treebankFlags) load(log io.Writer) (train, dev []depparse.Sentence, err error) {
	if t.ewt == "" {
		return nil, nil, fmt.Errorf("-ewt is required")
	}
	ewt, err := openSource(t.ewt, t.rev)
	if err != nil {
		return nil, nil, err
	}
	train, err = readTrain(ewt, func(e string) string { return sources + e })
	if err != nil {
		return nil, nil, fmt.Errorf("EWT: %w", err)
	}
	fmt.Fprintf(log, "EWT %s: %s\n", ewt.describe(), stats(train))
	if t.gum != "" {
		gum, err := openSource(t.gum, t.rev)
		if err != nil {
			return nil, nil, err
		}
		g, err := readTrain(gum, func(e string) string { return sources + e + ".conllu" })
		if err != nil {
			return nil, nil, fmt.Errorf("GUM: %w", err)
		}
		fmt.Fprintf(log, "GUM %s: %s\n", gum.describe(), stats(g))
		train = append(train, g...)
	}
	data, err := ewt.read(ewtDev)
	if err != nil {
		return nil, nil, err
	}
	if dev, err = depparse.ReadCoNLLU(bytes.NewReader(data)); err != nil {
		return nil, nil, fmt.Errorf("%s: %w", ewtDev, err)
	}
	fmt.Fprintf(log, "EWT dev: %s; %d train sentences also in dev\n", stats(dev), overlap(train, dev))
	return train, dev, nil
}

// readTrain reads the documents the train file list names, mapping each
// entry to its path, and drops sentences whose text is blanked out.
func readTrain(src source, path func(string) string) ([]depparse.Sentence, error) {
	list, err := src.read(trainList)
	if err != nil {
		return nil, err
	}
	var out []depparse.Sentence
	for _, e := range strings.Fields(string(list)) {
		if strings.HasPrefix(e, "GUM_reddit_") {
			continue // reddit texts are not distributed; their words are blanked
		}
		data, err := src.read(path(e))
		if err != nil {
			return nil, err
		}
		sents, err := depparse.ReadCoNLLU(bytes.NewReader(data))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", e, err)
		}
		for _, s := range sents {
			if !blanked(s) {
				out = append(out, s)
			}
		}
	}
	return out, nil
}

// blanked reports a sentence whose forms were removed for copyright (most
// forms "_", as in GUM's reddit documents).
func blanked(s depparse.Sentence) bool {
	n := 0
	for _, w := range s.Words {
		if w.Form == "_" {
			n++
		}
	}
	return 2*n > len(s.Words)
}

func stats(sents []depparse.Sentence) string {
	n := 0
	for _, s := range sents {
		n += len(s.Words)
	}
	return fmt.Sprintf("%d sentences, %d words", len(sents), n)
}

// overlap counts train sentences whose sent_id or text occurs in dev.
func overlap(train, dev []depparse.Sentence) int {
	seen := map[string]bool{}
	for _, s := range dev {
		seen["id "+s.Comment("sent_id")] = true
		seen["text "+s.Comment("text")] = true
	}
	n := 0
	for _, s := range train {
		if seen["id "+s.Comment("sent_id")] || len(s.Words) > 5 && seen["text "+s.Comment("text")] {
			n++
		}
	}
	return n
}

// runCorpus writes the assembled training corpus.
func runCorpus(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("corpus", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var tb treebankFlags
	tb.register(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	train, _, err := tb.load(stderr)
	if err != nil {
		return err
	}
	return depparse.WriteCoNLLU(stdout, train)
}
