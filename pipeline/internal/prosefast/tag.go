// Ported from github.com/jdkato/prose/v2 (tag.go).
// Copyright 2013 Matthew Honnibal; Copyright (c) 2017-2018 Joseph Kato.
// MIT License; see LICENSE.prose.

package prosefast

import (
	"regexp"
	"strconv"
	"strings"
	"sync"
)

// tagAll assigns a part-of-speech tag to every token of one sentence, as
// prose's perceptronTagger.tag does. It reports whether any tag was decided
// by an exact tie between classes (where prose picks at random).
func (m *Model) tagAll(s *scratch) (tie bool) {
	n := len(s.toks)
	// context holds normalized words, with two sentinels at each end.
	s.ctx = append(s.ctx[:0], "-START-", "-START2-")
	for i := range s.toks {
		s.ctx = append(s.ctx, normalize(s.toks[i].text))
	}
	s.ctx = append(s.ctx, "-END-", "-END2-")
	p1, p2 := "-START-", "-START2-"
	p1id, p2id := m.pre.tagID(p1), m.pre.tagID(p2)
	for i := 0; i < n; i++ {
		word := s.toks[i].text
		var tag string
		switch {
		case word == "-":
			tag = "-"
		case isEmoticon(word):
			tag = "SYM"
		case isLinkOrEmail(word):
			tag = "NN"
		case isNone(word):
			tag = "-NONE-"
		case isKeep(word):
			tag = word
		default:
			if id := m.tagWords.findString(word); id >= 0 {
				tag = m.tagNames[m.tagWordTag[id]]
			} else {
				var t bool
				tag, t = m.predictTag(s, i, word, p1, p2, p1id, p2id)
				tie = tie || t
			}
		}
		s.toks[i].tag = tag
		p2, p1 = p1, tag
		p2id, p1id = p1id, m.pre.tagID(tag)
	}
	return tie
}

// predictTag scores prose's 14 tagger features for token i; p1id and p2id
// are the previous tags' indexes (-1 when not in the precomputed list).
// Weights are thousandths, summed exactly; only classes some active
// feature mentions compete, as in prose.
func (m *Model) predictTag(s *scratch, i int, w, p1, p2 string, p1id, p2id int) (string, bool) {
	var scores [64]int64
	var present uint64
	ctx := s.ctx
	c := i + 2
	pre := &m.pre
	addID := func(id int) {
		if id < 0 {
			return
		}
		for e := m.featStart[id]; e < m.featStart[id+1]; e++ {
			k := m.featClass[e]
			scores[k] += int64(m.featWeight[e])
			present |= 1 << k
		}
	}
	add := func(key []byte) { addID(m.feats.find(key)) }
	b := s.key[:0]
	if p1id >= 0 && p2id >= 0 {
		// bias, i-1 tag, i-2 tag and i tag+i-2 tag, summed at load.
		k := p1id*len(pre.tagList) + p2id
		copy(scores[:len(m.classes)], pre.tCtx[k*len(m.classes):])
		present = pre.tCtxMask[k]
	} else {
		addID(int(pre.tBias))
		if p1id >= 0 {
			addID(int(pre.tPrev1[p1id]))
		} else {
			add(append(append(b, "i-1 tag "...), p1...))
		}
		if p2id >= 0 {
			addID(int(pre.tPrev2[p2id]))
		} else {
			add(append(append(b, "i-2 tag "...), p2...))
		}
		add(append(append(append(append(b, "i tag+i-2 tag "...), p1...), ' '), p2...))
	}
	add(append(append(b, "i suffix "...), w[len(w)-min(len(w), 3):]...))
	addID(int(pre.tPref1[w[0]]))
	add(append(append(b, "i word "...), ctx[c]...))
	add(append(append(append(append(b, "i-1 tag+i word "...), p1...), ' '), ctx[c]...))
	add(append(append(b, "i-1 word "...), ctx[c-1]...))
	add(append(append(b, "i-1 suffix "...), suffix3(ctx[c-1])...))
	add(append(append(b, "i-2 word "...), ctx[c-2]...))
	add(append(append(b, "i+1 word "...), ctx[c+1]...))
	add(append(append(b, "i+1 suffix "...), suffix3(ctx[c+1])...))
	s.key = append(append(b, "i+2 word "...), ctx[c+2]...)
	add(s.key)
	best, tie := -1, false
	for k := range m.classes {
		if present&(1<<k) == 0 {
			continue
		}
		switch {
		case best < 0 || scores[k] > scores[best]:
			best, tie = k, false
		case scores[k] == scores[best]:
			tie = true
		}
	}
	if best < 0 {
		return "", false
	}
	return m.classes[best], tie
}

