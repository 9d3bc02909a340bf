#!/bin/sh
# eval-entities-fresh.sh scores lede's entities on the blind gold set
# testdata/eval/entities-2026-12 (11 news pages from Postlight Parser's test
# fixtures, entities annotated before lede was run on them). The page HTML is
# not in this repository; pass a checkout of github.com/postlight/parser at
# commit e8ba7ece291efa4d915d50dd4deeec17d54359f2.
#
# usage: scripts/eval-entities-fresh.sh PARSER_DIR [SHARED_DIR] [-- score_e2e.py flags]
#   PARSER_DIR is a work tree (fixtures/NAME.html is read from disk) or a git
#   dir / bare repo (read with `git -C DIR show HEAD:path`).
#   SHARED_DIR defaults to ../shared (relative to the repository root).
#   e.g. scripts/eval-entities-fresh.sh /work/.mirror/postlight+parser/repo -- --errors
# Only the entities lines of the scorer's table mean anything here: the gold
# holds entities alone. Needs go, git and python3 (standard library only).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/scripts/evalset.sh"
evalset_args eval-entities-fresh PARSER_DIR "$@"
shift "$evalset_shift"
gold="$root/testdata/eval/entities-2026-12/gold.jsonl"

evalset_run eval-entities-fresh "$gold" "$src" 'fixtures/{id}.html' --only entities
tmp=$evalset_tmp
python3 "$scorer" "$gold" "$tmp/pred.jsonl" "$@" | grep -E '^ *(entit|PERSON|ORG|LOC|GPE|field|-)' || true
