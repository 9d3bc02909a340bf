package main

import (
	"cmp"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"unicode"

	"github.com/lede-project/lede/nlp/depparse"
	"github.com/lede-project/lede/pipeline"
)

func init() {
	commands["eval-raw"] = command{"score lede end to end (own tokens, sentences and parse) on a CoNLL-U file's raw text", runEvalRaw}
}

// runEvalRaw scores lede's own tokenisation, sentence splitting and parse
// against a gold CoNLL-U file the CoNLL 2018 shared-task way: the raw
// text is rebuilt from the "# text" lines (sentences of a paragraph joined
// by a space, paragraphs by a blank line, one lede input per document),
// system and gold words are aligned by their character spans (white space
// ignored), and UAS/LAS are F1 over aligned words whose head is the
// aligned gold head (LAS: and whose universal relation, subtype dropped,
// is the gold one).
func runEvalRaw(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("eval-raw", flag.ContinueOnError)
	fs.SetOutput(stderr)
	gold := fs.String("conllu", "", "gold CoNLL-U `file` (e.g. en_ewt-ud-dev.conllu)")
	misses := fs.Int("misses", 0, "also list the `n` commonest gold words and system tokens left unaligned")
	if err := fs.Parse(args); err != nil {
		return err
	}
	f, err := os.Open(*gold)
	if err != nil {
		return err
	}
	defer f.Close()
	sents, err := depparse.ReadCoNLLU(f)
	if err != nil {
		return err
	}
	p, err := pipeline.New(pipeline.Config{Syntax: true, Only: []string{"money"}, InputFormat: "text"})
	if err != nil {
		return err
	}
	sc := rawScore{missed: map[string]int{}, extra: map[string]int{}}
	for _, doc := range splitDocs(sents) {
		text, words := rawDoc(doc)
		res, err := p.Process(context.Background(), pipeline.Input{Source: "doc", Format: "text", Data: []byte(text)})
		if err != nil {
			return err
		}
		sc.add(words, res)
		sc.sentences([]rune(text), doc, words, res)
		sc.misses([]rune(text), words, res)
	}
	sc.print(stdout)
	if *misses > 0 {
		printTop(stdout, "unaligned gold words", sc.missed, *misses)
		printTop(stdout, "unaligned system tokens", sc.extra, *misses)
	}
	return nil
}

// goldWord is a gold word with its rune span in the rebuilt text and its
// head as an index into the document's words (-1 for a root).
type goldWord struct {
	start, end, head int
	dep              string
}

// splitDocs groups sentences by their "# newdoc" comments.
func splitDocs(sents []depparse.Sentence) [][]depparse.Sentence {
	var docs [][]depparse.Sentence
	for _, s := range sents {
		if len(docs) == 0 || s.Comment("newdoc id") != "" {
			docs = append(docs, nil)
		}
		docs[len(docs)-1] = append(docs[len(docs)-1], s)
	}
	return docs
}

// rawDoc rebuilds a document's text and locates its gold words in it.
func rawDoc(doc []depparse.Sentence) (string, []goldWord) {
	var b strings.Builder
	var words []goldWord
	n := 0 // runes written
	for i, s := range doc {
		switch {
		case i > 0 && s.Comment("newpar id") != "":
			b.WriteString("\n\n")
			n += 2
		case i > 0:
			b.WriteByte(' ')
			n++
		}
		text := []rune(s.Comment("text"))
		base, pos := len(words), 0
		for _, w := range s.Words {
			form := []rune(w.Form)
			for pos < len(text) && unicode.IsSpace(text[pos]) {
				pos++
			}
			start := pos
			for k := 0; k < len(form) && pos < len(text); k++ {
				if unicode.IsSpace(text[pos]) {
					pos++ // a space inside a word form ("2 1/2")
				}
				pos++
			}
			head := -1
			if w.Head > 0 {
				head = base + w.Head - 1
			}
			words = append(words, goldWord{start: n + start, end: n + pos, head: head, dep: w.Deprel})
		}
		b.WriteString(string(text))
		n += len(text)
	}
	return b.String(), words
}

// rawScore accumulates word, UAS and LAS counts over documents.
type rawScore struct {
	gold, sys, words, uas, las int
	missed, extra              map[string]int // unaligned gold words and system tokens, by form
	goldSents, sysSents, sents int
}

