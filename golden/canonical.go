package golden

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// Doc is one decoded JSON object. Numbers are json.Number, so they keep
// their exact text.
type Doc = map[string]any

// Decode parses b as one JSON object. Trailing data after the object is an
// error.
func Decode(b []byte) (Doc, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, fmt.Errorf("bad JSON: %w", err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return nil, errors.New("bad JSON: data after the top-level value")
	}
	d, ok := v.(map[string]any)
	if !ok {
		return nil, errors.New("not a JSON object")
	}
	return d, nil
}

// Marshal encodes d canonically: keys sorted, two-space indent, no HTML
// escaping, numbers as written, one trailing newline. Equal documents give
// byte-identical output.
func Marshal(d Doc) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	// encoding/json writes map keys in sorted order.
	if err := enc.Encode(d); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Canonical rewrites one JSON object in canonical form (see Marshal).
func Canonical(b []byte) ([]byte, error) {
	d, err := Decode(b)
	if err != nil {
		return nil, err
	}
	return Marshal(d)
}
