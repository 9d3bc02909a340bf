package extractors

import "time"

// Range is a half-open byte range [Start, End) of Text.Text without its
// text: a paragraph or a sentence.
type Range struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Token is one word or punctuation token of the analysed text.
type Token struct {
	Text  string // verbatim, Text.Text[Start:End]
	Tag   string // Penn Treebank part-of-speech tag
	Label string // the statistical tagger's IOB entity label (B-PERSON, I-GPE, O...)
	Start int    // byte offset into Text.Text
	End   int    // byte offset, exclusive
}

// Syntax is one word of the dependency parse: its span, parts of speech,
// lemma and dependency. The parser reads the Text's tokens split the way
// Universal Dependencies splits words ("I've" is "I" "'ve", "cannot" is
// "can" "not", a sentence's final full stop is its own word), so its words
// are not always Text.Tokens: find a token's word by offset.
type Syntax struct {
	Start, End int    // byte offsets into Text.Text
	UPOS       string // Universal Dependencies part of speech (NOUN, VERB, PROPN...)
	Tag        string // the parser's Penn Treebank tag
	Lemma      string // dictionary form ("say" for "said")
	// Head is the index of the head word in the same slice (Text.Syntax,
	// or the words Text.Parse returned), -1 for a sentence's root.
	Head int
	Dep  string // UD relation to the head, subtypes kept ("nsubj", "nmod:poss", "root")
}

// Text is an article after the NLP stage: the main text and everything the
// pipeline learned about it. Extractors read it and never change it.
type Text struct {
	Text       string  // the main text, paragraphs separated by a blank line
	Paragraphs []Range // non-empty paragraphs, in order
	Sentences  []Range // sentences, in order; none crosses a paragraph break
	Tokens     []Token // tokens, in order; none crosses a sentence
	// Syntax is the dependency parse of the whole text, word by word in
	// text order, when the pipeline was asked for it (--syntax); nil
	// otherwise. No word crosses a sentence. Extractors read the parse
	// through Parse, which parses only the sentences they ask about.
	Syntax []Syntax
	// Parser parses one sentence on demand for Parse; nil when the text
	// has no parser (then Parse returns nil). The pipeline sets it.
	Parser SentenceParser
	// Mentions are the statistical model's raw entity mentions (labels
	// PERSON, ORG, GPE, LOC, ...), exact spans, in order. The entity
	// extractor refines them into Findings.Entities.
	Mentions []Entity
	// Tagger is the statistical entity tagger the entity extractor decides
	// with, its rules' labels given as hints; nil: the rules decide alone.
	// The pipeline sets it.
	Tagger EntityTagger

	Title     string
	Site      string    // publisher name, "" when unknown
	Language  string    // ISO 639-1 code of the text, "" when unknown
	Published time.Time // reference date for relative expressions; zero when unknown
	// PublishedHasTime says whether Published carries a real time of day.
	PublishedHasTime bool

	parses parseCache
}

// SentenceAt returns the index of the sentence containing byte offset off,
// or -1.
func (t *Text) SentenceAt(off int) int {
	lo, hi := 0, len(t.Sentences)
	for lo < hi {
		m := (lo + hi) / 2
		s := t.Sentences[m]
		switch {
		case off < s.Start:
			hi = m
		case off >= s.End:
			lo = m + 1
		default:
			return m
		}
	}
	return -1
}

// TokensIn returns the tokens that lie wholly inside [start, end).
func (t *Text) TokensIn(start, end int) []Token {
	lo := SearchTokens(t.Tokens, start)
	hi := lo
	for hi < len(t.Tokens) && t.Tokens[hi].End <= end {
		hi++
	}
	return t.Tokens[lo:hi]
}

// SearchTokens returns the index of the first token starting at or after off.
func SearchTokens(toks []Token, off int) int {
	lo, hi := 0, len(toks)
	for lo < hi {
		m := (lo + hi) / 2
		if toks[m].Start < off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// SplitParagraphs returns the paragraphs of text: the non-empty runs
// between blank lines (lines holding only white space), trimmed of white
// space. The pipeline fills Text.Paragraphs with it; extractors use it when
// a caller built a Text without paragraphs.
func SplitParagraphs(text string) []Range {
	var out []Range
	start := 0
	emit := func(s, e int) {
		for s < e && IsSpaceByte(text[s]) {
			s++
		}
		for e > s && IsSpaceByte(text[e-1]) {
			e--
		}
		if s < e {
			out = append(out, Range{Start: s, End: e})
		}
	}
	i := 0
	for i < len(text) {
		if text[i] != '\n' {
			i++
			continue
		}
		// Another newline after only spaces, tabs or CRs ends a paragraph.
		j := i + 1
		for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
			j++
		}
		if j < len(text) && text[j] == '\n' {
			emit(start, i)
			for j < len(text) && IsSpaceByte(text[j]) {
				j++
			}
			start, i = j, j
			continue
		}
		i = j
	}
	emit(start, len(text))
	return out
}

func IsSpaceByte(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v'
}
