#!/usr/bin/env bash
# Runs the fs benchmarks (bench/fs/fsbench.js) on node and on bin/jnode, alternating runtimes,
# several runs each, and prints a table of each runtime's median rate and the ratio jnode/node.
#   bench/fs/run.sh [runs] [benchmark...]     (defaults: 3 runs; readfile stream smallfiles writefile)
# Environment: NODE (default: node), JNODE (default: <root>/bin/jnode), BENCH_DIR (where the
# inputs live; default: a directory under /tmp, created and filled on first use),
# BENCH_WARMUP / BENCH_WARMUP_MS / BENCH_MAX_WARMUP_MS / BENCH_ROUNDS (passed to fsbench.js). The
# inputs are deleted at the end unless BENCH_KEEP=1 (making 10,000 files is slow; keep them between repeated runs).
set -u
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
runs=${1:-3}
shift || true
benches=("$@")
[ ${#benches[@]} -eq 0 ] && benches=(readfile stream smallfiles writefile)
NODE=${NODE:-node}
JNODE=${JNODE:-$root/bin/jnode}
dir=${BENCH_DIR:-/tmp/jnode-fs-bench}
[ "${BENCH_KEEP:-0}" = 1 ] || trap 'rm -rf "$dir"' EXIT

# Inputs: a 256 MiB file of varied bytes and 10,000 files of 1 KiB.
mkdir -p "$dir/small"
if [ "$(stat -c %s "$dir/big.bin" 2>/dev/null)" != 268435456 ]; then
  head -c 268435456 /dev/urandom > "$dir/big.bin"
fi
if [ "$(ls "$dir/small" | wc -l)" != 10000 ]; then
  rm -rf "$dir/small"; mkdir -p "$dir/small"
  head -c 1024 /dev/urandom > "$dir/one"
  for i in $(seq 1 10000); do cp "$dir/one" "$dir/small/f$i"; done
fi
# Both runtimes read from the page cache.
cat "$dir/big.bin" > /dev/null

median() {
  sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "failed"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# One run: prints the rate, or nothing on failure (the output goes to stderr).
one_run() {
  local rt=$1 bench=$2 out
  out=$("$rt" "$here/fsbench.js" "$bench" "$dir" 2>&1)
  printf '%s\n' "$out" | sed -n "s/^$bench: \([0-9.]*\) .*/\1/p"
  printf '  %s %s\n' "$(basename "$rt")" "$(printf '%s\n' "$out" | grep "^$bench:" || printf '%s' "$out" | tail -n 3)" >&2
}

printf '%-12s %14s %14s %8s\n' benchmark "node $("$NODE" --version)" jnode jnode/node
for bench in "${benches[@]}"; do
  node_vals=(); jnode_vals=()
  for ((i = 0; i < runs; i++)); do
    node_vals+=("$(one_run "$NODE" "$bench")")
    jnode_vals+=("$(one_run "$JNODE" "$bench")")
  done
  n=$(printf '%s\n' "${node_vals[@]}" | grep . | median)
  j=$(printf '%s\n' "${jnode_vals[@]}" | grep . | median)
  unit=MB/s; [ "$bench" = smallfiles ] && unit=files/s
  ratio=$(awk -v j="$j" -v n="$n" 'BEGIN { if (n + 0 > 0 && j + 0 > 0) printf "%.2f", j / n; else print "-" }')
  printf '%-12s %14s %14s %8s   (%s, median of %d runs)\n' "$bench" "$n" "$j" "$ratio" "$unit" "$runs"
done
