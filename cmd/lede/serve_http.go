package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/sirupsen/logrus"

	"github.com/lede-project/lede/pipeline"
)

// server is lede's HTTP service: one Pipeline shared by every request
// (Pipeline is safe for concurrent use), and the limits of serveFlags.
type server struct {
	p          *pipeline.Pipeline
	log        *logrus.Logger
	maxBytes   int64
	timeout    time.Duration
	allowFetch bool
	slots      chan struct{} // one token per request being analysed
}

func newServer(p *pipeline.Pipeline, log *logrus.Logger, f serveFlags) *server {
	return &server{p: p, log: log, maxBytes: f.maxBytes, timeout: f.timeout,
		allowFetch: f.allowFetch, slots: make(chan struct{}, f.maxInflight)}
}

// handler routes requests; every one is access-logged.
func (s *server) handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		io.WriteString(w, "ok\n")
	})
	mux.HandleFunc("GET /v1/schema", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/schema+json")
		w.Write(pipeline.SchemaJSON)
	})
	mux.Handle("POST /v1/extract", s.limit(s.apiError, http.HandlerFunc(s.extract)))
	mux.HandleFunc("GET /{$}", s.page)
	mux.Handle("POST /{$}", s.limit(s.pageError, http.HandlerFunc(s.analysePage)))
	return s.accessLog(mux)
}

// httpError is a failure with the HTTP status it is answered with.
type httpError struct {
	status int
	msg    string
}

func (e *httpError) Error() string { return e.msg }

func errStatus(status int, format string, args ...any) error {
	return &httpError{status: status, msg: fmt.Sprintf(format, args...)}
}

// statusOf maps an error to its HTTP status: an *httpError's own; a body
// over MaxBytesReader's cap 413; else 422 (the input could not be analysed).
func statusOf(err error) int {
	var he *httpError
	var mbe *http.MaxBytesError
	switch {
	case errors.As(err, &he):
		return he.status
	case errors.As(err, &mbe):
		return http.StatusRequestEntityTooLarge
	}
	return http.StatusUnprocessableEntity
}

// apiError answers with a lede/v1 error record.
func (s *server) apiError(w http.ResponseWriter, r *http.Request, in pipeline.Input, err error) {
	status := statusOf(err)
	if status == http.StatusTooManyRequests || status == http.StatusServiceUnavailable {
		w.Header().Set("Retry-After", "1")
	}
	if in.Source == "" {
		in.Source = "request"
	}
	s.log.WithFields(logrus.Fields{"path": r.URL.Path, "status": status}).Debug(err)
	line, _ := pipeline.Marshal(pipeline.ErrorRecord{ID: in.ID, Source: in.Source, Error: err.Error(), Meta: in.Meta}, "  ")
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	w.Write(line)
}

// extract is POST /v1/extract.
func (s *server) extract(w http.ResponseWriter, r *http.Request) {
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if isNDJSON(mt) {
		s.extractStream(w, r)
		return
	}
	// A client that sends its body slowly must not hold a --max-inflight
	// slot for ever: the body has --timeout to arrive (where the
	// connection supports deadlines; NDJSON streams arrive at their pace).
	_ = http.NewResponseController(w).SetReadDeadline(time.Now().Add(s.timeout))
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.maxBytes))
	if err != nil {
		s.apiError(w, r, pipeline.Input{}, tooLarge(err, s.maxBytes))
		return
	}
	in, err := s.requestInput(r, mt, body)
	if err != nil {
		s.apiError(w, r, in, err)
		return
	}
	res, err := s.process(r.Context(), in)
	if err != nil {
		s.apiError(w, r, in, err)
		return
	}
	out, err := pipeline.Marshal(res, "  ")
	if err != nil {
		s.apiError(w, r, in, errStatus(http.StatusInternalServerError, "encode JSON: %v", err))
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Write(out)
}

// tooLarge words a body-reading error; a body over the cap is 413.
func tooLarge(err error, max int64) error {
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		return errStatus(http.StatusRequestEntityTooLarge, "request body larger than %d bytes (--max-bytes)", max)
	}
	if errors.Is(err, os.ErrDeadlineExceeded) {
		return errStatus(http.StatusRequestTimeout, "request body not received within --timeout")
	}
	return errStatus(http.StatusBadRequest, "read request body: %v", err)
}

func isNDJSON(mt string) bool {
	switch mt {
	case "application/x-ndjson", "application/ndjson", "application/jsonl", "application/x-jsonlines", "application/jsonlines":
		return true
	}
	return false
}

