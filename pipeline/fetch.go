package pipeline

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"

	"golang.org/x/net/html/charset"
)

// Version is lede's version, sent in the User-Agent and printed by --version.
const Version = "0.1.0"

// maxRedirects caps the redirects one fetch follows.
const maxRedirects = 10

// userAgent names lede and its version in every request.
const userAgent = "lede/" + Version + " (+https://github.com/lede-project/lede)"

// newHTTPClient builds the client of a Pipeline: an overall timeout per
// fetch, shorter ones for connecting and for the response headers, and a
// redirect cap. Compressed responses (gzip) are decoded by the transport.
func newHTTPClient(cfg Config) *http.Client {
	timeout := cfg.fetchTimeout()
	tr := &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		DialContext:           (&net.Dialer{Timeout: min(timeout, 15*time.Second), KeepAlive: 30 * time.Second}).DialContext,
		TLSHandshakeTimeout:   min(timeout, 10*time.Second),
		ResponseHeaderTimeout: timeout,
		MaxIdleConnsPerHost:   4,
		IdleConnTimeout:       90 * time.Second,
	}
	return &http.Client{
		Timeout:   timeout,
		Transport: tr,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > maxRedirects {
				return fmt.Errorf("stopped after %d redirects (last to %s)", maxRedirects, req.URL)
			}
			return nil
		},
	}
}

// fetch GETs url and returns its body, decoded from gzip, at most
// Config.MaxBytes long, and its Content-Type. Only HTML and plain-text
// responses are accepted; plain text in a legacy charset is returned as
// UTF-8 (its Content-Type then says so).
func (p *Pipeline) fetch(ctx context.Context, url string) ([]byte, string, error) {
	return fetchURL(ctx, p.client, p.cfg.maxBytes(), url)
}

// fetchURL does the work of Pipeline.fetch with an explicit client and cap.
func fetchURL(ctx context.Context, client *http.Client, maxBytes int64, url string) ([]byte, string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, "", fmt.Errorf("bad URL: %w", err)
	}
	req.Header.Set("User-Agent", userAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/plain;q=0.8,*/*;q=0.1")
	resp, err := client.Do(req)
	if err != nil {
		return nil, "", fetchError(err, client.Timeout)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, "", fmt.Errorf("HTTP status %s", resp.Status)
	}
	if resp.ContentLength > maxBytes {
		return nil, "", fmt.Errorf("response of %d bytes is larger than %d bytes (--max-bytes)", resp.ContentLength, maxBytes)
	}
	body := bufio.NewReader(resp.Body)
	// A body still gzip-compressed (sent without Content-Encoding, or
	// compressed twice) is decoded here; the cap applies to the result.
	var r io.Reader = body
	if magic, _ := body.Peek(2); bytes.Equal(magic, []byte{0x1f, 0x8b}) {
		zr, err := gzip.NewReader(body)
		if err != nil {
			return nil, "", fmt.Errorf("bad gzip body: %w", err)
		}
		defer zr.Close()
		r = zr
	}
	b, err := readCapped(r, maxBytes)
	if err != nil {
		return nil, "", fetchError(err, client.Timeout)
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return nil, "", errors.New("empty response body")
	}
	ct := resp.Header.Get("Content-Type")
	mt := ""
	if ct != "" {
		if mt, _, err = mime.ParseMediaType(ct); err != nil {
			ct, mt = "", ""
		}
	}
	if mt == "" || mt == "application/octet-stream" {
		ct = http.DetectContentType(b)
		mt, _, _ = mime.ParseMediaType(ct)
	}
	switch {
	case mt == "text/html" || mt == "application/xhtml+xml":
		return b, ct, nil
	case mt == "text/plain":
		return decodePlain(b, ct)
	}
	return nil, "", fmt.Errorf("content type %s is not HTML or plain text", mt)
}

// decodePlain returns a plain-text body as UTF-8, decoding the charset its
// Content-Type names. Valid UTF-8 is kept as it is.
func decodePlain(b []byte, ct string) ([]byte, string, error) {
	label := contentTypeCharset(ct)
	if label == "" || isUTF8Label(label) {
		return b, "text/plain; charset=utf-8", nil
	}
	enc, name := charset.Lookup(label)
	if enc == nil {
		return nil, "", fmt.Errorf("unknown charset %q", label)
	}
	if isUTF8Label(name) {
		return b, "text/plain; charset=utf-8", nil
	}
	out, err := decodeWith(enc, b, name)
	if err != nil {
		return nil, "", err
	}
	return out, "text/plain; charset=utf-8", nil
}

func isUTF8Label(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	return s == "utf-8" || s == "utf8"
}

// fetchError rewords a client error so that a timeout says so.
func fetchError(err error, timeout time.Duration) error {
	var ne net.Error
	if errors.Is(err, context.DeadlineExceeded) || (errors.As(err, &ne) && ne.Timeout()) {
		return fmt.Errorf("fetch timed out after %s", timeout)
	}
	// The caller names the URL already: keep the cause, not net/http's
	// `Get "URL": ...` wrapping.
	var ue *url.Error
	if errors.As(err, &ue) {
		return fmt.Errorf("fetch failed: %w", ue.Err)
	}
	return err
}
