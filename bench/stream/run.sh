#!/usr/bin/env bash
# Runs bench/stream/pipeline.js on node and on bin/jnode, several times each,
# and prints each runtime's median MB/s and the ratio jnode/node.
#   bench/stream/run.sh [runs] [totalMiB]      (defaults: 3 runs, 1024 MiB)
# Environment: NODE (default: node), JNODE (default: <root>/bin/jnode),
#   BENCH_WARMUP_MS, BENCH_TIMED, BENCH_WARMUP_MIB (passed through to pipeline.js: by default
#   20 s of untimed pipelines, then the median of 5 timed ones).
set -u
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
runs=${1:-3}
mib=${2:-1024}
NODE=${NODE:-node}
JNODE=${JNODE:-$root/bin/jnode}

# Prints the median MB/s of $runs runs of the given runtime, or "failed".
median_of() {
  local vals=() out rate i
  for ((i = 0; i < runs; i++)); do
    out=$("$@" "$here/pipeline.js" "$mib" 2>&1)
    rate=$(printf '%s\n' "$out" | sed -n 's/^pipeline: \([0-9.]*\) MB\/s.*/\1/p')
    if [ -z "$rate" ]; then
      printf '%s\n' "$out" | tail -n 5 | sed 's/^/    | /' >&2
      echo failed
      return
    fi
    echo "  $(basename "$1") run $((i + 1)): $rate MB/s" >&2
    vals+=("$rate")
  done
  printf '%s\n' "${vals[@]}" | sort -g | awk '{ v[NR] = $1 } END {
    if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

echo "stream pipeline, $mib MiB in 64 KiB chunks, after ${BENCH_WARMUP_MS:-20000} ms of warm-up, median of $runs runs"
node_rate=$(median_of "$NODE")
echo "node  ($("$NODE" --version)): $node_rate MB/s"
jnode_rate=$(median_of "$JNODE")
echo "jnode: $jnode_rate MB/s"
if [ "$node_rate" != failed ] && [ "$jnode_rate" != failed ]; then
  awk -v j="$jnode_rate" -v n="$node_rate" \
    'BEGIN { printf "ratio jnode/node: %.3f (node is %.1fx faster)\n", j / n, n / j }'
fi
