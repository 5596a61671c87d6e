#!/usr/bin/env bash
# Times `cakebench figures` on the shared raw data (JVM start included) and reports the peak heap.
# Usage: bench/figures.sh [runs]   (build first: mvn -q package -DskipTests)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-5}"
raw="${RAW_DATA:-$here/../shared/data/raw-data}"
out="$(mktemp -d /tmp/cakebench-figures.XXXXXX)"
trap 'rm -rf "$out"' EXIT

echo "cakebench figures, $runs runs, $(nproc) cores; raw data: $raw"
best=""
for i in $(seq "$runs"); do
  rm -rf "$out"/*
  start=$(date +%s.%N)
  # Peak heap: the GC log's largest "->" occupancy after a collection and the final heap use.
  CAKEBENCH_JAVA_OPTS="-Xmx1g -Xlog:gc:file=$out/gc.log" \
    "$here/cakebench" figures --raw-data "$raw" --out "$out/site" 2>"$out/stderr" >/dev/null
  end=$(date +%s.%N)
  wall=$(echo "$end - $start" | bc)
  peak=$(grep -o '[0-9]*M->[0-9]*M' "$out/gc.log" | tr -d 'M' | tr '>-' '  ' | awk '{print $1}' | sort -n | tail -1)
  count=$(ls "$out/site/figures"/*.png | wc -l)
  printf 'run %d: %.2f s wall, %s figures, peak heap before GC %s MiB\n' "$i" "$wall" "$count" "${peak:-n/a}"
  if [[ -z "$best" ]] || (( $(echo "$wall < $best" | bc) )); then best=$wall; fi
done
printf 'best: %.2f s (with -Xmx1g)\n' "$best"
