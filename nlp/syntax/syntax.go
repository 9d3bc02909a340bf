// Package syntax gives extractors the dependency parse of nlp/depparse:
// it splits a sentence's tokens (extractors.Token, from the NLP stage) into
// the words Universal Dependencies writes and parses them, as an
// extractors.SentenceParser for Text.Parse.
package syntax

import (
	_ "embed"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/lede-project/lede/extractors"
	"github.com/lede-project/lede/nlp/depparse"
)

// Parser parses sentences with the embedded depparse model. It is safe for
// concurrent use.
type Parser struct {
	model *depparse.Model
}

// Load returns a Parser over the embedded model (decoded once per process).
func Load() (*Parser, error) {
	m, err := depparse.Load()
	if err != nil {
		return nil, fmt.Errorf("load dependency parser: %w", err)
	}
	return &Parser{model: m}, nil
}

// ParseSentence parses one sentence's tokens split into Universal
// Dependencies words (Words); heads are indices into the result.
func (p *Parser) ParseSentence(text string, toks []extractors.Token) []extractors.Syntax {
	spans := Words(text, toks, make([][2]int, 0, len(toks)+2))
	words := make([]string, len(spans))
	for k, sp := range spans {
		words[k] = text[sp[0]:sp[1]]
	}
	out := p.model.Parse(words, nil)
	res := make([]extractors.Syntax, len(out))
	for k, d := range out {
		res[k] = extractors.Syntax{Start: spans[k][0], End: spans[k][1],
			UPOS: d.UPOS, Tag: d.Tag, Lemma: d.Lemma, Head: d.Head, Dep: d.Dep}
	}
	return res
}

// Words appends the byte spans of a sentence's words as Universal
// Dependencies (and the Penn Treebank, which the parser was trained on)
// write them: the tokens, with a clitic "'ve", "'d", "’ve", "’d" split from
// its host ("I've", "he'd"), "cannot" as "can" "not", a full stop at the
// end of the sentence split from a word that has no other full stop
// ("May." but not "U.S."), hyphenated and slashed words split
// ("long-term" as "long" "-" "term"; see splitHyphens), and a run of
// touching full stops, question and exclamation marks ("...", "!!", "?!")
// as one word. The NLP stage's tokenizer leaves the first ones whole and
// takes such runs apart.
func Words(text string, toks []extractors.Token, out [][2]int) [][2]int {
	for k := 0; k < len(toks); k++ {
		tok := toks[k]
		w := tok.Text
		if j := endOfMarks(toks, k); j > k+1 {
			out = append(out, [2]int{tok.Start, toks[j-1].End})
			k = j - 1
			continue
		}
		switch {
		case len(w) > 3 && isClitic(w):
			c := len(w) - cliticLen(w)
			out = append(out, [2]int{tok.Start, tok.Start + c}, [2]int{tok.Start + c, tok.End})
		case strings.EqualFold(w, "cannot"):
			out = append(out, [2]int{tok.Start, tok.Start + 3}, [2]int{tok.Start + 3, tok.End})
		case k == len(toks)-1 && len(w) > 1 && strings.HasSuffix(w, ".") && strings.Count(w, ".") == 1:
			out = splitHyphens(w[:len(w)-1], tok.Start, out)
			out = append(out, [2]int{tok.End - 1, tok.End})
		default:
			out = splitHyphens(w, tok.Start, out)
		}
	}
	return out
}

// endOfMarks returns the end of the run of touching tokens made only of
// full stops, question and exclamation marks that starts at toks[k]
// (k+1 for a lone mark or any other token).
func endOfMarks(toks []extractors.Token, k int) int {
	j := k
	for j < len(toks) && onlyMarks(toks[j].Text) && (j == k || toks[j].Start == toks[j-1].End) {
		j++
	}
	return max(j, k+1)
}

// onlyMarks reports whether w is made of full stops, question and
// exclamation marks only.
func onlyMarks(w string) bool {
	return w != "" && strings.Trim(w, ".?!") == ""
}

