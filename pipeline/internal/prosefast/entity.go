// Ported from github.com/jdkato/prose/v2 (extract.go, utilities.go).
// Copyright (c) 2017-2018 Joseph Kato. MIT License; see LICENSE.prose.

package prosefast

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// classifyAll labels every token of one sentence with the entity model, as
// prose's entityExtracter.classify does, reading the tags in tok.ptag (what
// prose's shared tokens hold once tagging is done). It reports whether any
// label was decided by an exact tie.
func (m *Model) classifyAll(s *scratch) (tie bool) {
	n := len(s.toks)
	pre := &m.pre
	nh := len(pre.hists)
	for i := range s.toks {
		t := &s.toks[i]
		t.lower = strings.ToLower(t.text)
		t.shape = shape(t.text, t.lower)
		t.ptagID = pre.tagID(t.ptag)
	}
	var scores [64]float64
	for i := 0; i < n; i++ {
		t := &s.toks[i]
		prevword, prevpos, prevposID := "None", "None", pre.noneTag
		prevShape, prevtag := shapeNone, histNone
		if i > 0 {
			p := &s.toks[i-1]
			prevtag, prevword, prevpos, prevposID = p.hist, p.lower, p.ptag, p.ptagID
			if i > 1 {
				prevShape = p.shape
			}
		}
		nextword, nextpos, nextposID := "None", "None", pre.noneTag
		if i < n-1 {
			nx := &s.toks[i+1]
			nextword, nextpos, nextposID = nx.lower, nx.ptag, nx.ptagID
		}
		for k := range m.labels {
			scores[k] = 0
		}
		addID := func(id int) {
			if id < 0 {
				return
			}
			for e := m.mentStart[id]; e < m.mentStart[id+1]; e++ {
				scores[m.mentLabel[e]] += m.mentWeight[e]
			}
		}
		add := func(key []byte) { addID(m.ments.find(key)) }
		// The 17 features in prose's featureOrder, so that each label's
		// weights are summed in prose's order.
		b := s.key[:0]
		addID(int(pre.mBias))
		if isBasic(t.text) {
			addID(int(pre.mWordlist[1]))
		} else {
			addID(int(pre.mWordlist[0]))
		}
		if nextposID >= 0 {
			addID(int(pre.mNextpos[nextposID]))
		} else {
			nextpos = strings.ToLower(nextpos)
			add(append(append(b, "nextpos-"...), nextpos...))
		}
		add(append(append(b, "nextword-"...), nextword...))
		if t.ptagID >= 0 {
			addID(int(pre.mPos[t.ptagID]))
			addID(int(pre.mPosPrevtag[t.ptagID*nh+prevtag]))
		} else {
			add(append(append(b, "pos-"...), t.ptag...))
			add(append(append(append(append(b, "pos+prevtag-"...), t.ptag...), '+'), pre.hists[prevtag]...))
		}
		add(appendLowerBytes(append(b, "prefix3-"...), t.text[:min(len(t.text), 3)]))
		if prevposID >= 0 {
			addID(int(pre.mPrevpos[prevposID]))
		} else {
			add(append(append(b, "prevpos-"...), prevpos...))
		}
		addID(int(pre.mPrevtag[prevtag]))
		add(append(append(b, "prevword-"...), prevword...))
		addID(int(pre.mShape[t.shape]))
		addID(int(pre.mShapePrevtag[prevShape*nh+prevtag]))
		add(appendLowerBytes(append(b, "suffix3-"...), t.text[len(t.text)-min(len(t.text), 3):]))
		add(append(append(b, "word-"...), t.text...))
		if nextposID >= 0 {
			nextpos = pre.lowerTags[nextposID]
		}
		add(append(append(append(append(b, "word+nextpos-"...), t.lower...), '+'), nextpos...))
		add(append(append(b, "word.lower-"...), t.lower...))
		if len(t.text) < len(pre.mWordlen) {
			addID(int(pre.mWordlen[len(t.text)]))
		} else {
			b = strconv.AppendInt(append(b, "wordlen-"...), int64(len(t.text)), 10)
			add(b)
		}
		s.key = b
		// prose: max over a map, strictly greater wins; here ties go to
		// the earlier label.
		best, bestScore, tied := -1, math.Inf(-1), false
		for k := range m.labels {
			switch {
			case scores[k] > bestScore:
				best, bestScore, tied = k, scores[k], false
			case scores[k] == bestScore && best >= 0:
				tied = true
			}
		}
		tie = tie || tied
		t.label, t.hist = best, histEmpty
		if best >= 0 {
			t.hist = pre.labelHistID[best]
		}
	}
	return tie
}

// isBasic reports whether word is in prose's basic English word list.
func isBasic(word string) bool {
	_, ok := basicWords[word]
	return ok
}

var basicWords = func() map[string]struct{} {
	m := make(map[string]struct{}, len(enWordList))
	for _, w := range enWordList {
		m[w] = struct{}{}
	}
	return m
}()

// appendLowerBytes appends strings.ToLower(s) to b.
func appendLowerBytes(b []byte, s string) []byte {
	if !isASCII(s) {
		return append(b, strings.ToLower(s)...)
	}
	for i := 0; i < len(s); i++ {
		b = append(b, lowerASCII(s[i]))
	}
	return b
}

// shape is prose's shape: "number" when strconv.ParseFloat accepts the
// word; "punct" when it ends in a non-word character (RE2 \W, so any
// non-ASCII letter too); otherwise "downcase", "upcase" (strings.Title
// leaves it unchanged) or "mixedcase".
func shape(word, lower string) int {
	if isNumeric(word) {
		return shapeNumber
	}
	if word == "" {
		return shapeOther
	}
	if !isWordChar(word[len(word)-1]) {
		return shapePunct
	}
	if lower == word {
		return shapeDowncase
	}
	if isTitle(word) {
		return shapeUpcase
	}
	return shapeMixedcase
}

// isNumeric is prose's isNumeric (strconv.ParseFloat succeeds), skipping
// the call when the first byte rules it out.
func isNumeric(s string) bool {
	if s == "" {
		return false
	}
	rest := s
	if rest[0] == '+' || rest[0] == '-' {
		rest = rest[1:]
	}
	if rest == "" {
		return false
	}
	switch c := rest[0]; {
	case c >= '0' && c <= '9', c == '.':
	case c == 'i' || c == 'I' || c == 'n' || c == 'N':
		// Only "inf", "infinity" and "nan" (any case) parse; skip
		// ParseFloat's error allocation for "in", "no", "not"...
		if !strings.EqualFold(rest, "inf") && !strings.EqualFold(rest, "infinity") && !strings.EqualFold(rest, "nan") {
			return false
		}
	default:
		return false
	}
	_, err := strconv.ParseFloat(s, 64)
	return err == nil
}

// isTitle reports whether strings.Title(s) == s without allocating.
func isTitle(s string) bool {
	if !utf8.ValidString(s) {
		return strings.Title(s) == s //nolint:staticcheck // prose's definition
	}
	prev := ' '
	for _, r := range s {
		if isSeparator(prev) && unicode.ToTitle(r) != r {
			return false
		}
		prev = r
	}
	return true
}

// isSeparator is the word boundary test of strings.Title.
func isSeparator(r rune) bool {
	if r <= 0x7F {
		switch {
		case '0' <= r && r <= '9', 'a' <= r && r <= 'z', 'A' <= r && r <= 'Z', r == '_':
			return false
		}
		return true
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return false
	}
	return unicode.IsSpace(r)
}
