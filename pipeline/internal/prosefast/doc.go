// Package prosefast is a fast inference path over the trained weights of
// github.com/jdkato/prose/v2 (v2.0.0): its tokenizer, its averaged-perceptron
// part-of-speech tagger and its maximum-entropy entity classifier, ported so
// that their output is identical to prose.NewDocument's for one sentence,
// with every token carrying byte offsets into the caller's text.
//
// What makes it fast: the weights are converted once, by `go generate`
// (see gen/), into a compact embedded file (model.bin) of open-addressing
// hash tables whose feature keys map to per-feature class-weight vectors;
// loading it is a few milliseconds instead of prose's gob decoding. At run
// time feature keys are written into reusable byte buffers and looked up
// without building maps, joining strings or running a regular expression
// per token.
//
// Where prose is not deterministic this package is, and says how:
//
//   - prose's tagger sums a token's feature weights in map order and picks
//     the best tag by iterating a map, so two tags with equal scores are
//     chosen at random. Here the tagger's weights (all multiples of 0.001)
//     are summed exactly as integers, and an exact tie goes to the class
//     that comes first in the model's class list.
//   - prose's entity classifier picks the best label by iterating a map; an
//     exact tie here goes to the label that comes first in the model's label
//     list.
//
// prose's tokenizer caches the tokens of a repeated word within one
// sentence and reuses the same *Token, so every occurrence ends with the tag
// and label of the last one, and the entity model sees those tags. The
// model was trained that way, and this package reproduces it (see
// Token.Group) so that output stays identical.
//
// prose is MIT-licensed, Copyright (c) 2017-2018 Joseph Kato; its tagger is
// a port of Matthew Honnibal's averaged perceptron (MIT, Copyright 2013).
// The licence is in LICENSE.prose beside this file; the ported files keep
// the notice in their header.
package prosefast
