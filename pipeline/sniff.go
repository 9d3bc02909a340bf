package pipeline

import (
	"bytes"
	"fmt"
	"net/http"
	"strings"

	"golang.org/x/text/encoding/unicode"
)

// decodeUTF16 turns UTF-16 text that starts with a byte-order mark into
// UTF-8. Other bytes are returned as they are.
func decodeUTF16(b []byte) ([]byte, error) {
	if !bytes.HasPrefix(b, []byte("\xff\xfe")) && !bytes.HasPrefix(b, []byte("\xfe\xff")) {
		return b, nil
	}
	out, err := unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder().Bytes(b)
	if err != nil {
		return nil, fmt.Errorf("decode UTF-16: %w", err)
	}
	return out, nil
}

// checkKnownBinary rejects bytes whose signature names a binary format (an
// image, a PDF, an archive, audio or video), which the NUL and UTF-8 checks
// alone would report less clearly ("invalid UTF-8 at byte 10" for a PDF).
func checkKnownBinary(b []byte) error {
	kind, _, _ := strings.Cut(http.DetectContentType(b), ";")
	switch {
	case strings.HasPrefix(kind, "image/"), strings.HasPrefix(kind, "audio/"),
		strings.HasPrefix(kind, "video/"), strings.HasPrefix(kind, "font/"):
	case kind == "application/pdf", kind == "application/postscript",
		kind == "application/zip", kind == "application/x-gzip",
		kind == "application/x-rar-compressed", kind == "application/wasm",
		kind == "application/vnd.ms-fontobject", kind == "application/ogg":
	default:
		return nil
	}
	return fmt.Errorf("binary input (%s), not an article", kind)
}
