package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sirupsen/logrus"

	"github.com/lede-project/lede/pipeline"
)

var (
	servePipeOnce sync.Once
	servePipe     *pipeline.Pipeline
	servePipeErr  error
)

// testServer builds a server on one shared Pipeline (models load once per
// test binary); change its limits through f. logs collects the access log.
func testServer(t *testing.T, f serveFlags) (s *server, logs *bytes.Buffer) {
	t.Helper()
	servePipeOnce.Do(func() { servePipe, servePipeErr = pipeline.New(pipeline.Config{}) })
	if servePipeErr != nil {
		t.Fatal(servePipeErr)
	}
	if f.maxBytes == 0 {
		f.maxBytes = 1 << 20
	}
	if f.timeout == 0 {
		f.timeout = 20 * time.Second
	}
	if f.maxInflight == 0 {
		f.maxInflight = 2
	}
	logs = &bytes.Buffer{}
	log := logrus.New()
	log.SetOutput(&lockedWriter{w: logs})
	log.SetFormatter(&logrus.TextFormatter{DisableTimestamp: true})
	return newServer(servePipe, log, f), logs
}

type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(b []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(b)
}

func seedText(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile("../../testdata/presstv-us-russia-talks.txt")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func jsonBody(t testing.TB, v any) io.Reader {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return bytes.NewReader(b)
}

// do sends one request to h and returns the recorded response.
func do(h http.Handler, method, path, ctype string, body io.Reader) *httptest.ResponseRecorder {
	req := httptest.NewRequest(method, path, body)
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// decodeRecord reads a lede/v1 result or error record.
func decodeRecord(t *testing.T, b []byte) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("response is not JSON: %v\n%s", err, b)
	}
	return m
}

func TestServeHealthzAndSchema(t *testing.T) {
	s, _ := testServer(t, serveFlags{})
	h := s.handler()
	rec := do(h, "GET", "/healthz", "", nil)
	if rec.Code != 200 || rec.Body.String() != "ok\n" {
		t.Errorf("GET /healthz = %d %q", rec.Code, rec.Body)
	}
	rec = do(h, "GET", "/v1/schema", "", nil)
	if rec.Code != 200 || !bytes.Equal(rec.Body.Bytes(), pipeline.SchemaJSON) {
		t.Errorf("GET /v1/schema = %d, body differs from pipeline.SchemaJSON", rec.Code)
	}
	if ct := rec.Header().Get("Content-Type"); ct != "application/schema+json" {
		t.Errorf("schema Content-Type = %q", ct)
	}
	if rec := do(h, "GET", "/v1/extract", "", nil); rec.Code != http.StatusMethodNotAllowed {
		t.Errorf("GET /v1/extract = %d, want 405", rec.Code)
	}
}

// The API answers with the same bytes as the pipeline (and so as "lede
// extract"), for a JSON record and for a raw text body.
func TestServeExtractSameAsPipeline(t *testing.T) {
	s, logs := testServer(t, serveFlags{})
	h := s.handler()
	text := seedText(t)
	pub, _ := pipeline.ParseDate("2021-12-28")
	res, err := servePipe.Process(context.Background(), pipeline.Input{Source: "request", Format: "text", Data: []byte(text), Published: pub})
	if err != nil {
		t.Fatal(err)
	}
	want, _ := pipeline.Marshal(res, "  ")

	rec := do(h, "POST", "/v1/extract", "application/json", jsonBody(t, map[string]string{"text": text, "published": "2021-12-28"}))
	if rec.Code != 200 || !bytes.Equal(rec.Body.Bytes(), want) {
		t.Errorf("JSON request: status %d, body differs from pipeline output:\n%.400s", rec.Code, rec.Body)
	}
	rec = do(h, "POST", "/v1/extract?published=2021-12-28", "text/plain; charset=utf-8", strings.NewReader(text))
	if rec.Code != 200 || !bytes.Equal(rec.Body.Bytes(), want) {
		t.Errorf("text/plain request: status %d, body differs from pipeline output:\n%.400s", rec.Code, rec.Body)
	}
	m := decodeRecord(t, rec.Body.Bytes())
	if !strings.Contains(rec.Body.String(), `"text": "$300 million"`) || m["published"] != "2021-12-28" {
		t.Errorf("result lacks the seed's money or date: published %v", m["published"])
	}
	for _, w := range []string{"method=POST", "path=/v1/extract", "status=200", "bytes=", "duration_ms=", "remote=192.0.2.1"} {
		if !strings.Contains(logs.String(), w) {
			t.Errorf("access log lacks %q:\n%s", w, logs)
		}
	}
}

