package ner

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite testdata/pinned.golden from the embedded model")

func mustLoad(t testing.TB) *Model {
	t.Helper()
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func testSentences(t testing.TB) [][]string {
	t.Helper()
	data, err := os.ReadFile("testdata/sentences.txt")
	if err != nil {
		t.Fatal(err)
	}
	var out [][]string
	for _, l := range strings.Split(string(data), "\n") {
		if l != "" && !strings.HasPrefix(l, "#") {
			out = append(out, strings.Split(l, " "))
		}
	}
	return out
}

// render writes a sentence with its entities in brackets: [PERSON Sergei Ryabkov].
func render(words, labels []string) string {
	var b strings.Builder
	spans := Spans(labels)
	k := 0
	for i := 0; i < len(words); i++ {
		if i > 0 {
			b.WriteByte(' ')
		}
		if k < len(spans) && spans[k].Start == i {
			sp := spans[k]
			b.WriteString("[" + sp.Label + " " + strings.Join(words[sp.Start:sp.End], " ") + "]")
			i = sp.End - 1
			k++
			continue
		}
		b.WriteString(words[i])
	}
	return b.String()
}

// TestPinned pins the embedded model's output on a few sentences, so that
// a retrained model's changes show up as a reviewed diff.
func TestPinned(t *testing.T) {
	m := mustLoad(t)
	var got strings.Builder
	for _, s := range testSentences(t) {
		got.WriteString(render(s, m.Tag(s, nil)) + "\n")
	}
	if *update {
		if err := os.WriteFile("testdata/pinned.golden", []byte(got.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile("testdata/pinned.golden")
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(string(want), got.String()); d != "" {
		t.Errorf("pinned output changed (-want +got); run go test -update and review:\n%s", d)
	}
}

// TestHeadlineFacts checks facts that should survive retraining.
func TestHeadlineFacts(t *testing.T) {
	m := mustLoad(t)
	words := strings.Fields("Sergei Ryabkov told TASS that Moscow would not accept the offer .")
	got := render(words, m.Tag(words, nil))
	for _, want := range []string{"[PERSON Sergei Ryabkov]", "[GPE Moscow]"} {
		if !strings.Contains(got, want) {
			t.Errorf("%q lacks %s", got, want)
		}
	}
}

func TestTagReusesOut(t *testing.T) {
	m := mustLoad(t)
	words := strings.Fields("Joe Biden visited Kyiv .")
	out := make([]string, 0, 16)
	got := m.Tag(words, out)
	if len(got) != len(words) || &got[0] != &out[:1][0] {
		t.Errorf("Tag did not reuse out: %v", got)
	}
	if got := m.Tag(nil, out); len(got) != 0 {
		t.Errorf("Tag(nil) = %v", got)
	}
}

func TestSpans(t *testing.T) {
	for _, tc := range []struct {
		labels []string
		want   []Span
	}{
		{nil, nil},
		{[]string{"O", "B-PERSON", "I-PERSON", "O"}, []Span{{1, 3, "PERSON"}}},
		{[]string{"B-GPE", "B-GPE", "I-ORG"}, []Span{{0, 1, "GPE"}, {1, 2, "GPE"}, {2, 3, "ORG"}}},
		{[]string{"I-LOC", "I-LOC", "O", "B-ORG"}, []Span{{0, 2, "LOC"}, {3, 4, "ORG"}}},
	} {
		if d := cmp.Diff(tc.want, Spans(tc.labels)); d != "" {
			t.Errorf("Spans(%v) (-want +got):\n%s", tc.labels, d)
		}
	}
}

// TestConcurrent tags from many goroutines; run with -race.
func TestConcurrent(t *testing.T) {
	m := mustLoad(t)
	sents := testSentences(t)
	want := make([]string, len(sents))
	for i, s := range sents {
		want[i] = strings.Join(m.Tag(s, nil), " ")
	}
	wantDoc := fmt.Sprint(m.TagDocument(sents, nil))
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			var out []string
			var doc [][]string
			for r := range 50 {
				i := (g + r) % len(sents)
				out = m.Tag(sents[i], out)
				if got := strings.Join(out, " "); got != want[i] {
					t.Errorf("goroutine %d: sentence %d: %s, want %s", g, i, got, want[i])
					return
				}
				if r%10 == 0 {
					if doc = m.TagDocument(sents, doc); fmt.Sprint(doc) != wantDoc {
						t.Errorf("goroutine %d: TagDocument differs", g)
						return
					}
				}
			}
		})
	}
	wg.Wait()
}

// FuzzTag checks invariants on any words: no panic, one label per word,
// every label one of the model's, I- only after B-/I- of its type.
//
//	go test ./nlp/ner -run '^$' -fuzz FuzzTag -fuzztime 30s
func FuzzTag(f *testing.F) {
	m := mustLoad(f)
	f.Add("Sergei Ryabkov told TASS")
	f.Add("")
	f.Add("\xff\xfe  ÉCOLE   -   Ü.S.  ''")
	f.Add(strings.Repeat("A", 300))
	labels := map[string]bool{}
	for _, l := range m.Labels() {
		labels[l] = true
	}
	f.Fuzz(func(t *testing.T, s string) {
		words := strings.Split(s, " ")
		out := m.Tag(words, nil)
		if len(out) != len(words) {
			t.Fatalf("%d labels for %d words", len(out), len(words))
		}
		for i, l := range out {
			if !labels[l] {
				t.Fatalf("label %q", l)
			}
			if strings.HasPrefix(l, "I-") && (i == 0 || out[i-1][2:] != l[2:]) {
				t.Fatalf("%q at %d after %q", l, i, out[max(i-1, 0)])
			}
		}
		for _, sp := range Spans(out) {
			if sp.Start < 0 || sp.End > len(words) || sp.Start >= sp.End {
				t.Fatalf("span %+v", sp)
			}
		}
	})
}

// FuzzTagDocument checks that any document (sentences split at '|', words
// at ' ') is tagged without panic, one valid label per word.
//
//	go test ./nlp/ner -run '^$' -fuzz FuzzTagDocument -fuzztime 30s
func FuzzTagDocument(f *testing.F) {
	m := mustLoad(f)
	f.Add("Gloria Montalvo said .|Montalvo left|MONTALVO")
	f.Add("||")
	f.Add("A B|B A|A")
	f.Fuzz(func(t *testing.T, s string) {
		var doc [][]string
		for _, sent := range strings.Split(s, "|") {
			doc = append(doc, strings.Split(sent, " "))
		}
		out := m.TagDocument(doc, nil)
		if len(out) != len(doc) {
			t.Fatalf("%d sentences tagged of %d", len(out), len(doc))
		}
		for i := range doc {
			if len(out[i]) != len(doc[i]) {
				t.Fatalf("sentence %d: %d labels for %d words", i, len(out[i]), len(doc[i]))
			}
			for j, l := range out[i] {
				if strings.HasPrefix(l, "I-") && (j == 0 || out[i][j-1][2:] != l[2:]) {
					t.Fatalf("%q at %d after %q", l, j, out[i][max(j-1, 0)])
				}
			}
		}
	})
}

// tinyCorpus is a made-up training set for the training tests.
func tinyCorpus() []Sentence {
	var out []Sentence
	for _, l := range []string{
		"Anna/B-PERSON Berg/I-PERSON works/O for/O Acme/B-ORG Corp/I-ORG in/O Oslo/B-GPE ./O",
		"The/O Nile/B-LOC flows/O north/O ./O",
		"Acme/B-ORG hired/O Anna/B-PERSON ./O",
		"She/O moved/O to/O Paris/B-GPE last/O year/O ./O",
		"Bob/B-PERSON Stone/I-PERSON visited/O the/O Alps/B-LOC ./O",
	} {
		var s Sentence
		for _, wl := range strings.Fields(l) {
			w, lab, _ := strings.Cut(wl, "/")
			s.Words = append(s.Words, w)
			s.Labels = append(s.Labels, lab)
		}
		out = append(out, s)
	}
	return out
}

func encode(t *testing.T, m *Model) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := m.Encode(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestTrainDeterministic: same data and seed, same bytes; the model
// decodes to the same weights and learns its training data.
func TestTrainDeterministic(t *testing.T) {
	cfg := TrainConfig{Seed: 7, Bits: 12, Epochs: 8, CapsFraction: 0.5}
	m1, err := Train(tinyCorpus(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	m2, err := Train(tinyCorpus(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	b1, b2 := encode(t, m1), encode(t, m2)
	if !bytes.Equal(b1, b2) {
		t.Fatal("same seed, different model bytes")
	}
	d, err := Decode(b1)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(encode(t, d), b1) {
		t.Fatal("decode+encode changed the model")
	}
	for _, s := range tinyCorpus() {
		if d := cmp.Diff(s.Labels, d.Tag(s.Words, nil)); d != "" {
			t.Errorf("%v (-want +got):\n%s", s.Words, d)
		}
	}
	cfg.Seed = 8
	m3, err := Train(tinyCorpus(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(encode(t, m3), b1) {
		t.Log("another seed gave the same bytes (possible on a tiny corpus)")
	}
}

func TestDecodeRejectsGarbage(t *testing.T) {
	for _, data := range [][]byte{nil, []byte("LEDENER1"), []byte("not gzip at all")} {
		if _, err := Decode(data); err == nil {
			t.Errorf("Decode(%q) succeeded", data)
		}
	}
	var b bytes.Buffer
	m := &Model{types: []string{"X"}, labels: labelNames([]string{"X"}), bits: 4, scale: 1, w: make([]int16, 16*3)}
	if err := m.Encode(&b); err != nil {
		t.Fatal(err)
	}
	full := b.Bytes()
	if _, err := Decode(full); err != nil {
		t.Fatalf("Decode(valid): %v", err)
	}
}

func TestTagDocumentAgreement(t *testing.T) {
	m := mustLoad(t)
	doc := [][]string{
		strings.Fields("Gloria Montalvo , a nurse from Texas , was arrested on Monday ."),
		strings.Fields("Montalvo said she would appeal ."),
	}
	got := m.TagDocument(doc, nil)
	if len(got) != 2 || len(got[1]) != len(doc[1]) {
		t.Fatalf("TagDocument = %v", got)
	}
	if got[0][0] == "B-PERSON" && got[0][1] == "I-PERSON" && got[1][0] != "B-PERSON" {
		t.Errorf("Montalvo alone = %s, want B-PERSON after [PERSON Gloria Montalvo]", got[1][0])
	}
}

// TestTrainHints: a model trained with hints that agree with the labels of
// made-up words (whose shapes say nothing) follows them where the words
// themselves are unseen, and the file keeps that it was trained with hints.
func TestTrainHints(t *testing.T) {
	var sents []Sentence
	kinds := []string{"PERSON", "ORG", "GPE"}
	for i := range 60 {
		k := kinds[i%3]
		name := fmt.Sprintf("Zq%dx", i)
		sents = append(sents, Sentence{
			Words:  []string{"we", "saw", name, "today"},
			Labels: []string{"O", "O", "B-" + k, "O"},
			Hints:  []string{"O", "O", "B-" + k + "|rule", "O"},
			Doc:    i,
		})
	}
	m, err := Train(sents, TrainConfig{Seed: 1, Bits: 14, Epochs: 6, CapsFraction: -1, HintDropout: -1})
	if err != nil {
		t.Fatal(err)
	}
	d, err := Decode(encode(t, m))
	if err != nil {
		t.Fatal(err)
	}
	if !d.Hinted() {
		t.Error("decoded model: Hinted() = false")
	}
	words := []string{"we", "saw", "Wv7y", "today"}
	for _, k := range kinds {
		got := d.TagHinted(words, []string{"O", "O", "B-" + k + "|rule", "O"}, nil)
		if got[2] != "B-"+k {
			t.Errorf("hint B-%s: tagged %v", k, got)
		}
	}
	// Hints of the wrong length are ignored, not read out of range.
	if got := d.TagHinted(words, []string{"O"}, nil); len(got) != len(words) {
		t.Errorf("short hints: %v", got)
	}
	plain, err := Train(tinyCorpus(), TrainConfig{Seed: 1, Bits: 12, Epochs: 2})
	if err != nil {
		t.Fatal(err)
	}
	if plain.Hinted() {
		t.Error("model trained without hints: Hinted() = true")
	}
}
