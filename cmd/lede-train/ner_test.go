package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

const miniDoc = `# newdoc id = %s
# sent_id = 1
1	Anna	Anna	PROPN	NNP	_	2	nsubj	_	Entity=(1-person-new-x-x-1-sgl-Anna_Berg)
2	visited	visit	VERB	VBD	_	0	root	_	_
3	Oslo	Oslo	PROPN	NNP	_	2	obj	_	Entity=(2-place-new-x-x-1-sgl-Oslo)
4	.	.	PUNCT	.	_	2	punct	_	_

`

// TestGUMRecipeExclusions: training reads only GUM's train list, only the
// open genres, never news and never a document also listed as dev or test.
func TestGUMRecipeExclusions(t *testing.T) {
	dir := t.TempDir()
	write := func(path, text string) {
		p := filepath.Join(dir, path)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	train := []string{"GUM_bio_a", "GUM_news_b", "GUM_fiction_c", "GUM_voyage_d", "GUM_academic_e"}
	write("not-to-release/file-lists/files.train", strings.Join(train, "\n")+"\n")
	write("not-to-release/file-lists/files.dev", "GUM_interview_f\n")
	write("not-to-release/file-lists/files.test", "GUM_academic_e\n")
	for _, n := range append(train, "GUM_interview_f") {
		write("not-to-release/sources/"+n+".conllu", strings.ReplaceAll(miniDoc, "%s", n))
	}
	lookup := func(string) string { return "" }
	docs, err := gumDocs(source{dir: dir}, "train", lookup)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range docs {
		got = append(got, d.ID)
	}
	if d := cmp.Diff([]string{"GUM_bio_a", "GUM_voyage_d"}, got); d != "" {
		t.Errorf("training documents (-want +got):\n%s", d)
	}
	docs, err = gumDocs(source{dir: dir}, "dev", lookup)
	if err != nil || len(docs) != 1 || docs[0].ID != "GUM_interview_f" {
		t.Errorf("dev documents: %v, %v", docs, err)
	}
	want := []string{"B-PERSON", "O", "B-GPE", "O"}
	if d := cmp.Diff(want, docs[0].Sentences[0].Labels); d != "" {
		t.Errorf("labels (-want +got):\n%s", d)
	}
	if !slices.Contains(gumTrainGenres, "bio") || slices.Contains(gumTrainGenres, "news") {
		t.Error("genre list")
	}
}

func TestSplitText(t *testing.T) {
	text := "Mr. Ryabkov told TASS: \"Moscow won't accept.\"\nU.S. officials' view (Reuters) didn't change! Next"
	var got []string
	for _, s := range splitText(text) {
		var ws []string
		for _, tk := range s {
			if string([]rune(text)[tk.start:tk.end]) != tk.text {
				t.Errorf("token %q at %d:%d", tk.text, tk.start, tk.end)
			}
			ws = append(ws, tk.text)
		}
		got = append(got, strings.Join(ws, " "))
	}
	want := []string{
		`Mr. Ryabkov told TASS : " Moscow wo n't accept . "`,
		`U.S. officials ' view ( Reuters ) did n't change !`,
		`Next`,
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("splitText (-want +got):\n%s", d)
	}
}
