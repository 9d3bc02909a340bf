package pipeline

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDumpBodies writes the HTML stage's output for every page of a corpus
// directory as score_body.py predictions, without the NLP stages. It runs
// only when LEDE_DUMP_BODIES names the output file:
//
//	LEDE_DUMP_BODIES=/tmp/pred.json go test -run TestDumpBodies ./pipeline
//	python3 ../shared/tools/score_body.py \
//	  ../shared/corpora/article-extraction/ground-truth.json /tmp/pred.json
//
// scripts/eval-body.sh is the reference evaluation (through the CLI).
func TestDumpBodies(t *testing.T) {
	out := os.Getenv("LEDE_DUMP_BODIES")
	if out == "" {
		t.Skip("LEDE_DUMP_BODIES not set")
	}
	pages, _ := filepath.Glob(filepath.Join(sharedCorpus, "html", "*.html"))
	if len(pages) == 0 {
		t.Skip("no corpus at " + sharedCorpus)
	}
	pred := map[string]map[string]string{}
	for _, p := range pages {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		d, err := parseHTML(b, "")
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		id := strings.TrimSuffix(filepath.Base(p), ".html")
		pred[id] = map[string]string{"articleBody": d.Text, "title": d.Title, "published": formatPublished(d.Published, d.HasTime), "authors": strings.Join(d.Authors, "; "), "site": d.Site, "url": d.Canonical, "lang": detectLanguage(d.Text), "htmllang": d.Language}
	}
	b, err := json.MarshalIndent(pred, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(out, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// sharedCorpus is the article-extraction corpus of the shared yardsticks,
// absent on machines without ../shared.
const sharedCorpus = "../../shared/corpora/article-extraction"
