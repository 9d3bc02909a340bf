#!/bin/sh
# eval-fresh.sh scores lede end to end on the fresh gold set
# testdata/eval/fresh-2026-12 (12 news pages from Mozilla Readability's test
# pages, annotated blind). The page HTML is not in this repository; pass a
# checkout of github.com/mozilla/readability at commit
# ab4027a8b37669745016869a37a504727992b2ba.
#
# usage: scripts/eval-fresh.sh READABILITY_DIR [SHARED_DIR] [-- score_e2e.py flags]
#   READABILITY_DIR is a work tree (test/test-pages/NAME/source.html is read
#   from disk) or a git dir / bare repo (read with `git -C DIR show HEAD:path`).
#   SHARED_DIR defaults to ../shared (relative to the repository root).
#   e.g. scripts/eval-fresh.sh /work/.mirror/mozilla+readability/repo -- --errors
# Needs go, git and python3 (standard library only).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/scripts/evalset.sh"
evalset_args eval-fresh READABILITY_DIR "$@"
shift "$evalset_shift"
gold="$root/testdata/eval/fresh-2026-12/gold.jsonl"

evalset_run eval-fresh "$gold" "$src" 'test/test-pages/{id}/source.html'
tmp=$evalset_tmp
python3 "$scorer" "$gold" "$tmp/pred.jsonl" "$@"
