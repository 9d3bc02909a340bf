package depparse

import "math"

// parser is a greedy arc-hybrid dependency parser: moves scores the three
// transitions; lefts and rights score the relation of a new left or right
// arc (classes index labels).
type parser struct {
	labels        []string
	root          int32 // index of "root" in labels
	moves         *moveTable
	lefts, rights *linear
}

// parse fills s.heads and s.labels for the n words whose hashes and tag
// classes are given. feats and scores are scratch (len(scores) ≥ labels).
func (p *parser) parse(s *state, ws []wordHashes, tags []int32, feats []uint32, scores []int32) []uint32 {
	s.reset(len(ws))
	for !s.done() {
		feats = parseFeatures(s, ws, tags, feats[:0])
		var ms [numMoves]int32
		p.moves.score(feats, &ms)
		m, best := -1, int32(math.MinInt32)
		for k := range numMoves {
			if s.valid(k) && (m < 0 || ms[k] > best) {
				m, best = k, ms[k]
			}
		}
		label := int32(-1)
		if h, _ := s.arc(m); m == right && h == s.n {
			label = p.root
		} else if m != shift {
			h, d := s.arc(m)
			feats = labelFeatures(s, ws, tags, h, d, feats[:0])
			rels := p.lefts
			if m == right {
				rels = p.rights
			}
			sc := scores[:len(p.labels)]
			clear(sc)
			rels.score(feats, sc)
			sc[p.root] = math.MinInt32
			label = int32(argmax(sc))
		}
		s.apply(m, label)
	}
	return feats
}
