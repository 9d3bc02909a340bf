package depparse

import "testing"

// Run with: go test ./nlp/depparse -run '^$' -fuzz FuzzDecode
func FuzzDecode(f *testing.F) {
	m, err := Train(readTiny(f), tinyConfig)
	if err != nil {
		f.Fatal(err)
	}
	data, _ := m.Encode()
	f.Add(data)
	f.Add([]byte(magic))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Decode(data)
		if err == nil {
			m.Parse([]string{"a", "b"}, nil)
		}
	})
}
