package depparse

// numParseFeats is how many features parseFeatures produces.
const numParseFeats = 90

// Hash values for the virtual root word and its tag.
const (
	rootWord uint64 = 0x5851f42d4c957f2d
	rootTag  uint64 = 0x14057b7ef767814f
)

// view gives the hashed word, tag and label of positions in a state.
type view struct {
	s    *state
	ws   []wordHashes
	tags []int32
}

func (v *view) w(i int) uint64 {
	switch {
	case i < 0:
		return none
	case i == v.s.n:
		return rootWord
	}
	return v.ws[i].lower
}

func (v *view) p(i int) uint64 {
	switch {
	case i < 0:
		return none
	case i == v.s.n:
		return rootTag
	}
	return tagHash(v.tags[i])
}

func (v *view) l(i int) uint64 {
	if i < 0 {
		return none
	}
	return uint64(v.s.labels[i]+2) * 0xff51afd7ed558ccd
}

// suffix returns the last three letters of word i, lowercased.
func (v *view) suffix(i int) uint64 {
	if i < 0 || i >= v.s.n {
		return none
	}
	return v.ws[i].suf3
}

// shape returns the shape of word i.
func (v *view) shape(i int) uint64 {
	if i < 0 || i >= v.s.n {
		return none
	}
	return v.ws[i].shape
}

// child returns c[i] for a word i, or -1 when i is absent.
func child(c []int32, i int) int {
	if i < 0 {
		return -1
	}
	return int(c[i])
}

// count returns c[i] as a hash value, or none when i is absent.
func count(c []int32, i int) uint64 {
	if i < 0 {
		return none
	}
	return uint64(c[i])
}

// set hashes a label set, or none when i is absent.
func set(c [][2]uint64, i int) uint64 {
	if i < 0 {
		return none
	}
	return mix(c[i][0], c[i][1])
}

// distance buckets the distance between words a < b (0 when either is
// absent or the root).
func distance(a, b, n int) uint64 {
	if a < 0 || b < 0 || a >= n || b >= n {
		return 0
	}
	d := b - a
	if d < 0 {
		d = -d
	}
	switch {
	case d <= 4:
		return uint64(d)
	case d <= 6:
		return 5
	case d <= 9:
		return 6
	}
	return 7
}

