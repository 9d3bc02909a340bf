// Command lede turns news articles into one JSON document each: title,
// authors, publication date, main text, sentences, entities, dates, money,
// venues and quotes. Run "lede --help" for usage.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/lede-project/lede/pipeline"
)

// shutdownGrace is how long lede waits, after SIGINT or SIGTERM, for the
// inputs in flight before it exits anyway: a read that blocks (standard
// input that never closes, a stale network mount) must not keep it alive.
const shutdownGrace = 5 * time.Second

// graceNanos is the grace main gives in-flight work after a signal:
// shutdownGrace, or longer for "lede serve" (extendShutdownGrace).
var graceNanos atomic.Int64

// extendShutdownGrace raises the grace after a signal to d, when longer.
func extendShutdownGrace(d time.Duration) {
	if int64(d) > graceNanos.Load() {
		graceNanos.Store(int64(d))
	}
}

// signalsReady is called once main handles signals; tests replace it to
// know when a signal they send reaches lede's handling.
var signalsReady = func() {}

func main() {
	graceNanos.Store(int64(shutdownGrace))
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	signalsReady()
	go func() {
		// After the first signal lede winds down: it takes no new inputs and
		// writes what is done. A second signal kills it at once, and so does
		// the end of shutdownGrace. Files already written stay whole (they are
		// renamed into place only when complete) and so do stdout lines.
		<-ctx.Done()
		stop()
		time.Sleep(time.Duration(graceNanos.Load()))
		fmt.Fprintln(os.Stderr, "lede: interrupted; inputs still being read were abandoned")
		os.Exit(exitInterrupted)
	}()
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// Exit codes.
const (
	exitOK          = 0
	exitFailed      = 1 // some input failed, or check found differences
	exitUsage       = 2
	exitInterrupted = 130
)

const usage = `lede turns news articles into JSON.

Usage:
  lede extract [flags] [INPUT...]          analyse articles, one JSON document each
  lede check [--update] [flags] DIR...     compare articles with their golden JSON
  lede eval --gold GOLD.jsonl PRED.jsonl   score predictions against hand-annotated gold
  lede eval --gold GOLD.jsonl --run [DIR|FILE...]
  lede serve [--addr 127.0.0.1:8080] [flags]
                                           HTTP API and a page to see the findings
  lede schema                              print the JSON Schema of lede/v1 output
  lede --version

INPUT is a regular file (HTML or plain text), a directory (walked recursively
for .html .htm .xhtml .txt, in lexical order), a quoted glob, an http(s) URL,
or "-" for standard input (the default). Run "lede COMMAND --help" for a command's flags.
`

// errUsage marks errors that exit with status 2.
var errUsage = errors.New("see --help")

// run is lede's whole command line: it returns the exit status.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	var err error
	switch args[0] {
	case "extract":
		err = runExtract(ctx, args[1:], stdin, stdout, stderr)
	case "check":
		err = runCheck(ctx, args[1:], stdout, stderr)
	case "eval":
		err = runEval(ctx, args[1:], stdout, stderr)
	case "serve":
		err = runServe(ctx, args[1:], stdout, stderr)
	case "schema":
		if len(args) > 1 {
			fmt.Fprintf(stderr, "lede: schema takes no arguments\n")
			return exitUsage
		}
		stdout.Write(pipeline.SchemaJSON)
		return exitOK
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, usage)
		return exitOK
	case "-version", "--version", "version":
		fmt.Fprintln(stdout, "lede", version())
		return exitOK
	default:
		fmt.Fprintf(stderr, "lede: unknown command %q\n\n%s", args[0], usage)
		return exitUsage
	}
	return exitCode(err, stderr)
}

// exitCode reports err on stderr and maps it to an exit status.
func exitCode(err error, stderr io.Writer) int {
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errUsage):
		fmt.Fprintln(stderr, "lede:", err)
		return exitUsage
	case errors.Is(err, context.Canceled):
		fmt.Fprintln(stderr, "lede: interrupted")
		return exitInterrupted
	case errors.Is(err, errSomeFailed):
		return exitFailed
	}
	fmt.Fprintln(stderr, "lede:", err)
	return exitFailed
}
