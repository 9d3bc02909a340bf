package main

import (
	"bytes"
	"errors"
	"io"
	"net/http"
	"strings"

	"github.com/sirupsen/logrus"

	"github.com/lede-project/lede/internal/view"
	"github.com/lede-project/lede/pipeline"
)

// formSlack is room for the multipart envelope around an article of
// --max-bytes.
const formSlack = 64 << 10

// form returns the page's form, refilled from r when it is a submit.
func (s *server) form(r *http.Request) *view.Form {
	f := &view.Form{AllowFetch: s.allowFetch, MaxBytes: s.maxBytes}
	if r.Method == http.MethodPost {
		f.Text, f.Published = strings.ReplaceAll(r.PostFormValue("text"), "\r\n", "\n"), r.PostFormValue("published")
		if s.allowFetch {
			f.URL = r.PostFormValue("url")
		}
	}
	return f
}

// page is GET /: the empty form.
func (s *server) page(w http.ResponseWriter, r *http.Request) {
	s.render(w, http.StatusOK, view.Page{Form: s.form(r)})
}

func (s *server) render(w http.ResponseWriter, status int, p view.Page) {
	var buf bytes.Buffer
	if err := view.Render(&buf, p); err != nil {
		s.log.Error(err)
		http.Error(w, "render page: "+err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; form-action 'self'; base-uri 'none'")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

// pageError answers a page submit that failed, with the form refilled.
func (s *server) pageError(w http.ResponseWriter, r *http.Request, in pipeline.Input, err error) {
	status := statusOf(err)
	if status == http.StatusTooManyRequests || status == http.StatusServiceUnavailable {
		w.Header().Set("Retry-After", "1")
	}
	s.log.WithFields(logrus.Fields{"path": r.URL.Path, "status": status}).Debug(err)
	s.render(w, status, view.Page{Form: s.form(r), Error: err.Error()})
}

// analysePage is POST /: the form's text, file or URL, analysed and drawn.
func (s *server) analysePage(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, s.maxBytes+formSlack)
	if err := r.ParseMultipartForm(1 << 20); err != nil && !errors.Is(err, http.ErrNotMultipart) {
		s.pageError(w, r, pipeline.Input{}, tooLarge(err, s.maxBytes))
		return
	}
	in, err := s.formInput(r)
	if err != nil {
		s.pageError(w, r, in, err)
		return
	}
	res, err := s.process(r.Context(), in)
	if err != nil {
		s.pageError(w, r, in, err)
		return
	}
	s.render(w, http.StatusOK, view.Page{Form: s.form(r), Result: res})
}

// formInput builds the Input of a page submit: a dropped or chosen file
// first, then pasted text, then a URL.
func (s *server) formInput(r *http.Request) (pipeline.Input, error) {
	var in pipeline.Input
	if p := r.PostFormValue("published"); p != "" {
		t, err := pipeline.ParseDate(p)
		if err != nil {
			return in, errStatus(http.StatusBadRequest, "published: %v", err)
		}
		in.Published = t
	}
	if f, h, err := r.FormFile("file"); err == nil && h.Size > 0 {
		defer f.Close()
		b, err := io.ReadAll(io.LimitReader(f, s.maxBytes+1))
		if err != nil {
			return in, errStatus(http.StatusBadRequest, "read %s: %v", h.Filename, err)
		}
		if int64(len(b)) > s.maxBytes {
			return in, errStatus(http.StatusRequestEntityTooLarge, "%s: larger than %d bytes (--max-bytes)", h.Filename, s.maxBytes)
		}
		in.Source, in.Data = h.Filename, b
		return in, nil
	}
	if text := r.PostFormValue("text"); strings.TrimSpace(text) != "" {
		// Browsers send a textarea's line breaks as CRLF.
		in.Source, in.Data = "pasted", []byte(strings.ReplaceAll(text, "\r\n", "\n"))
		return in, nil
	}
	if u := strings.TrimSpace(r.PostFormValue("url")); u != "" {
		in.Source, in.URL = u, u
		if !pipeline.IsURL(u) {
			return in, errStatus(http.StatusBadRequest, "%q is not an http(s) URL", u)
		}
		return in, s.checkFetch(in)
	}
	return in, errStatus(http.StatusBadRequest, "nothing to analyse: paste text or HTML, choose a file, or give a URL")
}
