package depparse

import (
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"strings"
)

// TrainConfig sets up Train. The zero value works: each field documents
// its default.
type TrainConfig struct {
	Seed        uint64     // shuffling and exploration seed; default 0
	TagEpochs   int        // passes over the data for the tagger; default 8
	ParseEpochs int        // passes for the parser; default 12
	Folds       int        // jackknife folds tagging the parser's training data; default 4, 1 = gold tags
	TagBits     int        // log2 of the tagger's feature buckets; default 18
	ParseBits   int        // log2 of the parser's feature buckets; default 21
	LabelBits   int        // log2 of each relation classifier's feature buckets; default 17
	Prune       float64    // drop weights below this share of the largest; default 1/64, <0 keeps all
	Dev         []Sentence // if set, scored after each parser epoch (progress only)
	Log         io.Writer  // progress; default io.Discard
}

func (c *TrainConfig) defaults() {
	def := func(p *int, v int) {
		if *p <= 0 {
			*p = v
		}
	}
	def(&c.TagEpochs, 8)
	def(&c.ParseEpochs, 12)
	def(&c.Folds, 4)
	def(&c.TagBits, 18)
	def(&c.ParseBits, 21)
	def(&c.LabelBits, 17)
	if c.Prune == 0 {
		c.Prune = 1.0 / 64
	}
	if c.Log == nil {
		c.Log = io.Discard
	}
}

// example is one training sentence with its hashed words and gold classes.
type example struct {
	forms  []string
	ws     []wordHashes
	tags   []int32 // gold tag classes
	pred   []int32 // jackknifed predicted tag classes
	heads  []int32 // gold heads, the root as n
	labels []int32
}

// Train learns a model from gold sentences. Sentences without a complete
// tree are used for tagging and lemmas only; non-projective ones are left
// out of parser training. The same sentences and config give the same
// model, byte for byte.
func Train(sents []Sentence, cfg TrainConfig) (*Model, error) {
	cfg.defaults()
	if len(sents) == 0 {
		return nil, errors.New("train: no sentences")
	}
	if max(cfg.TagBits, cfg.ParseBits, cfg.LabelBits) > maxBits {
		return nil, fmt.Errorf("train: at most %d feature bits", maxBits)
	}
	m := &Model{}
	m.tagger.classes, m.parser.labels = inventory(sents)
	m.parser.root = int32(slices.Index(m.parser.labels, "root"))
	if m.parser.root < 0 {
		return nil, errors.New("train: no root relation in the data")
	}
	exs := examples(sents, m.tagger.classes, m.parser.labels)
	m.tagger.dict = tagDict(exs, len(m.tagger.classes))
	m.tagger.index()
	m.tagger.lexicon = ambiguityClasses(exs, len(m.tagger.classes))
	for _, ex := range exs {
		m.tagger.setAmbiguity(ex.ws)
	}
	rng := rand.New(rand.NewPCG(cfg.Seed, 0x6c656465))
	fmt.Fprintf(cfg.Log, "tagger: %d sentences, %d classes, %d dictionary words\n",
		len(exs), len(m.tagger.classes), len(m.tagger.dict))
	m.tagger.model = trainTagger(exs, m.tagger.dict, len(m.tagger.classes), cfg, rng, cfg.Log)
	jackknife(exs, m, cfg, rng)
	m.lemmas = trainLemmatizer(sents)
	fmt.Fprintf(cfg.Log, "lemmatizer: %d table entries, %d rules\n", len(m.lemmas.table), len(m.lemmas.rules))
	m.parser.moves, m.parser.lefts, m.parser.rights = trainParser(exs, m, cfg, rng)
	return m, nil
}

