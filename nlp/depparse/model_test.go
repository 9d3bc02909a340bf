package depparse

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/lede-project/lede/internal/cputime"
)

var update = flag.Bool("update", false, "rewrite testdata/pinned.golden")

func loadModel(t testing.TB) *Model {
	t.Helper()
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// checkTree returns why toks is not a tree over n words, or nil.
func checkTree(toks []Token, n int) error {
	if len(toks) != n {
		return fmt.Errorf("%d tokens for %d words", len(toks), n)
	}
	roots := 0
	for i, t := range toks {
		if t.Head == -1 {
			roots++
			if t.Dep != "root" {
				return fmt.Errorf("root %d has relation %q", i, t.Dep)
			}
			continue
		}
		if t.Head < 0 || t.Head >= n || t.Head == i {
			return fmt.Errorf("token %d has head %d", i, t.Head)
		}
		if t.Dep == "" || t.Dep == "root" {
			return fmt.Errorf("non-root token %d has relation %q", i, t.Dep)
		}
	}
	if n > 0 && roots != 1 {
		return fmt.Errorf("%d roots", roots)
	}
	for i := range toks {
		h := i
		for steps := 0; toks[h].Head != -1; steps++ {
			if steps > n {
				return fmt.Errorf("cycle through token %d", i)
			}
			h = toks[h].Head
		}
	}
	return nil
}

// newsSentences are pre-tokenised sentences of the kinds news is made of.
var newsSentences = []string{
	"Smith , a spokesman for the company , said the deal was dead .",
	"\" We will meet in Geneva on Monday , \" said Sergei Ryabkov .",
	"The contract was signed by both ministers in Moscow last week .",
	"According to the police , the suspect fled before dawn .",
	"Shares of Apple rose 3 % after the company 's earnings beat expectations .",
	"The minister , who arrived on Tuesday , told reporters that talks would continue .",
	"He gave up his seat in 2019 and moved to Berlin .",
	"Russia 's deputy foreign minister warned that the United States was making a mistake .",
}

func TestPinnedParses(t *testing.T) {
	m := loadModel(t)
	var sents []Sentence
	for _, line := range newsSentences {
		toks := m.Parse(strings.Fields(line), nil)
		s := Sentence{Comments: []string{"text = " + line}}
		for i, tk := range toks {
			s.Words = append(s.Words, Word{ID: i + 1, Form: tk.Text, Lemma: tk.Lemma, UPOS: tk.UPOS,
				XPOS: tk.Tag, Head: tk.Head + 1, Deprel: tk.Dep})
		}
		sents = append(sents, s)
	}
	var buf bytes.Buffer
	if err := WriteCoNLLU(&buf, sents); err != nil {
		t.Fatal(err)
	}
	const golden = "testdata/pinned.golden"
	if *update {
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), buf.String()); diff != "" {
		t.Errorf("parses changed (-want +got); rerun with -update and review:\n%s", diff)
	}
}

// TestHeadlineParses checks the facts extractors will rely on, which
// should survive retraining: who said it, the agent of a passive, the
// source of "according to", a particle verb.
func TestHeadlineParses(t *testing.T) {
	m := loadModel(t)
	for _, c := range []struct {
		sentence       int
		dep, head, rel string
	}{
		{0, "Smith", "said", "nsubj"},
		{0, "spokesman", "Smith", "appos"},
		{0, "dead", "said", "ccomp"},
		{1, "Ryabkov", "said", "nsubj"},
		{1, "meet", "said", "ccomp"},
		{2, "contract", "signed", "nsubj:pass"},
		{2, "ministers", "signed", "obl:agent"},
		{3, "police", "fled", "obl"},
		{3, "suspect", "fled", "nsubj"},
		{6, "up", "gave", "compound:prt"},
	} {
		words := strings.Fields(newsSentences[c.sentence])
		toks := m.Parse(words, nil)
		d := slices.Index(words, c.dep)
		got := "root"
		if h := toks[d].Head; h >= 0 {
			got = words[h]
		}
		if got != c.head || toks[d].Dep != c.rel {
			t.Errorf("%q: %s is %s of %s, want %s of %s", newsSentences[c.sentence], c.dep, toks[d].Dep, got, c.rel, c.head)
		}
	}
}

