#!/usr/bin/env bash
# Measures lede's batch figures on this machine (issues 8 and 21):
#   articles per CPU-second over a corpus with -j 1 and -j 2, and the wall
#   throughput of -j 2 over -j 1 (the scaling figure; near 2 only on an idle
#   machine with two free cores), the two alternating for ROUNDS rounds, best
#   round of each reported;
#   peak RSS with -j 2 over 1,000 and 10,000 inputs (the corpus repeated via
#   symlinks): it should stay flat as the input count grows;
#   process start to first JSON byte for one article, best of 5.
# Usage: scripts/measure-batch.sh [CORPUS_DIR]   (default ../shared/corpora/article-extraction/html)
# Environment: ROUNDS (default 3); MANY, the input counts for the memory
# figure (default "1000 10000"; 10,000 inputs take about a CPU-minute).
# Needs GNU time (/usr/bin/time) and python3. Compare figures from one run
# only: shared machines make wall time noisy, CPU time much less so.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=$(cd "${1:-../shared/corpora/article-extraction/html}" && pwd)
rounds=${ROUNDS:-3}
many=${MANY:-1000 10000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/lede" ./cmd/lede
n=$(find "$corpus" -name '*.htm*' | wc -l)

# run J DIR: one batch run; prints "CPU-seconds wall-seconds peak-RSS-KB".
run() {
  /usr/bin/time -f "%U %S %e %M" -o "$tmp/t" "$tmp/lede" extract -q -j "$1" "$2" > /dev/null 2>&1 || true
  tail -n 1 "$tmp/t" | awk '{print $1 + $2, $3, $4}'
}

for r in $(seq "$rounds"); do
  for j in 1 2; do
    echo "$j $(run $j "$corpus")" >> "$tmp/rounds"
  done
done
python3 - "$n" "$rounds" "$tmp/rounds" <<'PY'
import sys
n, rounds = int(sys.argv[1]), int(sys.argv[2])
best = {}
for line in open(sys.argv[3]):
    j, cpu, wall, rss = line.split()
    b = best.setdefault(j, [float("inf"), float("inf"), 0])
    b[0], b[1], b[2] = min(b[0], float(cpu)), min(b[1], float(wall)), max(b[2], int(rss))
for j, (cpu, wall, rss) in sorted(best.items()):
    print(f"-j {j}: {n} articles, best of {rounds}: {cpu:.2f} CPU-s, {n/cpu:.1f} articles/CPU-s, "
          f"wall {wall:.2f} s ({n/wall:.1f} articles/s), peak RSS {rss/1024:.0f} MB")
print(f"-j 2 wall throughput / -j 1: {best['1'][1]/best['2'][1]:.2f}x")
PY

files=("$corpus"/*.htm*)
for count in $many; do
  mkdir "$tmp/$count"
  for i in $(seq 0 $((count - 1))); do
    f=${files[$((i % ${#files[@]}))]}
    ln -s "$f" "$tmp/$count/$(printf '%05d' "$i")-$(basename "$f")"
  done
  read -r cpu wall rss < <(run 2 "$tmp/$count")
  python3 -c "print(f'-j 2 over $count inputs: peak RSS {$rss/1024:.0f} MB, {$count/$cpu:.1f} articles/CPU-s, wall {$wall}s')"
  rm -rf "${tmp:?}/$count"
done

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
