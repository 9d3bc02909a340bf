package pipeline

import (
	"bytes"
	"fmt"
	"mime"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// decodeHTML returns the page b as UTF-8. The encoding is chosen in this
// order: a byte-order mark; the bytes themselves when they are valid UTF-8
// (a page saved or served as UTF-8 often still declares its old charset,
// and legacy-encoded text is practically never valid UTF-8); the charset of
// contentType; the page's <meta> declaration; windows-1252, the web's
// default. A declared UTF-8 page with a few broken bytes keeps its text,
// the broken bytes becoming U+FFFD.
func decodeHTML(b []byte, contentType string) ([]byte, error) {
	switch {
	case bytes.HasPrefix(b, []byte("\xef\xbb\xbf")):
		return toValidUTF8(b[3:]), nil
	case bytes.HasPrefix(b, []byte("\xff\xfe")):
		return decodeWith(unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), b, "utf-16le")
	case bytes.HasPrefix(b, []byte("\xfe\xff")):
		return decodeWith(unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), b, "utf-16be")
	}
	if utf8.Valid(b) {
		return b, nil
	}
	labels := []string{contentTypeCharset(contentType), metaCharset(b)}
	for _, label := range labels {
		if label == "" {
			continue
		}
		enc, name := charset.Lookup(label)
		if enc == nil {
			continue
		}
		if name == "utf-8" {
			// Declared UTF-8 but not valid: believe a later declaration,
			// else keep it as UTF-8 when the damage is small.
			continue
		}
		return decodeWith(enc, b, name)
	}
	if invalidUTF8Share(b) < 0.01 {
		return toValidUTF8(b), nil
	}
	return decodeWith(charmap.Windows1252, b, "windows-1252")
}

// decodeWith decodes b from enc (named name, for errors) to UTF-8.
func decodeWith(enc encoding.Encoding, b []byte, name string) ([]byte, error) {
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return nil, fmt.Errorf("decode %s: %w", name, err)
	}
	return toValidUTF8(bytes.TrimPrefix(out, []byte("\ufeff"))), nil
}

// toValidUTF8 replaces invalid UTF-8 sequences in b with U+FFFD.
func toValidUTF8(b []byte) []byte {
	if utf8.Valid(b) {
		return b
	}
	return bytes.ToValidUTF8(b, []byte("\ufffd"))
}

// contentTypeCharset returns the charset parameter of a Content-Type.
func contentTypeCharset(ct string) string {
	if ct == "" {
		return ""
	}
	_, params, err := mime.ParseMediaType(ct)
	if err != nil {
		return ""
	}
	return params["charset"]
}

// metaCharsetRe finds <meta charset=X> and <meta http-equiv content="...;
// charset=X">.
var metaCharsetRe = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_.:-]+)`)

// metaCharset returns the charset a page declares in its first 16 KiB.
func metaCharset(b []byte) string {
	m := metaCharsetRe.FindSubmatch(b[:min(len(b), 16<<10)])
	if m == nil {
		return ""
	}
	return strings.ToLower(string(m[1]))
}

// invalidUTF8Share is the share of b's bytes that are not valid UTF-8.
func invalidUTF8Share(b []byte) float64 {
	if len(b) == 0 {
		return 0
	}
	bad := 0
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			bad++
		}
		i += size
	}
	return float64(bad) / float64(len(b))
}
