package depparse

// numLabelFeats is how many features labelFeatures produces.
const numLabelFeats = 36

// labelFeatures appends the features for choosing the relation of a new
// arc from head h to dependent d (h may be the root, n). They look at the
// two words, the children d already has (all of them: d is being popped),
// the children h has so far, and the words around d.
func labelFeatures(s *state, ws []wordHashes, tags []int32, h, d int, out []uint32) []uint32 {
	v := view{s, ws, tags}
	hw, hp, dw, dp := v.w(h), v.p(h), v.w(d), v.p(d)
	dist := distance(min(h, d), max(h, d), s.n)
	dl, dr, dl2, dr2 := int(s.l1[d]), int(s.r1[d]), int(s.l2[d]), int(s.r2[d])
	hl, hr := child(s.l1, h), child(s.r1, h)
	dls, drs, hls, hrs := set(s.lset, d), set(s.rset, d), set(s.lset, h), set(s.rset, h)
	prev, next := d-1, d+1
	if next >= s.n {
		next = -1
	}
	dsuf, dshape := none, none
	if d < s.n {
		dsuf, dshape = ws[d].suf3, ws[d].shape
	}
	return append(out,
		feat(200, 0, 0, 0),
		feat(201, dw, 0, 0), feat(202, dp, 0, 0), feat(203, dw, dp, 0),
		feat(204, hw, 0, 0), feat(205, hp, 0, 0), feat(206, hw, hp, 0),
		feat(207, hp, dp, 0), feat(208, hw, dp, 0), feat(209, hp, dw, 0), feat(210, hw, dw, 0),
		feat(211, hp, dp, dist), feat(212, dp, dist, 0), feat(213, dp, dsuf, 0), feat(214, dp, dshape, 0),
		feat(215, v.l(dl), 0, 0), feat(216, v.l(dr), 0, 0), feat(217, dp, dls, 0), feat(218, dp, drs, 0),
		feat(219, dp, v.l(dl), v.l(dr)), feat(220, v.w(dl), 0, 0), feat(221, dp, v.w(dl), 0),
		feat(222, dw, v.w(dl), 0), feat(223, hw, v.w(dl), 0), feat(224, hp, v.w(dl), dp),
		feat(225, v.p(dl2), v.l(dl2), 0), feat(226, v.w(dr), v.p(dr), 0), feat(227, v.p(dr2), v.l(dr2), 0),
		feat(228, hls, dp, 0), feat(229, hrs, dp, 0), feat(230, hp, v.l(hl), dp), feat(231, hp, v.l(hr), dp),
		feat(232, v.p(prev), dp, 0), feat(233, dp, v.p(next), 0), feat(234, v.w(prev), dp, 0),
		feat(235, hw, v.w(dl), v.l(dl)),
	)
}