//go:embed data/hyphen_prefixes.txt
var prefixData string

// hyphenPrefixes is data/hyphen_prefixes.txt as a set.
var hyphenPrefixes = func() map[string]bool {
	m := map[string]bool{}
	for _, l := range strings.Split(prefixData, "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			m[l] = true
		}
	}
	return m
}()

// splitHyphens appends the words of token w (at byte offset start) as UD
// English splits joined words. Each hyphen between two letters or digits
// is a word ("long-term" as "long" "-" "term"), except after a prefix of
// data/hyphen_prefixes.txt ("non-profit") and in a number made only of
// digit groups the way telephone numbers and ISO dates are written
// ("555-1234", "2005-03-09"), which stays whole. A slash between two
// words of at least two letters is a word ("and/or", "he/she"; not "w/o",
// "s/he", "3/4"). Leading dots are a word ("...Now"). Any other character
// (a URL, a file name, an e-mail address) keeps the token whole.
func splitHyphens(w string, start int, out [][2]int) [][2]int {
	if lead := len(w) - len(strings.TrimLeft(w, ".")); lead >= 2 && lead < len(w) {
		if r, _ := utf8.DecodeRuneInString(w[lead:]); unicode.IsLetter(r) {
			out = append(out, [2]int{start, start + lead})
			w, start = w[lead:], start+lead
		}
	}
	if !hyphenSplittable(w) {
		return append(out, [2]int{start, start + len(w)})
	}
	from := 0 // start of the word being built
	seg := 0  // start of the current segment between separators
	for i := 1; i < len(w)-1; i++ {
		var split bool
		switch w[i] {
		case '-':
			split = !hyphenPrefixes[strings.ToLower(w[seg:i])]
		case '/':
			next := strings.IndexAny(w[i+1:], "-/")
			if next < 0 {
				next = len(w) - i - 1
			}
			split = slashWord(w[seg:i]) && slashWord(w[i+1:i+1+next])
		default:
			continue
		}
		if split {
			out = append(out, [2]int{start + from, start + i}, [2]int{start + i, start + i + 1})
			from = i + 1
		}
		seg = i + 1
	}
	return append(out, [2]int{start + from, start + len(w)})
}

// slashWord reports whether a part of a slashed token is a word of at
// least two letters.
func slashWord(p string) bool {
	n := 0
	for _, r := range p {
		if !unicode.IsLetter(r) {
			return false
		}
		n++
	}
	return n >= 2
}

// hyphenSplittable reports whether w is letters and digits joined by
// hyphens and slashes, and not a digit-group number.
func hyphenSplittable(w string) bool {
	for _, r := range w {
		if r != '-' && r != '/' && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	parts := strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '/' })
	if strings.Contains(w, "--") || strings.Contains(w, "//") || len(parts) == 0 ||
		len(w) != len(strings.Trim(w, "-/")) {
		return false
	}
	for _, p := range parts {
		if strings.Trim(p, "0123456789") != "" {
			return true
		}
	}
	if strings.Contains(w, "/") {
		return false // dates and fractions: "3/4/2005", "1/2"
	}
	// All digits: "555-1234", "1-800-555-1234", "2005-03-09" stay whole;
	// a range ("1990-1995", "2-3") is split.
	first, last := len(parts[0]), len(parts[len(parts)-1])
	return len(parts) == 2 && !((first == 3 || first == 5) && last == 4)
}

// isClitic reports whether w ends in 've or 'd (straight or curly) after
// a letter.
func isClitic(w string) bool {
	c := cliticLen(w)
	if c == 0 || c >= len(w) {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(w[:len(w)-c])
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
}

// cliticLen is the byte length of a final 've or 'd clitic of w, 0 if none.
func cliticLen(w string) int {
	for _, c := range []string{"'ve", "’ve", "'d", "’d", "'VE", "'D"} {
		if strings.HasSuffix(w, c) {
			return len(c)
		}
	}
	return 0
}
