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
	"golang.org/x/text/encoding/unicode"
)

// decodeHTML returns the page b as UTF-8, and a warning when it did not
// believe the page's declared charset. The encoding is chosen in this
// order: a byte-order mark; the bytes themselves when they are valid UTF-8
// (a page saved or served as UTF-8 often still declares its old charset,
// and legacy-encoded text is practically never valid UTF-8), or UTF-8 with
// a little damage (many valid multi-byte sequences, few broken ones); the
// charset of contentType, then of the page's <meta>, when the text it
// gives is about as plausible as the best guess from the bytes; else that
// guess (sniffCharset), so that a windows-1251 page served as
// "charset=utf-8", or with no declaration, is not read as windows-1252.
func decodeHTML(b []byte, contentType string) ([]byte, string, error) {
	switch {
	case bytes.HasPrefix(b, []byte("\xef\xbb\xbf")):
		return toValidUTF8(b[3:]), "", nil
	case bytes.HasPrefix(b, []byte("\xff\xfe")):
		u, err := decodeWith(unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), b, "utf-16le")
		return u, "", err
	case bytes.HasPrefix(b, []byte("\xfe\xff")):
		u, err := decodeWith(unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), b, "utf-16be")
		return u, "", err
	}
	if utf8.Valid(b) || mostlyUTF8(b) {
		return toValidUTF8(b), "", nil
	}
	sniffed := sniffCharset(b)
	guess, guessName := sniffed.best.enc, sniffed.best.name
	declared := ""
	for _, label := range []string{contentTypeCharset(contentType), metaCharset(b)} {
		enc, name := charset.Lookup(label)
		if enc == nil || name == "utf-8" {
			// Unknown, or UTF-8 that the bytes are not: look further.
			declared = firstNonEmpty(declared, label)
			continue
		}
		if name == guessName || sniffed.plausibilityOf(enc, b) >= sniffed.score-declaredMargin {
			u, err := decodeWith(enc, b, name)
			return u, "", err
		}
		declared = firstNonEmpty(declared, label)
	}
	u, err := decodeWith(guess, b, guessName)
	warn := ""
	if declared != "" {
		warn = fmt.Sprintf("the page declares charset %q, but its bytes read as %s: decoded as %s", declared, guessName, guessName)
	}
	return u, warn, err
}

// declaredMargin is how much less plausible (per non-ASCII character, see
// plausibility) a declared charset's text may be than the best guess and
// still be believed: declarations are usually right, and close calls
// (windows-1252 against ISO-8859-2 on a page with few accents) go to them.
const declaredMargin = 0.15

// mostlyUTF8 reports whether b is UTF-8 with a little damage: its valid
// multi-byte sequences outnumber its invalid bytes. Text in a legacy
// encoding has (almost) none: a lead byte such as "Ã" followed by a
// continuation byte such as "©" is rare in any language.
func mostlyUTF8(b []byte) bool {
	valid, invalid := 0, 0
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			invalid++
		case size > 1:
			valid++
		}
		i += size
	}
	return valid > invalid
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
