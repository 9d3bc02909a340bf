package ner

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
)

//go:embed model.bin
var embedded []byte

// Model is a trained tagger. It is read-only after decoding and safe for
// concurrent use by any number of goroutines.
type Model struct {
	types  []string // entity types, e.g. PERSON; label 1+2k is B-types[k], 2+2k is I-types[k]
	labels []string // "O", "B-PERSON", "I-PERSON", ...
	bits   uint     // log2 of the number of feature buckets
	w      []int16  // (1<<bits) rows of len(labels) quantised weights
	scale  float32  // weight = w * scale
	vocab  vocab    // common lower-case words, for flagKnown
	// docFeatures: trained with document features; TagDocument then tags
	// in two passes.
	docFeatures bool
	// hinted: trained with hints (TagHinted); without them it tags worse.
	hinted bool
	pool   sync.Pool
}

// Span is one entity: tokens [Start, End) of a sentence and its type.
type Span struct {
	Start, End int    // token indices, End exclusive
	Label      string // PERSON, ORG, GPE or LOC
}

var (
	loadOnce  sync.Once
	loadModel *Model
	loadErr   error
)

// Load returns the embedded model, decoding it on the first call only
// (20–70 ms, 19 MB of weights); later calls return the same *Model.
func Load() (*Model, error) {
	loadOnce.Do(func() {
		loadModel, loadErr = Decode(embedded)
		if loadErr != nil {
			loadErr = fmt.Errorf("ner: load embedded model: %w", loadErr)
		}
	})
	return loadModel, loadErr
}

// Labels returns the model's labels, "O" first. The slice is shared: do
// not modify it.
func (m *Model) Labels() []string { return m.labels }

// scratch is per-call working memory, pooled so that Tag allocates nothing.
type scratch struct {
	toks   []token
	runes  []rune
	feats  [maxFeatures + 8]uint64
	scores []int32
}

func (m *Model) getScratch() *scratch {
	if s, ok := m.pool.Get().(*scratch); ok {
		return s
	}
	return &scratch{runes: make([]rune, 0, 64), scores: make([]int32, len(m.labels))}
}

// Tag labels one sentence of tokens. It returns out[:0] with one BIO label
// per word appended, e.g. "B-ORG", "I-ORG" or "O"; pass the previous result
// back as out to avoid allocating. The labels are the model's own strings.
func (m *Model) Tag(words []string, out []string) []string {
	return m.tag(words, nil, out, nil, 0)
}

// TagHinted is Tag with hints: one per word, another labeller's opinion of
// it, "O" or a BIO label optionally followed by "|" and a detail such as
// the rule that gave it ("B-PERSON|title", "I-ORG|gazetteer", "O"). A
// model trained with hints (Hinted) learns how far to trust each; hints
// must have the length of words, or be nil for none.
func (m *Model) TagHinted(words, hints []string, out []string) []string {
	return m.tag(words, hints, out, nil, 0)
}

// Hinted reports whether the model was trained with hints (TagHinted).
func (m *Model) Hinted() bool { return m.hinted }

// tag is TagHinted with the document features of sentence si of doc (nil:
// none).
func (m *Model) tag(words, hints []string, out []string, doc *docIndex, si int) []string {
	if hints != nil && len(hints) != len(words) {
		hints = nil
	}
	out = out[:0]
	if len(words) == 0 {
		return out
	}
	s := m.getScratch()
	defer m.pool.Put(s)
	s.toks = tokens(words, s.toks, &s.runes, m.vocab)
	caps := capsLine(s.toks)
	cased := false // any capital letter in the sentence?
	for i := range s.toks {
		cased = cased || s.toks[i].upper > 0
	}
	nl := len(m.labels)
	prev, prev2 := nl, nl // nl stands for "before the sentence"
	for i := range s.toks {
		n := staticFeatures(s.toks, i, caps, s.feats[:])
		n += prevFeatures(s.toks, i, prev, prev2, s.feats[n:])
		n += doc.features(si, words[i], i == 0, nl, s.feats[n:])
		n += hintFeatures(s.toks, hints, i, s.feats[n:])
		sc := s.scores
		clear(sc)
		shift := 64 - m.bits
		for _, h := range s.feats[:n] {
			row := m.w[int(h>>shift)*nl:][:nl]
			for l, v := range row {
				sc[l] += int32(v)
			}
		}
		// In cased text a name starts with a capital or a digit: a word
		// like "berth" may continue a name but not begin one.
		noStart := cased && s.toks[i].upper == 0 && s.toks[i].flags&flagDigit == 0
		best := -1
		for l := range nl {
			if !allowed(prev, l) || (noStart && l%2 == 1) {
				continue
			}
			if best < 0 || sc[l] > sc[best] {
				best = l
			}
		}
		out = append(out, m.labels[best])
		prev2, prev = prev, best
	}
	return out
}

// tokens analyses every word into toks, reusing its storage.
func tokens(words []string, toks []token, runes *[]rune, v vocab) []token {
	if cap(toks) < len(words) {
		toks = make([]token, len(words), len(words)+len(words)/2)
	}
	toks = toks[:len(words)]
	for i, w := range words {
		toks[i], *runes = analyze(w, *runes)
		if toks[i].letters > 0 && v.has(toks[i].lower) {
			toks[i].flags |= flagKnown
		}
	}
	return toks
}

// allowed reports whether label l may follow label prev in BIO: an I- label
// only continues a B- or I- label of the same type. Label 0 is O; type k
// has B = 1+2k and I = 2+2k; prev beyond the labels means sentence start.
func allowed(prev, l int) bool {
	if l == 0 || l%2 == 1 {
		return true
	}
	return prev == l || prev == l-1
}

// Spans returns the entity spans of a BIO label sequence, in order. An I-
// label that does not continue a span of its type starts a new one.
func Spans(labels []string) []Span {
	var spans []Span
	for i := 0; i < len(labels); i++ {
		l := labels[i]
		if l == "O" || len(l) < 3 {
			continue
		}
		typ := l[2:]
		j := i + 1
		for j < len(labels) && strings.HasPrefix(labels[j], "I-") && labels[j][2:] == typ {
			j++
		}
		spans = append(spans, Span{Start: i, End: j, Label: typ})
		i = j - 1
	}
	return spans
}

// labelNames builds the BIO label list of the given entity types.
func labelNames(types []string) []string {
	labels := []string{"O"}
	for _, t := range types {
		labels = append(labels, "B-"+t, "I-"+t)
	}
	return labels
}
