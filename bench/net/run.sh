#!/usr/bin/env bash
# net benchmarks, node v20 against bin/jnode in the same run, medians of several runs:
#   echo      TCP echo throughput, 1 GiB in 64 KiB writes          (MB/s, higher is better)
#   connrate  connect + end per second                            (conn/s, higher is better)
#   idlemem   server memory per idle connection, 10,000 open      (B/conn, lower is better)
# Usage: bench/net/run.sh [runs] [echo|connrate|idlemem ...]   (defaults: 3 runs, all three)
# Environment: NODE (default node), JNODE (default <root>/bin/jnode), ECHO_MIB (1024),
#   CONNS (20000), IDLE_CONNS (10000), IDLE_PORT (the idle-memory server's port; default any free one).
#   The idle-memory client is always node, in its own process.
set -u
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
runs=${1:-3}
shift || true
benches=("$@")
[ ${#benches[@]} -eq 0 ] && benches=(echo connrate idlemem)
NODE=${NODE:-node}
JNODE=${JNODE:-$root/bin/jnode}
ECHO_MIB=${ECHO_MIB:-1024}
CONNS=${CONNS:-20000}
IDLE_CONNS=${IDLE_CONNS:-10000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

median() {
  sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "failed"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# One idle-memory measurement with the server run by "$@"; prints bytes per connection.
idle_once() {
  local out="$tmp/server.out" fifo="$tmp/client.in" port i spid cpid
  rm -f "$out" "$fifo"; mkfifo "$fifo"
  "$@" --expose-gc "$here/idle-mem.js" server "$IDLE_CONNS" > "$out" 2>&1 &
  spid=$!
  for ((i = 0; i < 600; i++)); do grep -q '"port"' "$out" 2>/dev/null && break; sleep 0.2; done
  port=$(sed -n 's/.*"port":\([0-9]*\).*/\1/p' "$out" | head -1)
  "$NODE" "$here/idle-mem.js" client "$port" "$IDLE_CONNS" < "$fifo" > /dev/null 2>&1 &
  cpid=$!
  exec 9> "$fifo"
  for ((i = 0; i < 1500; i++)); do grep -q '"ready"' "$out" && break; sleep 0.2; done
  echo go >&9
  for ((i = 0; i < 1500; i++)); do grep -q 'idlemem:' "$out" && break; sleep 0.2; done
  exec 9>&-
  wait "$spid" 2>/dev/null
  wait "$cpid" 2>/dev/null
  sed -n 's/^idlemem: \([0-9-]*\) B\/conn.*/\1/p' "$out"
  grep 'idlemem:' "$out" | sed 's/^/    /' >&2
}

# Prints the value one run of bench $1 gives under runtime "${@:2}".
once() {
  local bench=$1; shift
  case "$bench" in
    echo) "$@" "$here/echo.js" "$ECHO_MIB" 2>&1 | sed -n 's/^echo: \([0-9.]*\) MB\/s.*/\1/p' ;;
    connrate) "$@" "$here/connrate.js" "$CONNS" 2>&1 | sed -n 's/^connrate: \([0-9.]*\) conn\/s.*/\1/p' ;;
    idlemem) idle_once "$@" ;;
  esac
}

unit() {
  case "$1" in echo) echo "MB/s" ;; connrate) echo "conn/s" ;; idlemem) echo "B/conn" ;; esac
}

echo "net benchmarks: median of $runs runs each; node $("$NODE" --version) vs jnode"
for bench in "${benches[@]}"; do
  nvals=(); jvals=()
  for ((r = 1; r <= runs; r++)); do
    v=$(once "$bench" "$NODE"); echo "  $bench node  run $r: ${v:-failed} $(unit "$bench")" >&2; [ -n "$v" ] && nvals+=("$v")
    v=$(once "$bench" "$JNODE"); echo "  $bench jnode run $r: ${v:-failed} $(unit "$bench")" >&2; [ -n "$v" ] && jvals+=("$v")
  done
  n=$(printf '%s\n' "${nvals[@]}" | grep . | median)
  j=$(printf '%s\n' "${jvals[@]}" | grep . | median)
  if [ "$n" != failed ] && [ "$j" != failed ]; then
    ratio=$(awk -v j="$j" -v n="$n" 'BEGIN { printf "%.2f", j / n }')
  else
    ratio="-"
  fi
  printf '%-9s node %10s %-7s jnode %10s %-7s jnode/node %s\n' "$bench" "$n" "$(unit "$bench")" "$j" "$(unit "$bench")" "$ratio"
done
