package depparse

import "encoding/binary"

// model reads the sections in the order Encode writes them.
func (d *decoder) model() *Model {
	m := &Model{}
	m.tagger.classes = make([]tagPair, d.Count(1<<16))
	for i := range m.tagger.classes {
		m.tagger.classes[i] = tagPair{d.String(), d.String()}
	}
	n := d.Count(len(d.B))
	m.tagger.dict = make(map[string]int32, n)
	for range n {
		k := d.String()
		c := d.Count(len(m.tagger.classes) - 1)
		m.tagger.dict[k] = int32(c)
	}
	n = d.Count(len(d.B) / 16)
	m.tagger.lexicon = make(map[uint64]uint64, n)
	for range n {
		if len(d.B) < 16 {
			d.Fail()
			break
		}
		m.tagger.lexicon[binary.LittleEndian.Uint64(d.B)] = binary.LittleEndian.Uint64(d.B[8:])
		d.B = d.B[16:]
	}
	m.tagger.index()
	m.tagger.model = d.linear(len(m.tagger.classes))
	n = d.Count(len(d.B))
	m.lemmas.table = make(map[string]string, n)
	for range n {
		k := d.String()
		m.lemmas.table[k] = d.String()
	}
	n = d.Count(len(d.B))
	m.lemmas.rules = make(map[string]lemmaRule, n)
	for range n {
		k := d.String()
		sl := d.Count(1 << 20)
		m.lemmas.rules[k] = lemmaRule{lower: sl&1 == 1, strip: sl >> 1, add: d.String()}
	}
	m.lemmas.index()
	m.parser.labels = make([]string, d.Count(1<<15))
	for i := range m.parser.labels {
		m.parser.labels[i] = d.String()
	}
	if len(m.parser.labels) == 0 || len(m.tagger.classes) == 0 {
		d.Fail()
		return nil
	}
	m.parser.root = int32(d.Count(len(m.parser.labels) - 1))
	m.parser.moves = d.moveTable()
	m.parser.lefts = d.linear(len(m.parser.labels))
	m.parser.rights = d.linear(len(m.parser.labels))
	if len(d.B) != 0 {
		d.Fail()
	}
	return m
}

// maxBits bounds the log2 bucket count a model file may ask for.
const maxBits = 24

// linear reads one classifier with the given number of classes.
func (d *decoder) linear(classes int) *linear {
	bits := d.Count(maxBits)
	if d.Count(classes) != classes {
		d.Fail()
	}
	total := d.Count(len(d.B) / 3)
	l := &linear{classes: classes, mask: 1<<bits - 1, start: make([]uint32, 1<<bits+1)}
	l.entries = make([]uint32, total)
	b, k := -1, 0
	for k < total && d.Err == nil {
		next := b + d.Count(1<<bits)
		n := d.Count(min(classes, total-k))
		if next <= b || next >= 1<<bits || 3*n > len(d.B) {
			d.Fail()
			break
		}
		for b++; b <= next; b++ {
			l.start[b] = uint32(k)
		}
		b = next
		row, data := l.entries[k:k+n], d.B[:3*n]
		d.B = d.B[3*n:]
		for i := range row {
			c := uint32(data[3*i])
			if int(c) >= classes {
				d.Fail()
			}
			row[i] = c<<16 | uint32(data[3*i+1]) | uint32(data[3*i+2])<<8
		}
		k += n
	}
	for b++; b <= 1<<bits; b++ {
		l.start[b] = uint32(k)
	}
	return l
}

// moveTable reads a three-class classifier written as a linear straight
// into its dense form.
func (d *decoder) moveTable() *moveTable {
	bits := d.Count(maxBits)
	if d.Count(numMoves) != numMoves {
		d.Fail()
	}
	total := d.Count(len(d.B) / 3)
	t := &moveTable{mask: 1<<bits - 1, table: make([]uint64, 1<<bits)}
	b := -1
	for k := 0; k < total && d.Err == nil; {
		b += d.Count(1 << bits)
		n := d.Count(min(numMoves, total-k))
		if b < 0 || b >= 1<<bits || n == 0 || 3*n > len(d.B) {
			d.Fail()
			break
		}
		var x uint64
		for i := range n {
			c := uint64(d.B[3*i]) % numMoves
			x |= (uint64(d.B[3*i+1]) | uint64(d.B[3*i+2])<<8) << (16 * c)
		}
		t.table[b] = x
		d.B = d.B[3*n:]
		k += n
	}
	return t
}
