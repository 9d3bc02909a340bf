package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"time"

	"github.com/sirupsen/logrus"

	"github.com/lede-project/lede/pipeline"
)

// batch runs inputs through a pool of workers sharing one Pipeline and
// writes their outcomes in input order. It streams: one goroutine expands
// the inputs into a bounded window of tasks, the workers process them, and
// the caller's goroutine writes each outcome as soon as every earlier one is
// written. At most window tasks are in flight, so memory does not grow with
// the number of inputs.
type batch struct {
	p      *pipeline.Pipeline
	jobs   int       // workers, ≥ 1
	indent string    // "" for JSONL lines, "  " for indented JSON
	conllu bool      // write the parse as CoNLL-U instead of JSON
	out    *outDir   // nil: write to stdout
	stdout io.Writer // results in input order (unused with out)
	log    *logrus.Logger
	prog   *progress
}

// status is what became of one input.
type status int

const (
	statusOK        status = iota
	statusFailed           // an error record was written
	statusSkipped          // --resume found a valid result
	statusAbandoned        // interrupted before or while it ran: nothing written
)

// outcome is one input's result, marshalled, ready to be written.
type outcome struct {
	line   []byte // nil with --out (the worker wrote the file)
	status status
}

// task is an item in flight; done receives its outcome exactly once.
type task struct {
	item
	done chan outcome
}

// tally counts outcomes.
type tally struct {
	ok, failed, skipped, abandoned int
	elapsed                        time.Duration
}

// errInterrupted is returned when ctx was cancelled before every input was
// written.
var errInterrupted = context.Canceled

// run processes every item expand yields. When ctx is cancelled it stops
// taking new inputs, lets in-flight ones finish (a fetch is aborted), writes
// every outcome that has all earlier ones written, and returns
// context.Canceled. It returns an error when stdout cannot be written.
func (b *batch) run(ctx context.Context, expand func(emit func(item) bool)) (tally, error) {
	start := time.Now()
	window := 4 * b.jobs
	order := make(chan *task, window) // tasks in input order, bounded
	jobs := make(chan *task)          // tasks for the workers
	// The workers stop when the writer gives up (interrupted, or stdout
	// failed), even when the expander is blocked reading stdin.
	wctx, quit := context.WithCancel(ctx)
	defer quit()
	stop := wctx.Done()
	go func() {
		defer close(order)
		defer close(jobs)
		expand(func(it item) bool {
			if b.out != nil {
				if err := b.out.claim(it.name); err != nil {
					// Writing would overwrite an earlier input's file.
					it.err, it.name = fmt.Errorf("%s: %w", it.in.Source, err), ""
				}
			}
			t := &task{item: it, done: make(chan outcome, 1)}
			select {
			case order <- t:
			case <-ctx.Done():
				return false
			case <-stop:
				return false
			}
			select {
			case jobs <- t:
				return true
			case <-ctx.Done():
			case <-stop:
			}
			t.done <- outcome{status: statusAbandoned}
			return false
		})
	}()
	var wg sync.WaitGroup
	for range b.jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case t, ok := <-jobs:
					if !ok {
						return
					}
					t.done <- b.work(wctx, t)
				case <-stop:
					return
				}
			}
		}()
	}
	tl, err := b.write(ctx, order)
	quit()
	// Let in-flight tasks finish before returning, so --out files are
	// complete when lede exits; tasks queued behind them are dropped.
	go func() {
		for range order {
		}
	}()
	wg.Wait()
	tl.elapsed = time.Since(start)
	if err == nil && ctx.Err() != nil {
		err = errInterrupted
	}
	return tl, err
}

// write consumes tasks in input order and writes each outcome. After an
// interruption it writes only outcomes with no abandoned input before them,
// so stdout is always a prefix of the full run's output.
func (b *batch) write(ctx context.Context, order <-chan *task) (tally, error) {
	var tl tally
	gap := false
	for {
		var t *task
		var ok bool
		select {
		case t, ok = <-order:
		case <-ctx.Done():
			// Drain what is already queued; the expander may be blocked
			// reading stdin and will not close order.
			select {
			case t, ok = <-order:
			default:
				return tl, nil
			}
		}
		if !ok {
			return tl, nil
		}
		o := <-t.done
		if o.status == statusAbandoned || (gap && b.out == nil) {
			// Nothing written: stdout must stay a prefix of the run.
			tl.abandoned++
			gap = true
			continue
		}
		switch o.status {
		case statusSkipped:
			tl.skipped++
		case statusFailed:
			tl.failed++
		default:
			tl.ok++
		}
		b.prog.add(o.status == statusFailed)
		if o.line == nil {
			continue
		}
		if _, err := b.stdout.Write(o.line); err != nil {
			return tl, err
		}
		if f, ok := b.stdout.(interface{ Flush() error }); ok {
			if err := f.Flush(); err != nil {
				return tl, err
			}
		}
	}
}

// encode writes one result or error record in the output format.
func (b *batch) encode(v any) ([]byte, error) {
	if !b.conllu {
		return pipeline.Marshal(v, b.indent)
	}
	switch v := v.(type) {
	case *pipeline.Result:
		return pipeline.MarshalCoNLLU(v), nil
	case pipeline.ErrorRecord:
		// CoNLL-U has no error records: a document with a comment.
		return []byte("# newdoc id = " + v.Source + "\n# error = " + strings.Join(strings.Fields(v.Error), " ") + "\n\n"), nil
	}
	return nil, fmt.Errorf("cannot write %T as CoNLL-U", v)
}

// work processes one task: resume check, pipeline, JSON, and with --out the
// file. It never returns without an outcome.
func (b *batch) work(ctx context.Context, t *task) outcome {
	if ctx.Err() != nil {
		return outcome{status: statusAbandoned}
	}
	if b.out != nil && b.out.resume && t.err == nil && b.out.complete(t.name, t.in) {
		b.log.WithField("source", t.in.Source).Debug("skipped: valid output exists")
		return outcome{status: statusSkipped}
	}
	var res *pipeline.Result
	err := t.err
	if err == nil {
		res, err = b.p.Process(ctx, t.in)
	}
	if err != nil && ctx.Err() != nil && errors.Is(err, context.Canceled) {
		return outcome{status: statusAbandoned}
	}
	var v any = res
	st := statusOK
	if err != nil {
		st = statusFailed
		b.log.WithField("source", t.in.Source).Warn(err)
		v = pipeline.ErrorRecord{ID: t.in.ID, Source: t.in.Source, Error: err.Error(), Meta: t.in.Meta}
	} else {
		b.log.WithField("source", t.in.Source).Debug("done")
	}
	line, err := b.encode(v)
	if err != nil {
		st = statusFailed
		b.log.WithField("source", t.in.Source).Warn(err)
		line, _ = pipeline.Marshal(pipeline.ErrorRecord{ID: t.in.ID, Source: t.in.Source, Error: "encode JSON: " + err.Error()}, b.indent)
	}
	if b.out == nil {
		return outcome{line: line, status: st}
	}
	if t.name == "" {
		return outcome{status: st} // name collision: logged, counted, no file
	}
	if err := b.out.write(t.name, line, st == statusFailed); err != nil {
		b.log.WithField("source", t.in.Source).Error(err)
		return outcome{status: statusFailed}
	}
	return outcome{status: st}
}
