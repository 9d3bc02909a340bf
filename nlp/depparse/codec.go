package depparse

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"slices"
)

// The model file is gzip over: a magic line, the tagger (classes, the
// frequent-word dictionary, weights), the lemmatizer (table, rules) and the
// parser (labels, move weights, relation weights). Integers are uvarints,
// strings length-prefixed, maps written in sorted key order so that equal
// models encode to equal bytes.

const magic = "lede-depparse 1\n"

// Encode serialises m.
func (m *Model) Encode() ([]byte, error) {
	var e encoder
	e.buf.WriteString(magic)
	e.uint(uint64(len(m.tagger.classes)))
	for _, c := range m.tagger.classes {
		e.str(c.UPOS)
		e.str(c.XPOS)
	}
	keys := sortedKeys(m.tagger.dict)
	e.uint(uint64(len(keys)))
	for _, k := range keys {
		e.str(k)
		e.uint(uint64(m.tagger.dict[k]))
	}
	e.linear(m.tagger.model)
	keys = sortedKeys(m.lemmas.table)
	e.uint(uint64(len(keys)))
	for _, k := range keys {
		e.str(k)
		e.str(m.lemmas.table[k])
	}
	keys = sortedKeys(m.lemmas.rules)
	e.uint(uint64(len(keys)))
	for _, k := range keys {
		r := m.lemmas.rules[k]
		e.str(k)
		e.uint(uint64(r.strip)<<1 | b2u(r.lower))
		e.str(r.add)
	}
	e.uint(uint64(len(m.parser.labels)))
	for _, l := range m.parser.labels {
		e.str(l)
	}
	e.uint(uint64(m.parser.root))
	e.linear(m.parser.moves)
	e.linear(m.parser.rels)
	var out bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&out, gzip.BestCompression)
	if _, err := zw.Write(e.buf.Bytes()); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

func b2u(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

type encoder struct{ buf bytes.Buffer }

func (e *encoder) uint(v uint64) { e.buf.Write(binary.AppendUvarint(nil, v)) }

func (e *encoder) str(s string) {
	e.uint(uint64(len(s)))
	e.buf.WriteString(s)
}

// linear writes the bucket count's log2, the class count, then per bucket
// its number of entries and each entry's class and zig-zag weight.
func (e *encoder) linear(l *linear) {
	e.uint(uint64(bitsOf(l.mask)))
	e.uint(uint64(l.classes))
	for b := range len(l.start) - 1 {
		row := l.entries[l.start[b]:l.start[b+1]]
		e.uint(uint64(len(row)))
		for _, x := range row {
			e.uint(uint64(x >> 16))
			w := int64(int16(x))
			e.uint(uint64(w<<1 ^ w>>63))
		}
	}
}

func bitsOf(mask uint32) int {
	n := 0
	for ; mask != 0; mask >>= 1 {
		n++
	}
	return n
}

// errCorrupt reports a model file that does not decode.
var errCorrupt = errors.New("corrupt model data")

// Decode reads a model written by Encode.
func Decode(data []byte) (*Model, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("decode model: %w", err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("decode model: %w", err)
	}
	if !bytes.HasPrefix(raw, []byte(magic)) {
		return nil, fmt.Errorf("decode model: %w: bad magic", errCorrupt)
	}
	d := decoder{data: raw[len(magic):]}
	m := d.model()
	if d.err != nil {
		return nil, fmt.Errorf("decode model: %w", d.err)
	}
	return m, nil
}

type decoder struct {
	data []byte
	err  error
}

func (d *decoder) fail() {
	if d.err == nil {
		d.err = errCorrupt
	}
	d.data = nil
}

func (d *decoder) uint() uint64 {
	v, n := binary.Uvarint(d.data)
	if n <= 0 {
		d.fail()
		return 0
	}
	d.data = d.data[n:]
	return v
}

// count reads a length that must not exceed limit.
func (d *decoder) count(limit int) int {
	v := d.uint()
	if v > uint64(limit) {
		d.fail()
		return 0
	}
	return int(v)
}

func (d *decoder) str() string {
	n := d.count(len(d.data))
	s := string(d.data[:n])
	d.data = d.data[n:]
	return s
}
