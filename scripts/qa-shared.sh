#!/bin/sh
# qa-shared.sh runs lede over everything in ../shared (the article-extraction
# HTML pages, the ner, timex and quotes texts as JSONL, the seed) and checks
# the lede/v1 contract on every output line with scripts/qa_check.py: no
# "internal error", every span inside the text and text[start:end] equal to
# the item's text (speaker spans too), lists sorted, arrays present. Each
# batch runs twice and the outputs must be byte-identical (and with -j 1 as
# well, when lede has that flag). Run from the repository root:
#
#	scripts/qa-shared.sh
set -eu
shared=${SHARED:-../shared}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/lede-qa.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

go build -o "$tmp/lede" ./cmd/lede
for c in ner timex quotes; do
	for f in "$shared"/corpora/$c/*.jsonl; do
		python3 -c '
import json, sys
for l in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(l)
    o = {"id": r["id"], "text": r["text"]}
    d = r.get("dct") or r.get("published") or r.get("page_created")
    if d: o["published"] = d[:10]
    print(json.dumps(o))
' "$f" >> "$tmp/$c.jsonl"
	done
done

jflag=
if "$tmp/lede" extract --help 2>&1 | grep -q -- '^  -j'; then jflag=yes; fi
status=0
run() { # name, then lede arguments
	name=$1
	shift
	"$tmp/lede" extract --format jsonl "$@" > "$tmp/$name.1" 2> "$tmp/$name.err" || true
	"$tmp/lede" extract --format jsonl "$@" > "$tmp/$name.2" 2>/dev/null || true
	if ! cmp -s "$tmp/$name.1" "$tmp/$name.2"; then
		echo "$name: two runs differ"
		status=1
	fi
	if [ -n "$jflag" ]; then
		"$tmp/lede" extract -j 1 --format jsonl "$@" > "$tmp/$name.3" 2>/dev/null || true
		if ! cmp -s "$tmp/$name.1" "$tmp/$name.3"; then
			echo "$name: -j 1 differs from the default"
			status=1
		fi
	fi
	python3 scripts/qa_check.py "$name" "$tmp/$name.1" || status=1
}
run html "$shared"/corpora/article-extraction/html
run seed --published 2021-12-28 testdata/presstv-us-russia-talks.txt testdata/presstv-us-russia-talks.html
for c in ner timex quotes; do
	run "$c" --input-format jsonl "$tmp/$c.jsonl"
done
exit $status
