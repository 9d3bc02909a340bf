package extest

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/lede-project/lede/extractors"
	"github.com/lede-project/lede/nlp/syntax"
)

var (
	parserOnce sync.Once
	parser     *syntax.Parser
)

// Parser returns the dependency parser the pipeline uses (nlp/syntax),
// loaded once per test binary; it panics if the embedded model is broken,
// which other tests report first.
func Parser() *syntax.Parser {
	parserOnce.Do(func() {
		p, err := syntax.Load()
		if err != nil {
			panic(err)
		}
		parser = p
	})
	return parser
}

// Analyse builds a Text the way the pipeline would, without the statistical
// tagger: paragraphs split on blank lines, sentences on line breaks and on
// ". " before a capital, tokens by a simple splitter ("Biden's" -> "Biden"
// "'s", "U.S." -> "U.S" "."). Tokens carry no tags or model labels, so the
// entity rules are tested on their own. Its sentences are parsed on demand
// (Text.Parse) by the pipeline's dependency parser.
func Analyse(s string) *extractors.Text {
	t := &extractors.Text{Text: s, Parser: Parser()}
	start := 0
	for _, para := range strings.Split(s, "\n\n") {
		end := start + len(para)
		if p := trimSpan(s, start, end); p.Start < p.End {
			t.Paragraphs = append(t.Paragraphs, p)
			splitSentences(t, p)
		}
		start = end + 2
	}
	for _, sent := range t.Sentences {
		t.Tokens = append(t.Tokens, splitTokens(s, sent)...)
	}
	return t
}

// trimSpan trims white space from both ends of s[start:end].
func trimSpan(s string, start, end int) extractors.Range {
	for start < end && unicode.IsSpace(rune(s[start])) {
		start++
	}
	for end > start && unicode.IsSpace(rune(s[end-1])) {
		end--
	}
	return extractors.Range{Start: start, End: end}
}

// splitSentences appends the sentences of paragraph p.
func splitSentences(t *extractors.Text, p extractors.Range) {
	s := t.Text
	from := p.Start
	for i := p.Start; i < p.End; i++ {
		cut := -1
		switch {
		case s[i] == '\n':
			cut = i
		case (s[i] == '.' || s[i] == '!' || s[i] == '?') && i+2 < p.End && s[i+1] == ' ':
			r, _ := utf8.DecodeRuneInString(s[i+2:])
			word := s[strings.LastIndexAny(s[:i], " \n")+1 : i]
			if unicode.IsUpper(r) && len(word) > 3 {
				cut = i + 1
			}
		}
		if cut >= 0 {
			if sp := trimSpan(s, from, cut); sp.Start < sp.End {
				t.Sentences = append(t.Sentences, sp)
			}
			from = cut
		}
	}
	if sp := trimSpan(s, from, p.End); sp.Start < sp.End {
		t.Sentences = append(t.Sentences, sp)
	}
}

// splitTokens splits one sentence into word and punctuation tokens.
func splitTokens(s string, sent extractors.Range) []extractors.Token {
	var out []extractors.Token
	isWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	i := sent.Start
	for i < sent.End {
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		j := i + size
		if isWord(r) {
			for j < sent.End {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if isWord(r2) {
					j += n2
					continue
				}
				if strings.ContainsRune(".-&'’", r2) && j+n2 < sent.End {
					next, _ := utf8.DecodeRuneInString(s[j+n2:])
					rest := s[j:]
					if isWord(next) && !strings.HasPrefix(rest, "'s") && !strings.HasPrefix(rest, "’s") {
						j += n2
						continue
					}
				}
				break
			}
		} else if (r == '\'' || r == '’') && strings.HasPrefix(s[j:], "s") {
			j++
		}
		out = append(out, extractors.Token{Text: s[i:j], Start: i, End: j})
		i = j
	}
	return out
}
