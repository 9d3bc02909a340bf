package main

import (
	"bytes"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// postForm submits the page's form as multipart/form-data.
func postForm(t *testing.T, h http.Handler, fields map[string]string, fileName, file string) *httptest.ResponseRecorder {
	t.Helper()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	for k, v := range fields {
		mw.WriteField(k, v)
	}
	if fileName != "" {
		fw, _ := mw.CreateFormFile("file", fileName)
		io.WriteString(fw, file)
	}
	mw.Close()
	return do(h, "POST", "/", mw.FormDataContentType(), &body)
}

func TestServePage(t *testing.T) {
	s, _ := testServer(t, serveFlags{})
	h := s.handler()
	rec := do(h, "GET", "/", "", nil)
	if rec.Code != 200 || !strings.Contains(rec.Body.String(), `<textarea id="text" name="text"`) || strings.Contains(rec.Body.String(), `id="url"`) {
		t.Errorf("GET / = %d; want the form without a URL field:\n%.500s", rec.Code, rec.Body)
	}
	if ct := rec.Header().Get("Content-Type"); ct != "text/html; charset=utf-8" {
		t.Errorf("Content-Type %q", ct)
	}
	if rec := do(h, "GET", "/nope", "", nil); rec.Code != 404 {
		t.Errorf("GET /nope = %d, want 404", rec.Code)
	}
	rec = postForm(t, h, map[string]string{"text": strings.ReplaceAll(seedText(t), "\n", "\r\n"), "published": "2021-12-28"}, "", "")
	page := rec.Body.String()
	if rec.Code != 200 || !strings.Contains(page, `data-entity="Sergei Ryabkov"`) || !strings.Contains(page, `>$300 million</span>`) {
		t.Errorf("POST / with text = %d; want the highlighted seed:\n%.500s", rec.Code, page)
	}
	if strings.Contains(page, "\r") {
		t.Error("pasted CRLF line breaks were kept")
	}
	rec = postForm(t, h, nil, "port.html", `<html><head><title>Port deal</title></head><body><article><p>The city agreed on Friday to pay $4 million for the old harbor.</p></article></body></html>`)
	if rec.Code != 200 || !strings.Contains(rec.Body.String(), "<h2 id=\"result-title\">Port deal</h2>") || !strings.Contains(rec.Body.String(), "source port.html") {
		t.Errorf("POST / with an HTML file = %d:\n%.800s", rec.Code, rec.Body)
	}
	for _, tc := range []struct {
		fields map[string]string
		status int
		want   string
	}{
		{map[string]string{"url": "https://example.com/a"}, 403, "--allow-fetch"},
		{map[string]string{}, 400, "nothing to analyse"},
		{map[string]string{"text": "Hello.", "published": "soon"}, 400, "bad date"},
	} {
		rec := postForm(t, h, tc.fields, "", "")
		if rec.Code != tc.status || !strings.Contains(rec.Body.String(), `role="alert"`) || !strings.Contains(rec.Body.String(), tc.want) {
			t.Errorf("POST / %v = %d, want %d with an alert saying %q", tc.fields, rec.Code, tc.status, tc.want)
		}
	}
	s.slots <- struct{}{}
	s.slots <- struct{}{}
	rec = postForm(t, h, map[string]string{"text": "Hello."}, "", "")
	if rec.Code != 429 || rec.Header().Get("Retry-After") == "" || !strings.Contains(rec.Body.String(), "--max-inflight") {
		t.Errorf("page over --max-inflight = %d, want 429 with Retry-After", rec.Code)
	}
}

func TestServePageAllowFetchShowsURL(t *testing.T) {
	s, _ := testServer(t, serveFlags{allowFetch: true})
	if rec := do(s.handler(), "GET", "/", "", nil); !strings.Contains(rec.Body.String(), `<input id="url" name="url" type="url"`) {
		t.Error("no URL field with --allow-fetch")
	}
}
