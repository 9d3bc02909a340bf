#!/bin/sh
# eval-meta.sh scores lede's title, published and authors on the blind
# metadata set testdata/eval/meta-2026-12 (27 pages of local and regional news
# sites from codelucas/newspaper's and mozilla/readability's test fixtures).
# The page HTML is not in this repository; pass the two repositories (work
# trees, or git dirs read with `git show`) at the commits named in
# testdata/eval/meta-2026-12/README.md.
#
# usage: scripts/eval-meta.sh NEWSPAPER_DIR READABILITY_DIR [TRAFILATURA_DIR] [-- score_e2e.py flags]
#   e.g. scripts/eval-meta.sh /work/.mirror/codelucas+newspaper/repo \
#          /work/.mirror/mozilla+readability/repo -- --errors
#   META_GOLD=testdata/eval/meta-2026-12/gold-b.jsonl scripts/eval-meta.sh \
#          - - /work/.mirror/adbar+trafilatura/repo     (the second blind set)
#   GOOSE=/work/.mirror/grangier+python-goose/repo \
#   META_GOLD=testdata/eval/meta-2026-12/gold-c.jsonl scripts/eval-meta.sh \
#          /work/.mirror/codelucas+newspaper/repo -   (the pre-2012 set)
# META_GOLD picks the gold file (default gold.jsonl); LEDE a prebuilt lede
# binary (default: go run ./cmd/lede); SHARED the ../shared directory.
# Only the title/published/authors lines of score_e2e.py's report matter here:
# the gold carries no dates, money, quotes, venues or entities.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
[ $# -ge 2 ] || { echo "usage: $0 NEWSPAPER_DIR READABILITY_DIR [TRAFILATURA_DIR] [-- flags]" >&2; exit 2; }
np=$1 rd=$2 tf=-; shift 2
if [ $# -gt 0 ] && [ "$1" != "--" ]; then tf=$1; shift; fi
[ "${1:-}" = "--" ] && shift
shared=${SHARED:-"$root/../shared"}
gold=${META_GOLD:-"$root/testdata/eval/meta-2026-12/gold.jsonl"}
scorer="$shared/tools/score_e2e.py"
[ -f "$scorer" ] || { echo "eval-meta: no scorer at $scorer" >&2; exit 2; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/lede-eval-meta.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
mkdir "$tmp/pages"

python3 -c 'import json,sys
for l in open(sys.argv[1], encoding="utf-8"):
    l = l.strip()
    if l:
        d = json.loads(l); print(d["id"], d["repo"], d["path"])' "$gold" >"$tmp/list"

while read -r id repo rel; do
	case $repo in
	codelucas/newspaper) src=$np ;;
	mozilla/readability) src=$rd ;;
	adbar/trafilatura) src=$tf ;;
	grangier/python-goose) src=${GOOSE:--} ;;
	*) echo "eval-meta: unknown repo $repo" >&2; exit 2 ;;
	esac
	if [ -f "$src/$rel" ]; then
		cp "$src/$rel" "$tmp/pages/$id.html"
	elif git -C "$src" cat-file -e "HEAD:$rel" 2>/dev/null; then
		git -C "$src" show "HEAD:$rel" >"$tmp/pages/$id.html"
	else
		echo "eval-meta: $rel not found in $src" >&2; exit 2
	fi
done <"$tmp/list"

if [ -n "${LEDE:-}" ]; then run="$LEDE"; else run="go run ./cmd/lede"; fi
(cd "$root" && $run extract --format jsonl "$tmp"/pages/*.html) \
	>"$tmp/pred.jsonl" 2>"$tmp/stderr" || { echo "eval-meta: lede failed (see below)" >&2; tail -20 "$tmp/stderr" >&2; }
python3 "$scorer" "$gold" "$tmp/pred.jsonl" "$@" 2>&1 |
	grep -E '^(authors|title accuracy|published accuracy) |^[^ ]+ (title|published|authors) ' || true
