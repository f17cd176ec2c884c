#!/usr/bin/env bash
# HTTP server benchmark: bench/http/server.js under wrk on loopback (keep-alive), on node and on
# bin/jnode in the same run. Each scenario is measured `runs` times per runtime after a warm-up;
# the medians of req/s and p99 latency are printed with the ratios jnode/node (req/s: higher is
# better; p99: lower is better).
#   bench/http/run.sh [runs] [seconds]          (defaults: 3 runs of 10 s)
# Scenarios: GET / with 10 and 100 connections, GET /mib (1 MiB streamed) and POST /echo (1 KiB)
# with 10 connections. Environment: NODE (default node), JNODE (default <root>/bin/jnode),
# WARMUP (seconds of warm-up per runtime, default 20), PORT (default 14400), THREADS (wrk -t, 2).
set -u
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
runs=${1:-3}
secs=${2:-10}
NODE=${NODE:-node}
JNODE=${JNODE:-$root/bin/jnode}
WARMUP=${WARMUP:-20}
PORT=${PORT:-14400}
THREADS=${THREADS:-2}
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 2; }

echo "load before: $(uptime)"

server_pid=""
start_server() {
  "$1" "$here/server.js" "$PORT" > /tmp/bench-http-server.$$ 2>&1 &
  server_pid=$!
  local i
  for ((i = 0; i < 600; i++)); do
    grep -q listening /tmp/bench-http-server.$$ 2>/dev/null && return 0
    sleep 0.2
  done
  echo "server did not start: $(cat /tmp/bench-http-server.$$)" >&2
  return 1
}
stop_server() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  server_pid=""
  rm -f /tmp/bench-http-server.$$
}
trap stop_server EXIT

# wrk output -> "req/s p99_ms"
parse() {
  awk '
    /Requests\/sec:/ { rps = $2 }
    /^ *99%/ { v = $2; if (v ~ /us$/) { sub(/us$/, "", v); v = v / 1000 }
               else if (v ~ /ms$/) { sub(/ms$/, "", v) }
               else if (v ~ /s$/) { sub(/s$/, "", v); v = v * 1000 }
               p99 = v }
    END { printf "%s %s\n", rps, p99 }'
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# scenario names, wrk arguments
names=("hello c10" "hello c100" "1MiB c10" "echo c10")
argsets=("-c 10 http://127.0.0.1:$PORT/"
         "-c 100 http://127.0.0.1:$PORT/"
         "-c 10 http://127.0.0.1:$PORT/mib"
         "-c 10 -s $here/post.lua http://127.0.0.1:$PORT/echo")

declare -A RPS P99
for rt in node jnode; do
  bin=$NODE; [ "$rt" = jnode ] && bin=$JNODE
  start_server "$bin" || exit 1
  # warm-up: every scenario once (the JIT compiles the paths all of them use)
  for a in "${argsets[@]}"; do
    wrk -t "$THREADS" -d "$(( WARMUP / ${#argsets[@]} + 1 ))s" --latency $a > /dev/null 2>&1
  done
  for s in "${!names[@]}"; do
    rs=(); ps=()
    for ((i = 0; i < runs; i++)); do
      out=$(wrk -t "$THREADS" -d "${secs}s" --latency ${argsets[$s]} 2>&1 | parse)
      rs+=("${out% *}"); ps+=("${out#* }")
      echo "  $rt ${names[$s]} run $((i + 1)): ${out% *} req/s, p99 ${out#* } ms" >&2
    done
    RPS[$rt,$s]=$(printf '%s\n' "${rs[@]}" | median)
    P99[$rt,$s]=$(printf '%s\n' "${ps[@]}" | median)
  done
  stop_server
done

echo "load after: $(uptime)"
printf '%-12s %12s %12s %8s %10s %10s %8s\n' scenario "node req/s" "jnode req/s" ratio "node p99" "jnode p99" ratio
for s in "${!names[@]}"; do
  nr=${RPS[node,$s]}; jr=${RPS[jnode,$s]}; np=${P99[node,$s]}; jp=${P99[jnode,$s]}
  printf '%-12s %12s %12s %8s %9sms %9sms %8s\n' "${names[$s]}" "$nr" "$jr" \
    "$(awk -v a="$jr" -v b="$nr" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }')" "$np" "$jp" \
    "$(awk -v a="$jp" -v b="$np" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }')"
done
