package depparse

// tagPair is one tagger class: a UPOS tag with the Penn tag it co-occurs with.
type tagPair struct{ UPOS, XPOS string }

// tagger is a greedy left-to-right averaged-perceptron tagger whose classes
// are (UPOS, Penn tag) pairs. Frequent words that (almost) always carry one
// tag in training take it from dict without scoring.
type tagger struct {
	classes []tagPair
	dict    map[string]int32
	byHash  map[uint64]int32  // dict keyed by the words' form hashes, for speed
	lexicon map[uint64]uint64 // lowercased word hash → ambiguity class
	model   *linear
}

// index builds byHash from dict.
func (t *tagger) index() {
	t.byHash = make(map[uint64]int32, len(t.dict))
	for w, c := range t.dict {
		t.byHash[hashString(w)] = c
	}
}

// setAmbiguity fills in the ambiguity class of every word.
func (t *tagger) setAmbiguity(ws []wordHashes) {
	for i := range ws {
		a, ok := t.lexicon[ws[i].lower]
		if !ok {
			a = none
		}
		ws[i].amb = a
	}
}

// numTagFeats is how many features tagFeatures produces.
const numTagFeats = 27

// tagHash hashes a tag class id, or none for a missing one (-1).
func tagHash(c int32) uint64 {
	if c < 0 {
		return none
	}
	return uint64(c+1) * 0xd6e8feb86659fd93
}

// at returns the word hashes at i, or a shared empty value outside the
// sentence.
func at(ws []wordHashes, i int) *wordHashes {
	if i < 0 || i >= len(ws) {
		return &padWord
	}
	return &ws[i]
}

// padWord stands for positions before or after the sentence.
var padWord = wordHashes{none, none, none, none, none, none, none, none, none, none}

// tagFeatures appends the features for tagging word i, given the classes
// already chosen for the words before it.
func tagFeatures(ws []wordHashes, tags []int32, i int, out []uint32) []uint32 {
	w, p1, p2 := &ws[i], at(ws, i-1), at(ws, i-2)
	n1, n2 := at(ws, i+1), at(ws, i+2)
	t1, t2 := none, none
	if i > 0 {
		t1 = tagHash(tags[i-1])
	}
	if i > 1 {
		t2 = tagHash(tags[i-2])
	}
	first := uint64(0)
	if i == 0 {
		first = 1
	}
	return append(out,
		feat(1, 0, 0, 0),
		feat(2, w.lower, 0, 0),
		feat(3, w.form, 0, 0),
		feat(4, w.suf1, 0, 0),
		feat(5, w.suf2, 0, 0),
		feat(6, w.suf3, 0, 0),
		feat(7, w.suf4, 0, 0),
		feat(8, w.pre1, 0, 0),
		feat(9, w.pre3, 0, 0),
		feat(10, w.shape, first, 0),
		feat(11, t1, 0, 0),
		feat(12, t1, t2, 0),
		feat(13, t1, w.lower, 0),
		feat(14, p1.lower, 0, 0),
		feat(15, n1.lower, 0, 0),
		feat(16, p2.lower, 0, 0),
		feat(17, n2.lower, 0, 0),
		feat(18, p1.suf3, 0, 0),
		feat(19, n1.suf3, 0, 0),
		feat(20, n1.shape, 0, 0),
		feat(21, w.lower, n1.lower, 0),
		feat(22, p1.lower, w.lower, 0),
		feat(23, t1, w.suf3, 0),
		feat(24, t1, n1.lower, 0),
		feat(25, w.amb, 0, 0),
		feat(26, w.amb, t1, 0),
		feat(27, w.amb, n1.amb, 0),
	)
}

// tag fills tags[i] with the class of every word; ws holds the words'
// hashes and forms the words. feats and scores are scratch buffers; the
// grown feats is returned for reuse.
func (t *tagger) tag(forms []string, ws []wordHashes, tags []int32, feats []uint32, scores []int32) []uint32 {
	t.setAmbiguity(ws)
	for i := range ws {
		if c, ok := t.byHash[ws[i].form]; ok && len(forms[i]) <= maxWordBytes {
			tags[i] = c
			continue
		}
		feats = tagFeatures(ws, tags, i, feats[:0])
		clear(scores)
		t.model.score(feats, scores)
		tags[i] = int32(argmax(scores))
	}
	return feats
}

// argmax returns the index of the largest score, the first on ties.
func argmax[T int32 | float32](scores []T) int {
	best := 0
	for i, s := range scores {
		if s > scores[best] {
			best = i
		}
	}
	return best
}
