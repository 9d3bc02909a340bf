package depparse

import (
	_ "embed"
	"fmt"
	"sync"
)

// Token is one parsed word. Head is the index of the head word in the same
// sentence, -1 for the sentence's root; Dep is its UD relation ("root" for
// the root), subtypes such as "nmod:poss" kept. Tag is the Penn Treebank tag.
type Token struct {
	Text, UPOS, Tag, Lemma string
	Head                   int
	Dep                    string
}

// Model tags, lemmatizes and parses sentences. It is read-only after
// loading and safe for concurrent use by multiple goroutines.
type Model struct {
	tagger tagger
	lemmas lemmatizer
	parser parser
	pool   sync.Pool // *scratch
}

// scratch holds the per-call buffers of Parse, pooled so that parsing does
// not allocate once warm.
type scratch struct {
	ws     []wordHashes
	tags   []int32
	feats  []uint32
	scores []int32
	buf    []byte
	lemma  lemmaBuf
	st     state
}

//go:embed model.bin
var embedded []byte

var (
	loadOnce  sync.Once
	loaded    *Model
	loadError error
)

// Load returns the model embedded in the binary, decoding it on the first
// call only (tens of milliseconds, about 50 MB of memory); later calls
// return the same *Model.
func Load() (*Model, error) {
	loadOnce.Do(func() {
		loaded, loadError = Decode(embedded)
		if loadError != nil {
			loadError = fmt.Errorf("load embedded depparse model: %w", loadError)
		}
	})
	return loaded, loadError
}

// getScratch returns pooled buffers sized for n words.
func (m *Model) getScratch(n int) *scratch {
	sc, _ := m.pool.Get().(*scratch)
	if sc == nil {
		sc = &scratch{feats: make([]uint32, 0, max(numTagFeats, numParseFeats, numLabelFeats))}
	}
	if cap(sc.ws) < n {
		sc.ws = make([]wordHashes, n)
		sc.tags = make([]int32, n)
	}
	sc.ws, sc.tags = sc.ws[:n], sc.tags[:n]
	if k := max(len(m.tagger.classes), len(m.parser.labels)); len(sc.scores) < k {
		sc.scores = make([]int32, k)
	}
	return sc
}

// Parse tags, lemmatizes and parses one sentence of pre-tokenised words,
// appending one Token per word to out[:0] and returning it. Any words give
// a tree: exactly one token has Head -1, and following heads from any token
// reaches it.
func (m *Model) Parse(words []string, out []Token) []Token {
	out = out[:0]
	if len(words) == 0 {
		return out
	}
	sc := m.getScratch(len(words))
	defer m.pool.Put(sc)
	for i, w := range words {
		sc.buf = hashWord(w, &sc.ws[i], sc.buf)
	}
	ntag := len(m.tagger.classes)
	sc.feats = m.tagger.tag(words, sc.ws, sc.tags, sc.feats, sc.scores[:ntag])
	sc.feats = m.parser.parse(&sc.st, sc.ws, sc.tags, sc.feats, sc.scores)
	for i, w := range words {
		tp := m.tagger.classes[sc.tags[i]]
		t := Token{Text: w, UPOS: tp.UPOS, Tag: tp.XPOS, Head: int(sc.st.heads[i]), Dep: "root"}
		t.Lemma = m.lemmas.lemma(w, tp.XPOS, &sc.lemma)
		if t.Head == len(words) {
			t.Head = -1
		} else {
			t.Dep = m.parser.labels[sc.st.labels[i]]
		}
		out = append(out, t)
	}
	return out
}
