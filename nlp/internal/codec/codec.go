// Package codec reads the binary model files of lede's trained models
// (nlp/depparse, nlp/ner): varints and length-prefixed bytes, remembering
// the first error so that a decoder can read a whole structure and check
// once at the end.
package codec

import "encoding/binary"

// Reader reads from B. After the first failed read it records Corrupt in
// Err, empties B, and every later read returns zero values.
type Reader struct {
	B       []byte // what is left to read
	Err     error  // the first failure, nil while all is well
	Corrupt error  // what a failed read records
}

// Fail records a failure (the first one stays) and stops reading.
func (r *Reader) Fail() {
	if r.Err == nil {
		r.Err = r.Corrupt
	}
	r.B = nil
}

// Uvarint reads an unsigned varint.
func (r *Reader) Uvarint() uint64 {
	v, n := binary.Uvarint(r.B)
	if n <= 0 {
		r.Fail()
		return 0
	}
	r.B = r.B[n:]
	return v
}

// Varint reads a zig-zag signed varint.
func (r *Reader) Varint() int64 {
	v, n := binary.Varint(r.B)
	if n <= 0 {
		r.Fail()
		return 0
	}
	r.B = r.B[n:]
	return v
}

// Count reads an unsigned varint that must not exceed limit (a length the
// rest of the file must be able to hold).
func (r *Reader) Count(limit int) int {
	v := r.Uvarint()
	if v > uint64(limit) {
		r.Fail()
		return 0
	}
	return int(v)
}

// Bytes reads the next n bytes, sharing B's memory.
func (r *Reader) Bytes(n int) []byte {
	if n < 0 || n > len(r.B) {
		r.Fail()
		return nil
	}
	b := r.B[:n]
	r.B = r.B[n:]
	return b
}

// String reads a length-prefixed string.
func (r *Reader) String() string {
	n := r.Uvarint()
	if n > uint64(len(r.B)) {
		r.Fail()
		return ""
	}
	return string(r.Bytes(int(n)))
}
