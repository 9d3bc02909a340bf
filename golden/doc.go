// Package golden keeps lede's golden files: canonical JSON (sorted keys,
// two-space indent, no HTML escaping, one trailing newline) so that git diffs
// of goldens stay small, and a per-field diff of two analysed articles that a
// person can read ("dates: + \"late Monday\" 2021-12-27 @120").
//
// Documents are handled as generic JSON (maps, slices, json.Number), so the
// package knows the lede/v1 field names only to order and label its output;
// any JSON object can be compared. It does no I/O and is safe for concurrent
// use.
package golden
