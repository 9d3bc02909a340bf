package extractors

import (
	"bytes"
	"encoding/json"
)

// Extractor finds one kind of fact. Implementations are safe for concurrent
// use: they keep no per-article state.
type Extractor interface {
	Name() string                 // JSON field name, --only flag value, testdata folder
	Extract(t *Text, f *Findings) // appends to f, never changes t
}

func marshalString(s string) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		return nil, err
	}
	return bytes.TrimRight(buf.Bytes(), "\n"), nil
}
