package depparse

import "math"

// linear is an inference-time linear classifier over hashed features: each
// feature is a bucket in [0, len(start)-1), and bucket b owns the packed
// (class, weight) entries entries[start[b]:start[b+1]] — only the classes the
// feature ever mattered for. An entry packs the class in its top 16 bits and
// an int16 weight in the low 16. A linear is read-only once built, so it is
// safe for concurrent use.
type linear struct {
	classes int
	mask    uint32
	start   []uint32
	entries []uint32
}

// score adds the weights of the features to scores (len == classes).
func (l *linear) score(feats []uint32, scores []int32) {
	for _, f := range feats {
		b := f & l.mask
		for _, e := range l.entries[l.start[b]:l.start[b+1]] {
			scores[e>>16] += int32(int16(e))
		}
	}
}

// moveTable is a dense classifier for the parser's three moves: bucket b
// packs the three int16 weights into table[b], so that scoring a feature
// reads one word of memory.
type moveTable struct {
	mask  uint32
	table []uint64
}

// newMoveTable spreads out a sparse three-class classifier.
func newMoveTable(l *linear) *moveTable {
	t := &moveTable{mask: l.mask, table: make([]uint64, len(l.start)-1)}
	for b := range t.table {
		var x uint64
		for _, e := range l.entries[l.start[b]:l.start[b+1]] {
			x |= uint64(uint16(e)) << (16 * (e >> 16))
		}
		t.table[b] = x
	}
	return t
}

// sparse returns the table as a linear classifier, for encoding.
func (t *moveTable) sparse() *linear {
	l := &linear{classes: numMoves, mask: t.mask, start: make([]uint32, len(t.table)+1)}
	for b, x := range t.table {
		l.start[b] = uint32(len(l.entries))
		for c := range uint32(numMoves) {
			if w := uint16(x >> (16 * c)); w != 0 {
				l.entries = append(l.entries, c<<16|uint32(w))
			}
		}
	}
	l.start[len(t.table)] = uint32(len(l.entries))
	return l
}

// score adds the weights of feats to the three move scores.
func (t *moveTable) score(feats []uint32, scores *[numMoves]int32) {
	var a, b, c int32
	for _, f := range feats {
		x := t.table[f&t.mask]
		a += int32(int16(x))
		b += int32(int16(x >> 16))
		c += int32(int16(x >> 32))
	}
	scores[0], scores[1], scores[2] = a, b, c
}

// trainEntry is one class's weight for one bucket during training, with the
// bookkeeping for lazy averaging: total is the sum of the weight over all
// updates so far as of tick stamp.
type trainEntry struct {
	class int32
	stamp int32
	w     float32
	total float64
}

// averaged is an averaged perceptron over hashed features being trained.
// Rows are allocated only for buckets that get updated.
type averaged struct {
	classes int
	mask    uint32
	rows    [][]trainEntry
	clock   int32
}

// newAveraged returns a perceptron with 1<<bits buckets.
func newAveraged(classes, bits int) *averaged {
	return &averaged{classes: classes, mask: 1<<bits - 1, rows: make([][]trainEntry, 1<<bits)}
}

// tick advances the averaging clock; call it once per training instance.
func (a *averaged) tick() { a.clock++ }

// score adds the current (not averaged) weights of feats to scores.
func (a *averaged) score(feats []uint32, scores []float32) {
	for _, f := range feats {
		for _, e := range a.rows[f&a.mask] {
			scores[e.class] += e.w
		}
	}
}

// update adds delta to the weight of class for every feature.
func (a *averaged) update(feats []uint32, class int, delta float32) {
	for _, f := range feats {
		row := a.rows[f&a.mask]
		i := 0
		for i < len(row) && int(row[i].class) != class {
			i++
		}
		if i == len(row) {
			row = append(row, trainEntry{class: int32(class), stamp: a.clock})
			a.rows[f&a.mask] = row
		}
		e := &row[i]
		e.total += float64(a.clock-e.stamp) * float64(e.w)
		e.stamp = a.clock
		e.w += delta
	}
}

// finish averages the weights, quantizes them to int16 and drops those
// smaller than prune times the largest, returning the inference classifier.
func (a *averaged) finish(prune float64) *linear {
	clock := float64(a.clock)
	if clock == 0 {
		clock = 1
	}
	avg := func(e trainEntry) float64 {
		return (e.total + float64(a.clock-e.stamp)*float64(e.w)) / clock
	}
	maxAbs := 1e-9
	for _, row := range a.rows {
		for _, e := range row {
			maxAbs = math.Max(maxAbs, math.Abs(avg(e)))
		}
	}
	scale := 32767 / maxAbs
	l := &linear{classes: a.classes, mask: a.mask, start: make([]uint32, len(a.rows)+1)}
	for b, row := range a.rows {
		l.start[b] = uint32(len(l.entries))
		for _, e := range sortedEntries(row) {
			q := math.Round(avg(e) * scale)
			if q != 0 && math.Abs(q) >= prune*32767 {
				l.entries = append(l.entries, uint32(e.class)<<16|uint32(uint16(int16(q))))
			}
		}
	}
	l.start[len(a.rows)] = uint32(len(l.entries))
	return l
}

// sortedEntries returns row sorted by class, so the model bytes do not
// depend on update order.
func sortedEntries(row []trainEntry) []trainEntry {
	out := append([]trainEntry(nil), row...)
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].class < out[j-1].class; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}