// sentences counts gold and system sentences and those whose spans
// (white space at either end ignored) are the same.
func (sc *rawScore) sentences(text []rune, doc []depparse.Sentence, gold []goldWord, res *pipeline.Result) {
	spans := map[[2]int]bool{}
	k := 0
	for _, s := range doc {
		if len(s.Words) > 0 {
			spans[[2]int{gold[k].start, gold[k+len(s.Words)-1].end}] = true
		}
		k += len(s.Words)
	}
	sc.goldSents += len(spans)
	for _, r := range res.Sentences {
		a, b := r.Start, min(r.End, len(text))
		for a < b && unicode.IsSpace(text[a]) {
			a++
		}
		for b > a && unicode.IsSpace(text[b-1]) {
			b--
		}
		if a == b {
			continue
		}
		sc.sysSents++
		if spans[[2]int{a, b}] {
			sc.sents++
		}
	}
}

// misses counts the gold words and system tokens that have no counterpart
// with the same span.
func (sc *rawScore) misses(text []rune, gold []goldWord, res *pipeline.Result) {
	golds, syss := map[[2]int]bool{}, map[[2]int]bool{}
	for _, g := range gold {
		golds[[2]int{g.start, g.end}] = true
	}
	for _, t := range res.Tokens {
		syss[[2]int{t.Start, t.End}] = true
		if !golds[[2]int{t.Start, t.End}] && t.End <= len(text) {
			sc.extra[string(text[t.Start:t.End])]++
		}
	}
	for _, g := range gold {
		if !syss[[2]int{g.start, g.end}] {
			sc.missed[string(text[g.start:g.end])]++
		}
	}
}

// printTop lists the n most frequent keys of counts.
func printTop(w io.Writer, title string, counts map[string]int, n int) {
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int {
		if c := cmp.Compare(counts[b], counts[a]); c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	fmt.Fprintf(w, "%s:\n", title)
	for _, k := range keys[:min(n, len(keys))] {
		fmt.Fprintf(w, "%6d  %q\n", counts[k], k)
	}
}

// add aligns one document's system tokens with its gold words.
func (sc *rawScore) add(gold []goldWord, res *pipeline.Result) {
	sc.gold += len(gold)
	sc.sys += len(res.Tokens)
	byStart := map[[2]int]int{}
	for i, g := range gold {
		byStart[[2]int{g.start, g.end}] = i
	}
	sysToGold := make([]int, len(res.Tokens))
	for i, t := range res.Tokens {
		sysToGold[i] = -2
		if g, ok := byStart[[2]int{t.Start, t.End}]; ok {
			sysToGold[i] = g
		}
	}
	for i, t := range res.Tokens {
		g := sysToGold[i]
		if g < 0 {
			continue
		}
		sc.words++
		head := -1
		if t.Head >= 0 {
			head = sysToGold[t.Head]
		}
		if head == gold[g].head && (head != -2) {
			sc.uas++
			if universal(t.Dep) == universal(gold[g].dep) {
				sc.las++
			}
		}
	}
}

func universal(dep string) string {
	d, _, _ := strings.Cut(dep, ":")
	return d
}

func (sc *rawScore) print(w io.Writer) {
	f1 := func(n int) float64 {
		if n == 0 {
			return 0
		}
		p, r := float64(n)/float64(sc.sys), float64(n)/float64(sc.gold)
		return 2 * p * r / (p + r)
	}
	fmt.Fprintf(w, "gold words %d, system words %d, aligned %d\n", sc.gold, sc.sys, sc.words)
	fmt.Fprintf(w, "Words F1 %.4f\nUAS F1   %.4f\nLAS F1   %.4f\n", f1(sc.words), f1(sc.uas), f1(sc.las))
	sp, sr := float64(sc.sents)/float64(max(sc.sysSents, 1)), float64(sc.sents)/float64(max(sc.goldSents, 1))
	fmt.Fprintf(w, "Sentences F1 %.4f (gold %d, system %d, same span %d)\n", 2*sp*sr/max(sp+sr, 1e-9), sc.goldSents, sc.sysSents, sc.sents)
}
