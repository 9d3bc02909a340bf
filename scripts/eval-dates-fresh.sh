#!/bin/sh
# eval-dates-fresh.sh scores lede's dates on the fresh gold set
# testdata/eval/dates-2026-12 (12 news pages from Postlight Parser's test
# fixtures, dates annotated blind) and splits the value errors into
# direction errors and others. The page HTML is not in this repository;
# pass a checkout of github.com/postlight/parser at commit
# e8ba7ece291efa4d915d50dd4deeec17d54359f2.
#
# usage: scripts/eval-dates-fresh.sh PARSER_DIR [SHARED_DIR] [-- --list]
#   PARSER_DIR is a work tree (fixtures/NAME.html read from disk) or a git
#   dir / bare repo (read with `git -C DIR show HEAD:path`).
#   SHARED_DIR defaults to ../shared (relative to the repository root).
#   e.g. scripts/eval-dates-fresh.sh /work/.mirror/postlight+parser/repo -- --list
# Needs go, git and python3 (standard library only).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/scripts/evalset.sh"
evalset_args eval-dates-fresh PARSER_DIR "$@"
shift "$evalset_shift"
set_dir="$root/testdata/eval/dates-2026-12"
gold="$set_dir/gold.jsonl"

evalset_run eval-dates-fresh "$gold" "$src" 'fixtures/{id}.html' --only dates
tmp=$evalset_tmp
python3 "$scorer" "$gold" "$tmp/pred.jsonl" | grep -E '^ *(dates|published)'
python3 "$set_dir/split_errors.py" "$gold" "$tmp/pred.jsonl" "$@"
