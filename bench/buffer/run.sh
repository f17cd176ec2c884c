#!/usr/bin/env bash
# Runs the Buffer benchmarks under real node and under jnode, side by side, several times each,
# and prints the median MB/s of each runtime and the ratio jnode/node (> 1: jnode is faster).
# Usage: bench/buffer/run.sh [runs (default 3)] [bench names (default: utf8 base64 concat)]
# Environment: NODE (default node), JNODE (default bin/jnode of this tree), and the harness's
# BENCH_WARMUP_MS / BENCH_ROUND_MS / BENCH_ROUNDS.
set -u
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
runs=${1:-3}
shift || true
benches=${*:-utf8 base64 concat}
node_bin=${NODE:-node}
jnode_bin=${JNODE:-$root/bin/jnode}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

for b in $benches; do
  for i in $(seq "$runs"); do
    # Alternate the runtimes so that machine noise hits both alike.
    "$node_bin" "$here/$b.js" >> "$out/node" 2>/dev/null
    "$jnode_bin" "$here/$b.js" >> "$out/jnode" 2>/dev/null
  done
done

median() {  # median of the numbers on stdin
  sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

ratio() { awk -v n="$1" -v j="$2" 'BEGIN { if (n > 0) printf "%.2f", j / n; else print "nan" }'; }

# Wall-clock MB/s, and MB/s per second of CPU time of the JavaScript thread (robust to load).
printf '%-20s %11s %11s %6s  %11s %11s %6s\n' benchmark 'node MB/s' 'jnode MB/s' ratio 'node cpu' 'jnode cpu' ratio
for name in $(awk -F: '{ print $1 }' "$out/node" | awk '!seen[$0]++'); do
  n=$(grep "^$name:" "$out/node" | awk '{ print $2 }' | median)
  j=$(grep "^$name:" "$out/jnode" | awk '{ print $2 }' | median)
  nc=$(grep "^$name:" "$out/node" | awk '{ print $6 }' | median)
  jc=$(grep "^$name:" "$out/jnode" | awk '{ print $6 }' | median)
  printf '%-20s %11s %11s %6s  %11s %11s %6s\n' "$name" "$n" "$j" "$(ratio "$n" "$j")" "$nc" "$jc" "$(ratio "$nc" "$jc")"
done
