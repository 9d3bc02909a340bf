package main

import (
	"context"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/lede-project/lede/nlp/ner"
	"github.com/lede-project/lede/pipeline"
)

// hinter gives tokenised sentences the hints the tagger sees in lede:
// what lede's entity extractor passes its tagger (Text.Tagger), from its
// rules: "B-ORG|gazetteer", "B-X|sentence-opener" or "O" per token.
// lede runs with a recorder in the tagger's place, which keeps the hints
// and answers with their labels (so lede's entities are the rules').
type hinter struct {
	p   *pipeline.Pipeline
	rec *recorder
}

// recorder is a stand-in tagger that keeps the words and hints of its
// last call. A hinter is used by one goroutine.
type recorder struct {
	words, hints [][]string
}

// TagEntities implements extractors.EntityTagger.
func (r *recorder) TagEntities(sents, hints [][]string) [][]string {
	r.words, r.hints = sents, hints
	out := make([][]string, len(hints))
	for i, hs := range hints {
		out[i] = hintLabels(hs)
	}
	return out
}

// AllSentences asks the entity extractor for every sentence, not only
// those whose labels it uses.
func (r *recorder) AllSentences() bool { return true }

func newHinter() (*hinter, error) {
	rec := &recorder{}
	p, err := pipeline.New(pipeline.Config{EntityTagger: rec, InputFormat: "text", Only: []string{"entities"}})
	if err != nil {
		return nil, fmt.Errorf("hints: %w", err)
	}
	return &hinter{p: p, rec: rec}, nil
}

// addHints sets the Hints of every sentence, one document (neighbouring
// sentences with the same Doc) at a time: the document is written as
// text, its words separated by spaces and its sentences by line breaks,
// and each word takes the hint of lede's first token that starts inside
// it. It returns the number of documents lede failed on (their sentences
// keep no hints).
func (h *hinter) addHints(sents []ner.Sentence) (failed int, err error) {
	for start := 0; start < len(sents); {
		end := start + 1
		for end < len(sents) && sents[end].Doc == sents[start].Doc {
			end++
		}
		if !h.hintDoc(sents[start:end]) {
			failed++
		}
		start = end
	}
	return failed, nil
}

// hintDoc sets the hints of one document's sentences; false when lede
// failed on it.
func (h *hinter) hintDoc(doc []ner.Sentence) bool {
	var b strings.Builder
	type pos struct{ si, wi, start, end int } // word wi of sentence si, bytes [start, end)
	var words []pos
	for si, s := range doc {
		if si > 0 {
			b.WriteByte('\n')
		}
		for wi, w := range s.Words {
			if wi > 0 {
				b.WriteByte(' ')
			}
			words = append(words, pos{si, wi, b.Len(), b.Len() + len(w)})
			b.WriteString(w)
		}
	}
	text := b.String()
	h.rec.words, h.rec.hints = nil, nil
	if _, err := h.p.Process(context.Background(), pipeline.Input{Source: "hints", Format: "text", Data: []byte(text)}); err != nil {
		return false
	}
	for i := range doc {
		doc[i].Hints = make([]string, len(doc[i].Words))
	}
	// lede's tokens are substrings of the text, in order: find each one
	// from where the last one ended, and give its hint to the word it
	// starts in.
	at, k := 0, 0
	for si, toks := range h.rec.words {
		for ti, tok := range toks {
			i := strings.Index(text[at:], tok)
			if i < 0 {
				continue
			}
			st := at + i
			at = st + len(tok)
			for k < len(words) && words[k].end <= st {
				k++
			}
			if k < len(words) && words[k].start <= st {
				w := words[k]
				if doc[w.si].Hints[w.wi] == "" {
					doc[w.si].Hints[w.wi] = h.rec.hints[si][ti]
				}
			}
		}
	}
	for i := range doc {
		for j, hnt := range doc[i].Hints {
			if hnt == "" {
				doc[i].Hints[j] = "O"
			}
		}
	}
	return true
}

// hintLabels returns the BIO labels of hints, without their details.
func hintLabels(hints []string) []string {
	out := make([]string, len(hints))
	for i, h := range hints {
		l, _, _ := strings.Cut(h, "|")
		if l == "" || strings.HasSuffix(l, "-X") {
			l = "O"
		}
		out[i] = l
	}
	return out
}

// pipelineLabels runs lede (p, text input) on one document written as
// addHints writes it and returns the BIO labels of its entity mentions on
// the document's words (a word takes the mention it overlaps first), one
// slice per sentence; nil when lede failed.
func pipelineLabels(p *pipeline.Pipeline, doc []ner.Sentence) [][]string {
	var b strings.Builder
	type pos struct{ si, wi, start, end int } // code points [start, end)
	var words []pos
	cp := 0
	for si, s := range doc {
		if si > 0 {
			b.WriteByte('\n')
			cp++
		}
		for wi, w := range s.Words {
			if wi > 0 {
				b.WriteByte(' ')
				cp++
			}
			n := utf8.RuneCountInString(w)
			words = append(words, pos{si, wi, cp, cp + n})
			b.WriteString(w)
			cp += n
		}
	}
	res, err := p.Process(context.Background(), pipeline.Input{Source: "eval", Format: "text", Data: []byte(b.String())})
	if err != nil {
		return nil
	}
	out := make([][]string, len(doc))
	for i, s := range doc {
		out[i] = make([]string, len(s.Words))
		for j := range out[i] {
			out[i][j] = "O"
		}
	}
	k := 0
	for _, e := range res.Entities {
		for k < len(words) && words[k].end <= e.Start {
			k++
		}
		for j := k; j < len(words) && words[j].start < e.End; j++ {
			w := words[j]
			if out[w.si][w.wi] != "O" {
				break
			}
			bio := "I-"
			if j == k {
				bio = "B-"
			}
			out[w.si][w.wi] = bio + e.Label
		}
	}
	return out
}
