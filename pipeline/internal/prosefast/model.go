package prosefast

import (
	_ "embed"
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"
	"sync"
)

//go:generate go run ./gen -o model.bin

// modelBin is prose v2.0.0's default tagger and entity model, converted by
// gen into the format that Model.MarshalBinary writes.
//
//go:embed model.bin
var modelBin string

// Model holds prose's trained weights in lookup-friendly form. It is
// immutable and safe for concurrent use.
type Model struct {
	// Averaged-perceptron tagger.
	classes    []string // tie-break order: first wins
	tagNames   []string // tags the word→tag dictionary can answer
	tagWords   *table   // word → tagWordTag index
	tagWordTag []uint16 // index into tagNames
	feats      *table   // feature key ("i word the") → feature id
	featStart  []uint32 // feature i's entries are [featStart[i], featStart[i+1])
	featClass  []uint8  // index into classes
	featWeight []int32  // weight in thousandths (prose's weights are rounded to 0.001)

	// Maximum-entropy entity classifier.
	labels     []string // tie-break order: first wins
	ments      *table   // "fname-fval" → id
	mentStart  []uint32 // id i's entries are [mentStart[i], mentStart[i+1])
	mentLabel  []uint8  // index into labels
	mentWeight []float64

	pre precomputed
}

var (
	defaultOnce  sync.Once
	defaultModel *Model
	defaultErr   error
)

// Default returns prose's default model, decoded from the embedded file on
// first use (a few milliseconds) and shared afterwards.
func Default() (*Model, error) {
	defaultOnce.Do(func() {
		defaultModel, defaultErr = Unmarshal(modelBin)
		if defaultErr != nil {
			defaultErr = fmt.Errorf("embedded prose model: %w", defaultErr)
		}
	})
	return defaultModel, defaultErr
}

// Load decodes the embedded model afresh (Default shares one); it exists
// to measure the load.
func Load() (*Model, error) { return Unmarshal(modelBin) }

// FromProse builds a Model from prose's decoded weights: the perceptron's
// weights (feature → class → weight), its word→tag dictionary and class
// list, and the maxent classifier's mapping ("fname-fval-label" → index),
// weights and labels. gen calls it with prose's embedded gob files.
func FromProse(tagWeights map[string]map[string]float64, tagMap map[string]string, classes []string,
	mapping map[string]int, weights []float64, labels []string) (*Model, error) {
	m := &Model{classes: append([]string(nil), classes...), labels: append([]string(nil), labels...)}
	classIdx := map[string]int{}
	for i, c := range m.classes {
		classIdx[c] = i
	}
	// Feature weights, keys sorted for a reproducible file.
	keys := sortedKeys(tagWeights)
	m.featStart = append(m.featStart, 0)
	for _, k := range keys {
		for _, c := range sortedKeys(tagWeights[k]) {
			if _, ok := classIdx[c]; !ok {
				classIdx[c] = len(m.classes)
				m.classes = append(m.classes, c)
			}
		}
	}
	if len(m.classes) > 64 {
		return nil, fmt.Errorf("%d tagger classes, at most 64 supported", len(m.classes))
	}
	for _, k := range keys {
		ws := tagWeights[k]
		cs := sortedKeys(ws)
		sort.Slice(cs, func(i, j int) bool { return classIdx[cs[i]] < classIdx[cs[j]] })
		for _, c := range cs {
			w := ws[c]
			milli := math.Round(w * 1000)
			if math.Abs(milli) > math.MaxInt32 || milli/1000 != w {
				return nil, fmt.Errorf("tagger weight %v of %q/%q is not a multiple of 0.001", w, k, c)
			}
			m.featClass = append(m.featClass, uint8(classIdx[c]))
			m.featWeight = append(m.featWeight, int32(milli))
		}
		m.featStart = append(m.featStart, uint32(len(m.featClass)))
	}
	m.feats = buildTable(keys)
	// Word → tag dictionary.
	tagIdx := map[string]int{}
	words := sortedKeys(tagMap)
	for _, w := range words {
		t := tagMap[w]
		if _, ok := tagIdx[t]; !ok {
			tagIdx[t] = len(m.tagNames)
			m.tagNames = append(m.tagNames, t)
		}
		m.tagWordTag = append(m.tagWordTag, uint16(tagIdx[t]))
	}
	m.tagWords = buildTable(words)
	// Entity classifier: regroup "fname-fval-label" keys by "fname-fval".
	// A key that ends in "-"+L for several labels L is entered under each
	// reading; a lookup only ever asks for the reading it means.
	if len(m.labels) > 64 {
		return nil, fmt.Errorf("%d entity labels, at most 64 supported", len(m.labels))
	}
	type entry struct {
		label  int
		weight float64
	}
	byPrefix := map[string][]entry{}
	for key, idx := range mapping {
		if idx < 0 || idx >= len(weights) {
			return nil, fmt.Errorf("entity feature %q has weight index %d of %d", key, idx, len(weights))
		}
		for li, l := range m.labels {
			if strings.HasSuffix(key, "-"+l) {
				p := key[:len(key)-len(l)-1]
				byPrefix[p] = append(byPrefix[p], entry{li, weights[idx]})
			}
		}
	}
	prefixes := sortedKeys(byPrefix)
	m.mentStart = append(m.mentStart, 0)
	for _, p := range prefixes {
		es := byPrefix[p]
		sort.Slice(es, func(i, j int) bool { return es[i].label < es[j].label })
		for _, e := range es {
			m.mentLabel = append(m.mentLabel, uint8(e.label))
			m.mentWeight = append(m.mentWeight, e.weight)
		}
		m.mentStart = append(m.mentStart, uint32(len(m.mentLabel)))
	}
	m.ments = buildTable(prefixes)
	m.prepare()
	return m, nil
}

