package pipeline

import (
	"os"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"

	"github.com/lede-project/lede/extractors"
	"github.com/lede-project/lede/pipeline/internal/prosefast"
)

// The NLP stage on testdata/nlp/article.txt (about 700 tokens), the fast
// path against the prose path it replaced; run them in one go:
//
//	go test -run '^$' -bench 'NLP' -benchtime 3s ./pipeline
func BenchmarkNLPFast(b *testing.B) {
	text := readBench(b)
	n := sharedNLP(b)
	b.ReportAllocs()
	toks := 0
	cpu0 := cpuTime()
	for b.Loop() {
		t := &extractors.Text{Text: text}
		if err := n.analyse(t); err != nil {
			b.Fatal(err)
		}
		toks += len(t.Tokens)
	}
	reportRates(b, toks, cpu0)
}

// BenchmarkNLPProse is the same stage through prose.NewDocument per
// sentence with a shared model (the path before prosefast).
func BenchmarkNLPProse(b *testing.B) {
	text := readBench(b)
	pm := sharedProse()
	b.ReportAllocs()
	toks := 0
	cpu0 := cpuTime()
	for b.Loop() {
		t := &extractors.Text{Text: text}
		if err := proseAnalyse(pm, t); err != nil {
			b.Fatal(err)
		}
		toks += len(t.Tokens)
	}
	reportRates(b, toks, cpu0)
}

// BenchmarkNLPLoad measures decoding the embedded tagger and entity model.
func BenchmarkNLPLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := prosefast.Load(); err != nil {
			b.Fatal(err)
		}
	}
}

// reportRates reports tokens and articles per CPU second of the process
// (user + system: the fair figure on a shared machine) and tokens per wall
// second.
func reportRates(b *testing.B, toks int, cpu0 time.Duration) {
	cpu := (cpuTime() - cpu0).Seconds()
	b.ReportMetric(float64(toks)/b.Elapsed().Seconds(), "tokens/s")
	b.ReportMetric(float64(toks)/cpu, "tokens/cpu-s")
	b.ReportMetric(float64(b.N)/cpu, "articles/cpu-s")
}

func readBench(b *testing.B) string {
	data, err := os.ReadFile("testdata/nlp/article.txt")
	if err != nil {
		b.Fatal(err)
	}
	return string(data)
}

var (
	proseOnce  sync.Once
	proseModel *prose.Model
)

func sharedProse() *prose.Model {
	proseOnce.Do(func() { proseModel = prose.ModelFromData("bench") })
	return proseModel
}

// proseAnalyse is the NLP stage with prose's own tagger and entity model:
// prose.NewDocument on each sentence, its tokens aligned back onto the
// text.
func proseAnalyse(pm *prose.Model, t *extractors.Text) error {
	t.Paragraphs = paragraphs(t.Text)
	for _, p := range t.Paragraphs {
		first := len(t.Sentences)
		t.Sentences = sentencesIn(t.Text, p, t.Sentences)
		for _, s := range t.Sentences[first:] {
			doc, err := prose.NewDocument(t.Text[s.Start:s.End], prose.UsingModel(pm), prose.WithSegmentation(false))
			if err != nil {
				return err
			}
			from, pos := len(t.Tokens), s.Start
			for _, tok := range doc.Tokens() {
				st, en, ok := alignProse(t.Text, tok.Text, pos, s.End)
				if !ok {
					continue
				}
				t.Tokens = append(t.Tokens, extractors.Token{Text: t.Text[st:en], Tag: tok.Tag, Label: tok.Label, Start: st, End: en})
				pos = en
			}
			t.Mentions = chunkMentions(t.Text, t.Tokens[from:], t.Mentions)
		}
	}
	return nil
}

// alignProse finds a prose token (curly quotes made straight) in text at or
// after from.
func alignProse(text, tok string, from, limit int) (int, int, bool) {
	for from < limit {
		r, size := utf8.DecodeRuneInString(text[from:])
		if !unicode.IsSpace(r) {
			break
		}
		from += size
	}
	i, j := from, 0
	for j < len(tok) {
		if i >= limit {
			return 0, 0, false
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		want, wsize := utf8.DecodeRuneInString(tok[j:])
		switch {
		case r == want:
		case want == '"' && (r == '“' || r == '”'):
		case want == '\'' && (r == '‘' || r == '’'):
		case want == '\'' && strings.HasPrefix(text[i:], "&rsquo;"):
			size = len("&rsquo;")
		default:
			return 0, 0, false
		}
		i += size
		j += wsize
	}
	return from, i, true
}

// TestProsePathAgrees checks that the whole NLP stage gives the same
// tokens and mentions through prose and through prosefast on the bench
// article and the seed.
func TestProsePathAgrees(t *testing.T) {
	if testing.Short() {
		t.Skip("loads prose's model")
	}
	for _, f := range []string{"testdata/nlp/article.txt", "../testdata/presstv-us-russia-talks.txt"} {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		fast := &extractors.Text{Text: string(data)}
		if err := sharedNLP(t).analyse(fast); err != nil {
			t.Fatal(err)
		}
		slow := &extractors.Text{Text: string(data)}
		if err := proseAnalyse(sharedProse(), slow); err != nil {
			t.Fatal(err)
		}
		if len(fast.Tokens) != len(slow.Tokens) {
			t.Fatalf("%s: %d tokens, prose path %d", f, len(fast.Tokens), len(slow.Tokens))
		}
		for i := range fast.Tokens {
			if fast.Tokens[i] != slow.Tokens[i] {
				t.Errorf("%s: token %d: %+v, prose path %+v", f, i, fast.Tokens[i], slow.Tokens[i])
			}
		}
		if len(fast.Mentions) != len(slow.Mentions) {
			t.Errorf("%s: %d mentions, prose path %d", f, len(fast.Mentions), len(slow.Mentions))
		}
	}
}