// inventory lists the tag classes and relations of the data, sorted.
func inventory(sents []Sentence) ([]tagPair, []string) {
	tags, rels := map[tagPair]bool{}, map[string]bool{}
	for _, s := range sents {
		for _, w := range s.Words {
			tags[tagPair{w.UPOS, w.XPOS}] = true
			if w.Head >= 0 && w.Deprel != "" && w.Deprel != "_" {
				rels[w.Deprel] = true
			}
		}
	}
	var tp []tagPair
	for t := range tags {
		tp = append(tp, t)
	}
	slices.SortFunc(tp, func(a, b tagPair) int {
		if a.UPOS != b.UPOS {
			return strings.Compare(a.UPOS, b.UPOS)
		}
		return strings.Compare(a.XPOS, b.XPOS)
	})
	var rs []string
	for r := range rels {
		rs = append(rs, r)
	}
	slices.Sort(rs)
	return tp, rs
}

// examples hashes the sentences and maps their annotation to class ids;
// heads is nil for a sentence without a complete tree.
func examples(sents []Sentence, classes []tagPair, labels []string) []*example {
	tagID := map[tagPair]int32{}
	for i, c := range classes {
		tagID[c] = int32(i)
	}
	labelID := map[string]int32{}
	for i, l := range labels {
		labelID[l] = int32(i)
	}
	var buf []byte
	exs := make([]*example, 0, len(sents))
	for _, s := range sents {
		n := len(s.Words)
		ex := &example{forms: make([]string, n), ws: make([]wordHashes, n), tags: make([]int32, n),
			heads: make([]int32, n), labels: make([]int32, n)}
		for i, w := range s.Words {
			ex.forms[i] = w.Form
			buf = hashWord(w.Form, &ex.ws[i], buf)
			ex.tags[i] = tagID[tagPair{w.UPOS, w.XPOS}]
			ex.heads[i], ex.labels[i] = int32(w.Head-1), labelID[w.Deprel]
			if w.Head == 0 {
				ex.heads[i] = int32(n)
			}
			if w.Head < 0 || w.Head > n || w.Deprel == "" || w.Deprel == "_" {
				ex.heads, ex.labels = nil, nil
				break
			}
		}
		ex.pred = ex.tags
		exs = append(exs, ex)
	}
	return exs
}

// tagDict maps words seen at least 20 times with one tag class at least 97%
// of the time to that class.
func tagDict(exs []*example, classes int) map[string]int32 {
	counts := map[string][]int{}
	for _, ex := range exs {
		for i, f := range ex.forms {
			c := counts[f]
			if c == nil {
				c = make([]int, classes)
				counts[f] = c
			}
			c[ex.tags[i]]++
		}
	}
	dict := map[string]int32{}
	for f, c := range counts {
		total, best := 0, 0
		for i, n := range c {
			total += n
			if n > c[best] {
				best = i
			}
		}
		if total >= 20 && float64(c[best]) >= 0.97*float64(total) {
			dict[f] = int32(best)
		}
	}
	return dict
}

// minAmbiguityCount is how often a word must occur in training to get an
// ambiguity class.
const minAmbiguityCount = 5

// ambiguityClasses maps each lowercased training word seen at least
// minAmbiguityCount times to a hash of the tag classes that make up at
// least 5% of its occurrences.
func ambiguityClasses(exs []*example, classes int) map[uint64]uint64 {
	counts := map[uint64][]int{}
	for _, ex := range exs {
		for i, w := range ex.ws {
			c := counts[w.lower]
			if c == nil {
				c = make([]int, classes)
				counts[w.lower] = c
			}
			c[ex.tags[i]]++
		}
	}
	lex := make(map[uint64]uint64, len(counts))
	for w, c := range counts {
		total := 0
		for _, n := range c {
			total += n
		}
		if total < minAmbiguityCount {
			continue // a rare word's classes in training say too much about its tags there
		}
		h := uint64(fnvOffset)
		for k, n := range c {
			if 20*n >= total && n > 0 {
				h = mix(h, uint64(k+1))
			}
		}
		lex[w] = h
	}
	return lex
}
