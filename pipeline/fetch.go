package pipeline

import (
	"context"
	"errors"
	"fmt"
	"mime"
	"net/http"
	"strings"
)

// Version is lede's version, sent in the User-Agent and printed by --version.
const Version = "0.1.0"

// maxRedirects caps the redirects one fetch follows.
const maxRedirects = 10

func newHTTPClient(cfg Config) *http.Client {
	return &http.Client{
		Timeout: cfg.fetchTimeout(),
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) >= maxRedirects {
				return fmt.Errorf("stopped after %d redirects", maxRedirects)
			}
			return nil
		},
	}
}

// fetch GETs url and returns its body (at most max bytes) and Content-Type.
// Only HTML and plain-text responses are accepted.
func (p *Pipeline) fetch(ctx context.Context, url string) ([]byte, string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, "", err
	}
	req.Header.Set("User-Agent", "lede/"+Version+" (+article analysis)")
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/plain;q=0.8")
	resp, err := p.client.Do(req)
	if err != nil {
		return nil, "", err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, "", fmt.Errorf("HTTP status %s", resp.Status)
	}
	ct := resp.Header.Get("Content-Type")
	if ct != "" {
		mt, _, err := mime.ParseMediaType(ct)
		if err != nil {
			return nil, "", fmt.Errorf("bad Content-Type %q", ct)
		}
		if mt != "text/html" && mt != "application/xhtml+xml" && mt != "text/plain" && !strings.HasSuffix(mt, "+xml") {
			return nil, "", fmt.Errorf("content type %s is not HTML or text", mt)
		}
	}
	b, err := readCapped(resp.Body, p.cfg.maxBytes())
	if err != nil {
		return nil, "", err
	}
	if len(b) == 0 {
		return nil, "", errors.New("empty response body")
	}
	return b, ct, nil
}
