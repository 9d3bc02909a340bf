package depparse

import (
	"fmt"
	"io"
	"math/rand/v2"
)

// trainTagger trains the tagger's perceptron on exs for cfg.TagEpochs
// passes, in an order shuffled by rng. Words in dict are neither scored
// nor learned from.
func trainTagger(exs []*example, dict map[string]int32, classes int, cfg TrainConfig, rng *rand.Rand, log io.Writer) *linear {
	a := newAveraged(classes, cfg.TagBits)
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	scores := make([]float32, classes)
	var feats []uint32
	var tags []int32
	for epoch := range cfg.TagEpochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		right, total := 0, 0
		for _, k := range order {
			ex := exs[k]
			tags = append(tags[:0], ex.tags...)
			for i := range ex.ws {
				if c, ok := dict[ex.forms[i]]; ok {
					tags[i] = c
					continue
				}
				feats = tagFeatures(ex.ws, tags, i, feats[:0])
				clear(scores)
				a.score(feats, scores)
				p := int32(argmax(scores))
				a.tick()
				if p != ex.tags[i] {
					a.update(feats, int(ex.tags[i]), 1)
					a.update(feats, int(p), -1)
				} else {
					right++
				}
				total++
				tags[i] = p
			}
		}
		fmt.Fprintf(log, "tagger epoch %d: %.4f of scored words right\n", epoch+1, float64(right)/float64(max(total, 1)))
	}
	return a.finish(cfg.Prune)
}

// jackknife sets ex.pred for every example to the tags a tagger trained on
// the other cfg.Folds-1 folds predicts, so the parser learns from tags as
// noisy as it will see. With one fold the gold tags stay.
func jackknife(exs []*example, m *Model, cfg TrainConfig, rng *rand.Rand) {
	if cfg.Folds < 2 {
		return
	}
	classes := len(m.tagger.classes)
	for f := range cfg.Folds {
		var rest, held []*example
		for i, ex := range exs {
			if i%cfg.Folds == f {
				held = append(held, ex)
			} else {
				rest = append(rest, ex)
			}
		}
		// The fold's tagger knows only the ambiguity classes of its own
		// training words, as the real one knows none of the dev words'.
		t := tagger{classes: m.tagger.classes, dict: m.tagger.dict, byHash: m.tagger.byHash,
			lexicon: ambiguityClasses(rest, classes)}
		for _, ex := range exs {
			t.setAmbiguity(ex.ws)
		}
		t.model = trainTagger(rest, m.tagger.dict, classes, cfg, rng, io.Discard)
		scores := make([]int32, classes)
		var feats []uint32
		right, total := 0, 0
		for _, ex := range held {
			ex.pred = make([]int32, len(ex.ws))
			feats = t.tag(ex.forms, ex.ws, ex.pred, feats, scores)
			for i := range ex.pred {
				if ex.pred[i] == ex.tags[i] {
					right++
				}
				total++
			}
		}
		fmt.Fprintf(cfg.Log, "jackknife fold %d: tags %.4f right\n", f+1, float64(right)/float64(max(total, 1)))
	}
	for _, ex := range exs {
		m.tagger.setAmbiguity(ex.ws)
	}
}