func suffix3(s string) string { return s[len(s)-min(len(s), 3):] }

// normalize is prose's normalize: hyphenated words, four-digit numbers and
// words starting with a digit become placeholders; others are lower-cased.
func normalize(word string) string {
	if word == "" {
		return word
	}
	if strings.Contains(word, "-") && word[0] != '-' {
		return "!HYPHEN"
	}
	if len(word) == 4 && isAtoi(word) {
		return "!YEAR"
	}
	if word[0] >= '0' && word[0] <= '9' {
		return "!DIGITS"
	}
	return strings.ToLower(word)
}

// isAtoi reports whether strconv.Atoi accepts s, without its error
// allocation for the common non-numeric case.
func isAtoi(s string) bool {
	c := s[0]
	if (c < '0' || c > '9') && c != '+' && c != '-' {
		return false
	}
	_, err := strconv.Atoi(s)
	return err == nil
}

func isEmoticon(w string) bool {
	_, ok := emoticons[w]
	return ok
}

// isLinkOrEmail is prose's test commonregex.LinkRegex or EmailRegex
// matches, or the word starts with "@". The cheap checks in front only skip
// words neither expression can match: a link needs a '.' after one of
// [a-z0-9.-] and before another character, an e-mail needs an '@'.
func isLinkOrEmail(w string) bool {
	if strings.HasPrefix(w, "@") {
		return true
	}
	if strings.IndexByte(w, '@') >= 0 && emailRegex().MatchString(w) {
		return true
	}
	for i := 1; i+1 < len(w); i++ {
		if w[i] == '.' && isLinkChar(w[i-1]) {
			return linkRegex().MatchString(w)
		}
	}
	return false
}

// linkPattern and emailPattern are commonregex v1.0.1's LinkPattern and
// EmailPattern (MIT License, Copyright (c) 2017 ming; see
// LICENSE.commonregex), the two of its patterns prose's tagger uses. They
// are copied, and compiled on first use, because importing commonregex
// compiles all of its twenty patterns at every start-up (about 6 ms).
// TestCommonregexPatterns checks the copies against the originals.
const (
	linkPattern  = `(?:(?:https?:\/\/)?(?:[a-z0-9.\-]+|www|[a-z0-9.\-])[.](?:[^\s()<>]+|\((?:[^\s()<>]+|(?:\([^\s()<>]+\)))*\))+(?:\((?:[^\s()<>]+|(?:\([^\s()<>]+\)))*\)|[^\s!()\[\]{};:\'".,<>?]))`
	emailPattern = `(?i)([A-Za-z0-9!#$%&'*+\/=?^_{|.}~-]+@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)`
)

var (
	linkRegex  = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(linkPattern) })
	emailRegex = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(emailPattern) })
)

func isLinkChar(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '-'
}

// isNone matches ^(?:0|\*[\w?]\*|\*\-\d{1,3}|\*[A-Z]+\*\-\d{1,3}|\*)$.
func isNone(w string) bool {
	if w == "0" || w == "*" {
		return true
	}
	if len(w) < 2 || w[0] != '*' {
		return false
	}
	if len(w) == 3 && w[2] == '*' && (isWordChar(w[1]) || w[1] == '?') {
		return true
	}
	digits := func(s string) bool {
		if len(s) < 1 || len(s) > 3 {
			return false
		}
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return false
			}
		}
		return true
	}
	if w[1] == '-' {
		return digits(w[2:])
	}
	j := 1
	for j < len(w) && w[j] >= 'A' && w[j] <= 'Z' {
		j++
	}
	return j > 1 && strings.HasPrefix(w[j:], "*-") && digits(w[j+2:])
}

// isKeep matches ^\-[A-Z]{3}\-$ ("-LRB-").
func isKeep(w string) bool {
	if len(w) != 5 || w[0] != '-' || w[4] != '-' {
		return false
	}
	for i := 1; i < 4; i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// isWordChar is RE2's \w: [0-9A-Za-z_].
func isWordChar(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
}
