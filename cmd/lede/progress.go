package main

import (
	"io"
	"os"
	"strconv"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// progress shows how far a batch is on stderr: a bar with count, rate and
// ETA when stderr is a terminal, nothing otherwise. Log lines written
// through it clear the bar first so the two do not interleave. It is safe for
// concurrent use.
type progress struct {
	mu     sync.Mutex
	w      io.Writer
	bar    *progressbar.ProgressBar // nil: silent
	total  int64                    // -1 until known
	failed int
}

// newProgress returns a progress for stderr; mode is "auto" (a bar when
// stderr is a terminal), "always" or "never".
func newProgress(stderr io.Writer, mode string) *progress {
	p := &progress{w: stderr, total: -1}
	show := mode == "always"
	if mode == "auto" {
		if f, ok := stderr.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
			show = true
		}
	}
	if show {
		p.bar = progressbar.NewOptions64(-1,
			progressbar.OptionSetWriter(stderr),
			progressbar.OptionSetDescription("articles"),
			progressbar.OptionShowCount(),
			progressbar.OptionShowIts(),
			progressbar.OptionSetItsString("articles"),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionSetWidth(30),
			progressbar.OptionClearOnFinish(),
			progressbar.OptionSpinnerType(14),
		)
	}
	return p
}

// setTotal tells the bar how many inputs there are, once they are counted.
func (p *progress) setTotal(n int64) {
	if p.bar == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.total = n
	p.bar.ChangeMax64(n)
}

// add counts one finished input.
func (p *progress) add(failed bool) {
	if p.bar == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if failed {
		p.failed++
	}
	if p.failed > 0 {
		p.bar.Describe("articles (" + strconv.Itoa(p.failed) + " failed)")
	}
	p.bar.Add(1)
}

// finish removes the bar.
func (p *progress) finish() {
	if p.bar == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.bar.Finish()
	p.bar.Clear()
}

// Write writes a log line to stderr, clearing the bar first; the bar
// redraws on the next add.
func (p *progress) Write(b []byte) (int, error) {
	if p.bar == nil {
		return p.w.Write(b)
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.bar.Clear()
	return p.w.Write(b)
}
