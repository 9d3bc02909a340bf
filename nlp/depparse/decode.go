package depparse

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
	m.parser.labels = make([]string, d.count(1<<15))
	for i := range m.parser.labels {
		m.parser.labels[i] = d.str()
	}
	if len(m.parser.labels) == 0 || len(m.tagger.classes) == 0 {
		d.fail()
		return nil
	}
	m.parser.root = int32(d.count(len(m.parser.labels) - 1))
	m.parser.moves = d.linear(numMoves)
	m.parser.rels = d.linear(2 * len(m.parser.labels))
	if len(d.data) != 0 {
		d.fail()
	}
	return m
}

// linear reads one classifier with the given number of classes.
func (d *decoder) linear(classes int) *linear {
	bits := d.count(30)
	if d.count(classes) != classes {
		d.fail()
	}
	l := &linear{classes: classes, mask: 1<<bits - 1, start: make([]uint32, 1<<bits+1)}
	for b := range 1 << bits {
		l.start[b] = uint32(len(l.entries))
		for range d.count(classes) {
			c := d.count(classes - 1)
			z := d.uint()
			w := int64(z>>1) ^ -int64(z&1)
			l.entries = append(l.entries, uint32(c)<<16|uint32(uint16(int16(w))))
		}
		if d.err != nil {
			return l
		}
	}
	l.start[1<<bits] = uint32(len(l.entries))
	return l
}
