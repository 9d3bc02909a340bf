#!/bin/sh
# eval-body.sh: score lede's main-text extraction on the article-extraction
# corpus (91 pages) with the upstream benchmark's metric, then the metadata
# (title, published, authors) of the same run on the e2e-dev pages.
#
# Usage: scripts/eval-body.sh [SHARED_DIR] [-- extra score_body.py flags]
#   SHARED_DIR defaults to ../shared (relative to the repository root).
#   e.g. scripts/eval-body.sh ../shared --per-doc
# Needs go and python3 (standard library only).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${1:-"$root/../shared"}
[ $# -gt 0 ] && shift
corpus="$shared/corpora/article-extraction"
[ -d "$corpus/html" ] || { echo "eval-body: no corpus at $corpus" >&2; exit 2; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/lede-eval-body.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

(cd "$root" && go build -o "$tmp/lede" ./cmd/lede)
# One process over all pages; failed pages come out as error records and are
# scored as empty bodies.
"$tmp/lede" extract --format jsonl "$corpus"/html/*.html >"$tmp/pred.jsonl" 2>"$tmp/stderr" || true

python3 - "$tmp/pred.jsonl" "$tmp/pred.json" <<'PY'
import json, os, sys
out = {}
for line in open(sys.argv[1], encoding="utf8"):
    r = json.loads(line)
    pid = os.path.basename(r.get("source", "")).rsplit(".", 1)[0]
    out[pid] = {"articleBody": r.get("text", "")}
    if "error" in r:
        print("eval-body: %s: %s" % (pid, r["error"]), file=sys.stderr)
json.dump(out, open(sys.argv[2], "w", encoding="utf8"), ensure_ascii=False)
PY
python3 "$shared/tools/score_body.py" "$corpus/ground-truth.json" "$tmp/pred.json" --allow-missing "$@"

# Metadata: score_e2e.py joins output lines to e2e-dev's 24 pages by file
# name; only its title, published and authors rows concern the HTML stage.
gold="$shared/corpora/e2e-dev/gold.jsonl"
if [ -f "$gold" ]; then
	echo "metadata on e2e-dev:"
	python3 "$shared/tools/score_e2e.py" "$gold" "$tmp/pred.jsonl" 2>/dev/null | grep -E '^(title|published|authors) '
fi