func TestServeExtractHTMLWithID(t *testing.T) {
	s, _ := testServer(t, serveFlags{})
	page := `<html><head><title>Port deal</title></head><body><article><h1>Port deal</h1>
<p>The city of Valparaiso agreed on Friday to pay $4 million for the old harbor, mayor Jorge Sharp said.</p></article></body></html>`
	rec := do(s.handler(), "POST", "/v1/extract?id=port-1&published=2021-03-01", "text/html", strings.NewReader(page))
	m := decodeRecord(t, rec.Body.Bytes())
	if rec.Code != 200 || m["id"] != "port-1" || m["title"] != "Port deal" {
		t.Fatalf("status %d, id %v, title %v:\n%s", rec.Code, m["id"], m["title"], rec.Body)
	}
	rec = do(s.handler(), "POST", "/v1/extract", "application/json", jsonBody(t, map[string]any{"html": page, "id": "p2", "source_db": 7}))
	m = decodeRecord(t, rec.Body.Bytes())
	if rec.Code != 200 || m["id"] != "p2" || m["meta"] == nil {
		t.Errorf("JSON html record: status %d, id %v, meta %v", rec.Code, m["id"], m["meta"])
	}
}

// Every failure is a lede/v1 error record with a status that says whose
// fault it was.
func TestServeExtractErrors(t *testing.T) {
	s, _ := testServer(t, serveFlags{maxBytes: 4096})
	h := s.handler()
	big := strings.Repeat("word ", 2000)
	for _, tc := range []struct {
		name, ctype, body string
		status            int
		errWant           string
	}{
		{"url without --allow-fetch", "application/json", `{"url":"http://127.0.0.1:1/x"}`, 403, "--allow-fetch"},
		{"bad JSON", "application/json", `{"text":`, 400, "bad JSON request"},
		{"not an object field", "application/json", `{"text":3}`, 400, `"text" must be a string`},
		{"no content", "application/json", `{"id":"x"}`, 400, "no html, text or url"},
		{"bad published", "application/json", `{"text":"Hello there.","published":"yesterday"}`, 400, "bad date"},
		{"bad published query", "text/plain", `Hello there.`, 400, "bad date"},
		{"form post", "application/x-www-form-urlencoded", `a=b`, 415, "Content-Type"},
		{"too large", "text/plain", big, 413, "--max-bytes"},
		{"empty text", "text/plain", "   \n", 422, "empty input"},
		{"binary", "text/plain", "\x00\x01\x02abc", 422, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := "/v1/extract"
			if tc.name == "bad published query" {
				path += "?published=soon"
			}
			rec := do(h, "POST", path, tc.ctype, strings.NewReader(tc.body))
			m := decodeRecord(t, rec.Body.Bytes())
			msg, _ := m["error"].(string)
			if rec.Code != tc.status || msg == "" || !strings.Contains(msg, tc.errWant) || m["source"] == nil {
				t.Errorf("status %d, want %d; record %s (want error containing %q)", rec.Code, tc.status, rec.Body, tc.errWant)
			}
		})
	}
}

