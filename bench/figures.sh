#!/usr/bin/env bash
# Times `cakebench figures` on the shared raw data, JVM start included, and reports the peak heap
# (largest heap occupancy before a collection, from the GC log). Heap is capped at 1 GiB to show
# that the figures fit in it.
# Usage: bench/figures.sh [runs]      build first: mvn -q package -DskipTests
# Env:   EXTRA_JAVA_OPTS="-XX:TieredStopAtLevel=1" to try other JVM options.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-5}"
raw="${RAW_DATA:-$here/../shared/data/raw-data}"
work="$(mktemp -d /tmp/cakebench-figures.XXXXXX)"
trap 'rm -rf "$work"' EXIT

opts="-Xmx1g ${EXTRA_JAVA_OPTS:-}"
echo "cakebench figures: $runs runs on $(nproc) cores (load $(cut -d' ' -f1 /proc/loadavg)), JVM options: $opts"
best=""
for i in $(seq "$runs"); do
  rm -rf "${work:?}"/*
  start=$(date +%s.%N)
  CAKEBENCH_JAVA_OPTS="$opts -Xlog:gc:file=$work/gc.log" \
    "$here/cakebench" figures --raw-data "$raw" --out "$work/site" 2>"$work/stderr" >/dev/null
  end=$(date +%s.%N)
  wall=$(echo "$end - $start" | bc)
  peak=$(grep -o '[0-9]*M->' "$work/gc.log" | sed 's/M->//' | sort -n | tail -1)
  count=$(find "$work/site/figures" -name '*.png' | wc -l)
  printf 'run %d: %5.2f s wall, %d figures, peak heap %s MiB\n' "$i" "$wall" "$count" "${peak:-<1 GC}"
  if [[ -z "$best" ]] || (($(echo "$wall < $best" | bc))); then best=$wall; fi
done
printf 'best: %.2f s\n' "$best"
