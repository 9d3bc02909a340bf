// Package pipeline turns one article (HTML or plain text, from a file, a URL
// or a JSONL record) into a Result: metadata, main text, sentences and the
// extractors' findings, with code-point offsets, ready to encode as
// schema lede/v1 JSON.
//
// The stages, called in order by Pipeline.Process:
//
//	read/fetch bytes -> decode to UTF-8 -> parse HTML once (metadata + main
//	text) -> NLP (paragraphs, sentences, tokens, model entities) ->
//	extractors -> Result
//
// A Pipeline loads its models once and is safe for concurrent use.
package pipeline
