package depparse

import "encoding/binary"

// model reads the sections in the order Encode writes them.
func (d *decoder) model() *Model {
	m := &Model{}
	m.tagger.classes = make([]tagPair, d.count(1<<16))
	for i := range m.tagger.classes {
		m.tagger.classes[i] = tagPair{d.str(), d.str()}
	}
	n := d.count(len(d.data))
	m.tagger.dict = make(map[string]int32, n)
	for range n {
		k := d.str()
		c := d.count(len(m.tagger.classes) - 1)
		m.tagger.dict[k] = int32(c)
	}
	n = d.count(len(d.data) / 16)
	m.tagger.lexicon = make(map[uint64]uint64, n)
	for range n {
		if len(d.data) < 16 {
			d.fail()
			break
		}
		m.tagger.lexicon[binary.LittleEndian.Uint64(d.data)] = binary.LittleEndian.Uint64(d.data[8:])
		d.data = d.data[16:]
	}
	m.tagger.index()
	m.tagger.model = d.linear(len(m.tagger.classes))
	n = d.count(len(d.data))
	m.lemmas.table = make(map[string]string, n)
	for range n {
		k := d.str()
		m.lemmas.table[k] = d.str()
	}
	n = d.count(len(d.data))
	m.lemmas.rules = make(map[string]lemmaRule, n)
	for range n {
		k := d.str()
		sl := d.count(1 << 20)
		m.lemmas.rules[k] = lemmaRule{lower: sl&1 == 1, strip: sl >> 1, add: d.str()}
	}
	m.lemmas.index()
	m.parser.labels = make([]string, d.count(1<<15))
	for i := range m.parser.labels {
		m.parser.labels[i] = d.str()
	}
	if len(m.parser.labels) == 0 || len(m.tagger.classes) == 0 {
		d.fail()
		return nil
	}
	m.parser.root = int32(d.count(len(m.parser.labels) - 1))
	m.parser.moves = d.moveTable()
	m.parser.lefts = d.linear(len(m.parser.labels))
	m.parser.rights = d.linear(len(m.parser.labels))
	if len(d.data) != 0 {
		d.fail()
	}
	return m
}

// maxBits bounds the log2 bucket count a model file may ask for.
const maxBits = 24

// linear reads one classifier with the given number of classes.
func (d *decoder) linear(classes int) *linear {
	bits := d.count(maxBits)
	if d.count(classes) != classes {
		d.fail()
	}
	total := d.count(len(d.data) / 3)
	l := &linear{classes: classes, mask: 1<<bits - 1, start: make([]uint32, 1<<bits+1)}
	l.entries = make([]uint32, total)
	b, k := -1, 0
	for k < total && d.err == nil {
		next := b + d.count(1<<bits)
		n := d.count(min(classes, total-k))
		if next <= b || next >= 1<<bits || 3*n > len(d.data) {
			d.fail()
			break
		}
		for b++; b <= next; b++ {
			l.start[b] = uint32(k)
		}
		b = next
		row, data := l.entries[k:k+n], d.data[:3*n]
		d.data = d.data[3*n:]
		for i := range row {
			c := uint32(data[3*i])
			if int(c) >= classes {
				d.fail()
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
	bits := d.count(maxBits)
	if d.count(numMoves) != numMoves {
		d.fail()
	}
	total := d.count(len(d.data) / 3)
	t := &moveTable{mask: 1<<bits - 1, table: make([]uint64, 1<<bits)}
	b := -1
	for k := 0; k < total && d.err == nil; {
		b += d.count(1 << bits)
		n := d.count(min(numMoves, total-k))
		if b < 0 || b >= 1<<bits || n == 0 || 3*n > len(d.data) {
			d.fail()
			break
		}
		var x uint64
		for i := range n {
			c := uint64(d.data[3*i]) % numMoves
			x |= (uint64(d.data[3*i+1]) | uint64(d.data[3*i+2])<<8) << (16 * c)
		}
		t.table[b] = x
		d.data = d.data[3*n:]
		k += n
	}
	return t
}