func TestParseEmpty(t *testing.T) {
	m := loadModel(t)
	if got := m.Parse(nil, nil); len(got) != 0 {
		t.Errorf("Parse(nil) = %v", got)
	}
}

// Run with: go test ./nlp/depparse -run '^$' -fuzz FuzzParse
func FuzzParse(f *testing.F) {
	m := loadModel(f)
	for _, s := range newsSentences {
		f.Add(s)
	}
	f.Add("")
	f.Add("\x00 \xff\xfe ☃ 東京 " + strings.Repeat("x", 5000))
	f.Fuzz(func(t *testing.T, in string) {
		// Split on a control character so that empty words occur too.
		words := strings.Split(in, "\x01")
		if in == "" {
			words = nil
		}
		toks := m.Parse(words, nil)
		if err := checkTree(toks, len(words)); err != nil {
			t.Fatalf("%q: %v", words, err)
		}
	})
}

func TestParseTreesOnOddInput(t *testing.T) {
	m := loadModel(t)
	for _, words := range [][]string{
		{""}, {"", "", ""}, {"."}, {strings.Repeat("é", 10000)},
		strings.Fields(strings.Repeat("the ", 300)),
		{"東京", "で", "会う", "\u200b", "🙂"},
	} {
		if err := checkTree(m.Parse(words, nil), len(words)); err != nil {
			t.Errorf("%.40q: %v", words, err)
		}
	}
}

func TestConcurrentParse(t *testing.T) {
	m := loadModel(t)
	want := make([][]Token, len(newsSentences))
	for i, s := range newsSentences {
		want[i] = m.Parse(strings.Fields(s), nil)
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			var out []Token
			for k := range 20 {
				i := (g + k) % len(newsSentences)
				out = m.Parse(strings.Fields(newsSentences[i]), out)
				if diff := cmp.Diff(want[i], out); diff != "" {
					t.Errorf("goroutine %d: (-want +got):\n%s", g, diff)
					return
				}
			}
		})
	}
	wg.Wait()
}

// TestLoadTime reports how long decoding the embedded model takes; it
// asserts nothing about the time (machines differ).
func TestLoadTime(t *testing.T) {
	start := time.Now()
	if _, err := Decode(embedded); err != nil {
		t.Fatal(err)
	}
	t.Logf("decoding the %d-byte embedded model took %s", len(embedded), time.Since(start))
}

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Decode(embedded); err != nil {
			b.Fatal(err)
		}
	}
}

// tokenize splits a line of plain text into words the way UD English
// does for the simple cases: punctuation and "'s" apart from words.
func tokenize(line string) []string {
	var words []string
	for _, f := range strings.Fields(line) {
		var tail []string
		for len(f) > 1 && strings.ContainsAny(f[len(f)-1:], `.,;:!?")`) {
			tail = append([]string{f[len(f)-1:]}, tail...)
			f = f[:len(f)-1]
		}
		for len(f) > 1 && strings.ContainsAny(f[:1], `"(`) {
			words = append(words, f[:1])
			f = f[1:]
		}
		if i := strings.Index(f, "'s"); i > 0 && i == len(f)-2 {
			words = append(words, f[:i])
			f = f[i:]
		}
		words = append(words, f)
		words = append(words, tail...)
	}
	return words
}

// benchSentences returns the sentences of testdata/news.txt, one a line.
func benchSentences(b *testing.B) (sents [][]string, words int) {
	data, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		b.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		sents = append(sents, tokenize(line))
		words += len(sents[len(sents)-1])
	}
	return sents, words
}

// BenchmarkParse tags, lemmatizes and parses the news sentences of
// testdata/news.txt; tokens/cpu-s is the throughput per CPU-second of the
// process. (The text is small enough to stay in the CPU caches; on the
// 25k words of EWT dev, "lede-train eval-parse" reports the figure for
// text that does not.)
func BenchmarkParse(b *testing.B) {
	m := loadModel(b)
	sents, words := benchSentences(b)
	var out []Token
	b.ReportAllocs()
	cpu := cputime.Used()
	n := 0
	for b.Loop() {
		for _, s := range sents {
			out = m.Parse(s, out)
		}
		n++
	}
	if used := (cputime.Used() - cpu).Seconds(); used > 0 {
		b.ReportMetric(float64(n*words)/used, "tokens/cpu-s")
	}
}
