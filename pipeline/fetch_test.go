package pipeline

import (
	"bytes"
	"compress/gzip"
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
)

// page is a small article page with the given charset declaration and body.
func page(metaCharset, body string) string {
	return `<!DOCTYPE html><html><head><meta charset="` + metaCharset + `"><title>T</title></head><body><article><h1>Headline</h1><p>` + body + `</p></article></body></html>`
}

func encode(t *testing.T, enc encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func gzipped(s string) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte(s))
	zw.Close()
	return buf.Bytes()
}

// newTestServer serves the responses fetch must cope with.
func newTestServer(t *testing.T) *httptest.Server {
	russian := "Москва заявила, что переговоры в Женеве начнутся в понедельник утром."
	japanese_ := "東京で新しい首相が記者会見を開き、経済対策について説明しました。"
	french := "Le café de la gare a fermé ses portes après quarante années de service."
	mux := http.NewServeMux()
	mux.HandleFunc("/gzip", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(gzipped(page("utf-8", "Compressed text arrives whole and readable for the reader.")))
	})
	mux.HandleFunc("/gzip-unlabelled", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write(gzipped(page("utf-8", "A gzip body without Content-Encoding is still decoded.")))
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write(bytes.Repeat([]byte("<p>too much text</p>"), 100_000))
	})
	mux.HandleFunc("/huge-declared", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Length", "50000000")
		w.Write([]byte("<p>"))
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/redirect", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/gzip", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/404", http.NotFound)
	mux.HandleFunc("/500", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "boom", http.StatusInternalServerError)
	})
	mux.HandleFunc("/cp1251-mislabelled", func(w http.ResponseWriter, r *http.Request) {
		// The header claims UTF-8; the page and its <meta> are windows-1251.
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(encode(t, charmap.Windows1251, page("windows-1251", russian)))
	})
	mux.HandleFunc("/shift_jis", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=Shift_JIS")
		w.Write(encode(t, japanese.ShiftJIS, page("shift_jis", japanese_)))
	})
	mux.HandleFunc("/latin1-meta", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write(encode(t, charmap.ISO8859_1, page("iso-8859-1", french)))
	})
	mux.HandleFunc("/text-cp1251", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=windows-1251")
		w.Write(encode(t, charmap.Windows1251, russian))
	})
	mux.HandleFunc("/pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		w.Write([]byte("%PDF-1.4 not an article"))
	})
	mux.HandleFunc("/json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte(`{"a":1}`))
	})
	mux.HandleFunc("/png-unlabelled", func(w http.ResponseWriter, r *http.Request) {
		w.Header()["Content-Type"] = nil
		w.Write([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
	})
	mux.HandleFunc("/ua", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Write([]byte(r.UserAgent()))
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestFetch(t *testing.T) {
	srv := newTestServer(t)
	// Long enough for a loaded CI machine, well short of /slow's 5 s.
	client := newHTTPClient(Config{FetchTimeout: 2 * time.Second})
	const maxBytes = 1 << 20
	tests := []struct {
		path    string
		wantErr string // substring of the error; "" for success
		want    string // substring of the decoded main text (or plain text)
	}{
		{path: "/gzip", want: "Compressed text arrives whole"},
		{path: "/gzip-unlabelled", want: "A gzip body without Content-Encoding"},
		{path: "/redirect", want: "Compressed text arrives whole"},
		{path: "/cp1251-mislabelled", want: "Москва заявила, что переговоры в Женеве"},
		{path: "/shift_jis", want: "東京で新しい首相が記者会見を開き"},
		{path: "/latin1-meta", want: "Le café de la gare a fermé"},
		{path: "/text-cp1251", want: "Москва заявила"},
		{path: "/ua", want: "lede/" + Version},
		{path: "/slow", wantErr: "timed out"},
		{path: "/huge", wantErr: "larger than 1048576 bytes"},
		{path: "/huge-declared", wantErr: "larger than 1048576 bytes"},
		{path: "/loop", wantErr: "stopped after 10 redirects"},
		{path: "/404", wantErr: "HTTP status 404"},
		{path: "/500", wantErr: "HTTP status 500"},
		{path: "/pdf", wantErr: "content type application/pdf is not HTML"},
		{path: "/json", wantErr: "content type application/json is not HTML"},
		{path: "/png-unlabelled", wantErr: "content type image/png is not HTML"},
	}
	for _, tt := range tests {
		t.Run(strings.TrimPrefix(tt.path, "/"), func(t *testing.T) {
			b, ct, err := fetchURL(context.Background(), client, maxBytes, srv.URL+tt.path)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("fetch %s: error %v, want one containing %q", tt.path, err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("fetch %s: %v", tt.path, err)
			}
			text := string(b)
			if strings.HasPrefix(ct, "text/html") {
				d, err := parseHTML(b, ct)
				if err != nil {
					t.Fatalf("parse %s: %v", tt.path, err)
				}
				text = d.Text
			}
			if !strings.Contains(text, tt.want) {
				t.Errorf("fetch %s: text %q does not contain %q", tt.path, text, tt.want)
			}
		})
	}
}