func TestServeNDJSONStream(t *testing.T) {
	s, _ := testServer(t, serveFlags{maxBytes: 64 << 10})
	text := seedText(t)
	var in bytes.Buffer
	for _, rec := range []any{
		map[string]string{"id": "a", "text": text, "published": "2021-12-28"},
		map[string]string{"id": "b", "url": "http://127.0.0.1:1/"},
		map[string]any{"id": "c", "text": "Talks open in Geneva on Monday, officials said.", "desk": "world"},
	} {
		b, _ := json.Marshal(rec)
		in.Write(b)
		in.WriteByte('\n')
	}
	in.WriteString("not json\n")
	in.WriteString(`{"id":"e","text":"` + strings.Repeat("x", 70<<10) + `"}` + "\n")
	rec := do(s.handler(), "POST", "/v1/extract", "application/x-ndjson", &in)
	if rec.Code != 200 || rec.Header().Get("Content-Type") != "application/x-ndjson" {
		t.Fatalf("status %d, Content-Type %q", rec.Code, rec.Header().Get("Content-Type"))
	}
	lines := strings.Split(strings.TrimSuffix(rec.Body.String(), "\n"), "\n")
	if len(lines) != 5 {
		t.Fatalf("%d output lines, want one per input line (5):\n%s", len(lines), rec.Body)
	}
	want := []struct{ id, source, err string }{
		{"a", "request:1", ""},
		{"b", "request:2", "--allow-fetch"},
		{"c", "request:3", ""},
		{"", "request:4", "bad JSONL record"},
		{"", "request:5", "longer than --max-bytes"},
	}
	for i, w := range want {
		m := decodeRecord(t, []byte(lines[i]))
		msg, _ := m["error"].(string)
		id, _ := m["id"].(string)
		if m["source"] != w.source || id != w.id || (w.err == "") != (msg == "") || !strings.Contains(msg, w.err) {
			t.Errorf("line %d: source %v id %q error %q; want %s %q error containing %q", i+1, m["source"], id, msg, w.source, w.id, w.err)
		}
	}
	if !strings.Contains(lines[2], `"meta":{"desk":"world"}`) {
		t.Errorf("record c lost its meta: %.200s", lines[2])
	}
}

func TestServeAllowFetch(t *testing.T) {
	upstream := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/missing" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		io.WriteString(w, "Talks between the two sides open in Geneva on January 10, officials said.\n")
	}))
	defer upstream.Close()
	s, _ := testServer(t, serveFlags{allowFetch: true})
	h := s.handler()
	rec := do(h, "POST", "/v1/extract", "application/json", jsonBody(t, map[string]string{"url": upstream.URL + "/a", "published": "2021-12-28"}))
	m := decodeRecord(t, rec.Body.Bytes())
	if rec.Code != 200 || !strings.Contains(m["text"].(string), "Geneva") {
		t.Errorf("fetch: status %d:\n%.300s", rec.Code, rec.Body)
	}
	rec = do(h, "POST", "/v1/extract", "application/json", jsonBody(t, map[string]string{"url": upstream.URL + "/missing"}))
	if m := decodeRecord(t, rec.Body.Bytes()); rec.Code != http.StatusBadGateway || !strings.Contains(m["error"].(string), "404") {
		t.Errorf("failed fetch: status %d, want 502:\n%s", rec.Code, rec.Body)
	}
}

// Beyond --max-inflight a request gets 429 with Retry-After at once.
func TestServeMaxInflight(t *testing.T) {
	s, _ := testServer(t, serveFlags{maxInflight: 2})
	h := s.handler()
	s.slots <- struct{}{} // two requests in flight
	s.slots <- struct{}{}
	rec := do(h, "POST", "/v1/extract", "text/plain", strings.NewReader("Hello from Geneva."))
	m := decodeRecord(t, rec.Body.Bytes())
	if rec.Code != http.StatusTooManyRequests || rec.Header().Get("Retry-After") == "" || !strings.Contains(m["error"].(string), "--max-inflight") {
		t.Errorf("status %d, Retry-After %q, body %s; want 429 with Retry-After", rec.Code, rec.Header().Get("Retry-After"), rec.Body)
	}
	if rec := do(h, "GET", "/healthz", "", nil); rec.Code != 200 {
		t.Errorf("healthz under load = %d, want 200 (not limited)", rec.Code)
	}
	<-s.slots
	if rec := do(h, "POST", "/v1/extract", "text/plain", strings.NewReader("Hello from Geneva.")); rec.Code != 200 {
		t.Errorf("after a slot freed: status %d, want 200", rec.Code)
	}
	if n := len(s.slots); n != 1 {
		t.Errorf("%d slots taken after the request, want 1 (the test's own)", n)
	}
}

