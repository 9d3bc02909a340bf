package depparse

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"

	"github.com/lede-project/lede/nlp/internal/codec"
)

// The model file is (uncompressed, so that it loads fast): a magic line, the tagger (classes, the
// frequent-word dictionary, weights), the lemmatizer (table, rules) and the
// parser (labels, move weights, relation weights). Integers are uvarints,
// strings length-prefixed, maps written in sorted key order so that equal
// models encode to equal bytes.

const magic = "lede-depparse 4\n"

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
	lex := make([]uint64, 0, len(m.tagger.lexicon))
	for w := range m.tagger.lexicon {
		lex = append(lex, w)
	}
	slices.Sort(lex)
	e.uint(uint64(len(lex)))
	for _, w := range lex {
		e.buf.Write(binary.LittleEndian.AppendUint64(nil, w))
		e.buf.Write(binary.LittleEndian.AppendUint64(nil, m.tagger.lexicon[w]))
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
	for _, l := range []*linear{m.tagger.model, m.parser.lefts, m.parser.rights} {
		if l.classes > 256 {
			return nil, fmt.Errorf("encode model: %d classes, at most 256 fit", l.classes)
		}
	}
	e.linear(m.parser.moves.sparse())
	e.linear(m.parser.lefts)
	e.linear(m.parser.rights)
	return e.buf.Bytes(), nil
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

// linear writes the bucket count's log2, the class count and the number
// of entries, then for each bucket with entries the gap from the previous
// such bucket, its number of entries and each entry as three bytes: the
// class and the little-endian int16 weight.
func (e *encoder) linear(l *linear) {
	e.uint(uint64(bitsOf(l.mask)))
	e.uint(uint64(l.classes))
	e.uint(uint64(len(l.entries)))
	prev := -1
	for b := range len(l.start) - 1 {
		row := l.entries[l.start[b]:l.start[b+1]]
		if len(row) == 0 {
			continue
		}
		e.uint(uint64(b - prev))
		e.uint(uint64(len(row)))
		prev = b
		for _, x := range row {
			e.buf.Write([]byte{byte(x >> 16), byte(x), byte(x >> 8)})
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
	if !bytes.HasPrefix(data, []byte(magic)) {
		return nil, fmt.Errorf("decode model: %w: bad magic", errCorrupt)
	}
	d := decoder{codec.Reader{B: data[len(magic):], Corrupt: errCorrupt}}
	m := d.model()
	if d.Err != nil {
		return nil, fmt.Errorf("decode model: %w", d.Err)
	}
	return m, nil
}

// decoder reads a model file; see codec.Reader.
type decoder struct{ codec.Reader }
