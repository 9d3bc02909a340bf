#!/bin/sh
# eval-e2e.sh scores lede end to end (saved HTML page in, JSON out) against
# any gold file in the e2e-dev format: e2e-dev itself by default, or a
# held-out set annotated the same way (kept outside the repository, since
# the page texts belong to their publishers). It is not part of `go test`.
#
# usage: scripts/eval-e2e.sh [GOLD.jsonl] [SHARED_DIR] [-- score_e2e.py flags]
#   e.g. scripts/eval-e2e.sh /work/heldout/gold.jsonl ../shared -- --errors
#
# Every gold id must name a page in SHARED_DIR/corpora/article-extraction/html.
# --text scores the extractors in isolation instead: the gold articleBody
# goes in as plain text, so HTML-stage errors do not interfere (title and
# authors are then empty; ignore those rows).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
mode=html
if [ "${1:-}" = "--text" ]; then mode=text; shift; fi
shared_default="$root/../shared"
gold=${1:-"$shared_default/corpora/e2e-dev/gold.jsonl"}
[ $# -gt 0 ] && shift
shared=${1:-$shared_default}
[ $# -gt 0 ] && shift
[ "${1:-}" = "--" ] && shift
corpus="$shared/corpora/article-extraction"
[ -f "$gold" ] || { echo "eval-e2e: no gold file $gold" >&2; exit 2; }
[ -d "$corpus/html" ] || { echo "eval-e2e: no corpus at $corpus" >&2; exit 2; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/lede-eval-e2e.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
(cd "$root" && go build -o "$tmp/lede" ./cmd/lede)

if [ "$mode" = html ]; then
	python3 -c '
import json, sys
for l in open(sys.argv[1], encoding="utf-8"):
    if l.strip():
        print(sys.argv[2] + "/html/" + json.loads(l)["id"] + ".html")
' "$gold" "$corpus" > "$tmp/pages"
	# shellcheck disable=SC2046
	"$tmp/lede" extract --format jsonl $(cat "$tmp/pages") > "$tmp/pred.jsonl"
else
	python3 -c '
import json, sys
gt = json.load(open(sys.argv[2], encoding="utf-8"))
for l in open(sys.argv[1], encoding="utf-8"):
    if l.strip():
        g = json.loads(l)
        print(json.dumps({"id": g["id"], "text": gt[g["id"]]["articleBody"], "published": g["published"]}))
' "$gold" "$corpus/ground-truth.json" > "$tmp/in.jsonl"
	"$tmp/lede" extract --input-format jsonl < "$tmp/in.jsonl" > "$tmp/pred.jsonl"
fi
python3 "$shared/tools/score_e2e.py" "$gold" "$tmp/pred.jsonl" "$@"
