package pipeline

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"
	"gopkg.in/neurosnap/sentences.v1"
	"gopkg.in/neurosnap/sentences.v1/english"

	"github.com/lede-project/lede/extractors"
)

// nlp segments, tokenizes, tags and runs the statistical entity model. It
// holds models loaded once and is safe for concurrent use.
type nlp struct {
	model *prose.Model
	sent  *sentences.DefaultSentenceTokenizer
}

func newNLP() (*nlp, error) {
	sent, err := english.NewSentenceTokenizer(nil)
	if err != nil {
		return nil, err
	}
	// ModelFromData with no data is prose's default tagger and entity
	// model, loaded once here instead of once per document.
	return &nlp{model: prose.ModelFromData("lede"), sent: sent}, nil
}

// analyse fills t.Paragraphs, t.Sentences, t.Tokens and t.Mentions. A blank
// line always ends a paragraph and so a sentence; no token, sentence or
// mention crosses one.
func (n *nlp) analyse(t *extractors.Text) error {
	t.Paragraphs = paragraphs(t.Text)
	for _, p := range t.Paragraphs {
		for _, s := range n.sentencesIn(t.Text, p) {
			t.Sentences = append(t.Sentences, s)
			if err := n.tagSentence(t, s); err != nil {
				return err
			}
		}
	}
	return nil
}

// paragraphs splits text on blank lines (a line holding only white space).
func paragraphs(text string) []extractors.Span {
	var out []extractors.Span
	start := 0
	emit := func(s, e int) {
		for s < e && isSpaceByte(text[s]) {
			s++
		}
		for e > s && isSpaceByte(text[e-1]) {
			e--
		}
		if s < e {
			out = append(out, extractors.Span{Start: s, End: e})
		}
	}
	i := 0
	for i < len(text) {
		if text[i] != '\n' {
			i++
			continue
		}
		// Look for another newline after only spaces/tabs/CR.
		j := i + 1
		for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
			j++
		}
		if j < len(text) && text[j] == '\n' {
			emit(start, i)
			for j < len(text) && isSpaceByte(text[j]) {
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

func isSpaceByte(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v'
}

// sentencesIn splits one paragraph into sentences. A single line break also
// ends a sentence: in articles it separates headlines, datelines and list
// items.
func (n *nlp) sentencesIn(text string, p extractors.Span) []extractors.Span {
	var out []extractors.Span
	lineStart := p.Start
	for lineStart < p.End {
		lineEnd := strings.IndexByte(text[lineStart:p.End], '\n')
		if lineEnd < 0 {
			lineEnd = p.End
		} else {
			lineEnd += lineStart
		}
		line := text[lineStart:lineEnd]
		for _, s := range n.sent.Tokenize(line) {
			st, en := lineStart+s.Start, lineStart+s.End
			for st < en && unicode.IsSpace(rune(text[st])) {
				st++
			}
			for en > st && unicode.IsSpace(rune(text[en-1])) {
				en--
			}
			if st < en {
				out = append(out, extractors.Span{Start: st, End: en})
			}
		}
		lineStart = lineEnd + 1
	}
	return out
}

// tagSentence tokenizes, tags and labels one sentence with prose's shared
// model, aligns its tokens to byte offsets and appends tokens and mentions.
func (n *nlp) tagSentence(t *extractors.Text, s extractors.Span) error {
	doc, err := prose.NewDocument(t.Text[s.Start:s.End],
		prose.UsingModel(n.model), prose.WithSegmentation(false))
	if err != nil {
		return err
	}
	first := len(t.Tokens)
	pos := s.Start
	for _, tok := range doc.Tokens() {
		st, en, ok := align(t.Text, tok.Text, pos, s.End)
		if !ok {
			continue
		}
		t.Tokens = append(t.Tokens, extractors.Token{Text: t.Text[st:en], Tag: tok.Tag, Label: tok.Label, Start: st, End: en})
		pos = en
	}
	t.Mentions = append(t.Mentions, chunkMentions(t.Text, t.Tokens[first:])...)
	return nil
}

// align finds token tok (as prose wrote it: curly quotes made straight) in
// text at or after from, skipping white space.
func align(text, tok string, from, limit int) (int, int, bool) {
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

// proseLabels maps prose's ACE-style labels onto lede's.
var proseLabels = map[string]string{
	"PERSON": "PERSON", "ORGANIZATION": "ORG", "GPE": "GPE", "GSP": "GPE",
	"LOCATION": "LOC", "FACILITY": "FAC",
}

// chunkMentions joins B-/I- labelled tokens into mentions with spans.
func chunkMentions(text string, toks []extractors.Token) []extractors.Entity {
	var out []extractors.Entity
	for i := 0; i < len(toks); {
		lab := toks[i].Label
		if len(lab) < 3 || lab == "O" {
			i++
			continue
		}
		kind := lab[2:]
		j := i + 1
		for j < len(toks) && toks[j].Label == "I-"+kind {
			j++
		}
		if label, ok := proseLabels[kind]; ok {
			st, en := toks[i].Start, toks[j-1].End
			out = append(out, extractors.Entity{Text: text[st:en], Label: label, Start: st, End: en})
		}
		i = j
	}
	return out
}
