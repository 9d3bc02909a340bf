package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/lede-project/lede/nlp/ner"
	"github.com/lede-project/lede/pipeline"
)

// runEvalNER scores a named-entity model, exact spans per label, on up to
// three sets: GUM's dev documents without news, lede's dev.jsonl (raw text,
// tokenised here) and a CoNLL-2003 file (its dev split, testa; PER, ORG
// and LOC, with GPE and LOC predictions scored as LOC, MISC ignored).
func runEvalNER(args []string) error {
	fs := flag.NewFlagSet("eval-ner", flag.ContinueOnError)
	model := fs.String("model", "", "model file (default: the embedded model)")
	gum := fs.String("gum", "", "UD_English-GUM checkout or git directory: score its dev documents, news excluded")
	rev := fs.String("gum-rev", "HEAD", "revision to read when -gum is a git directory")
	gaz := fs.String("gazetteer", "extractors/internal/gazetteer/data", "directory with places.tsv and norp.txt")
	nerdev := fs.String("nerdev", "", "lede NER dev set (JSON Lines with text and entities) to score")
	pred := fs.String("pred", "", "write dev.jsonl predictions here, in score_ner.py's format")
	conll := fs.String("conll", "", "CoNLL-2003 file to score (e.g. data/eng.testa)")
	conllDir := fs.String("conll-dir", ".", "directory or git directory that -conll is in")
	doc := fs.Bool("doc", true, "tag dev.jsonl with TagDocument (document-level agreement) rather than Tag")
	hinted := fs.Bool("hints", false, "GUM dev and CoNLL: also score lede's entity rules alone and the model with their labels as hints")
	if err := fs.Parse(args); err != nil {
		return err
	}
	m, err := loadModel(*model)
	if err != nil {
		return err
	}
	var h *hinter
	if *hinted {
		if h, err = newHinter(); err != nil {
			return err
		}
	}
	if *gum != "" {
		if err := evalGUM(m, h, source{dir: *gum, rev: *rev}, *gaz); err != nil {
			return err
		}
	}
	if *nerdev != "" {
		if err := evalDevJSONL(m, *nerdev, *pred, doc); err != nil {
			return err
		}
	}
	if *conll != "" {
		if err := evalCoNLL(m, h, source{dir: *conllDir}, *conll); err != nil {
			return err
		}
	}
	return nil
}

// evalGUM scores GUM's dev documents without news, with Tag and with
// TagDocument, and with h also the rules alone and TagDocumentHinted.
func evalGUM(m *ner.Model, h *hinter, src source, gaz string) error {
	lookup, err := loadLookup(gaz)
	if err != nil {
		return err
	}
	docs, err := gumDocs(src, "dev", lookup)
	if err != nil {
		return err
	}
	var e, ed ner.Eval
	for _, d := range docs {
		words := make([][]string, len(d.Sentences))
		for i, s := range d.Sentences {
			e.Add(ner.Spans(s.Labels), ner.Spans(m.Tag(s.Words, nil)))
			words[i] = s.Words
		}
		for i, labels := range m.TagDocument(words, nil) {
			ed.Add(ner.Spans(d.Sentences[i].Labels), ner.Spans(labels))
		}
	}
	fmt.Printf("GUM dev, %d documents without news, Tag:\n", len(docs))
	e.Write(os.Stdout)
	fmt.Printf("GUM dev, TagDocument:\n")
	ed.Write(os.Stdout)
	if h == nil {
		return nil
	}
	var all []ner.Sentence
	for di, d := range docs {
		for _, s := range d.Sentences {
			s.Doc = di
			all = append(all, s)
		}
	}
	return evalHinted(m, h, all, "GUM dev", func(l string) string {
		switch l {
		case "NORP":
			return "" // not a gold label
		case "FAC":
			return "LOC"
		}
		return l
	})
}

// evalHinted scores lede's entity rules alone (the hints' labels),
// TagDocumentHinted, and lede's pipeline (the entity extractor with the
// embedded tagger deciding) on sents, documents by Doc, labels mapped by
// relabel.
func evalHinted(m *ner.Model, h *hinter, sents []ner.Sentence, name string, relabel func(string) string) error {
	failed, err := h.addHints(sents)
	if err != nil {
		return err
	}
	p, err := pipeline.New(pipeline.Config{InputFormat: "text", Only: []string{"entities"}})
	if err != nil {
		return err
	}
	var er, eh, ep ner.Eval
	for start := 0; start < len(sents); {
		end := start + 1
		for end < len(sents) && sents[end].Doc == sents[start].Doc {
			end++
		}
		words, hints := make([][]string, end-start), make([][]string, end-start)
		for i, s := range sents[start:end] {
			words[i], hints[i] = s.Words, s.Hints
		}
		lede := pipelineLabels(p, sents[start:end])
		for i, labels := range m.TagDocumentHinted(words, hints, nil) {
			s := sents[start+i]
			gold := ner.Spans(s.Labels)
			er.Add(gold, ner.Relabel(ner.Spans(hintLabels(s.Hints)), relabel))
			eh.Add(gold, ner.Relabel(ner.Spans(labels), relabel))
			if lede != nil {
				ep.Add(gold, ner.Relabel(ner.Spans(lede[i]), relabel))
			} else {
				ep.Add(gold, nil)
			}
		}
		start = end
	}
	fmt.Printf("%s, lede's entity rules alone (%d documents failed):\n", name, failed)
	er.Write(os.Stdout)
	fmt.Printf("%s, TagDocumentHinted:\n", name)
	eh.Write(os.Stdout)
	fmt.Printf("%s, lede (entity extractor, the tagger settling the rules' guesses):\n", name)
	ep.Write(os.Stdout)
	return nil
}

