#!/usr/bin/env bash
# Runs every benchmark in bench/, each beside real node, one after the other (they must not
# compete for the CPU). Each prints its own medians and jnode/node ratios.
#   bench/run.sh [area ...]      areas: core buffer stream fs net http (default: all)
# Environment: NODE, JNODE as the individual scripts take them.
set -u
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
areas=${*:-core buffer stream fs net http}
status=0
for area in $areas; do
  echo "=== $area"
  "$here/$area/run.sh" || status=1
done
exit $status