// requestInput turns one request body into an Input: a JSON record, or raw
// HTML or text with ?published= and ?id=.
func (s *server) requestInput(r *http.Request, mt string, body []byte) (pipeline.Input, error) {
	const source = "request"
	var in pipeline.Input
	var err error
	switch mt {
	case "application/json", "":
		if mt == "" && !bytes.HasPrefix(bytes.TrimSpace(body), []byte("{")) {
			return pipeline.Input{Source: source}, errStatus(http.StatusUnsupportedMediaType,
				"no Content-Type: send application/json, text/html, text/plain or application/x-ndjson")
		}
		in, err = pipeline.ParseRecord(bytes.TrimSpace(body), source)
		if err != nil {
			return in, errStatus(http.StatusBadRequest, "%s", strings.Replace(err.Error(), "JSONL record", "JSON request", 1))
		}
	case "text/html", "application/xhtml+xml", "text/plain":
		in = pipeline.Input{Source: source, ID: r.URL.Query().Get("id"), Data: body,
			Format: "html", ContentType: r.Header.Get("Content-Type")}
		if mt == "text/plain" {
			in.Format = "text"
		}
		if p := r.URL.Query().Get("published"); p != "" {
			if in.Published, err = pipeline.ParseDate(p); err != nil {
				return in, errStatus(http.StatusBadRequest, "published: %v", err)
			}
		}
	default:
		return pipeline.Input{Source: source}, errStatus(http.StatusUnsupportedMediaType,
			"Content-Type %q: send application/json, text/html, text/plain or application/x-ndjson", mt)
	}
	return in, s.checkFetch(in)
}

// checkFetch refuses an input that would be fetched, unless --allow-fetch.
func (s *server) checkFetch(in pipeline.Input) error {
	if in.Data == nil && in.URL != "" && !s.allowFetch {
		return errStatus(http.StatusForbidden, "fetching URLs is disabled on this server (start it with --allow-fetch); send the page as \"html\" instead")
	}
	return nil
}

// process runs the pipeline on in within --timeout. The pipeline's NLP
// stages do not watch ctx, so process stops waiting at the deadline and
// the analysis finishes in the background, holding the request's slot
// until then: --max-inflight bounds the work, not just the handlers.
func (s *server) process(ctx context.Context, in pipeline.Input) (*pipeline.Result, error) {
	ctx, cancel := context.WithTimeout(ctx, s.timeout)
	defer cancel()
	type outcome struct {
		res *pipeline.Result
		err error
	}
	done := make(chan outcome, 1)
	sl := slotFrom(ctx)
	sl.hold()
	go func() {
		var o outcome
		func() {
			defer sl.release() // the work is done: free the slot before answering
			o.res, o.err = s.p.Process(ctx, in)
		}()
		done <- o
	}()
	select {
	case o := <-done:
		switch {
		case ctx.Err() != nil: // done, but too late: the deadline decides
			return nil, s.deadline(ctx, in)
		case o.err == nil:
			return o.res, nil
		case in.Data == nil:
			return nil, errStatus(http.StatusBadGateway, "%v", o.err) // the fetch failed
		}
		return nil, o.err
	case <-ctx.Done():
		return nil, s.deadline(ctx, in)
	}
}

// deadline words the error of a request whose context ended first.
func (s *server) deadline(ctx context.Context, in pipeline.Input) error {
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return errStatus(http.StatusServiceUnavailable, "%s: not done within %s (--timeout)", in.Source, s.timeout)
	}
	return errStatus(499, "%s: client went away", in.Source) // nginx's "client closed request"
}

// extractStream is POST /v1/extract with NDJSON: one output line per input
// line, in order, each flushed as soon as it is done. Each record gets its
// own --timeout; a bad record is an error record and the stream goes on.
func (s *server) extractStream(w http.ResponseWriter, r *http.Request) {
	rc := http.NewResponseController(w)
	rc.EnableFullDuplex() // read records while writing results (HTTP/1.1)
	w.Header().Set("Content-Type", "application/x-ndjson")
	w.WriteHeader(http.StatusOK)
	n := 0
	err := pipeline.ReadRecords(r.Body, "request", s.maxBytes, func(in pipeline.Input, err error) bool {
		n++
		if err == nil {
			err = s.checkFetch(in)
		}
		var res *pipeline.Result
		if err == nil {
			res, err = s.process(r.Context(), in)
		}
		var v any = res
		if err != nil {
			v = pipeline.ErrorRecord{ID: in.ID, Source: in.Source, Error: err.Error(), Meta: in.Meta}
		}
		line, merr := pipeline.Marshal(v, "")
		if merr != nil {
			line, _ = pipeline.Marshal(pipeline.ErrorRecord{ID: in.ID, Source: in.Source, Error: "encode JSON: " + merr.Error()}, "")
		}
		if _, err := w.Write(line); err != nil {
			return false
		}
		rc.Flush()
		return r.Context().Err() == nil
	})
	if err != nil {
		// The body broke off: say so in the stream, where the client reads.
		line, _ := pipeline.Marshal(pipeline.ErrorRecord{Source: fmt.Sprintf("request:%d", n+1), Error: err.Error()}, "")
		w.Write(line)
	}
}