// parseFeatures appends the features of the state (Zhang & Nivre 2011
// templates adapted to arc-hybrid: the stack pair s1,s0 matters as much as
// s0,b0) to out.
func parseFeatures(s *state, ws []wordHashes, tags []int32, out []uint32) []uint32 {
	v := view{s, ws, tags}
	s0, s1, s2 := s.top(0), s.top(1), s.top(2)
	b0, b1, b2 := -1, -1, -1
	if s.b0 < s.n {
		b0 = s.b0
	}
	if s.b0+1 < s.n {
		b1 = s.b0 + 1
	}
	if s.b0+2 < s.n {
		b2 = s.b0 + 2
	}
	s0w, s0p, s1w, s1p := v.w(s0), v.p(s0), v.w(s1), v.p(s1)
	b0w, b0p, b1w, b1p := v.w(b0), v.p(b0), v.w(b1), v.p(b1)
	b2w, b2p, s2p := v.w(b2), v.p(b2), v.p(s2)
	s0l, s0r, s0l2, s0r2 := child(s.l1, s0), child(s.r1, s0), child(s.l2, s0), child(s.r2, s0)
	b0l, b0l2 := child(s.l1, b0), child(s.l2, b0)
	s1l, s1r := child(s.l1, s1), child(s.r1, s1)
	d, d2 := distance(s0, b0, s.n), distance(s1, s0, s.n)
	s0vl, s0vr, s1vl, s1vr, b0vl := count(s.nl, s0), count(s.nr, s0), count(s.nl, s1), count(s.nr, s1), count(s.nl, b0)
	s0sl, s0sr, b0sl, s1sr := set(s.lset, s0), set(s.rset, s0), set(s.lset, b0), set(s.rset, s1)
	out = append(out,
		feat(100, 0, 0, 0),
		feat(101, s0w, 0, 0), feat(102, s0p, 0, 0), feat(103, s0w, s0p, 0),
		feat(104, s1w, 0, 0), feat(105, s1p, 0, 0), feat(106, s1w, s1p, 0),
		feat(107, b0w, 0, 0), feat(108, b0p, 0, 0), feat(109, b0w, b0p, 0),
		feat(110, b1w, 0, 0), feat(111, b1p, 0, 0), feat(112, b1w, b1p, 0),
		feat(113, b2w, 0, 0), feat(114, b2p, 0, 0), feat(115, s2p, 0, 0),
		// pairs
		feat(116, mix(s0w, s0p), b0w, b0p), feat(117, mix(s0w, s0p), b0w, 0),
		feat(118, s0w, b0w, b0p), feat(119, mix(s0w, s0p), b0p, 0),
		feat(120, s0p, b0w, b0p), feat(121, s0w, b0w, 0), feat(122, s0p, b0p, 0),
		feat(123, b0p, b1p, 0),
		feat(124, mix(s1w, s1p), s0w, s0p), feat(125, s1w, s0w, 0), feat(126, s1p, s0p, 0),
		feat(127, mix(s1w, s1p), s0p, 0), feat(128, s1p, s0w, s0p),
		feat(129, b0w, b1w, 0), feat(130, s0w, b0p, b1p),
		// triples
		feat(131, b0p, b1p, b2p), feat(132, s0p, b0p, b1p), feat(133, s1p, s0p, b0p),
		feat(134, s2p, s1p, s0p), feat(135, s0p, v.p(s0l), b0p), feat(136, s0p, v.p(s0r), b0p),
		feat(137, s0p, b0p, v.p(b0l)), feat(138, s1p, v.p(s1r), s0p), feat(139, s1p, s0p, v.p(s0l)),
		feat(140, s1p, s0p, v.p(s0r)), feat(141, s1p, v.p(s1l), s0p),
		// distance
		feat(142, s0w, d, 0), feat(143, s0p, d, 0), feat(144, b0w, d, 0), feat(145, b0p, d, 0),
		feat(146, s0w, b0w, d), feat(147, s0p, b0p, d), feat(148, s1p, s0p, d2),
		feat(149, s1w, s0w, d2), feat(150, s1w, s0p, d2), feat(151, s1p, s0w, d2),
	)
	return append(out,
		// valency
		feat(152, s0w, s0vr, 0), feat(153, s0p, s0vr, 0), feat(154, s0w, s0vl, 0),
		feat(155, s0p, s0vl, 0), feat(156, b0w, b0vl, 0), feat(157, b0p, b0vl, 0),
		feat(158, s1p, s1vr, 0), feat(159, s1p, s1vl, 0),
		// outermost children
		feat(160, v.w(s0l), 0, 0), feat(161, v.p(s0l), 0, 0), feat(162, v.l(s0l), 0, 0),
		feat(163, v.w(s0r), 0, 0), feat(164, v.p(s0r), 0, 0), feat(165, v.l(s0r), 0, 0),
		feat(166, v.w(b0l), 0, 0), feat(167, v.p(b0l), 0, 0), feat(168, v.l(b0l), 0, 0),
		feat(169, v.p(s1r), v.l(s1r), 0), feat(170, v.p(s1l), v.l(s1l), 0),
		// second outermost children
		feat(171, v.p(s0l2), v.l(s0l2), 0), feat(172, v.p(s0r2), v.l(s0r2), 0),
		feat(173, v.p(b0l2), v.l(b0l2), 0),
		feat(174, s0p, v.p(s0l), v.p(s0l2)), feat(175, s0p, v.p(s0r), v.p(s0r2)),
		feat(176, b0p, v.p(b0l), v.p(b0l2)),
		// label sets
		feat(177, s0w, s0sr, 0), feat(178, s0p, s0sr, 0), feat(179, s0w, s0sl, 0),
		feat(180, s0p, s0sl, 0), feat(181, b0w, b0sl, 0), feat(182, b0p, b0sl, 0), feat(183, s1p, s1sr, 0),
		// word endings and shapes, for words rare in training
		feat(184, s0p, v.suffix(s0), 0), feat(185, b0p, v.suffix(b0), 0), feat(186, b0p, v.shape(b0), 0),
		// wider tag contexts and children's relations together
		feat(187, mix(s1p, s0p), b0p, b1p), feat(188, s0p, v.l(s0l), v.l(s0r)),
		feat(189, b0p, v.l(b0l), v.l(b0l2)),
	)
}
