// Package extractors finds facts in analysed article text: entities, dates
// and times, money amounts, quotes and venues.
//
// Every extractor is a pure function over a *Text: no I/O, no logging, no
// errors, no clock. An unparseable mention is simply not emitted. Offsets
// inside this package are byte offsets into Text.Text, end exclusive; the
// pipeline converts them to code points once, at the JSON edge.
package extractors
