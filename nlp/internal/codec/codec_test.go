package codec

import (
	"encoding/binary"
	"errors"
	"testing"
)

var errBad = errors.New("bad")

func TestReader(t *testing.T) {
	var b []byte
	b = binary.AppendUvarint(b, 300)
	b = binary.AppendVarint(b, -7)
	b = binary.AppendUvarint(b, 3)
	b = append(b, "abc"...)
	b = binary.AppendUvarint(b, 2)
	b = append(b, "xy"...)
	r := Reader{B: b, Corrupt: errBad}
	if v := r.Uvarint(); v != 300 {
		t.Errorf("Uvarint = %d", v)
	}
	if v := r.Varint(); v != -7 {
		t.Errorf("Varint = %d", v)
	}
	if s := r.String(); s != "abc" {
		t.Errorf("String = %q", s)
	}
	if n := r.Count(1); n != 0 || r.Err != errBad {
		t.Errorf("Count over its limit = %d, err %v; want 0 and the Corrupt error", n, r.Err)
	}
	if v, s := r.Uvarint(), r.String(); v != 0 || s != "" || r.B != nil {
		t.Errorf("after a failure: %d %q %v, want zero values", v, s, r.B)
	}
}

// FuzzReader checks that no input makes a read panic or read past the end.
//
//	go test ./nlp/internal/codec -run '^$' -fuzz FuzzReader -fuzztime 30s
func FuzzReader(f *testing.F) {
	f.Add([]byte{0x80, 0x80, 0x80})
	f.Add([]byte{5, 'a', 'b'})
	f.Fuzz(func(t *testing.T, b []byte) {
		r := Reader{B: b, Corrupt: errBad}
		for i := 0; len(r.B) > 0 && i < 1000; i++ {
			switch i % 5 {
			case 0:
				r.Uvarint()
			case 1:
				r.Varint()
			case 2:
				_ = r.String()
			case 3:
				r.Count(len(r.B))
			case 4:
				r.Bytes(int(r.Uvarint() % 8))
			}
			if r.Err != nil && r.B != nil {
				t.Fatal("a failed reader keeps reading")
			}
		}
	})
}
