package pipeline

import (
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/lede-project/lede/extractors"
)

// toks builds tokens from "word/TAG/LABEL" items separated by spaces, laid
// out in a text with single spaces ("\n" as an item puts a line break
// before the next token).
func toks(spec string) (string, []extractors.Token) {
	var b strings.Builder
	var out []extractors.Token
	sep := ""
	for _, item := range strings.Split(spec, " ") {
		if item == `\n` {
			sep = "\n"
			continue
		}
		parts := strings.Split(item, "/")
		b.WriteString(sep)
		sep = " "
		st := b.Len()
		b.WriteString(parts[0])
		out = append(out, extractors.Token{Text: parts[0], Tag: parts[1], Label: parts[2], Start: st, End: b.Len()})
	}
	return b.String(), out
}

func TestChunkMentions(t *testing.T) {
	type m struct{ Text, Label string }
	tests := []struct {
		name string
		spec string
		want []m
	}{
		{"B B is one name", "Russian/JJ/B-GPE official/NN/O Sergei/NNP/B-PERSON Ryabkov/NNP/B-PERSON said/VBD/O",
			[]m{{"Russian", "NORP"}, {"Sergei Ryabkov", "PERSON"}}},
		{"B I", "United/NNP/B-GPE States/NNPS/I-GPE and/CC/O Russia/NNP/B-GSP",
			[]m{{"United States", "GPE"}, {"Russia", "GPE"}}},
		{"mixed types take the majority", "the/DT/O National/NNP/I-ORGANIZATION Security/NNP/B-ORGANIZATION Council/NNP/B-PERSON",
			[]m{{"National Security Council", "ORG"}}},
		{"tie goes to the first", "the/DT/O White/NNP/B-FACILITY House/NNP/B-PERSON",
			[]m{{"White House", "FAC"}}},
		{"adjective is not a place", "the/DT/O Western/JJ/B-LOCATION world/NN/O and/CC/O Russian/JJ/B-GPE officials/NNS/O",
			[]m{{"Western", "NORP"}, {"Russian", "NORP"}}},
		{"location", "the/DT/O Black/NNP/B-LOCATION Sea/NNP/I-LOCATION",
			[]m{{"Black Sea", "LOC"}}},
		{"comma separates", "Moscow/NNP/B-GPE ,/,/B-GPE Washington/NNP/B-GPE",
			[]m{{"Moscow", "GPE"}, {"Washington", "GPE"}}},
		{"possessive and punctuation trimmed", "Biden/NNP/B-PERSON 's/POS/I-PERSON plan/NN/O ./././B-GPE",
			[]m{{"Biden", "PERSON"}}},
		{"line break separates", `Press/NNP/B-GPE TV/NNP/B-ORGANIZATION \n Moscow/NNP/B-GPE`,
			[]m{{"Press TV", "GPE"}, {"Moscow", "GPE"}}},
		{"unknown type dropped", "Foo/NNP/B-MISC bar/NN/O",
			nil},
		{"unlabelled proper noun continues a name", "Gael/NNP/B-PERSON Monfils/NNP/O won/VBD/O in/IN/O Geneva/NNP/B-GPE on/IN/O Monday/NNP/O",
			[]m{{"Gael Monfils", "PERSON"}, {"Geneva", "GPE"}}},
		{"unlabelled title between names", "US/NNP/B-GPE President/NNP/O Joe/NNP/B-PERSON Biden/NNP/B-PERSON",
			[]m{{"US", "GPE"}, {"Joe Biden", "PERSON"}}},
		{"only after a proper noun", "the/DT/O Russian/JJ/B-GPE Embassy/NNP/O",
			[]m{{"Russian", "NORP"}}},
		{"end of sentence", "talks/NNS/O in/IN/O Geneva/NNP/B-GPE",
			[]m{{"Geneva", "GPE"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, ts := toks(tt.spec)
			var got []m
			for _, e := range chunkMentions(text, ts, nil) {
				if text[e.Start:e.End] != e.Text {
					t.Errorf("span %d:%d is %q, text %q", e.Start, e.End, text[e.Start:e.End], e.Text)
				}
				got = append(got, m{e.Text, e.Label})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
}

var (
	testNLPOnce sync.Once
	testNLP     *nlp
	testNLPErr  error
)

func sharedNLP(t testing.TB) *nlp {
	testNLPOnce.Do(func() { testNLP, testNLPErr = newNLP() })
	if testNLPErr != nil {
		t.Fatal(testNLPErr)
	}
	return testNLP
}

func analyseFile(t testing.TB, n *nlp, path string) *extractors.Text {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	tx := &extractors.Text{Text: string(b)}
	if err := n.analyse(tx); err != nil {
		t.Fatal(err)
	}
	return tx
}

// TestAnalyseSeed checks headline facts on the seed article.
func TestAnalyseSeed(t *testing.T) {
	tx := analyseFile(t, sharedNLP(t), "../testdata/presstv-us-russia-talks.txt")
	checkInvariants(t, tx)
	has := func(text, label string) bool {
		for _, m := range tx.Mentions {
			if m.Text == text && m.Label == label {
				return true
			}
		}
		return false
	}
	for _, want := range []struct{ text, label string }{
		{"Sergei Ryabkov", "PERSON"}, {"Joe Biden", "PERSON"}, {"NATO", "ORG"},
		{"Geneva", "GPE"}, {"Brussels", "GPE"}, {"Moscow", "GPE"}, {"Washington", "GPE"},
	} {
		if !has(want.text, want.label) {
			t.Errorf("no %s mention %q", want.label, want.text)
		}
	}
	for _, m := range tx.Mentions {
		if m.Text == "Sergei" || m.Text == "Ryabkov Ryabkov" {
			t.Errorf("bad mention %q", m.Text)
		}
	}
	sents := map[string]bool{}
	for _, s := range tx.Sentences {
		sents[tx.Text[s.Start:s.End]] = true
	}
	for _, want := range []string{
		"US, Russia expected to hold talks on Jan 10 over Ukraine",
		"(Photo by Reuters)",
		"Ryabkov emphasized the urgency of the issue and expected the talks to focus on Russian security demands.",
	} {
		if !sents[want] {
			t.Errorf("no sentence %q", want)
		}
	}
}

// checkInvariants verifies the NLP stage's promises on any text.
func checkInvariants(t testing.TB, tx *extractors.Text) {
	t.Helper()
	prevEnd := 0
	for _, s := range tx.Sentences {
		if s.Start < prevEnd || s.End <= s.Start || s.End > len(tx.Text) {
			t.Fatalf("sentence %v out of order or range", s)
		}
		if strings.ContainsAny(tx.Text[s.Start:s.End], lineBreaks) {
			t.Fatalf("sentence %q crosses a line break", tx.Text[s.Start:s.End])
		}
		prevEnd = s.End
	}
	prevEnd = 0
	for _, k := range tx.Tokens {
		if k.Start < prevEnd || k.End <= k.Start || k.End > len(tx.Text) || tx.Text[k.Start:k.End] != k.Text {
			t.Fatalf("token %+v out of order, range or text", k)
		}
		if i := tx.SentenceAt(k.Start); i < 0 || tx.Sentences[i].End < k.End {
			t.Fatalf("token %+v not inside one sentence", k)
		}
		prevEnd = k.End
	}
	prevEnd = 0
	for _, m := range tx.Mentions {
		if m.Start < prevEnd || m.End <= m.Start || m.End > len(tx.Text) || tx.Text[m.Start:m.End] != m.Text {
			t.Fatalf("mention %+v out of order, range or text", m)
		}
		if strings.ContainsAny(m.Text, lineBreaks) {
			t.Fatalf("mention %q crosses a line break", m.Text)
		}
		prevEnd = m.End
	}
}

// TestAnalyseConcurrent runs one nlp from several goroutines; with -race
// it also proves the shared model and pooled buffers are safe.
func TestAnalyseConcurrent(t *testing.T) {
	n := sharedNLP(t)
	files := []string{"../testdata/presstv-us-russia-talks.txt", "testdata/nlp/article.txt"}
	want := make([]*extractors.Text, len(files))
	for i, f := range files {
		want[i] = analyseFile(t, n, f)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := 0; r < 3; r++ {
				for i, f := range files {
					got := analyseFile(t, n, f)
					if diff := cmp.Diff(want[i], got, cmpopts.IgnoreUnexported(extractors.Text{})); diff != "" {
						errs <- f + ": " + diff
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// FuzzAnalyse checks the invariants on arbitrary text:
//
//	go test -run '^$' -fuzz FuzzAnalyse -fuzztime 60s ./pipeline
func FuzzAnalyse(f *testing.F) {
	for _, s := range []string{
		"Mr. Smith went to Washington. “Yes,” he said.\n\nNew paragraph",
		"“‘’” &rsquo; \u00a0 \t\r\n\n x",
		"U.S. $3.5 billion (D-Va.) e-mail@x.org :) ¯\\(ツ)/¯ 'sup",
		"\xff\xfe invalid \xc3 utf8 İİİ'S n't",
	} {
		f.Add(s)
	}
	n := sharedNLP(f)
	f.Fuzz(func(t *testing.T, text string) {
		tx := &extractors.Text{Text: text}
		if err := n.analyse(tx); err != nil {
			t.Fatal(err)
		}
		checkInvariants(t, tx)
	})
}

// TestAnalyseIssue7 covers the stage-3 failures issue 7 names: a name at
// the very end of the input is kept, "US President Joe Biden" is not one
// mention, and no mention runs across a line break.
func TestAnalyseIssue7(t *testing.T) {
	n := sharedNLP(t)
	tests := []struct {
		text string
		want []string // mentions that must be there
		not  []string // mentions that must not
	}{
		{"The talks were confirmed by Russian Deputy Foreign Minister Sergei Ryabkov",
			[]string{"Sergei Ryabkov"}, nil},
		{"US President Joe Biden spoke with Vladimir Putin on Tuesday.",
			[]string{"Joe Biden"}, []string{"US President Joe Biden", "US President"}},
		{"Talks in Geneva\nMoscow and Washington agreed.",
			[]string{"Geneva", "Moscow", "Washington"}, []string{"Geneva\nMoscow", "Geneva Moscow"}},
	}
	for _, tt := range tests {
		tx := &extractors.Text{Text: tt.text}
		if err := n.analyse(tx); err != nil {
			t.Fatal(err)
		}
		checkInvariants(t, tx)
		got := map[string]bool{}
		for _, m := range tx.Mentions {
			got[m.Text] = true
		}
		for _, w := range tt.want {
			if !got[w] {
				t.Errorf("%q: no mention %q in %v", tt.text, w, tx.Mentions)
			}
		}
		for _, w := range tt.not {
			if got[w] {
				t.Errorf("%q: mention %q", tt.text, w)
			}
		}
	}
}
