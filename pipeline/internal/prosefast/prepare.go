package prosefast

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Feature ids that depend only on small closed sets (tags, B/I/O history,
// word shapes, first bytes, word lengths) are looked up once when the model
// is loaded; only features of the words themselves are looked up per token.
// An id of -1 means the feature has no weights.
type precomputed struct {
	tagIDs  map[string]int // tag → index into tagList
	tagList []string       // every tag the tagger gives, plus sentinels and "None"
	noneTag int            // index of "None" in tagList

	// tagger
	tBias   int32
	tPref1  [256]int32 // "i pref1 " + string(rune(b))
	tPrev1  []int32    // "i-1 tag " + tag, by tag index
	tPrev2  []int32    // "i-2 tag " + tag
	tPrev12 []int32    // "i tag+i-2 tag " + p1 + " " + p2, [p1*len(tagList)+p2]
	// tCtx holds, for each (p1, p2) pair, the class scores of the four
	// features that depend only on the previous two tags (bias, i-1 tag,
	// i-2 tag, i tag+i-2 tag): [(p1*len(tagList)+p2)*len(classes)+class],
	// with the classes they mention in tCtxMask.
	tCtx     []int64
	tCtxMask []uint64

	// entity classifier
	histIDs       map[string]int // history value → index: "None", "", "B", "I", "O"...
	hists         []string
	lowerTags     []string // strings.ToLower of each tag, by tag index
	labelHistID   []int    // label index → history index
	mBias         int32
	mWordlist     [2]int32 // "en-wordlist-False", "en-wordlist-True"
	mShape        []int32  // "shape-" + shapes[k]
	mWordlen      [64]int32
	mPos          []int32 // "pos-" + tag, by tag index
	mPrevpos      []int32 // "prevpos-" + tag
	mNextpos      []int32 // "nextpos-" + lower(tag)
	mPrevtag      []int32 // "prevtag-" + hist, by history index
	mPosPrevtag   []int32 // "pos+prevtag-" + tag + "+" + hist, [tag*len(hist)+hist]
	mShapePrevtag []int32 // "shape+prevtag-" + shape + "+" + hist, [shape*len(hist)+hist]
}

// shapes are the values of prose's shape(), plus "None" (no previous word).
var shapes = []string{"number", "punct", "downcase", "upcase", "mixedcase", "other", "None"}

const (
	shapeNumber = iota
	shapePunct
	shapeDowncase
	shapeUpcase
	shapeMixedcase
	shapeOther
	shapeNone
)

const (
	histNone  = 0 // "None": no previous token
	histEmpty = 1 // "": the previous token got no label
)

// prepare fills the precomputed ids; FromProse and Unmarshal call it.
func (m *Model) prepare() {
	p := &m.pre
	p.tagIDs = map[string]int{}
	addTag := func(t string) {
		if _, ok := p.tagIDs[t]; !ok {
			p.tagIDs[t] = len(p.tagList)
			p.tagList = append(p.tagList, t)
		}
	}
	for _, tags := range [][]string{m.classes, m.tagNames, {"-", "SYM", "NN", "-NONE-", "-START-", "-START2-", "None"}} {
		for _, t := range tags {
			addTag(t)
		}
	}
	p.noneTag = p.tagIDs["None"]
	nt := len(p.tagList)
	var b []byte
	tf := func(parts ...string) int32 {
		b = b[:0]
		for _, s := range parts {
			b = append(b, s...)
		}
		return int32(m.feats.find(b))
	}
	mf := func(parts ...string) int32 {
		b = b[:0]
		for _, s := range parts {
			b = append(b, s...)
		}
		return int32(m.ments.find(b))
	}
	p.tBias = tf("bias")
	for c := range 256 {
		p.tPref1[c] = int32(m.feats.find(utf8.AppendRune(append(b[:0], "i pref1 "...), rune(c))))
	}
	p.tPrev1, p.tPrev2, p.tPrev12 = make([]int32, nt), make([]int32, nt), make([]int32, nt*nt)
	for i, t := range p.tagList {
		p.tPrev1[i] = tf("i-1 tag ", t)
		p.tPrev2[i] = tf("i-2 tag ", t)
		for j, t2 := range p.tagList {
			p.tPrev12[i*nt+j] = tf("i tag+i-2 tag ", t, " ", t2)
		}
	}
	nc := len(m.classes)
	p.tCtx, p.tCtxMask = make([]int64, nt*nt*nc), make([]uint64, nt*nt)
	for i := range nt {
		for j := range nt {
			k := i*nt + j
			for _, id := range []int32{p.tBias, p.tPrev1[i], p.tPrev2[j], p.tPrev12[k]} {
				if id < 0 {
					continue
				}
				for e := m.featStart[id]; e < m.featStart[id+1]; e++ {
					c := int(m.featClass[e])
					p.tCtx[k*nc+c] += int64(m.featWeight[e])
					p.tCtxMask[k] |= 1 << c
				}
			}
		}
	}

	p.histIDs = map[string]int{"None": histNone, "": histEmpty}
	hists := []string{"None", ""}
	p.labelHistID = make([]int, len(m.labels))
	for i, l := range m.labels {
		h := simplePOS(l)
		if _, ok := p.histIDs[h]; !ok {
			p.histIDs[h] = len(hists)
			hists = append(hists, h)
		}
		p.labelHistID[i] = p.histIDs[h]
	}
	p.hists = hists
	nh := len(hists)
	p.mBias = mf("bias-True")
	p.mWordlist = [2]int32{mf("en-wordlist-False"), mf("en-wordlist-True")}
	p.mShape = make([]int32, len(shapes))
	for i, sh := range shapes {
		p.mShape[i] = mf("shape-", sh)
	}
	for n := range p.mWordlen {
		p.mWordlen[n] = mf("wordlen-", strconv.Itoa(n))
	}
	p.mPos, p.mPrevpos, p.mNextpos = make([]int32, nt), make([]int32, nt), make([]int32, nt)
	p.mPosPrevtag = make([]int32, nt*nh)
	p.lowerTags = make([]string, nt)
	for i, t := range p.tagList {
		p.mPos[i] = mf("pos-", t)
		p.mPrevpos[i] = mf("prevpos-", t)
		p.lowerTags[i] = strings.ToLower(t)
		p.mNextpos[i] = mf("nextpos-", p.lowerTags[i])
		for j, h := range hists {
			p.mPosPrevtag[i*nh+j] = mf("pos+prevtag-", t, "+", h)
		}
	}
	// "None" stands for "no token", which prose writes as is, not lower-cased.
	p.lowerTags[p.noneTag] = "None"
	p.mNextpos[p.noneTag] = mf("nextpos-None")
	p.mPrevtag = make([]int32, nh)
	p.mShapePrevtag = make([]int32, len(shapes)*nh)
	for j, h := range hists {
		p.mPrevtag[j] = mf("prevtag-", h)
		for i, sh := range shapes {
			p.mShapePrevtag[i*nh+j] = mf("shape+prevtag-", sh, "+", h)
		}
	}
}

// tagID returns the index of tag in tagList, or -1.
func (p *precomputed) tagID(tag string) int {
	if id, ok := p.tagIDs[tag]; ok {
		return id
	}
	return -1
}
