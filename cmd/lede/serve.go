package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/sirupsen/logrus"

	"github.com/lede-project/lede/pipeline"
)

// serveFlags are the flags of "lede serve".
type serveFlags struct {
	addr        string
	maxBytes    int64
	timeout     time.Duration // per request; per record of an NDJSON stream
	maxInflight int
	allowFetch  bool
	published   string
	only, skip  string
	explain     bool
	verbose     bool
	logFormat   string
}

func (f *serveFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.addr, "addr", "127.0.0.1:8080", "listen on this `host:port` (port 0 picks a free one; the address is logged)")
	fs.Int64Var(&f.maxBytes, "max-bytes", 8<<20, "largest request body, and largest article or NDJSON line, in `bytes` (413 beyond)")
	fs.DurationVar(&f.timeout, "timeout", 30*time.Second, "time limit for one request, or one record of an NDJSON stream, fetch included (`duration`; 503 beyond)")
	fs.IntVar(&f.maxInflight, "max-inflight", 4, "`N` requests analysed at once; more get 429 with Retry-After")
	fs.BoolVar(&f.allowFetch, "allow-fetch", false, "fetch {\"url\"} requests with lede's fetcher (off: such a request gets 403)")
	fs.StringVar(&f.published, "published", "", "default reference `date` (YYYY-MM-DD) for relative dates; a request's \"published\" and the article's own date win")
	names := strings.Join(pipeline.ExtractorNames(), ",")
	fs.StringVar(&f.only, "only", "", "report only these extractors' findings (`names`, comma-separated: "+names+")")
	fs.StringVar(&f.skip, "skip", "", "leave out these extractors' findings (`names`, comma-separated)")
	fs.BoolVar(&f.explain, "explain", false, "add to each finding the evidence its rule weighed")
	fs.BoolVar(&f.verbose, "v", false, "verbose logs on stderr")
	fs.StringVar(&f.logFormat, "log-format", "text", "log `format` on stderr (access log included): text or json")
}

const serveUsage = `Usage: lede serve [flags]

Serves lede over HTTP, with the models loaded once and shared by every
request:

  POST /v1/extract   {"html"|"text"|"url", "published"?, "id"?} as JSON, or a
                     raw body with Content-Type text/html or text/plain
                     (?published=YYYY-MM-DD&id=ID): one lede/v1 document, the
                     same JSON as "lede extract"; failures are lede/v1 error
                     records with a 4xx/5xx status.
                     With Content-Type application/x-ndjson: one output line
                     per input line, streamed (records as "lede extract
                     --input-format jsonl" reads them).
  GET  /v1/schema    the JSON Schema of lede/v1 ("lede schema")
  GET  /healthz      200 "ok" while serving
  GET  /             a page: paste text or HTML, drop a file or give a URL,
                     and see the article with its findings highlighted

A {"url"} request is fetched only with --allow-fetch (403 otherwise): a
service must not fetch arbitrary addresses for anyone by default. SIGINT or
SIGTERM stops taking requests and lets those in flight finish (at most
--timeout), then exits 0. Access logs go to stderr, one line per request.

Flags:
`

func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var f serveFlags
	f.register(fs)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), serveUsage)
		fs.PrintDefaults()
	}
	rest, err := parseInterspersed(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fs.SetOutput(stdout)
			fs.Usage()
			return nil
		}
		return fmt.Errorf("serve: %v: %w", err, errUsage)
	}
	if len(rest) > 0 {
		return fmt.Errorf("serve: unexpected argument %q: %w", rest[0], errUsage)
	}
	if f.maxInflight < 1 {
		return fmt.Errorf("--max-inflight %d: want at least 1: %w", f.maxInflight, errUsage)
	}
	ef := extractFlags{published: f.published, maxBytes: f.maxBytes, timeout: f.timeout,
		only: f.only, skip: f.skip, explain: f.explain, inputFormat: "auto",
		verbose: f.verbose, logFormat: f.logFormat}
	log, err := newLogger(&ef, stderr)
	if err != nil {
		return err
	}
	cfg, err := ef.config()
	if err != nil {
		return err
	}
	p, err := pipeline.New(cfg)
	if err != nil {
		return err
	}
	s := newServer(p, log, f)
	ln, err := net.Listen("tcp", f.addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	// In-flight requests get their whole --timeout after a signal; main's
	// hard exit waits that long too.
	extendShutdownGrace(f.timeout + 5*time.Second)
	return s.serve(ctx, ln, f.timeout+2*time.Second)
}

// serve accepts connections on ln until ctx is cancelled, then stops
// taking requests and waits up to grace for those in flight.
func (s *server) serve(ctx context.Context, ln net.Listener, grace time.Duration) error {
	srv := &http.Server{
		Handler:           s.handler(),
		ReadHeaderTimeout: 10 * time.Second,
		IdleTimeout:       120 * time.Second,
	}
	s.log.WithFields(logrus.Fields{"addr": "http://" + ln.Addr().String(), "max_inflight": cap(s.slots),
		"max_bytes": s.maxBytes, "timeout": s.timeout.String(), "allow_fetch": s.allowFetch}).Info("serving")
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	s.log.Info("shutting down: finishing requests in flight")
	sctx, cancel := context.WithTimeout(context.Background(), grace)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("serve: shutdown: %w", err)
	}
	s.log.Info("stopped")
	return nil
}
