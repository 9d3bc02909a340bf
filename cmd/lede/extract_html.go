package main

import (
	"bufio"
	"context"
	"fmt"
	"io"

	"github.com/sirupsen/logrus"

	"github.com/lede-project/lede/internal/view"
	"github.com/lede-project/lede/pipeline"
)

// extractHTML is "lede extract --format html": one input, drawn as the
// page "lede serve" shows, in one self-contained HTML file on stdout (CSS
// and script inlined, nothing fetched when it is opened). A failed input
// gives a page saying why, and exit status 1.
func extractHTML(ctx context.Context, f *extractFlags, cfg pipeline.Config, inputs []string, stdin io.Reader, stdout io.Writer, log *logrus.Logger) error {
	if len(inputs) != 1 || f.out != "" || f.inputFormat == "jsonl" || isDir(inputs[0]) || isGlob(inputs[0]) {
		return fmt.Errorf("--format html draws one article: give one file, URL or stdin, without --out or --input-format jsonl: %w", errUsage)
	}
	p, err := pipeline.New(cfg)
	if err != nil {
		return err
	}
	ex := &expander{inputFormat: f.inputFormat, maxBytes: cfg.MaxBytes, stdin: stdin}
	var it item
	ex.expand(inputs[0], func(i item) bool { it = i; return false })
	var page view.Page
	err = it.err
	if err == nil {
		page.Result, err = p.Process(ctx, it.in)
	}
	if err != nil {
		log.WithField("source", it.in.Source).Warn(err)
		page.Error = err.Error()
	}
	w := bufio.NewWriter(stdout)
	if rerr := view.Render(w, page); rerr != nil {
		return rerr
	}
	if ferr := w.Flush(); ferr != nil {
		return ferr
	}
	if err != nil {
		return errSomeFailed
	}
	return nil
}
