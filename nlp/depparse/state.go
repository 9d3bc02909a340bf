package depparse

// Transitions of the arc-hybrid system. The words are 0..n-1; the virtual
// root is n and sits at the bottom of the stack. shift moves the front of
// the buffer (b0) onto the stack; left makes b0 the head of the stack top
// (s0) and pops it; right makes the word below the top (s1) the head of s0
// and pops it. right may attach to the root only once the buffer is empty,
// so every finished parse is a tree with exactly one word under the root.
const (
	shift = iota
	left
	right
	numMoves
)

// state is an arc-hybrid parser configuration plus the per-word summaries
// (outermost children, valency, label sets) that features read. Its slices
// are reused from sentence to sentence.
type state struct {
	n      int
	stack  []int32
	b0     int // front of the buffer; the buffer is b0..n-1
	heads  []int32
	labels []int32
	// l1, l2 are the leftmost and second leftmost children; r1, r2 the
	// rightmost ones; -1 when absent.
	l1, l2, r1, r2 []int32
	nl, nr         []int32     // number of left and right children
	lset, rset     [][2]uint64 // bit sets of the labels of the children
}

// reset prepares s for a sentence of n words.
func (s *state) reset(n int) {
	s.n, s.b0 = n, 0
	s.stack = append(s.stack[:0], int32(n))
	s.heads = fill(s.heads, n+1, -1)
	s.labels = fill(s.labels, n+1, -1)
	s.l1, s.l2 = fill(s.l1, n+1, -1), fill(s.l2, n+1, -1)
	s.r1, s.r2 = fill(s.r1, n+1, -1), fill(s.r2, n+1, -1)
	s.nl, s.nr = fill(s.nl, n+1, 0), fill(s.nr, n+1, 0)
	s.lset = resize(s.lset, n+1)
	s.rset = resize(s.rset, n+1)
}

// fill returns a slice of n copies of v, reusing buf.
func fill(buf []int32, n int, v int32) []int32 {
	if cap(buf) < n {
		buf = make([]int32, n)
	}
	buf = buf[:n]
	for i := range buf {
		buf[i] = v
	}
	return buf
}

// resize returns a zeroed slice of n label sets, reusing buf.
func resize(buf [][2]uint64, n int) [][2]uint64 {
	if cap(buf) < n {
		buf = make([][2]uint64, n)
	}
	buf = buf[:n]
	clear(buf)
	return buf
}

// done reports whether the parse is complete.
func (s *state) done() bool { return s.b0 >= s.n && len(s.stack) == 1 }

// top returns the i-th stack element from the top, or -1.
func (s *state) top(i int) int {
	if i >= len(s.stack) {
		return -1
	}
	return int(s.stack[len(s.stack)-1-i])
}

// valid reports whether move m may be applied.
func (s *state) valid(m int) bool {
	switch m {
	case shift:
		return s.b0 < s.n
	case left:
		return s.b0 < s.n && len(s.stack) > 1
	default:
		return len(s.stack) > 2 || (len(s.stack) == 2 && s.b0 >= s.n)
	}
}

// arc returns the (head, dependent) pair move m would attach.
func (s *state) arc(m int) (head, dep int) {
	if m == left {
		return s.b0, s.top(0)
	}
	return s.top(1), s.top(0)
}

// apply performs move m; label is the relation of the new arc, if any.
func (s *state) apply(m int, label int32) {
	if m == shift {
		s.stack = append(s.stack, int32(s.b0))
		s.b0++
		return
	}
	h, d := s.arc(m)
	s.stack = s.stack[:len(s.stack)-1]
	s.heads[d], s.labels[d] = int32(h), label
	bit := uint(label) & 127
	if m == left {
		s.l2[h], s.l1[h] = s.l1[h], int32(d)
		s.nl[h]++
		s.lset[h][bit>>6] |= 1 << (bit & 63)
	} else {
		s.r2[h], s.r1[h] = s.r1[h], int32(d)
		s.nr[h]++
		s.rset[h][bit>>6] |= 1 << (bit & 63)
	}
}
