package ner

import (
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
)

// Sentence is one training or evaluation sentence: words and their BIO
// labels (same length), e.g. "B-PERSON", "I-PERSON", "O".
type Sentence struct {
	Words  []string
	Labels []string
	Doc    int // document number within its corpus, from 0 (ReadIOB counts -DOCSTART- lines)
	// Hints are another labeller's opinion of each word (see
	// Model.TagHinted), nil for none. The model is trained with hints
	// when any sentence has them.
	Hints []string
}

// TrainConfig holds the training settings. The zero value works.
type TrainConfig struct {
	// Types are the entity types to learn, in label order. Default PERSON,
	// ORG, GPE, LOC. Labels of other types in the data become O.
	Types []string
	// Epochs is the number of passes over the data. Default 12.
	Epochs int
	// Runs is the number of perceptrons trained (each on its own shuffles)
	// whose averaged weights are summed into the model, which evens out
	// the luck of one run's shuffles. Default 3.
	Runs int
	// Bits is log2 of the number of hashed feature rows. Default 20.
	Bits uint
	// Seed seeds the shuffling and the choice of headline copies. The same
	// data, config and seed give the same model, byte for byte.
	Seed uint64
	// CapsFraction is the fraction of sentences also trained as an
	// upper-case copy, so that headlines in capitals are tagged. Default
	// 0.1; negative means none.
	CapsFraction float64
	// VocabText is unlabeled text (sentences of words) whose lower-case
	// words make the model's common-word vocabulary; words must occur at
	// least VocabMin times (default 2). Nil means no vocabulary feature.
	VocabText [][]string
	VocabMin  int
	// DocFeatures trains with document features (see docfeat.go):
	// sentences with the same Sentence.Doc next to each other form a
	// document. DocDropout is the share of sentences trained without them
	// (default 0.8), so that Tag works without them.
	DocFeatures bool
	DocDropout  float64
	// DocFolds, when above 1, takes the document features of training
	// sentences from a model trained without their document (k-fold
	// jackknife, document d in fold d mod DocFolds) instead of from gold
	// labels, so that they are as noisy as TagDocument's first pass.
	// Default 0: gold.
	DocFolds int
	// HintDropout is the share of sentences with hints trained without
	// them, so that Tag without hints still works. Default 0.1; negative
	// means none.
	HintDropout float64
	// Log receives one progress line per epoch. Default: none.
	Log io.Writer
}

// DefaultTypes are the entity types of the shipped model.
var DefaultTypes = []string{"PERSON", "ORG", "GPE", "LOC"}

func (c *TrainConfig) defaults() {
	if len(c.Types) == 0 {
		c.Types = DefaultTypes
	}
	if c.Epochs == 0 {
		c.Epochs = 12
	}
	if c.Runs == 0 {
		c.Runs = 3
	}
	if c.Bits == 0 {
		c.Bits = 20
	}
	if c.CapsFraction == 0 {
		c.CapsFraction = 0.1
	}
	if c.DocDropout == 0 {
		c.DocDropout = 0.8
	}
	if c.HintDropout == 0 {
		c.HintDropout = 0.1
	}
	if c.VocabMin == 0 {
		c.VocabMin = 2
	}
	if c.Log == nil {
		c.Log = io.Discard
	}
}

// example is a sentence prepared for training: static features per token
// and gold label numbers.
type example struct {
	toks   []token
	static [][]uint64
	gold   []int
}

// perceptron holds the weights being trained and the sums for averaging.
type perceptron struct {
	nl    int
	shift uint
	w     []float32
	total []float64
	stamp []int64
	clock int64
}

func (p *perceptron) update(h uint64, label int, delta float32) {
	i := int(h>>p.shift)*p.nl + label
	p.total[i] += float64(p.clock-p.stamp[i]) * float64(p.w[i])
	p.stamp[i] = p.clock
	p.w[i] += delta
}

