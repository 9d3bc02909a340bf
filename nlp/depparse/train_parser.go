package depparse

import (
	"fmt"
	"math/rand/v2"
)

// exploreProb is how often, after the first epoch, training follows the
// parser's own (possibly wrong) move rather than the best one, so that it
// learns to recover from its mistakes (Goldberg & Nivre 2012).
const exploreProb = 0.9

// trainParser trains the move and relation perceptrons with the dynamic
// oracle on the projective examples with complete trees.
func trainParser(exs []*example, m *Model, cfg TrainConfig, rng *rand.Rand) (moves *moveTable, lefts, rights *linear) {
	var train []*example
	for _, ex := range exs {
		if ex.heads != nil && projective(ex.heads) {
			train = append(train, ex)
		}
	}
	fmt.Fprintf(cfg.Log, "parser: %d of %d sentences projective with complete trees, %d relations\n",
		len(train), len(exs), len(m.parser.labels))
	t := &parserTrainer{
		moves:  newAveraged(numMoves, cfg.ParseBits),
		lefts:  newAveraged(len(m.parser.labels), cfg.LabelBits),
		rights: newAveraged(len(m.parser.labels), cfg.LabelBits),
		labels: len(m.parser.labels),
		root:   m.parser.root,
		rng:    rng,
		scores: make([]float32, len(m.parser.labels)),
	}
	for epoch := range cfg.ParseEpochs {
		rng.Shuffle(len(train), func(i, j int) { train[i], train[j] = train[j], train[i] })
		t.explore = epoch > 0
		t.right, t.total = 0, 0
		for _, ex := range train {
			t.sentence(ex)
		}
		fmt.Fprintf(cfg.Log, "parser epoch %d: %.4f of moves optimal", epoch+1, float64(t.right)/float64(max(t.total, 1)))
		if cfg.Dev != nil && (epoch%3 == 2 || epoch == cfg.ParseEpochs-1) {
			dm := &Model{tagger: m.tagger, lemmas: m.lemmas, parser: m.parser}
			dm.parser.moves, dm.parser.lefts, dm.parser.rights = t.finish(cfg.Prune)
			sc := Evaluate(dm, cfg.Dev)
			fmt.Fprintf(cfg.Log, "; dev UAS %.4f LAS %.4f", sc.UAS(), sc.LAS())
		}
		fmt.Fprintln(cfg.Log)
	}
	return t.finish(cfg.Prune)
}

// finish returns the averaged, pruned move and relation classifiers.
func (t *parserTrainer) finish(prune float64) (moves *moveTable, lefts, rights *linear) {
	return newMoveTable(t.moves.finish(prune)), t.lefts.finish(prune), t.rights.finish(prune)
}

// parserTrainer holds the state of parser training.
type parserTrainer struct {
	moves        *averaged
	lefts        *averaged
	rights       *averaged
	lfeats       []uint32
	labels       int
	root         int32
	rng          *rand.Rand
	explore      bool
	st           state
	feats        []uint32
	scores       []float32
	right, total int
}

// sentence runs the parser over one example, updating the weights
// whenever its best-scoring move is not optimal.
func (t *parserTrainer) sentence(ex *example) {
	s := &t.st
	s.reset(len(ex.ws))
	for !s.done() {
		t.feats = parseFeatures(s, ex.ws, ex.pred, t.feats[:0])
		var sc [numMoves]float32
		t.moves.score(t.feats, sc[:])
		var costs [numMoves]int
		pred, gold, minCost := -1, -1, 1<<30
		for k := range numMoves {
			if !s.valid(k) {
				continue
			}
			costs[k] = moveCost(s, ex.heads, k)
			minCost = min(minCost, costs[k])
			if pred < 0 || sc[k] > sc[pred] {
				pred = k
			}
		}
		for k := range numMoves {
			if s.valid(k) && costs[k] == minCost && (gold < 0 || sc[k] > sc[gold]) {
				gold = k
			}
		}
		t.moves.tick()
		t.total++
		if costs[pred] > minCost {
			t.moves.update(t.feats, gold, 1)
			t.moves.update(t.feats, pred, -1)
		} else {
			t.right++
		}
		next := gold
		if t.explore && t.rng.Float64() < exploreProb {
			next = pred
		}
		s.apply(next, t.label(ex, next))
	}
}

// label chooses the relation for the arc move m makes, learning from it
// when the arc is right.
func (t *parserTrainer) label(ex *example, m int) int32 {
	if m == shift {
		return -1
	}
	s := &t.st
	h, d := s.arc(m)
	if h == s.n {
		return t.root
	}
	rels := t.lefts
	if m == right {
		rels = t.rights
	}
	t.lfeats = labelFeatures(s, ex.ws, ex.pred, h, d, t.lfeats[:0])
	clear(t.scores)
	rels.score(t.lfeats, t.scores)
	t.scores[t.root] = -1e30
	p := int32(argmax(t.scores))
	if int(ex.heads[d]) == h {
		rels.tick()
		if g := ex.labels[d]; p != g {
			rels.update(t.lfeats, int(g), 1)
			rels.update(t.lfeats, int(p), -1)
		}
	}
	return p
}

// moveCost counts the gold arcs move m makes unreachable (the arc-hybrid
// dynamic oracle of Goldberg & Nivre 2013).
func moveCost(s *state, gold []int32, m int) int {
	n, c := s.n, 0
	inBuffer := func(x int) bool { return x >= s.b0 && x < n }
	if m == shift {
		b, s0 := s.b0, s.top(0)
		for _, x := range s.stack {
			if int(x) != s0 && int(gold[b]) == int(x) {
				c++
			}
			if int(x) != n && int(gold[x]) == b {
				c++
			}
		}
		return c
	}
	h, d := s.arc(m)
	if g := int(gold[d]); g != h && (inBuffer(g) || m == left && g == s.top(1)) {
		c++
	}
	for x := s.b0; x < n; x++ {
		if int(gold[x]) == d {
			c++
		}
	}
	return c
}

// projective reports whether no two arcs of the tree cross (the root
// counts as a word before the first).
func projective(heads []int32) bool {
	n := len(heads)
	pos := func(i int) int {
		if i == n {
			return 0
		}
		return i + 1
	}
	for i, h := range heads {
		a, b := min(pos(i), pos(int(h))), max(pos(i), pos(int(h)))
		for j, h2 := range heads {
			c, d := min(pos(j), pos(int(h2))), max(pos(j), pos(int(h2)))
			if a < c && c < b && b < d {
				return false
			}
		}
	}
	return true
}
