package prosefast

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jdkato/prose/v2"
)

var (
	proseOnce  sync.Once
	proseModel *prose.Model
)

// proseDefault is prose's default model, loaded once (about a quarter of a
// second).
func proseDefault() *prose.Model {
	proseOnce.Do(func() { proseModel = prose.ModelFromData("test") })
	return proseModel
}

// identityTexts are the texts the identity test runs: the seed article, an
// article written for these tests, six Wikinews articles (CC BY 2.5, see
// testdata/NOTICE) and hand-written sentences aimed at the tokenizer's and
// features' corner cases.
func identityTexts(t testing.TB) map[string]string {
	texts := map[string]string{"cases": strings.Join(cornerCases, "\n")}
	for name, path := range map[string]string{
		"seed":     "../../../testdata/presstv-us-russia-talks.txt",
		"article":  "../../testdata/nlp/article.txt",
		"wikinews": "testdata/wikinews.txt",
	} {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		texts[name] = string(b)
	}
	return texts
}

var cornerCases = []string{
	`“January 10 will be the main day,” Ryabkov said, and then he said it again: “January 10.”`,
	`Mr. Smith's dog didn't bark; they'll say it's 'odd', won't they?`,
	`The U.S. and U.K. met in Washington, D.C., on Jan. 5 (a Monday) at 3:30 p.m.`,
	`Shares rose $3.50, or 4.2%, to $86.10 -- a 52-week high -- on the NYSE.`,
	`E-mail press@example.com or visit www.example.org/news for more; @lede_news posted it.`,
	`'sup, he wrote :) and then :-( and ¯\(ツ)/¯ while the -LRB- token stayed.`,
	`Café owners in Zürich and São Paulo said Ünal's plan was “ambitious.”`,
	`THE PRESIDENT SAID THE DEAL WITH CHINA AND RUSSIA WOULD BE SIGNED IN 2022.`,
	`the the the , , , . . . and and and`,
	`1984 was a year; 1e5 is a number; Inf and NaN are words; 0 and * too.`,
	`It&rsquo;s a test of the sanitizer &rsquo; and of tabs	and	newlines.`,
	`He said "yes." She said "no!" They asked "why?"`,
	`[Editor's note: (this) was added] in 2021-12-28's edition by O'Brien-Smith.`,
	`Dr. Jane Q. Public, Ph.D., of St. Louis, Mo., and Gen. Mark A. Milley spoke.`,
}

// sentences splits a text into lines and, inside a line, after ". " — a
// rough split is enough: the test compares prose and this package on
// whatever pieces it gets.
func sentences(text string) []string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		for _, s := range strings.SplitAfter(line, ". ") {
			if strings.TrimSpace(s) != "" {
				out = append(out, s)
			}
		}
	}
	return out
}

// checkIdentity compares Analyse with prose.NewDocument on every sentence
// of texts and returns the counts of sentences, tokens and sentences
// skipped for ties.
func checkIdentity(t *testing.T, texts map[string]string) (total, tokens, skipped int) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	pm := proseDefault()
	names := make([]string, 0, len(texts))
	for name := range texts {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		for _, sent := range sentences(texts[name]) {
			doc, err := prose.NewDocument(sent, prose.UsingModel(pm), prose.WithSegmentation(false))
			if err != nil {
				t.Fatal(err)
			}
			type tt struct{ Text, Tag, Label string }
			var want, got []tt
			for _, tok := range doc.Tokens() {
				want = append(want, tt{tok.Text, tok.Tag, tok.Label})
			}
			toks, tie := m.analyse(sent, nil)
			for _, tok := range toks {
				got = append(got, tt{tok.Text, tok.Tag, tok.Label})
			}
			total++
			tokens += len(toks)
			if tie {
				skipped++
				continue
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s: %q: (-prose +fast)\n%s", name, sent, diff)
			}
		}
	}
	return total, tokens, skipped
}

