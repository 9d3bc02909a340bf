#!/bin/sh
# eval-quotes.sh scores lede's quote extraction and speaker attribution
# against the shared corpora. It is not part of `go test`: the corpora live
# outside the repository (../shared next to the checkout by default).
#
# usage: scripts/eval-quotes.sh [SHARED_DIR]
#
# 1. quotes/synthetic_patterns.jsonl through `lede extract --input-format
#    jsonl`, converted to score_quotes.py's PRED format (direct quotes only:
#    reported speech is not in the "quotes" list), scored with
#    tools/score_quotes.py;
# 2. e2e-dev with the gold article bodies as plain text (extractors in
#    isolation), scored with tools/score_e2e.py (rows quotes, quotes(attr));
# 3. e2e-dev end to end from the saved HTML pages.
set -eu
cd "$(dirname "$0")/.."
shared=${1:-../shared}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/lede-eval-quotes.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM

go build -o "$tmp/lede" ./cmd/lede

echo "== synthetic_patterns.jsonl (score_quotes.py)"
python3 - "$shared/corpora/quotes/synthetic_patterns.jsonl" > "$tmp/synth-in.jsonl" <<'PY'
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    if line.strip():
        d = json.loads(line)
        print(json.dumps({"id": d["id"], "text": d["text"]}))
PY
"$tmp/lede" extract --input-format jsonl < "$tmp/synth-in.jsonl" > "$tmp/synth-out.jsonl"
python3 - "$tmp/synth-out.jsonl" > "$tmp/synth-pred.jsonl" <<'PY'
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    qs = [{"start": q["start"], "end": q["end"], "speaker": q.get("speaker")}
          for q in d.get("quotes") or [] if q.get("kind", "direct") == "direct"]
    print(json.dumps({"id": d.get("id"), "quotes": qs}))
PY
python3 "$shared/tools/score_quotes.py" "$shared/corpora/quotes/synthetic_patterns.jsonl" "$tmp/synth-pred.jsonl" --errors 20

echo
echo "== e2e-dev, gold bodies as text (score_e2e.py)"
python3 - "$shared" > "$tmp/e2e-text.jsonl" <<'PY'
import json, sys
shared = sys.argv[1]
gt = json.load(open(shared + "/corpora/article-extraction/ground-truth.json", encoding="utf-8"))
for l in open(shared + "/corpora/e2e-dev/gold.jsonl", encoding="utf-8"):
    g = json.loads(l)
    print(json.dumps({"id": g["id"], "text": gt[g["id"]]["articleBody"], "published": g["published"]}))
PY
"$tmp/lede" extract --input-format jsonl < "$tmp/e2e-text.jsonl" > "$tmp/pred-text.jsonl"
python3 "$shared/tools/score_e2e.py" "$shared/corpora/e2e-dev/gold.jsonl" "$tmp/pred-text.jsonl" | grep -E '^(field|quotes)'

echo
echo "== e2e-dev, HTML end to end (score_e2e.py)"
ids=$(python3 -c "import json,sys;[print(json.loads(l)['id']) for l in open(sys.argv[1])]" "$shared/corpora/e2e-dev/gold.jsonl")
# shellcheck disable=SC2046
"$tmp/lede" extract --format jsonl $(for i in $ids; do echo "$shared/corpora/article-extraction/html/$i.html"; done) > "$tmp/pred-e2e.jsonl" 2>/dev/null || true
python3 "$shared/tools/score_e2e.py" "$shared/corpora/e2e-dev/gold.jsonl" "$tmp/pred-e2e.jsonl" | grep -E '^(field|quotes)'
