// Command gen converts prose v2.0.0's embedded default model (gob files
// behind prose.Asset) into prosefast's compact model.bin. Run it through
// `go generate ./pipeline/internal/prosefast` after changing the prose
// version or the file format; the output is deterministic.
package main

import (
	"bytes"
	"encoding/gob"
	"flag"
	"fmt"
	"os"

	"github.com/jdkato/prose/v2"

	"github.com/lede-project/lede/pipeline/internal/prosefast"
)

func main() {
	out := flag.String("o", "model.bin", "output file")
	flag.Parse()
	if err := run(*out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(out string) error {
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
		b, err := prose.Asset(a.name)
		if err != nil {
			return fmt.Errorf("read %s: %w", a.name, err)
		}
		if err := gob.NewDecoder(bytes.NewReader(b)).Decode(a.dst); err != nil {
			return fmt.Errorf("decode %s: %w", a.name, err)
		}
	}
	m, err := prosefast.FromProse(tagWeights, tagMap, classes, mapping, weights, labels)
	if err != nil {
		return err
	}
	b, err := m.MarshalBinary()
	if err != nil {
		return err
	}
	return os.WriteFile(out, b, 0o644)
}
