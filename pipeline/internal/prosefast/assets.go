package prosefast

import (
	"bytes"
	"encoding/gob"
	"fmt"
)

// FromProseAssets builds a Model from prose's embedded gob files, read
// through asset (prose.Asset). gen uses it to write model.bin; it is kept
// here, without importing prose, so that a test can check that the
// embedded file is exactly what gen makes.
func FromProseAssets(asset func(name string) ([]byte, error)) (*Model, error) {
	var (
		tagWeights map[string]map[string]float64
		tagMap     map[string]string
		classes    []string
		mapping    map[string]int
		weights    []float64
		labels     []string
	)
	for _, a := range []struct {
		name string
		dst  any
	}{
		{"model/AveragedPerceptron/weights.gob", &tagWeights},
		{"model/AveragedPerceptron/tags.gob", &tagMap},
		{"model/AveragedPerceptron/classes.gob", &classes},
		{"model/Maxent/mapping.gob", &mapping},
		{"model/Maxent/weights.gob", &weights},
		{"model/Maxent/labels.gob", &labels},
	} {
		b, err := asset(a.name)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", a.name, err)
		}
		if err := gob.NewDecoder(bytes.NewReader(b)).Decode(a.dst); err != nil {
			return nil, fmt.Errorf("decode %s: %w", a.name, err)
		}
	}
	return FromProse(tagWeights, tagMap, classes, mapping, weights, labels)
}
