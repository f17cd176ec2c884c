#!/usr/bin/env bash
# Runtime-core benchmarks, jnode beside real node, alternating runs so machine noise hits both:
#   startup  wall time of `-e 'console.log(1)'` to exit, and the CPU seconds it costs
#   rss      peak RSS of that same run
#   timers   1,000,000 timers created/cleared/fired (bench/core/timers.js), timers per second
#   events   EventEmitter emit, on+removeListener, once+removeListener (bench/core/events.js), ns each
# Prints medians and the ratio jnode/node (for times and memory, > 1 means jnode needs more).
#   bench/core/run.sh [runs (default 7)]
# Environment: NODE (default node), JNODE (default bin/jnode of this tree).
set -u
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
runs=${1:-7}
node_bin=${NODE:-node}
jnode_bin=${JNODE:-$root/bin/jnode}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

"$jnode_bin" -e 0 >/dev/null 2>&1   # a first launch may build or prepare the startup cache

for i in $(seq "$runs"); do
  for rt in node jnode; do
    bin=$node_bin; [ "$rt" = jnode ] && bin=$jnode_bin
    # %e wall seconds, %U+%S CPU seconds, %M peak RSS in KiB
    /usr/bin/time -f '%e %U %S %M' -o "$out/t" "$bin" -e 'console.log(1)' >/dev/null 2>&1
    read -r wall user sys rss < "$out/t"
    echo "$wall" >> "$out/$rt.wall"
    awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }' >> "$out/$rt.cpu"
    echo "$rss" >> "$out/$rt.rss"
    "$bin" "$here/timers.js" 2>/dev/null | awk '/^timers:/ { print $2 }' >> "$out/$rt.timers"
    "$bin" "$here/events.js" 2>/dev/null > "$out/events"
    for m in emit on-off once-off; do
      awk -v m="events-$m:" '$1 == m { print $2 }' "$out/events" >> "$out/$rt.events-$m"
    done
  done
done

median() { sort -g "$1" | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ratio() { awk -v n="$1" -v j="$2" 'BEGIN { if (n > 0) printf "%.2f", j / n; else print "nan" }'; }
row() { local n j; n=$(median "$out/node.$2"); j=$(median "$out/jnode.$2"); printf '%-26s %12s %12s %7s\n' "$1" "$n" "$j" "$(ratio "$n" "$j")"; }

echo "runtime core, median of $runs runs; node $("$node_bin" --version)"
printf '%-26s %12s %12s %7s\n' benchmark node jnode ratio
row 'startup wall (s)' wall
row 'startup cpu (s)' cpu
row 'startup peak RSS (KiB)' rss
row 'timers churn (timers/s)' timers
row 'emit (ns)' events-emit
row 'on + removeListener (ns)' events-on-off
row 'once + removeListener (ns)' events-once-off
