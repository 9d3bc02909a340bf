#!/usr/bin/env bash
# eval.sh: lede against every yardstick in ../shared, with lede's own scorer
# ("lede eval", which agrees with ../shared/tools/score_*.py to 0.01) and
# the body scorer. Not part of the tests: it needs ../shared.
#
#   bash scripts/eval.sh [SHARED_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${1:-../shared}
c=$shared/corpora
bin=$(mktemp -d)/lede
trap 'rm -rf "$(dirname "$bin")"' EXIT
go build -o "$bin" ./cmd/lede

echo "== e2e-dev: 24 annotated pages, HTML end to end"
"$bin" eval --gold "$c/e2e-dev/gold.jsonl" --run "$c/article-extraction/html" 2>/dev/null
# no venue's event may be a bare verb (one word) on the e2e-dev pages
ids=$(python3 -c 'import json,sys
for l in open(sys.argv[1]): print(json.loads(l)["id"])' "$c/e2e-dev/gold.jsonl")
pages=$(for id in $ids; do echo "$c/article-extraction/html/$id.html"; done)
# shellcheck disable=SC2086
"$bin" extract --format jsonl $pages 2>/dev/null | python3 scripts/check-venue-events.py | tail -n 5 || echo "venue events: CHECK FAILED (a bare event)"
echo
echo "== timex: MEANTIME dev (120 Wikinews articles), TIMEX3"
"$bin" eval --gold "$c/timex/dev.jsonl" --run 2>/dev/null
echo
echo "== ner: GUM Wikinews (24 articles), PERSON/ORG/GPE/LOC exact spans"
"$bin" eval --gold "$c/ner/dev.jsonl" --run 2>/dev/null
echo
echo "== quotes: synthetic patterns"
"$bin" eval --gold "$c/quotes/synthetic_patterns.jsonl" --run 2>/dev/null
echo
echo "== main text: article-extraction (91 pages)"
bash scripts/eval-body.sh "$shared" 2>/dev/null | tail -n 8
