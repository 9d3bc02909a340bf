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

	"github.com/lede-project/lede/nlp/internal/codec"
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
//	uvarint options: bit 0 = trained with document features, bit 1 = with hints
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
	if m.hinted {
		opts |= 2
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
	r := &reader{codec.Reader{B: raw[len(magic):], Corrupt: io.ErrUnexpectedEOF}}
	m := &Model{bits: uint(r.Uvarint())}
	if m.bits == 0 || m.bits > maxBits {
		return nil, fmt.Errorf("decode model: %d bucket bits: %w", m.bits, errFormat)
	}
	nt := r.Uvarint()
	if nt == 0 || nt > 64 {
		return nil, fmt.Errorf("decode model: %d types: %w", nt, errFormat)
	}
	for range nt {
		m.types = append(m.types, string(r.Bytes(int(r.Uvarint()))))
	}
	m.labels = labelNames(m.types)
	sb := r.Bytes(4)
	if r.Err != nil {
		return nil, fmt.Errorf("decode model: header: %w", r.Err)
	}
	m.scale = math.Float32frombits(binary.LittleEndian.Uint32(sb))
	nl := len(m.labels)
	rows := 1 << m.bits
	m.w = make([]int16, rows*nl)
	n := r.Uvarint()
	row := -1
	for range n {
		row += int(r.Uvarint()) + 1
		if r.Err != nil || row >= rows {
			return nil, fmt.Errorf("decode model: row %d: %w", row, errFormat)
		}
		for l := range nl {
			m.w[row*nl+l] = int16(r.Varint())
		}
	}
	nv := r.Uvarint()
	if nv > uint64(len(r.B)) {
		return nil, fmt.Errorf("decode model: %d vocabulary entries: %w", nv, errFormat)
	}
	m.vocab = make(vocab, nv)
	h := uint64(0)
	for i := range m.vocab {
		h += r.Uvarint()
		m.vocab[i] = uint32(h)
	}
	if len(r.B) > 0 {
		opts := r.Uvarint()
		m.docFeatures, m.hinted = opts&1 != 0, opts&2 != 0
	}
	if r.Err != nil {
		return nil, fmt.Errorf("decode model: %w", r.Err)
	}
	return m, nil
}

// reader reads a model file; see codec.Reader.
type reader struct{ codec.Reader }
