package ner

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// token holds the hashed views of one word that the feature templates
// combine. Computing them once per token keeps feature extraction
// allocation-free: templates mix 64-bit hashes, never strings.
type token struct {
	word, lower, shape, short uint64
	pre, suf                  [4]uint64
	flags                     uint64
	letters, upper, lowerCase int // rune counts, for the headline test
}

// Flag bits of token.flags.
const (
	flagTitle   = 1 << iota // first rune upper case, a lower-case rune follows
	flagCaps                // at least one letter, none lower case
	flagDigit               // has a digit
	flagHyphen              // has '-'
	flagPunct               // no letter and no digit
	flagInitial             // one letter and a dot, as in "J."
	flagKnown               // the lower-cased word is a common word (see vocab)
)

// Feature templates. The numbers are part of the model file's meaning:
// append new ones, never renumber.
const (
	tBias = iota + 1
	tWord
	tLower
	tShape
	tShort
	tPre1
	tPre2
	tPre3
	tPre4
	tSuf1
	tSuf2
	tSuf3
	tSuf4
	tFlags
	tLowerM1
	tLowerP1
	tLowerM2
	tLowerP2
	tShortM1
	tShortP1
	tShortM2
	tShortP2
	tBigramM1
	tBigramP1
	tShortTri
	tPosShort
	tCapsLineLower
	tCapsLine
	tPrev
	tPrev2
	tPrevLower
	tPrevShort
	tCapsLineSuf3
	tFlagsM1Flags
	tWordM1
	tWordP1
	tLowerM1Short
	tShortLowerP1
	tSuf3Short
	tPrevLowerM1
	tKnownPosShort
	tKnownCtx
	tDocLabel
	tDocLabelFirst
	tDocPerPart
	tHint
	tHintLabel
	tHintShort
	tHintM1
	tHintP1
	tHintLower
	nTemplates
)

// maxFeatures is the number of features one token produces (at most).
const maxFeatures = nTemplates

// Hash constants for positions outside the sentence.
const (
	hBOS  = 0x6a09e667f3bcc908
	hEOS  = 0xbb67ae8584caa73b
	hBOS2 = 0x3c6ef372fe94f82b
	hEOS2 = 0xa54ff53a5f1d36f1
)

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// mix is splitmix64's finaliser: a cheap, well-spread 64-bit hash.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// feat hashes a template number with one value.
func feat(t int, v uint64) uint64 { return mix(v ^ uint64(t)*0x9e3779b97f4a7c15) }

// feat2 hashes a template number with two values.
func feat2(t int, a, b uint64) uint64 { return feat(t, mix(a)*31+b) }

func hashRune(h uint64, r rune) uint64 {
	if r < utf8.RuneSelf {
		return (h ^ uint64(r)) * fnvPrime
	}
	var b [utf8.UTFMax]byte
	n := utf8.EncodeRune(b[:], r)
	for _, c := range b[:n] {
		h = (h ^ uint64(c)) * fnvPrime
	}
	return h
}

// shapeRune maps a rune to its shape class: X, x, d or the rune itself.
func shapeRune(r rune) rune {
	switch {
	case r >= 'A' && r <= 'Z':
		return 'X'
	case r >= 'a' && r <= 'z':
		return 'x'
	case r >= '0' && r <= '9':
		return 'd'
	case r < utf8.RuneSelf:
		return r
	case unicode.IsUpper(r):
		return 'X'
	case unicode.IsLetter(r):
		return 'x'
	case unicode.IsDigit(r):
		return 'd'
	}
	return r
}