func simplePOS(pos string) string {
	if strings.HasPrefix(pos, "V") {
		return "v"
	}
	return strings.Split(pos, "-")[0]
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

const magic = "lede-prosefast-3\n"

// MarshalBinary writes the model in the little-endian format that
// Unmarshal reads.
func (m *Model) MarshalBinary() ([]byte, error) {
	w := &writer{b: []byte(magic)}
	w.strs(m.classes)
	w.strs(m.tagNames)
	w.table(m.tagWords)
	w.u16s(m.tagWordTag)
	w.table(m.feats)
	w.u32s(m.featStart)
	w.u8s(m.featClass)
	w.i32s(m.featWeight)
	w.strs(m.labels)
	w.table(m.ments)
	w.u32s(m.mentStart)
	w.u8s(m.mentLabel)
	w.f64s(m.mentWeight)
	return w.b, nil
}

// Unmarshal decodes a model written by MarshalBinary. Key bytes are not
// copied: the model refers into data.
func Unmarshal(data string) (*Model, error) {
	if !strings.HasPrefix(data, magic) {
		return nil, errors.New("not a prosefast model (bad magic)")
	}
	r := &reader{s: data, i: len(magic)}
	m := &Model{}
	m.classes = r.strs()
	m.tagNames = r.strs()
	m.tagWords = r.table()
	m.tagWordTag = r.u16s()
	m.feats = r.table()
	m.featStart = r.u32s()
	m.featClass = r.u8s()
	m.featWeight = r.i32s()
	m.labels = r.strs()
	m.ments = r.table()
	m.mentStart = r.u32s()
	m.mentLabel = r.u8s()
	m.mentWeight = r.f64s()
	if r.err != nil {
		return nil, r.err
	}
	if r.i != len(data) {
		return nil, fmt.Errorf("%d trailing bytes", len(data)-r.i)
	}
	if err := m.check(); err != nil {
		return nil, err
	}
	m.prepare()
	return m, nil
}

// check verifies every index the lookups follow, so that a damaged file
// gives an error here instead of a panic later.
func (m *Model) check() error {
	switch {
	case len(m.classes) > 64 || len(m.labels) > 64:
		return errors.New("too many classes or labels")
	case len(m.tagWordTag) != m.tagWords.len():
		return errors.New("tag dictionary size mismatch")
	case len(m.featStart) != m.feats.len()+1 || len(m.featClass) != len(m.featWeight):
		return errors.New("tagger feature table size mismatch")
	case len(m.mentStart) != m.ments.len()+1 || len(m.mentLabel) != len(m.mentWeight):
		return errors.New("entity feature table size mismatch")
	}
	for _, t := range m.tagWordTag {
		if int(t) >= len(m.tagNames) {
			return errors.New("tag dictionary index out of range")
		}
	}
	if err := checkStarts(m.featStart, len(m.featClass)); err != nil {
		return fmt.Errorf("tagger features: %w", err)
	}
	if err := checkStarts(m.mentStart, len(m.mentLabel)); err != nil {
		return fmt.Errorf("entity features: %w", err)
	}
	for _, c := range m.featClass {
		if int(c) >= len(m.classes) {
			return errors.New("tagger class index out of range")
		}
	}
	for _, l := range m.mentLabel {
		if int(l) >= len(m.labels) {
			return errors.New("entity label index out of range")
		}
	}
	for _, t := range []*table{m.tagWords, m.feats, m.ments} {
		if err := t.check(); err != nil {
			return err
		}
	}
	return nil
}

func checkStarts(starts []uint32, n int) error {
	prev := uint32(0)
	for _, s := range starts {
		if s < prev || int(s) > n {
			return errors.New("entry offsets out of order or range")
		}
		prev = s
	}
	if len(starts) > 0 && int(starts[len(starts)-1]) != n {
		return errors.New("entry offsets do not cover the entries")
	}
	return nil
}

// check verifies a decoded table's offsets and slots.
func (t *table) check() error {
	n := len(t.slots)
	if len(t.off) == 0 || n == 0 || n&(n-1) != 0 || n < 2*t.len() {
		return errors.New("hash table shape is invalid")
	}
	if err := checkStarts(t.off, len(t.blob)); err != nil {
		return fmt.Errorf("hash table keys: %w", err)
	}
	empty := false
	for _, s := range t.slots {
		if int(uint32(s)) > t.len() || uint32(s) == 0 && s != 0 {
			return errors.New("hash table slot out of range")
		}
		empty = empty || s == 0
	}
	if !empty {
		return errors.New("hash table has no empty slot")
	}
	return nil
}
