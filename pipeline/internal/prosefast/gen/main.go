// Command gen converts prose v2.0.0's embedded default model (gob files
// behind prose.Asset) into prosefast's compact model.bin. Run it through
// `go generate ./pipeline/internal/prosefast` after changing the prose
// version or the file format; the output is deterministic, and
// TestModelFileIsGenerated fails when model.bin is stale.
package main

import (
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
	m, err := prosefast.FromProseAssets(prose.Asset)
	if err != nil {
		return err
	}
	b, err := m.MarshalBinary()
	if err != nil {
		return err
	}
	return os.WriteFile(out, b, 0o644)
}