// Train learns a model from sentences with an averaged perceptron, greedy
// left to right, each decision seeing the two labels it predicted before.
// It is deterministic for a given input and config.
func Train(sents []Sentence, cfg TrainConfig) (*Model, error) {
	cfg.defaults()
	if cfg.Bits > maxBits {
		return nil, fmt.Errorf("train: %d bits: at most %d", cfg.Bits, maxBits)
	}
	labels := labelNames(cfg.Types)
	index := make(map[string]int, len(labels))
	for i, l := range labels {
		index[l] = i
	}
	rng := rand.New(rand.NewPCG(cfg.Seed, 0x6c656465))
	voc := buildVocab(cfg.VocabText, cfg.VocabMin)
	for si, s := range sents {
		if len(s.Words) != len(s.Labels) {
			return nil, fmt.Errorf("train: sentence %d: %d words, %d labels", si, len(s.Words), len(s.Labels))
		}
		if s.Hints != nil && len(s.Hints) != len(s.Words) {
			return nil, fmt.Errorf("train: sentence %d: %d words, %d hints", si, len(s.Words), len(s.Hints))
		}
	}
	data, err := prepareAll(sents, cfg, index, voc, rng)
	if err != nil {
		return nil, err
	}
	nl := len(labels)
	var sum []float32
	for run := range cfg.Runs {
		avg := trainRun(data, nl, cfg, rng, run)
		if sum == nil {
			sum = avg
			continue
		}
		for i, a := range avg {
			sum[i] += a
		}
	}
	m := quantize(sum, cfg, labels)
	m.vocab = voc
	m.docFeatures = cfg.DocFeatures
	m.hinted = slices.ContainsFunc(sents, func(s Sentence) bool { return s.Hints != nil })
	return m, nil
}

// prepareAll prepares every sentence for training, with document features
// (from gold labels or a jackknife) where cfg asks for them, and the
// upper-case copies.
func prepareAll(sents []Sentence, cfg TrainConfig, index map[string]int, voc vocab, rng *rand.Rand) ([]example, error) {
	var data []example
	var runes []rune
	docs := groupDocs(sents)
	var pred [][]int // per sentence, the labels document features are taken from
	if cfg.DocFeatures && cfg.DocFolds > 1 {
		var err error
		if pred, err = jackknife(sents, docs, cfg, index); err != nil {
			return nil, err
		}
	}
	for _, se := range docs {
		start, end := se[0], se[1]
		var doc *docIndex
		if cfg.DocFeatures {
			words, nums := make([][]string, end-start), make([][]int, end-start)
			for i, s := range sents[start:end] {
				words[i] = s.Words
				if pred != nil {
					nums[i] = pred[start+i]
					continue
				}
				nums[i] = make([]int, len(s.Labels))
				for j, l := range s.Labels {
					if k, ok := index[l]; ok {
						nums[i][j] = k
					}
				}
			}
			doc = newDocIndex(words, nums, index["B-PERSON"])
		}
		for si, s := range sents[start:end] {
			if len(s.Words) == 0 {
				continue
			}
			d := doc
			if d != nil && rng.Float64() < cfg.DocDropout {
				d = nil
			}
			hints := s.Hints
			if hints != nil && rng.Float64() < cfg.HintDropout {
				hints = nil
			}
			data = append(data, prepare(s.Words, s.Labels, hints, index, &runes, voc, d, si))
			if cfg.CapsFraction > 0 && rng.Float64() < cfg.CapsFraction {
				up := make([]string, len(s.Words))
				for i, w := range s.Words {
					up[i] = strings.ToUpper(w)
				}
				data = append(data, prepare(up, s.Labels, hints, index, &runes, voc, nil, 0))
			}
		}
	}
	return data, nil
}

// groupDocs returns the [start, end) sentence ranges of the documents:
// neighbouring sentences with the same Doc.
func groupDocs(sents []Sentence) [][2]int {
	var docs [][2]int
	for start := 0; start < len(sents); {
		end := start + 1
		for end < len(sents) && sents[end].Doc == sents[start].Doc {
			end++
		}
		docs = append(docs, [2]int{start, end})
		start = end
	}
	return docs
}

// jackknife tags each document's sentences with a model trained (without
// document features, one run) on the documents of the other folds.
func jackknife(sents []Sentence, docs [][2]int, cfg TrainConfig, index map[string]int) ([][]int, error) {
	pred := make([][]int, len(sents))
	for k := range cfg.DocFolds {
		var train []Sentence
		for d, se := range docs {
			if d%cfg.DocFolds != k {
				train = append(train, sents[se[0]:se[1]]...)
			}
		}
		sub := cfg
		sub.DocFeatures, sub.Runs, sub.Log = false, 1, io.Discard
		m, err := Train(train, sub)
		if err != nil {
			return nil, err
		}
		var out []string
		for d, se := range docs {
			if d%cfg.DocFolds != k {
				continue
			}
			for i := se[0]; i < se[1]; i++ {
				out = m.TagHinted(sents[i].Words, sents[i].Hints, out)
				pred[i] = make([]int, len(out))
				for j, l := range out {
					pred[i][j] = index[l]
				}
			}
		}
		fmt.Fprintf(cfg.Log, "fold %d of %d tagged\n", k+1, cfg.DocFolds)
	}
	return pred, nil
}

