package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

// The model file (optionally gzip-compressed; Encode does not compress, so
// that Load spends no time inflating) is:
//
//	magic "LEDENER1"
//	uvarint bits; uvarint number of types; per type uvarint length + bytes
//	float32 scale, little endian
//	uvarint number of non-zero rows; per row: uvarint gap from the previous
//	row's index + 1, then one zig-zag varint weight per label
//	uvarint vocabulary size; per entry, uvarint gap from the previous one
//	uvarint options: bit 0 = trained with document features
const magic = "LEDENER2"

// maxBits bounds the bucket count a file may ask for (2^24 rows).
const maxBits = 24

// Encode writes m in the model file format. The output depends only on m.
func (m *Model) Encode(w io.Writer) error {
	bw := bufio.NewWriter(w)
	var buf [binary.MaxVarintLen64]byte
	uv := func(v uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], v)]) }
	bw.WriteString(magic)
	uv(uint64(m.bits))
	uv(uint64(len(m.types)))
	for _, t := range m.types {
		uv(uint64(len(t)))
		bw.WriteString(t)
	}
	binary.LittleEndian.PutUint32(buf[:4], math.Float32bits(m.scale))
	bw.Write(buf[:4])
	nl := len(m.labels)
	rows := len(m.w) / nl
	nonzero := 0
	for r := range rows {
		if !zeroRow(m.w[r*nl : r*nl+nl]) {
			nonzero++
		}
	}
	uv(uint64(nonzero))
	last := -1
	for r := range rows {
		row := m.w[r*nl : r*nl+nl]
		if zeroRow(row) {
			continue
		}
		uv(uint64(r - last - 1))
		last = r
		for _, v := range row {
			bw.Write(buf[:binary.PutVarint(buf[:], int64(v))])
		}
	}
	uv(uint64(len(m.vocab)))
	prev := uint32(0)
	for _, h := range m.vocab {
		uv(uint64(h - prev))
		prev = h
	}
	opts := uint64(0)
	if m.docFeatures {
		opts |= 1
	}
	uv(opts)
	return bw.Flush()
}

func zeroRow(row []int16) bool {
	for _, v := range row {
		if v != 0 {
			return false
		}
	}
	return true
}

var errFormat = errors.New("not a lede NER model")

// Decode reads a model written by Encode, or a gzip of one.
func Decode(data []byte) (*Model, error) {
	raw := data
	if len(data) > 2 && data[0] == 0x1f && data[1] == 0x8b {
		zr, err := gzip.NewReader(bytes.NewReader(data))
		if err != nil {
			return nil, fmt.Errorf("decode model: %w", err)
		}
		if raw, err = io.ReadAll(zr); err != nil {
			return nil, fmt.Errorf("decode model: %w", err)
		}
	}
	if !bytes.HasPrefix(raw, []byte(magic)) {
		return nil, errFormat
	}
	r := &reader{b: raw[len(magic):]}
	m := &Model{bits: uint(r.uv())}
	if m.bits == 0 || m.bits > maxBits {
		return nil, fmt.Errorf("decode model: %d bucket bits: %w", m.bits, errFormat)
	}
	nt := r.uv()
	if nt == 0 || nt > 64 {
		return nil, fmt.Errorf("decode model: %d types: %w", nt, errFormat)
	}
	for range nt {
		m.types = append(m.types, string(r.bytes(int(r.uv()))))
	}
	m.labels = labelNames(m.types)
	sb := r.bytes(4)
	if r.err != nil {
		return nil, fmt.Errorf("decode model: header: %w", r.err)
	}
	m.scale = math.Float32frombits(binary.LittleEndian.Uint32(sb))
	nl := len(m.labels)
	rows := 1 << m.bits
	m.w = make([]int16, rows*nl)
	n := r.uv()
	row := -1
	for range n {
		row += int(r.uv()) + 1
		if r.err != nil || row >= rows {
			return nil, fmt.Errorf("decode model: row %d: %w", row, errFormat)
		}
		for l := range nl {
			m.w[row*nl+l] = int16(r.v())
		}
	}
	nv := r.uv()
	if nv > uint64(len(r.b)) {
		return nil, fmt.Errorf("decode model: %d vocabulary entries: %w", nv, errFormat)
	}
	m.vocab = make(vocab, nv)
	h := uint64(0)
	for i := range m.vocab {
		h += r.uv()
		m.vocab[i] = uint32(h)
	}
	if len(r.b) > 0 {
		m.docFeatures = r.uv()&1 != 0
	}
	if r.err != nil {
		return nil, fmt.Errorf("decode model: %w", r.err)
	}
	return m, nil
}

// reader decodes varints, remembering the first error.
type reader struct {
	b   []byte
	err error
}

func (r *reader) uv() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *reader) v() int64 {
	v, n := binary.Varint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *reader) bytes(n int) []byte {
	if n < 0 || n > len(r.b) {
		r.fail()
		return nil
	}
	b := r.b[:n]
	r.b = r.b[n:]
	return b
}

func (r *reader) fail() {
	if r.err == nil {
		r.err = io.ErrUnexpectedEOF
	}
	r.b = nil
}
