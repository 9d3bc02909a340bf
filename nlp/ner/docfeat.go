package ner

// Document features: what the rest of the document says about a word. In
// TagDocument a first pass tags every sentence alone; the second pass sees,
// for each capitalised word, the label it most often has in the document's
// other sentences and whether it is part of a longer PERSON name there. In
// training the other sentences' gold labels stand in for the first pass,
// and a share of sentences is trained without document features so that
// Tag, which has none, stays as good.

// wordStats counts one word's labels in a document.
type wordStats struct {
	labels  [maxLabels]int32 // by label number
	perPart int32            // times inside a multi-word PERSON span
}

// maxLabels bounds the label count document statistics can hold.
const maxLabels = 16

// docIndex holds the statistics of one document, in total and per sentence
// so that a sentence can be left out of its own features.
type docIndex struct {
	total map[string]*wordStats
	sent  []map[string]*wordStats
}

// newDocIndex counts the labels (label numbers) of capitalised words.
func newDocIndex(words [][]string, labels [][]int, person int) *docIndex {
	d := &docIndex{total: map[string]*wordStats{}, sent: make([]map[string]*wordStats, len(words))}
	for si, ws := range words {
		own := map[string]*wordStats{}
		d.sent[si] = own
		ls := labels[si]
		for i, w := range ws {
			if !isName(w) || ls[i] >= maxLabels {
				continue
			}
			inPerson := ls[i] == person+1 || (ls[i] == person && i+1 < len(ls) && ls[i+1] == person+1)
			for _, m := range []map[string]*wordStats{d.total, own} {
				st := m[w]
				if st == nil {
					st = &wordStats{}
					m[w] = st
				}
				st.labels[ls[i]]++
				if inPerson {
					st.perPart++
				}
			}
		}
	}
	return d
}

// features writes the document features of word w in sentence si (leaving
// that sentence out) into f and returns how many it wrote.
func (d *docIndex) features(si int, w string, first bool, nl int, f []uint64) int {
	if d == nil || !isName(w) {
		return 0
	}
	t := d.total[w]
	if t == nil {
		return 0
	}
	st := *t
	if own := d.sent[si][w]; own != nil {
		for l := range st.labels {
			st.labels[l] -= own.labels[l]
		}
		st.perPart -= own.perPart
	}
	best, n := -1, int32(0)
	for l := range min(nl, maxLabels) {
		if st.labels[l] > n {
			best, n = l, st.labels[l]
		}
	}
	if best < 0 {
		return 0
	}
	pos := uint64(0)
	if first {
		pos = 1
	}
	k := 0
	f[k] = feat(tDocLabel, uint64(best))
	k++
	f[k] = feat2(tDocLabelFirst, uint64(best), pos)
	k++
	if st.perPart > 0 {
		f[k] = feat(tDocPerPart, 1)
		k++
	}
	return k
}