// trainRun runs the epochs of one perceptron over the data and returns its
// averaged weights.
func trainRun(data []example, nl int, cfg TrainConfig, rng *rand.Rand, run int) []float32 {
	rows := 1 << cfg.Bits
	p := &perceptron{nl: nl, shift: 64 - cfg.Bits,
		w: make([]float32, rows*nl), total: make([]float64, rows*nl), stamp: make([]int64, rows*nl)}
	scores := make([]float32, nl)
	var feats [maxFeatures + 8]uint64
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	for epoch := range cfg.Epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		wrong, total := 0, 0
		for _, ei := range order {
			ex := &data[ei]
			prev, prev2 := nl, nl
			for i := range ex.toks {
				p.clock++
				n := copy(feats[:], ex.static[i])
				n += prevFeatures(ex.toks, i, prev, prev2, feats[n:])
				clear(scores)
				for _, h := range feats[:n] {
					row := p.w[int(h>>p.shift)*nl:][:nl]
					for l, v := range row {
						scores[l] += v
					}
				}
				best := -1
				for l := range nl {
					if allowed(prev, l) && (best < 0 || scores[l] > scores[best]) {
						best = l
					}
				}
				gold := ex.gold[i]
				if !allowed(prev, gold) {
					gold-- // I-X after a wrong label: the best reachable is B-X
				}
				if best != gold {
					wrong++
					for _, h := range feats[:n] {
						p.update(h, gold, 1)
						p.update(h, best, -1)
					}
				}
				total++
				prev2, prev = prev, best
			}
		}
		fmt.Fprintf(cfg.Log, "run %d epoch %d: %d of %d tokens wrong (%.2f%%)\n", run+1, epoch+1, wrong, total, 100*float64(wrong)/float64(max(total, 1)))
	}
	return p.average()
}

// prepare analyses one sentence and converts its labels to numbers; labels
// of unknown types become O and a stray I- label becomes B-.
func prepare(words, labels, hints []string, index map[string]int, runes *[]rune, v vocab, doc *docIndex, si int) example {
	ex := example{toks: tokens(words, nil, runes, v), gold: make([]int, len(words))}
	caps := capsLine(ex.toks)
	var f [maxFeatures + 8]uint64
	for i := range ex.toks {
		n := staticFeatures(ex.toks, i, caps, f[:])
		n += doc.features(si, words[i], i == 0, len(index), f[n:])
		n += hintFeatures(ex.toks, hints, i, f[n:])
		ex.static = append(ex.static, slices.Clone(f[:n]))
		l, ok := index[labels[i]]
		if !ok {
			l = 0
		}
		prev := len(index)
		if i > 0 {
			prev = ex.gold[i-1]
		}
		if !allowed(prev, l) {
			l--
		}
		ex.gold[i] = l
	}
	return ex
}

// average finishes the averaging.
func (p *perceptron) average() []float32 {
	avg := make([]float32, len(p.w))
	for i, w := range p.w {
		avg[i] = float32((p.total[i] + float64(p.clock-p.stamp[i])*float64(w)) / float64(max(p.clock, 1)))
	}
	return avg
}

// quantize turns summed weights into a model with int16 weights.
func quantize(avg []float32, cfg TrainConfig, labels []string) *Model {
	maxAbs := 0.0
	for _, a := range avg {
		maxAbs = max(maxAbs, math.Abs(float64(a)))
	}
	scale := float32(maxAbs / 32767)
	if scale == 0 {
		scale = 1
	}
	m := &Model{types: slices.Clone(cfg.Types), labels: labels, bits: cfg.Bits, scale: scale,
		w: make([]int16, len(avg))}
	for i, a := range avg {
		m.w[i] = int16(math.Round(float64(a / scale)))
	}
	return m
}