func toLower(r rune) rune {
	if r < utf8.RuneSelf {
		if r >= 'A' && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	return unicode.ToLower(r)
}

// maxShape caps the long shape's length in runes.
const maxShape = 8

// analyze computes the hashed views of w. buf is scratch space for the
// lower-cased runes; it is grown only for words longer than its capacity.
func analyze(w string, buf []rune) (token, []rune) {
	var t token
	buf = buf[:0]
	hw, hl, hs, hss := uint64(fnvOffset), uint64(fnvOffset), uint64(fnvOffset), uint64(fnvOffset)
	var last rune = -1
	n := 0
	for _, r := range w {
		hw = hashRune(hw, r)
		lr := toLower(r)
		hl = hashRune(hl, lr)
		buf = append(buf, lr)
		s := shapeRune(r)
		if n < maxShape {
			hs = hashRune(hs, s)
		}
		if s != last {
			hss = hashRune(hss, s)
			last = s
		}
		switch s {
		case 'X':
			t.letters++
			t.upper++
		case 'x':
			t.letters++
			t.lowerCase++
		case 'd':
			t.flags |= flagDigit
		}
		if r == '-' {
			t.flags |= flagHyphen
		}
		n++
	}
	t.word, t.lower, t.shape, t.short = hw, hl, hs, hss
	if t.letters > 0 && t.lowerCase == 0 {
		t.flags |= flagCaps
	}
	if t.letters > 0 && t.lowerCase > 0 && len(buf) > 0 && buf[0] != firstRune(w) {
		t.flags |= flagTitle
	}
	if t.letters == 0 && t.flags&flagDigit == 0 {
		t.flags |= flagPunct
	}
	if n == 2 && t.letters == 1 && buf[1] == '.' {
		t.flags |= flagInitial
	}
	for k := 1; k <= 4; k++ {
		if k > n {
			if k == 1 {
				t.pre[0], t.suf[0] = 0x55, 0xaa // the empty word
				continue
			}
			t.pre[k-1] = t.pre[k-2] ^ 0x55
			t.suf[k-1] = t.suf[k-2] ^ 0x55
			continue
		}
		p, s := uint64(fnvOffset), uint64(fnvOffset)
		for _, r := range buf[:k] {
			p = hashRune(p, r)
		}
		for _, r := range buf[n-k:] {
			s = hashRune(s, r)
		}
		t.pre[k-1], t.suf[k-1] = p, s
	}
	return t, buf
}

func firstRune(w string) rune {
	r, _ := utf8.DecodeRuneInString(w)
	return r
}

// capsLine reports whether a sentence reads as a headline in capitals: at
// least two tokens with letters, none of them with a lower-case letter.
func capsLine(toks []token) bool {
	words := 0
	for i := range toks {
		if toks[i].lowerCase > 0 {
			return false
		}
		if toks[i].letters > 1 {
			words++
		}
	}
	return words >= 2
}

// staticFeatures writes the label-independent features of token i into f
// and returns how many it wrote.
func staticFeatures(toks []token, i int, caps bool, f []uint64) int {
	t := &toks[i]
	m1l, m1s, m1w, m1f := uint64(hBOS), uint64(hBOS), uint64(hBOS), uint64(0)
	m2l, m2s := uint64(hBOS2), uint64(hBOS2)
	p1l, p1s, p1w, p1f := uint64(hEOS), uint64(hEOS), uint64(hEOS), uint64(0)
	p2l, p2s := uint64(hEOS2), uint64(hEOS2)
	if i > 0 {
		m1l, m1s, m1w, m1f = toks[i-1].lower, toks[i-1].short, toks[i-1].word, toks[i-1].flags
	}
	if i > 1 {
		m2l, m2s = toks[i-2].lower, toks[i-2].short
	}
	if i+1 < len(toks) {
		p1l, p1s, p1w, p1f = toks[i+1].lower, toks[i+1].short, toks[i+1].word, toks[i+1].flags
	}
	if i+2 < len(toks) {
		p2l, p2s = toks[i+2].lower, toks[i+2].short
	}
	pos := uint64(1)
	if i == 0 {
		pos = 0
	} else if i == len(toks)-1 {
		pos = 2
	}
	n := 0
	add := func(h uint64) { f[n] = h; n++ }
	add(feat(tBias, 0))
	add(feat(tWord, t.word))
	add(feat(tLower, t.lower))
	add(feat(tShape, t.shape))
	add(feat(tShort, t.short))
	for k := 0; k < 4; k++ {
		add(feat(tPre1+k, t.pre[k]))
		add(feat(tSuf1+k, t.suf[k]))
	}
	add(feat(tFlags, t.flags))
	add(feat(tLowerM1, m1l))
	add(feat(tLowerP1, p1l))
	add(feat(tLowerM2, m2l))
	add(feat(tLowerP2, p2l))
	add(feat(tShortM1, m1s))
	add(feat(tShortP1, p1s))
	add(feat(tShortM2, m2s))
	add(feat(tShortP2, p2s))
	add(feat2(tBigramM1, m1l, t.lower))
	add(feat2(tBigramP1, t.lower, p1l))
	add(feat2(tShortTri, mix(m1s)^p1s, t.short))
	add(feat2(tPosShort, pos, t.short))
	add(feat2(tFlagsM1Flags, m1f, t.flags))
	add(feat(tWordM1, m1w))
	add(feat(tWordP1, p1w))
	add(feat2(tLowerM1Short, m1l, t.short))
	add(feat2(tShortLowerP1, t.short, p1l))
	add(feat2(tSuf3Short, t.suf[2], t.short))
	known := func(f uint64) uint64 { return f & flagKnown / flagKnown }
	add(feat2(tKnownPosShort, known(t.flags)*4+pos, t.short))
	add(feat2(tKnownCtx, known(m1f)*2+known(p1f), t.flags&(flagTitle|flagCaps|flagKnown)))
	if caps {
		add(feat(tCapsLine, 1))
		add(feat(tCapsLineLower, t.lower))
		add(feat(tCapsLineSuf3, t.suf[2]))
	}
	return n
}

// hintFeatures writes the features of the hints (another labeller's
// opinion per word, see TagHinted) of token i into f and returns how many
// it wrote: none when hints is nil.
func hintFeatures(toks []token, hints []string, i int, f []uint64) int {
	if hints == nil {
		return 0
	}
	h, lab := hintHash(hints[i])
	m1, p1 := uint64(hBOS), uint64(hEOS)
	if i > 0 {
		_, m1 = hintHash(hints[i-1])
	}
	if i+1 < len(hints) {
		_, p1 = hintHash(hints[i+1])
	}
	f[0] = feat(tHint, h)
	f[1] = feat(tHintLabel, lab)
	f[2] = feat2(tHintShort, lab, toks[i].short)
	f[3] = feat2(tHintM1, m1, lab)
	f[4] = feat2(tHintP1, lab, p1)
	f[5] = feat2(tHintLower, lab, toks[i].lower)
	return 6
}

// hintHash hashes a hint "LABEL|detail" whole and its label part alone.
func hintHash(s string) (whole, label uint64) {
	whole, label = fnvOffset, fnvOffset
	inLabel := true
	for i := 0; i < len(s); i++ {
		c := uint64(s[i])
		whole = (whole ^ c) * fnvPrime
		if s[i] == '|' {
			inLabel = false
		}
		if inLabel {
			label = (label ^ c) * fnvPrime
		}
	}
	return whole, label
}

// prevFeatures writes the features that depend on the two previous labels.
func prevFeatures(toks []token, i int, prev, prev2 int, f []uint64) int {
	t := &toks[i]
	f[0] = feat(tPrev, uint64(prev))
	f[1] = feat2(tPrev2, uint64(prev), uint64(prev2))
	f[2] = feat2(tPrevLower, uint64(prev), t.lower)
	f[3] = feat2(tPrevShort, uint64(prev), t.short)
	m1 := uint64(hBOS)
	if i > 0 {
		m1 = toks[i-1].lower
	}
	f[4] = feat2(tPrevLowerM1, uint64(prev), m1)
	return 5
}

// vocab is a sorted set of the high 32 bits of lower-case word hashes: the
// words seen in lower case in ordinary text. A capitalised word whose lower
// case is in it ("However", "Church") is less likely a name than one whose
// lower case never occurs ("Sunak").
type vocab []uint32

func (v vocab) has(lower uint64) bool {
	_, ok := slices.BinarySearch(v, uint32(lower>>32))
	return ok
}

// buildVocab collects the words that occur at least min times written all in
// lower case.
func buildVocab(text [][]string, min int) vocab {
	counts := map[uint32]int{}
	var runes []rune
	for _, s := range text {
		for _, w := range s {
			var t token
			t, runes = analyze(w, runes)
			if t.letters > 0 && t.upper == 0 {
				counts[uint32(t.lower>>32)]++
			}
		}
	}
	var v vocab
	for h, c := range counts {
		if c >= min {
			v = append(v, h)
		}
	}
	slices.Sort(v)
	return v
}
