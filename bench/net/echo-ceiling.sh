#!/usr/bin/env bash
# How far the echo benchmark's goal is from what the machine allows: runs bench/net/echo.js on
# node and the same transfer in C with no runtime (echo-ceiling.c, read/write and splice), in
# alternation, and prints the medians and the ratios to node.
#   bench/net/echo-ceiling.sh [runs] [MiB]      (defaults: 5 runs, 4096 MiB for C, 1024 for node)
# Needs gcc (Debian: build-essential). Environment: NODE (default node).
set -eu
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
runs=${1:-5}
mib=${2:-4096}
NODE=${NODE:-node}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
gcc -O2 -o "$tmp/echo-ceiling" "$here/echo-ceiling.c"

median() {
  sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

for ((r = 1; r <= runs; r++)); do
  "$NODE" "$here/echo.js" 1024 2>/dev/null | sed -n 's/^echo: \([0-9.]*\) MB\/s.*/\1/p' >> "$tmp/node"
  "$tmp/echo-ceiling" rw "$mib" | sed -n 's/^rw: \([0-9.]*\) MB\/s/\1/p' >> "$tmp/rw"
  "$tmp/echo-ceiling" splice "$mib" | sed -n 's/^splice: \([0-9.]*\) MB\/s/\1/p' >> "$tmp/splice"
  echo "  run $r: node $(tail -1 "$tmp/node"), C rw $(tail -1 "$tmp/rw"), C splice $(tail -1 "$tmp/splice") MB/s" >&2
done
n=$(median < "$tmp/node"); rw=$(median < "$tmp/rw"); sp=$(median < "$tmp/splice")
awk -v n="$n" -v rw="$rw" -v sp="$sp" 'BEGIN {
  printf "echo ceiling (medians): node %.0f MB/s, C read/write %.0f (%.2fx node), C splice %.0f (%.2fx node)\n", n, rw, rw / n, sp, sp / n
}'