// evalCoNLL scores a CoNLL-2003 file (PER, ORG, LOC; MISC ignored), with
// GPE and LOC predictions counted as LOC; with h, also the rules alone and
// TagDocumentHinted.
func evalCoNLL(m *ner.Model, h *hinter, src source, path string) error {
	data, err := src.read(path)
	if err != nil {
		return err
	}
	sents, err := ner.ReadIOB(bytes.NewReader(data), func(t string) string {
		switch t {
		case "PER":
			return "PERSON"
		case "MISC":
			return ""
		}
		return t
	})
	if err != nil {
		return err
	}
	toCoNLL := func(l string) string {
		switch l {
		case "GPE", "LOC", "FAC":
			return "LOC"
		case "NORP":
			return ""
		}
		return l
	}
	var e, ed ner.Eval
	tokens := 0
	for start := 0; start < len(sents); {
		end := start
		var words [][]string
		for end < len(sents) && sents[end].Doc == sents[start].Doc {
			words = append(words, sents[end].Words)
			end++
		}
		for i, labels := range m.TagDocument(words, nil) {
			s := sents[start+i]
			tokens += len(s.Words)
			e.Add(ner.Spans(s.Labels), ner.Relabel(ner.Spans(m.Tag(s.Words, nil)), toCoNLL))
			ed.Add(ner.Spans(s.Labels), ner.Relabel(ner.Spans(labels), toCoNLL))
		}
		start = end
	}
	fmt.Printf("CoNLL-2003 %s, %d sentences, %d tokens (PER=PERSON, LOC=GPE+LOC), Tag:\n", path, len(sents), tokens)
	e.Write(os.Stdout)
	fmt.Printf("CoNLL-2003, TagDocument:\n")
	ed.Write(os.Stdout)
	if h == nil {
		return nil
	}
	return evalHinted(m, h, sents, "CoNLL-2003 "+path, toCoNLL)
}

func loadModel(path string) (*ner.Model, error) {
	start := time.Now()
	var m *ner.Model
	var err error
	if path == "" {
		m, err = ner.Load()
	} else {
		var data []byte
		if data, err = os.ReadFile(path); err == nil {
			m, err = ner.Decode(data)
		}
	}
	if err != nil {
		return nil, fmt.Errorf("load model: %w", err)
	}
	fmt.Fprintf(os.Stderr, "model loaded in %v\n", time.Since(start).Round(time.Millisecond))
	return m, nil
}

type devDoc struct {
	ID       string      `json:"id"`
	Text     string      `json:"text"`
	Entities []devEntity `json:"entities"`
}

type devEntity struct {
	Start int    `json:"start"` // code points
	End   int    `json:"end"`   // code points, exclusive
	Label string `json:"label"`
}

// evalDevJSONL tokenises each document's text, tags it sentence by
// sentence and scores the entities in code-point offsets.
func evalDevJSONL(m *ner.Model, path, predPath string, docMode *bool) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	var predOut io.Writer = io.Discard
	if predPath != "" {
		pf, err := os.Create(predPath)
		if err != nil {
			return err
		}
		defer pf.Close()
		predOut = pf
	}
	enc := json.NewEncoder(predOut)
	enc.SetEscapeHTML(false)
	var e ner.Eval
	docs := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		var d devDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		docs++
		pred := tagText(m, d.Text, *docMode)
		var gold, got []ner.Span
		for _, g := range d.Entities {
			gold = append(gold, ner.Span{Start: g.Start, End: g.End, Label: g.Label})
		}
		for _, p := range pred {
			got = append(got, ner.Span{Start: p.Start, End: p.End, Label: p.Label})
		}
		e.Add(gold, got)
		if pred == nil {
			pred = []devEntity{}
		}
		if err := enc.Encode(struct {
			ID       string      `json:"id"`
			Entities []devEntity `json:"entities"`
		}{d.ID, pred}); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	mode := "Tag"
	if *docMode {
		mode = "TagDocument"
	}
	fmt.Printf("%s, %d documents, %s:\n", path, docs, mode)
	e.Write(os.Stdout)
	return nil
}

// tagText tags raw text and returns entities in code-point offsets.
func tagText(m *ner.Model, text string, doc bool) []devEntity {
	var out []devEntity
	sents := splitText(text)
	words := make([][]string, len(sents))
	for i, sent := range sents {
		for _, t := range sent {
			words[i] = append(words[i], t.text)
		}
	}
	var labels [][]string
	if doc {
		labels = m.TagDocument(words, nil)
	} else {
		for _, w := range words {
			labels = append(labels, m.Tag(w, nil))
		}
	}
	for i, sent := range sents {
		for _, sp := range ner.Spans(labels[i]) {
			out = append(out, devEntity{Start: sent[sp.Start].start, End: sent[sp.End-1].end, Label: sp.Label})
		}
	}
	return out
}
