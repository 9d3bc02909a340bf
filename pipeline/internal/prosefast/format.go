// The model file format: little-endian, each array a uint32 count then its
// elements; numeric arrays start at a multiple of 8 bytes from the file's
// start (zero padding after the count), so that they can be used in place.

package prosefast

import (
	"encoding/binary"
	"fmt"
	"math"
	"unsafe"
)

// writer and reader are the file format's primitives: a uint32 count
// followed by the elements, little-endian.
type writer struct{ b []byte }

func (w *writer) u32(v uint32) { w.b = binary.LittleEndian.AppendUint32(w.b, v) }
func (w *writer) str(s string) { w.u32(uint32(len(s))); w.b = append(w.b, s...) }
func (w *writer) strs(ss []string) {
	w.u32(uint32(len(ss)))
	for _, s := range ss {
		w.str(s)
	}
}

// count writes an array's element count and pads to 8 bytes.
func (w *writer) count(n int) {
	w.u32(uint32(n))
	for len(w.b)%8 != 0 {
		w.b = append(w.b, 0)
	}
}
func (w *writer) u32s(vs []uint32) {
	w.count(len(vs))
	for _, v := range vs {
		w.u32(v)
	}
}
func (w *writer) u64s(vs []uint64) {
	w.count(len(vs))
	for _, v := range vs {
		w.b = binary.LittleEndian.AppendUint64(w.b, v)
	}
}
func (w *writer) u16s(vs []uint16) {
	w.count(len(vs))
	for _, v := range vs {
		w.b = binary.LittleEndian.AppendUint16(w.b, v)
	}
}
func (w *writer) u8s(vs []uint8) { w.u32(uint32(len(vs))); w.b = append(w.b, vs...) }
func (w *writer) i32s(vs []int32) {
	w.count(len(vs))
	for _, v := range vs {
		w.u32(uint32(v))
	}
}
func (w *writer) f64s(vs []float64) {
	w.count(len(vs))
	for _, v := range vs {
		w.b = binary.LittleEndian.AppendUint64(w.b, math.Float64bits(v))
	}
}
func (w *writer) table(t *table) { w.str(t.blob); w.u32s(t.off); w.u64s(t.slots) }

type reader struct {
	s   string
	i   int
	err error
}

// take returns the next n bytes, or "" and sets err when the data ends.
func (r *reader) take(n int) string {
	if r.err != nil {
		return ""
	}
	if n < 0 || n > len(r.s)-r.i {
		r.err = fmt.Errorf("truncated at byte %d", r.i)
		return ""
	}
	s := r.s[r.i : r.i+n]
	r.i += n
	return s
}

func (r *reader) u32() uint32 {
	s := r.take(4)
	if len(s) < 4 {
		return 0
	}
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// count reads an element count and checks that size bytes each fit.
func (r *reader) count(size int) int {
	n := int(r.u32())
	if r.err == nil && n*size > len(r.s)-r.i {
		r.err = fmt.Errorf("count %d too large at byte %d", n, r.i)
		return 0
	}
	return n
}

func (r *reader) str() string { return r.take(int(r.u32())) }
func (r *reader) strs() []string {
	n := r.count(4)
	out := make([]string, n)
	for i := range out {
		out[i] = r.str()
	}
	return out
}

// array reads a numeric array's count and padding and returns its bytes.
func (r *reader) array(size int) []byte {
	n := int(r.u32())
	r.take((8 - r.i%8) % 8)
	if r.err == nil && n*size > len(r.s)-r.i {
		r.err = fmt.Errorf("count %d too large at byte %d", n, r.i)
		return nil
	}
	return r.bytes(n * size)
}
func (r *reader) u32s() []uint32 {
	return view(r.array(4), binary.LittleEndian.Uint32)
}
func (r *reader) u16s() []uint16 {
	return view(r.array(2), binary.LittleEndian.Uint16)
}
func (r *reader) u8s() []uint8 { return []uint8(r.take(r.count(1))) }
func (r *reader) i32s() []int32 {
	return view(r.array(4), func(b []byte) int32 { return int32(binary.LittleEndian.Uint32(b)) })
}
func (r *reader) u64s() []uint64 {
	return view(r.array(8), binary.LittleEndian.Uint64)
}
func (r *reader) f64s() []float64 {
	return view(r.array(8), func(b []byte) float64 { return math.Float64frombits(binary.LittleEndian.Uint64(b)) })
}

// nativeLittleEndian reports whether this machine stores numbers as the
// model file does.
var nativeLittleEndian = func() bool {
	x := uint16(1)
	return *(*byte)(unsafe.Pointer(&x)) == 1
}()

// view returns the numbers stored little-endian in b. On a little-endian
// machine, when b is aligned for T, that is b itself seen as []T: loading
// the embedded model then copies nothing, and the pages of its large
// tables are read from the executable as lookups touch them rather than
// all at start-up. Otherwise it decodes a copy with decode. Nothing writes
// through the result (a Model is immutable; the embedded data is
// read-only memory).
func view[T uint16 | uint32 | int32 | uint64 | float64](b []byte, decode func([]byte) T) []T {
	var zero T
	size := int(unsafe.Sizeof(zero))
	n := len(b) / size
	if n == 0 {
		return make([]T, 0)
	}
	p := unsafe.Pointer(unsafe.SliceData(b))
	if nativeLittleEndian && uintptr(p)%unsafe.Alignof(zero) == 0 {
		return unsafe.Slice((*T)(p), n)
	}
	out := make([]T, n)
	for i := range out {
		out[i] = decode(b[size*i:])
	}
	return out
}

// bytes is take as a read-only byte view of the model data, without a
// copy, so that encoding/binary can decode it word by word. Nothing writes
// through it.
func (r *reader) bytes(n int) []byte {
	s := r.take(n)
	if s == "" {
		return nil
	}
	return unsafe.Slice(unsafe.StringData(s), len(s))
}
func (r *reader) table() *table {
	t := &table{blob: r.str()}
	t.off = r.u32s()
	t.slots = r.u64s()
	return t
}
