#!/usr/bin/env bash
# Measures lede's batch figures on this machine (issue 8):
#   articles per CPU-second over a corpus with -j 1 and -j 2,
#   peak RSS with -j 2 over 1,000 inputs (the corpus repeated via symlinks),
#   process start to first JSON byte for one article.
# Usage: scripts/measure-batch.sh [CORPUS_DIR]   (default ../shared/corpora/article-extraction/html)
# Needs GNU time (/usr/bin/time) and python3. Compare figures from one run
# only: shared machines make wall time noisy, CPU time much less so.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=$(cd "${1:-../shared/corpora/article-extraction/html}" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/lede" ./cmd/lede
n=$(find "$corpus" -name '*.htm*' | wc -l)
for j in 1 2; do
  /usr/bin/time -f "%U %S %e %M" -o "$tmp/t" "$tmp/lede" extract -q -j $j "$corpus" > /dev/null 2>&1 || true
  read -r u s e m < <(tail -n 1 "$tmp/t")
  python3 -c "print(f'-j $j: $n articles, {($u+$s):.2f} CPU-s, {$n/($u+$s):.1f} articles/CPU-s, wall {$e}s, peak RSS {$m/1024:.0f} MB')"
done
mkdir "$tmp/1000"
files=("$corpus"/*.htm*)
for i in $(seq 0 999); do
  f=${files[$((i % ${#files[@]}))]}
  ln -s "$f" "$tmp/1000/$(printf '%04d' "$i")-$(basename "$f")"
done
/usr/bin/time -f "%U %S %e %M" -o "$tmp/t" "$tmp/lede" extract -q -j 2 "$tmp/1000" > /dev/null 2>&1 || true
read -r u s e m < <(tail -n 1 "$tmp/t")
python3 -c "print(f'-j 2 over 1000 inputs: peak RSS {$m/1024:.0f} MB, {1000/($u+$s):.1f} articles/CPU-s, wall {$e}s')"
python3 - "$tmp/lede" "${files[0]}" <<'PY'
import subprocess, sys, time
best = None
for _ in range(5):
    t0 = time.monotonic()
    p = subprocess.Popen([sys.argv[1], "extract", sys.argv[2]], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    p.stdout.read(1)
    d = time.monotonic() - t0
    p.stdout.read(); p.wait()
    best = d if best is None else min(best, d)
print(f"start to first JSON byte, one article: best of 5 {best*1000:.0f} ms")
PY
