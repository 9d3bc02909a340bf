// Package extractors is the shared vocabulary of lede's extractors: the
// analysed article (Text, with its paragraphs, sentences and tokens), the
// findings (Entity, Date, Amount, Venue, Quote, each embedding a Span and
// a Trace), the Findings they are collected in, and the Extractor
// interface. The extractors themselves live one concept per package:
// entities, dates, money, quotes and venues; what several of them share
// lives under internal/ (lex, gazetteer, extest).
//
// Every extractor is a pure function over a *Text: no I/O, no logging, no
// errors, no clock. An unparseable mention is simply not emitted. Offsets
// inside the extractors are byte offsets into Text.Text, end exclusive; the
// pipeline converts them to code points once, at the JSON edge. The
// pipeline fixes the order they run in (package pipeline, extract.go); a
// later extractor reads an earlier one's results only through Findings.
//
// Each finding's Trace names the one rule that produced it; rules are
// values in ordered tables in each package, and no code branches on a
// rule's name. With Findings.Explain set, extractors also record the
// evidence each rule weighed.
package extractors