// A request over --timeout gets 503; its analysis keeps its slot until it
// really ends, so --max-inflight bounds the work.
func TestServeTimeout(t *testing.T) {
	s, _ := testServer(t, serveFlags{timeout: time.Nanosecond, maxInflight: 1})
	rec := do(s.handler(), "POST", "/v1/extract", "text/plain", strings.NewReader(seedText(t)))
	m := decodeRecord(t, rec.Body.Bytes())
	if rec.Code != http.StatusServiceUnavailable || !strings.Contains(m["error"].(string), "--timeout") {
		t.Errorf("status %d, want 503: %s", rec.Code, rec.Body)
	}
	deadline := time.Now().Add(10 * time.Second)
	for len(s.slots) != 0 {
		if time.Now().After(deadline) {
			t.Fatal("the timed-out analysis never gave its slot back")
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// On shutdown the server stops accepting and finishes requests in flight.
func TestServeGracefulShutdown(t *testing.T) {
	release := make(chan struct{})
	started := make(chan struct{})
	upstream := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(started)
		<-release
		w.Header().Set("Content-Type", "text/plain")
		io.WriteString(w, "The delegations met in Vienna on Tuesday.\n")
	}))
	defer upstream.Close()
	s, _ := testServer(t, serveFlags{allowFetch: true})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- s.serve(ctx, ln, 10*time.Second) }()
	base := "http://" + ln.Addr().String()
	got := make(chan *http.Response, 1)
	go func() {
		resp, err := http.Post(base+"/v1/extract", "application/json", strings.NewReader(`{"url":"`+upstream.URL+`"}`))
		if err != nil {
			t.Error(err)
		}
		got <- resp
	}()
	<-started
	cancel() // SIGTERM
	time.Sleep(100 * time.Millisecond)
	if _, err := http.Get(base + "/healthz"); err == nil {
		t.Error("a new request was accepted after shutdown began")
	}
	close(release)
	resp := <-got
	if resp == nil {
		t.Fatal("in-flight request failed")
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), "Vienna") {
		t.Errorf("in-flight request: status %d:\n%.300s", resp.StatusCode, body)
	}
	if err := <-served; err != nil {
		t.Errorf("serve returned %v, want nil", err)
	}
}

func TestServeUsage(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run(context.Background(), []string{"serve", "--help"}, nil, &out, &errb); code != 0 || !strings.Contains(out.String(), "--allow-fetch") && !strings.Contains(out.String(), "-allow-fetch") {
		t.Errorf("serve --help: exit %d:\n%s", code, out.String())
	}
	for _, args := range [][]string{{"serve", "extra"}, {"serve", "--max-inflight", "0"}, {"serve", "--timeout", "0s"}, {"serve", "--published", "x"}} {
		if code := run(context.Background(), args, nil, &out, &errb); code != exitUsage {
			t.Errorf("%q: exit %d, want %d", args, code, exitUsage)
		}
	}
}

// A client that sends its body too slowly gets 408 once --timeout has
// passed, and its slot is free again.
func TestServeSlowBody(t *testing.T) {
	s, _ := testServer(t, serveFlags{timeout: 300 * time.Millisecond, maxInflight: 1})
	srv := httptest.NewServer(s.handler())
	defer srv.Close()
	conn, err := net.Dial("tcp", srv.Listener.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "POST /v1/extract HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 100\r\n\r\nHello")
	conn.SetReadDeadline(time.Now().Add(10 * time.Second))
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatalf("no response to a stalled body: %v", err)
	}
	if resp.StatusCode != http.StatusRequestTimeout {
		t.Errorf("status %d, want 408", resp.StatusCode)
	}
	// The handler frees its slot as it returns, just after answering.
	for deadline := time.Now().Add(2 * time.Second); len(s.slots) != 0 && time.Now().Before(deadline); {
		time.Sleep(10 * time.Millisecond)
	}
	if n := len(s.slots); n != 0 {
		t.Errorf("%d slots still taken", n)
	}
}
