package main

import (
	"context"
	"net"
	"net/http"
	"sync/atomic"
	"time"

	"github.com/sirupsen/logrus"

	"github.com/lede-project/lede/pipeline"
)

// slot is one of --max-inflight tokens, held by a request and by any
// analysis it started that outlives it (process stops waiting at the
// deadline, the analysis does not stop). The token goes back when the
// last holder releases it.
type slot struct {
	holders atomic.Int32
	free    func()
}

func (sl *slot) hold() {
	if sl != nil {
		sl.holders.Add(1)
	}
}

func (sl *slot) release() {
	if sl != nil && sl.holders.Add(-1) == 0 {
		sl.free()
	}
}

type slotKey struct{}

func slotFrom(ctx context.Context) *slot {
	sl, _ := ctx.Value(slotKey{}).(*slot)
	return sl
}

// failFunc answers a request that failed before or during analysis.
type failFunc func(w http.ResponseWriter, r *http.Request, in pipeline.Input, err error)

// limit admits at most --max-inflight requests to next at once; beyond
// that it answers 429 with Retry-After at once, never queueing.
func (s *server) limit(fail failFunc, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case s.slots <- struct{}{}:
		default:
			fail(w, r, pipeline.Input{Source: "request"}, errStatus(http.StatusTooManyRequests,
				"%d requests already in flight (--max-inflight); retry later", cap(s.slots)))
			return
		}
		sl := &slot{free: func() { <-s.slots }}
		sl.hold()
		defer sl.release()
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), slotKey{}, sl)))
	})
}

// logWriter records a response's status and size for the access log.
type logWriter struct {
	http.ResponseWriter
	status int
	bytes  int64
}

func (lw *logWriter) WriteHeader(code int) {
	if lw.status == 0 {
		lw.status = code
	}
	lw.ResponseWriter.WriteHeader(code)
}

func (lw *logWriter) Write(b []byte) (int, error) {
	if lw.status == 0 {
		lw.status = http.StatusOK
	}
	n, err := lw.ResponseWriter.Write(b)
	lw.bytes += int64(n)
	return n, err
}

// Unwrap lets http.ResponseController reach Flush and EnableFullDuplex.
func (lw *logWriter) Unwrap() http.ResponseWriter { return lw.ResponseWriter }

// accessLog writes one structured line per request on stderr: method,
// path, status, response bytes, duration and remote address.
func (s *server) accessLog(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		lw := &logWriter{ResponseWriter: w}
		next.ServeHTTP(lw, r)
		if lw.status == 0 {
			lw.status = http.StatusOK
		}
		remote, _, err := net.SplitHostPort(r.RemoteAddr)
		if err != nil {
			remote = r.RemoteAddr
		}
		e := s.log.WithFields(logrus.Fields{
			"method":      r.Method,
			"path":        r.URL.Path,
			"status":      lw.status,
			"bytes":       lw.bytes,
			"duration_ms": float64(time.Since(start).Microseconds()) / 1000,
			"remote":      remote,
		})
		switch {
		case lw.status >= 500:
			e.Warn("request")
		default:
			e.Info("request")
		}
	})
}
