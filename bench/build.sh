#!/usr/bin/env bash
# Times `cakebench build` from cached decisions (data already fetched and verified): reading,
# analyses, figures, pages, checks and the swap into place, JVM start included. Target: < 8 s.
# Usage: bench/build.sh [runs]      build first: mvn -q package -DskipTests
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-5}"
mirror="${DATA_MIRROR:-$here/../shared/data}"
work="$(mktemp -d /tmp/cakebench-build.XXXXXX)"
trap 'rm -rf "$work"' EXIT

# The first build fetches the data into the work folder; it is not timed.
"$here/cakebench" build --data "$work/data" --data-mirror "$mirror" --out "$work/site" >/dev/null 2>&1
echo "cakebench build: $runs runs on $(nproc) cores (load $(cut -d' ' -f1 /proc/loadavg))"
best=""
for i in $(seq "$runs"); do
  start=$(date +%s.%N)
  "$here/cakebench" build --data "$work/data" --data-mirror "$mirror" --out "$work/site" >/dev/null 2>"$work/stderr"
  wall=$(echo "$(date +%s.%N) - $start" | bc)
  pages=$(find -L "$work/site" -name '*.html' | wc -l)
  printf 'run %d: %5.2f s wall, %d pages\n' "$i" "$wall" "$pages"
  if [[ -z "$best" ]] || (($(echo "$wall < $best" | bc))); then best=$wall; fi
done
printf 'best: %.2f s\n' "$best"
