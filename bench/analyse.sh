#!/usr/bin/env bash
# Times `cakebench analyse` over the whole shared raw-data (17 datasets, 3 models, 85,120 human
# trials), JVM start included, and reports the peak heap. Target: under 2 s wall time.
set -euo pipefail
cd "$(dirname "$0")/.."
raw="${1:-../shared/data/raw-data}"
runs="${RUNS:-5}"
[[ -f target/cakebench.jar ]] || mvn -q -B package -DskipTests
./cakebench analyse --raw-data "$raw" >/dev/null 2>&1 # warm the page cache
best=999; total=0
for i in $(seq "$runs"); do
  start=$(date +%s.%N)
  ./cakebench analyse --raw-data "$raw" >/dev/null 2>&1
  t=$(echo "$(date +%s.%N) - $start" | bc)
  total=$(echo "$total + $t" | bc)
  best=$(echo "if ($t < $best) $t else $best" | bc)
done
peak=$( { /usr/bin/time -v ./cakebench analyse --raw-data "$raw" >/dev/null; } 2>&1 | awk -F: '/Maximum resident/ {gsub(/ /,"",$2); print $2}')
printf 'analyse: best %.2f s, mean %.2f s over %d runs; peak RSS %d MiB (%s, %s cores)\n' \
  "$best" "$(echo "$total / $runs" | bc -l)" "$runs" "$((peak / 1024))" "$(uname -m)" "$(nproc)"
