package depparse

import (
	"bytes"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// tinyConfig trains small and fast.
var tinyConfig = TrainConfig{Seed: 7, TagEpochs: 3, ParseEpochs: 3, Folds: 2, TagBits: 12, ParseBits: 12, LabelBits: 12}

func TestTrainDeterministic(t *testing.T) {
	sents := readTiny(t)
	var models [][]byte
	for range 2 {
		m, err := Train(sents, tinyConfig)
		if err != nil {
			t.Fatal(err)
		}
		data, err := m.Encode()
		if err != nil {
			t.Fatal(err)
		}
		models = append(models, data)
	}
	if !bytes.Equal(models[0], models[1]) {
		t.Error("two trainings with one seed gave different model bytes")
	}
	m, err := Decode(models[0])
	if err != nil {
		t.Fatal(err)
	}
	again, err := m.Encode()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(models[0], again) {
		t.Error("decode then encode changed the model bytes")
	}
}

func TestTrainLearnsTinyCorpus(t *testing.T) {
	sents := readTiny(t)
	cfg := tinyConfig
	cfg.TagEpochs, cfg.ParseEpochs, cfg.Folds = 10, 10, 1
	m, err := Train(sents, cfg)
	if err != nil {
		t.Fatal(err)
	}
	sc := Evaluate(m, sents)
	if sc.UPOS() < 0.9 || sc.UAS() < 0.9 {
		t.Errorf("on its own training data: UPOS %.3f UAS %.3f, want ≥ 0.9", sc.UPOS(), sc.UAS())
	}
}

func TestDecodeCorrupt(t *testing.T) {
	m, err := Train(readTiny(t), tinyConfig)
	if err != nil {
		t.Fatal(err)
	}
	data, _ := m.Encode()
	for _, bad := range [][]byte{nil, []byte("not gzip"), data[:len(data)/2]} {
		if _, err := Decode(bad); err == nil {
			t.Errorf("Decode of %d bad bytes: no error", len(bad))
		}
	}
}

// followOracle parses ex taking the first zero-cost move each time and
// returns the heads it builds.
func followOracle(ex *example) []int32 {
	var s state
	s.reset(len(ex.ws))
	for !s.done() {
		for _, m := range []int{left, right, shift} {
			if s.valid(m) && moveCost(&s, ex.heads, m) == 0 {
				s.apply(m, 0)
				break
			}
		}
	}
	return s.heads[:len(ex.ws)]
}

func TestOracleRebuildsProjectiveTrees(t *testing.T) {
	sents := readTiny(t)
	classes, labels := inventory(sents)
	for i, ex := range examples(sents, classes, labels) {
		if !projective(ex.heads) {
			continue
		}
		if diff := cmp.Diff(ex.heads, followOracle(ex)); diff != "" {
			t.Errorf("sentence %d (-gold +oracle):\n%s", i, diff)
		}
	}
}
