package prosefast

import (
	"sync"
)

// Token is one token of an analysed sentence.
type Token struct {
	Start, End int    // byte offsets into the analysed text, end exclusive
	Text       string // the token as prose sees it: curly quotes made straight
	Tag        string // Penn Treebank part-of-speech tag
	Label      string // IOB entity label: O, B-PERSON, I-GPE, ...
}

// tok is a token while a sentence is analysed.
type tok struct {
	text       string // clean text
	start, end int    // offsets into the original text
	group      int    // alias group: prose's tokens of one group are one *Token
	tag        string // this position's tag
	ptag       string // the tag prose's shared token holds after tagging
	ptagID     int    // ptag's index in the precomputed tag list, or -1
	lower      string // strings.ToLower(text)
	shape      int    // index into shapes
	label      int    // this position's label, -1 for none
	hist       int    // index of simplePOS(label) in the precomputed histories
}

// scratch holds one analysis' reusable buffers.
type scratch struct {
	clean  []byte
	orig   []int32
	spans  []span
	suffs  []span
	groups map[string]int
	toks   []tok
	ctx    []string
	key    []byte
	last   []int
}

var scratchPool = sync.Pool{New: func() any { return &scratch{groups: map[string]int{}} }}

// Analyse tokenizes, tags and labels one sentence exactly as
// prose.NewDocument(text, prose.WithSegmentation(false)) with prose's
// default model does (ties aside; see the package comment), and appends the
// tokens to dst with byte offsets into text. It is safe for concurrent use.
func (m *Model) Analyse(text string, dst []Token) []Token {
	dst, _ = m.analyse(text, dst)
	return dst
}

// analyse is Analyse that also reports whether an exact tie decided a tag
// or label, where prose's own choice is random.
func (m *Model) analyse(text string, dst []Token) ([]Token, bool) {
	s := scratchPool.Get().(*scratch)
	defer scratchPool.Put(s)
	s.clean, s.orig = sanitize(text, s.clean, s.orig)
	clean := string(s.clean)
	clear(s.groups)
	s.spans, s.suffs = tokenize(clean, s.spans[:0], s.suffs, s.groups)
	if len(s.spans) == 0 {
		return dst, false
	}
	s.toks = s.toks[:0]
	groups := 0
	for _, sp := range s.spans {
		s.toks = append(s.toks, tok{
			text:  clean[sp.start:sp.end],
			start: int(s.orig[sp.start]),
			end:   int(s.orig[sp.end]),
			group: sp.group,
		})
		groups = max(groups, sp.group+1)
	}
	// The last position of each alias group holds the value prose's shared
	// token ends with.
	s.last = s.last[:0]
	for range groups {
		s.last = append(s.last, -1)
	}
	for i, t := range s.toks {
		s.last[t.group] = i
	}
	tie := m.tagAll(s)
	for i := range s.toks {
		s.toks[i].ptag = s.toks[s.last[s.toks[i].group]].tag
	}
	tie = m.classifyAll(s) || tie
	for i := range s.toks {
		t := &s.toks[i]
		label := ""
		if l := s.toks[s.last[t.group]].label; l >= 0 {
			label = m.labels[l]
		}
		dst = append(dst, Token{Start: t.start, End: t.end, Text: t.text, Tag: t.ptag, Label: label})
	}
	return dst, tie
}
