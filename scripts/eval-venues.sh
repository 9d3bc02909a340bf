#!/bin/sh
# eval-venues.sh scores lede's venues on the fresh gold set
# testdata/eval/venues-2026-12 (10 news pages from Postlight Parser's test
# fixtures, venues annotated blind). The page HTML is not in this
# repository; pass a checkout of github.com/postlight/parser at commit
# e8ba7ece291efa4d915d50dd4deeec17d54359f2.
#
# usage: scripts/eval-venues.sh PARSER_DIR [SHARED_DIR] [-- score_e2e.py flags]
#   PARSER_DIR is a work tree (fixtures/ID.html is read from disk) or a git
#   dir / bare repo (read with `git -C DIR show HEAD:path`).
#   SHARED_DIR defaults to ../shared (relative to the repository root).
#   e.g. scripts/eval-venues.sh /work/.mirror/postlight+parser/repo -- --errors
# Only the venues line of the scorer's report is meaningful: the gold has
# no other field. Needs go, git and python3 (standard library only).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/scripts/evalset.sh"
evalset_args eval-venues PARSER_DIR "$@"
shift "$evalset_shift"
gold="$root/testdata/eval/venues-2026-12/gold.jsonl"

evalset_run eval-venues "$gold" "$src" 'fixtures/{id}.html'
tmp=$evalset_tmp
python3 "$scorer" "$gold" "$tmp/pred.jsonl" "$@"
python3 "$root/scripts/check-venue-events.py" <"$tmp/pred.jsonl"
