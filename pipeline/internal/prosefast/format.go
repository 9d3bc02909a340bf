// The model file format: little-endian, each array a uint32 count then its elements.

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
func (w *writer) u32s(vs []uint32) {
	w.u32(uint32(len(vs)))
	for _, v := range vs {
		w.u32(v)
	}
}
func (w *writer) u64s(vs []uint64) {
	w.u32(uint32(len(vs)))
	for _, v := range vs {
		w.b = binary.LittleEndian.AppendUint64(w.b, v)
	}
}
func (w *writer) u16s(vs []uint16) {
	w.u32(uint32(len(vs)))
	for _, v := range vs {
		w.b = binary.LittleEndian.AppendUint16(w.b, v)
	}
}
func (w *writer) u8s(vs []uint8) { w.u32(uint32(len(vs))); w.b = append(w.b, vs...) }
func (w *writer) i32s(vs []int32) {
	w.u32(uint32(len(vs)))
	for _, v := range vs {
		w.u32(uint32(v))
	}
}
func (w *writer) f64s(vs []float64) {
	w.u32(uint32(len(vs)))
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
func (r *reader) u32s() []uint32 {
	s := r.bytes(4 * r.count(4))
	out := make([]uint32, len(s)/4)
	for i := range out {
		out[i] = binary.LittleEndian.Uint32(s[4*i:])
	}
	return out
}
func (r *reader) u16s() []uint16 {
	s := r.bytes(2 * r.count(2))
	out := make([]uint16, len(s)/2)
	for i := range out {
		out[i] = binary.LittleEndian.Uint16(s[2*i:])
	}
	return out
}
func (r *reader) u8s() []uint8 { return []uint8(r.take(r.count(1))) }
func (r *reader) i32s() []int32 {
	s := r.bytes(4 * r.count(4))
	out := make([]int32, len(s)/4)
	for i := range out {
		out[i] = int32(binary.LittleEndian.Uint32(s[4*i:]))
	}
	return out
}
func (r *reader) u64s() []uint64 {
	s := r.bytes(8 * r.count(8))
	out := make([]uint64, len(s)/8)
	for i := range out {
		out[i] = binary.LittleEndian.Uint64(s[8*i:])
	}
	return out
}
func (r *reader) f64s() []float64 {
	s := r.bytes(8 * r.count(8))
	out := make([]float64, len(s)/8)
	for i := range out {
		out[i] = math.Float64frombits(binary.LittleEndian.Uint64(s[8*i:]))
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
