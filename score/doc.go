// Package score scores lede output against hand-annotated gold, porting the
// project's Python scorers (../shared/tools/score_*.py) so that one Go
// command covers every yardstick and agrees with them:
//
//   - E2E: whole articles in the e2e-dev format (score_e2e.py): per-field
//     precision, recall and F1 with document-level one-to-one matching, and
//     the macro F1 of dates, money, quotes, venues and entities.
//   - Timex: TimeML-style TIMEX3 spans (score_timex.py): strict, relaxed,
//     type and value F1, TempEval-3 style.
//   - NER: exact-span entities per label (score_ner.py).
//   - Quotes: quote spans and speaker attribution (score_quotes.py).
//
// Gold and predictions are generic JSON documents (Doc, numbers kept as
// json.Number), one per JSONL line, so predictions may come from lede or
// any other tool. Where the Python scorers depend on Python's string
// semantics (str() of a value, \w, lower(), NFKC), this package mimics them.
// Functions are pure and safe for concurrent use.
package score