// TestIdentityCorpus runs the identity check on more text when
// LEDE_IDENTITY_CORPUS names JSONL files (glob patterns, separated by the
// OS path list separator) whose records have a "text" field, e.g.
//
//	LEDE_IDENTITY_CORPUS=$PWD/../shared/corpora/ner/dev.jsonl go test -run IdentityCorpus ./pipeline/internal/prosefast
func TestIdentityCorpus(t *testing.T) {
	spec := os.Getenv("LEDE_IDENTITY_CORPUS")
	if spec == "" {
		t.Skip("LEDE_IDENTITY_CORPUS not set")
	}
	texts := map[string]string{}
	for _, pat := range filepath.SplitList(spec) {
		files, err := filepath.Glob(pat)
		if err != nil || len(files) == 0 {
			t.Fatalf("%s: no files", pat)
		}
		for _, f := range files {
			fh, err := os.Open(f)
			if err != nil {
				t.Fatal(err)
			}
			sc := bufio.NewScanner(fh)
			sc.Buffer(nil, 1<<26)
			for n := 1; sc.Scan(); n++ {
				var rec struct{ Text string }
				if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
					t.Fatalf("%s:%d: %v", f, n, err)
				}
				texts[fmt.Sprintf("%s:%d", f, n)] = rec.Text
			}
			fh.Close()
		}
	}
	total, tokens, skipped := checkIdentity(t, texts)
	t.Logf("%d sentences, %d tokens, %d skipped for ties", total, tokens, skipped)
}

// TestIdentity checks that Analyse gives exactly prose.NewDocument's tokens,
// tags and IOB labels, sentence by sentence. A sentence where this package
// saw an exact tie (prose then picks at random) is skipped; the test fails
// if more than 2% are.
func TestIdentity(t *testing.T) {
	total, tokens, skipped := checkIdentity(t, identityTexts(t))
	t.Logf("%d sentences, %d tokens, %d skipped for ties", total, tokens, skipped)
	if skipped*50 > total {
		t.Errorf("%d of %d sentences had ties", skipped, total)
	}
}

// TestLongTokens checks that long runs of punctuation, which prose peels
// one byte at a time, stay linear and identical.
func TestLongTokens(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	long := "é" + strings.Repeat(")", 50000) + " (((" + strings.Repeat("$", 20000) + "x"
	toks := m.Analyse(long, nil)
	if len(toks) != 70005 {
		t.Errorf("got %d tokens, want 70005", len(toks))
	}
	short := "é" + strings.Repeat(")", 50) + " (((" + strings.Repeat("$", 50) + "x's don't"
	doc, err := prose.NewDocument(short, prose.UsingModel(proseDefault()), prose.WithSegmentation(false))
	if err != nil {
		t.Fatal(err)
	}
	got := m.Analyse(short, nil)
	if len(got) != len(doc.Tokens()) {
		t.Fatalf("got %d tokens, prose %d", len(got), len(doc.Tokens()))
	}
	for i, w := range doc.Tokens() {
		if got[i].Text != w.Text || got[i].Tag != w.Tag || got[i].Label != w.Label {
			t.Errorf("token %d: got %+v, prose %+v", i, got[i], w)
		}
	}
}

// TestIsNumeric checks the shortcut against strconv.ParseFloat.
func TestIsNumeric(t *testing.T) {
	for _, s := range []string{"1", "-1", "+1.5", ".5", "1e5", "1e400", "0x1p-2", "1_000", "inf", "-Inf", "+infinity",
		"NaN", "nan", "+nan", "in", "no", "not", "i", "n", "+", "-", ".", "..", "3-2", "1990s", "Infinity!", "x"} {
		_, err := strconv.ParseFloat(s, 64)
		if got := isNumeric(s); got != (err == nil) {
			t.Errorf("isNumeric(%q) = %v, ParseFloat error %v", s, got, err)
		}
	}
}
