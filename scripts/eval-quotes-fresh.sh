#!/bin/sh
# eval-quotes-fresh.sh scores lede's quotes on the blind set
# testdata/eval/quotes-2026-12 (11 quote-heavy news pages from Postlight
# Parser's fixtures, annotated before lede was run on them). The page HTML is
# not in this repository; pass a checkout of github.com/postlight/parser
# (commit e8ba7ece291efa4d915d50dd4deeec17d54359f2) as a work tree or git dir.
#
# usage: scripts/eval-quotes-fresh.sh PARSER_DIR [SHARED_DIR] [-- score_e2e.py flags]
#   e.g. scripts/eval-quotes-fresh.sh /work/.mirror/postlight+parser/repo -- --errors
# Prints score_e2e.py's quotes lines, then the split by kind
# (direct, partial, multi-paragraph). LEDE_PRED_OUT=FILE keeps lede's output;
# QUOTES_SET=quotes-2026-12-heldout scores the held-out set instead.
# Needs go, git and python3 (stdlib only).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/scripts/evalset.sh"
evalset_args eval-quotes-fresh PARSER_DIR "$@"
shift "$evalset_shift"
set_dir="$root/testdata/eval/${QUOTES_SET:-quotes-2026-12}"
gold="$set_dir/gold.jsonl"

evalset_run eval-quotes-fresh "$gold" "$src" 'fixtures/{id}.html'
tmp=$evalset_tmp
[ -n "${LEDE_PRED_OUT:-}" ] && cp "$tmp/pred.jsonl" "$LEDE_PRED_OUT"
python3 "$scorer" "$gold" "$tmp/pred.jsonl" "$@" 2>&1 | grep -E '^(quote|  *quotes|quotes)|quote ' || true
python3 "$root/testdata/eval/quotes-2026-12/score_kinds.py" "$scorer" "$gold" "$tmp/pred.jsonl"
