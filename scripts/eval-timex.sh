#!/usr/bin/env bash
# eval-timex.sh scores lede's date extractor on a TimeML corpus in the
# ../shared/corpora/timex format (default: MEANTIME English dev set), with
# each document's DCT as the reference date, using score_timex.py.
#
# usage: scripts/eval-timex.sh [GOLD.jsonl] [--errors]
# Run from the repository root. Needs go and python3; no network.
set -euo pipefail
gold=${1:-../shared/corpora/timex/dev.jsonl}
shift || true
tmp=$(mktemp -d "${TMPDIR:-/tmp}/lede-timex.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/lede" ./cmd/lede
# gold -> lede JSONL input: the text, published = DCT
python3 - "$gold" > "$tmp/in.jsonl" <<'PY'
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    if line.strip():
        d = json.loads(line)
        print(json.dumps({"id": d["id"], "text": d["text"], "published": d["dct"]}))
PY
"$tmp/lede" extract --input-format jsonl --format jsonl < "$tmp/in.jsonl" > "$tmp/out.jsonl" 2> "$tmp/log" || true
# lede output -> scorer PRED format (offsets are already code points)
python3 - "$tmp/out.jsonl" > "$tmp/pred.jsonl" <<'PY'
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    if "id" not in d:
        continue
    print(json.dumps({"id": d["id"], "timexes": [
        {"start": t["start"], "end": t["end"], "type": t["type"], "value": t["value"]}
        for t in d.get("dates") or []]}))
PY
python3 ../shared/tools/score_timex.py "$gold" "$tmp/pred.jsonl" "$@"
