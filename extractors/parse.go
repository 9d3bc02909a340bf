package extractors

import (
	"sort"
	"sync"
)

// SentenceParser returns the dependency parse of the words of one
// sentence, given as the tokens of that sentence: the words in text order,
// each Head an index into the returned slice (-1 for the root). It must be
// safe for concurrent use.
type SentenceParser interface {
	ParseSentence(text string, toks []Token) []Syntax
}

// EntityTagger labels the words of a document's sentences with BIO entity
// labels ("B-PERSON", "I-ORG", "O"; types PERSON, ORG, GPE, LOC), one slice
// per sentence, given a hint per word: another labeller's opinion, "O" or
// a BIO label with a detail after "|" ("B-PERSON|title"). It must be safe
// for concurrent use.
//
// The entity extractor gives it only the sentences whose labels it will
// use, unless the tagger implements AllSentences and returns true (as a
// tagger that records the hints to train on does).
type EntityTagger interface {
	TagEntities(sents, hints [][]string) [][]string
}

// parseCache holds the sentences Parse has parsed. A Text is read by one
// extractor at a time, but the cache is guarded so that a Text shared
// between goroutines stays safe.
type parseCache struct {
	mu    sync.Mutex
	words map[int][]Syntax
}

// Parse returns the dependency parse of sentence s (an index into
// t.Sentences): its words in text order, each Head an index into the
// returned slice, -1 for the sentence's root. The sentence is parsed on
// first use and remembered; the result is shared and must not be changed.
// Parse returns nil when t has no Parser or s is out of range. When the
// whole text was parsed (t.Syntax is set), Parse reads it instead of
// parsing again.
func (t *Text) Parse(s int) []Syntax {
	if s < 0 || s >= len(t.Sentences) {
		return nil
	}
	if t.Syntax == nil && t.Parser == nil {
		return nil
	}
	c := &t.parses
	c.mu.Lock()
	defer c.mu.Unlock()
	if w, ok := c.words[s]; ok {
		return w
	}
	r := t.Sentences[s]
	var w []Syntax
	if t.Syntax != nil {
		w = t.syntaxIn(r)
	} else {
		w = t.Parser.ParseSentence(t.Text, t.TokensIn(r.Start, r.End))
	}
	if c.words == nil {
		c.words = map[int][]Syntax{}
	}
	c.words[s] = w
	return w
}

// syntaxIn copies the words of t.Syntax inside r, their heads made
// relative to the copy.
func (t *Text) syntaxIn(r Range) []Syntax {
	lo := sort.Search(len(t.Syntax), func(i int) bool { return t.Syntax[i].Start >= r.Start })
	hi := lo
	for hi < len(t.Syntax) && t.Syntax[hi].End <= r.End {
		hi++
	}
	w := make([]Syntax, hi-lo)
	for i, sx := range t.Syntax[lo:hi] {
		if sx.Head >= 0 {
			sx.Head -= lo
		}
		w[i] = sx
	}
	return w
}

// ParseAt returns the parse of the sentence holding byte offset off and
// the index in it of the word that contains off (-1 when off falls
// between words, in white space), or nil, -1.
func (t *Text) ParseAt(off int) ([]Syntax, int) {
	w := t.Parse(t.SentenceAt(off))
	for i, sx := range w {
		if off >= sx.Start && off < sx.End {
			return w, i
		}
	}
	return w, -1
}

// Children returns the indices of the words in w whose head is word i, in
// text order, appended to out.
func Children(w []Syntax, i int, out []int) []int {
	for k := range w {
		if w[k].Head == i {
			out = append(out, k)
		}
	}
	return out
}

// Child returns the index of the first word in w headed by word i with
// relation dep (subtypes included: "nsubj" finds "nsubj:pass"), or -1.
func Child(w []Syntax, i int, dep string) int {
	for k := range w {
		if w[k].Head == i && (w[k].Dep == dep || len(w[k].Dep) > len(dep) && w[k].Dep[len(dep)] == ':' && w[k].Dep[:len(dep)] == dep) {
			return k
		}
	}
	return -1
}

// Subtree returns the word indices [lo, hi] spanned by word i and all the
// words below it. A projective parse makes the span contiguous; for a
// non-projective one it is the smallest span holding them all.
func Subtree(w []Syntax, i int) (lo, hi int) {
	lo, hi = i, i
	for k := range w {
		for h, n := k, 0; h >= 0 && n <= len(w); h, n = w[h].Head, n+1 {
			if h == i {
				lo, hi = min(lo, k), max(hi, k)
				break
			}
		}
	}
	return lo, hi
}
