package main

import (
	"strings"
	"unicode"
)

// tok is one token of raw text, with code-point offsets.
type tok struct {
	text       string
	start, end int // code points, end exclusive
}

// abbreviations keep their final dot and do not end a sentence.
var abbreviations = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true,
	"st": true, "jr": true, "sr": true, "gen": true, "gov": true, "sen": true, "rep": true,
	"col": true, "capt": true, "lt": true, "sgt": true, "mt": true, "inc": true, "corp": true,
	"ltd": true, "co": true, "no": true, "vs": true, "etc": true, "jan": true, "feb": true,
	"mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true,
	"oct": true, "nov": true, "dec": true, "u.s": true, "u.k": true, "a.m": true, "p.m": true}

// splitText splits raw text into sentences of tokens: lines break
// sentences, so do ". ! ?" tokens; punctuation is split off words except a
// word's inner dots, hyphens and apostrophes; "'s" and "n't" are split off
// as in the Penn Treebank (and GUM). Good enough to score a tagger.
func splitText(text string) [][]tok {
	var sents [][]tok
	var cur []tok
	end := func() {
		if len(cur) > 0 {
			sents = append(sents, cur)
			cur = nil
		}
	}
	runes := []rune(text)
	i := 0
	for i < len(runes) {
		r := runes[i]
		if r == '\n' {
			end()
			i++
			continue
		}
		if unicode.IsSpace(r) {
			i++
			continue
		}
		j := i
		for j < len(runes) && !unicode.IsSpace(runes[j]) {
			j++
		}
		stop := false
		for _, t := range splitChunk(runes[i:j], i) {
			cur = append(cur, t)
			stop = stop || t.text == "." || t.text == "!" || t.text == "?"
		}
		if stop { // after the chunk, so closing quotes stay with the sentence
			end()
		}
		i = j
	}
	end()
	return sents
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// splitChunk splits one whitespace-free chunk starting at code point off.
func splitChunk(c []rune, off int) []tok {
	var out []tok
	s, e := 0, len(c)
	// Leading punctuation, one token per rune.
	for s < e && !isWordRune(c[s]) {
		out = append(out, tok{string(c[s]), off + s, off + s + 1})
		s++
	}
	var tail []tok
	for e > s && !isWordRune(c[e-1]) {
		if c[e-1] == '.' && keepDot(c[s:e-1]) {
			break
		}
		tail = append(tail, tok{string(c[e-1]), off + e - 1, off + e})
		e--
	}
	if s < e {
		w := string(c[s:e])
		lw := strings.ToLower(w)
		switch {
		case e-s > 2 && (strings.HasSuffix(lw, "'s") || strings.HasSuffix(lw, "’s")):
			out = append(out, tok{string(c[s : e-2]), off + s, off + e - 2}, tok{string(c[e-2 : e]), off + e - 2, off + e})
		case strings.HasSuffix(lw, "n't") && e-s > 3:
			out = append(out, tok{string(c[s : e-3]), off + s, off + e - 3}, tok{string(c[e-3 : e]), off + e - 3, off + e})
		default:
			out = append(out, tok{w, off + s, off + e})
		}
	}
	for k := len(tail) - 1; k >= 0; k-- {
		out = append(out, tail[k])
	}
	return out
}

// keepDot reports whether a word before a final dot is an abbreviation or
// an initial, so the dot stays with it.
func keepDot(w []rune) bool {
	if len(w) == 1 && unicode.IsUpper(w[0]) {
		return true
	}
	s := strings.ToLower(string(w))
	return abbreviations[s] || strings.Contains(s, ".")
}
