#!/usr/bin/env bash
# Full-scale rehearsal: wall time and peak RSS of `analyse`, `figures` and `build --no-evaluate`
# with 3, 33 (the paper's 32 models + BagNet-33), 100 and 200 model observers on all 17 datasets,
# the 16 imported 2019 CNNs included in every case. All but the 3 published models are SYNTHETIC
# (bench/rehearsal_data.py: published decisions with 20 % of the responses changed): for timing and
# memory only, never results. Runs go in turn (N=3, 33, 100, 200, then again) so that every size
# sees the same machine load; the ratio column compares each run with the N=3 run of the same
# round (median over rounds). Launcher defaults (-Xmx2g, SerialGC). A run that fails (e.g.
# OutOfMemoryError) or passes TIMEOUT seconds is reported in its cell, and that cell is not retried.
#
#   bench/scale.sh [RUNS]                      (default 3 rounds)
#   SIZES="3 33" TIMEOUT=300 bench/scale.sh 1
#   COLD=1 bench/scale.sh 1                    (every build parses all CSVs again)
#
# A build keeps each dataset's parsed rows in raw-data/.trials-<dataset>.bin and parses only the
# CSVs that changed since: the default measures that regenerate. COLD=1 deletes the records before
# each build, as on the first build of new data.
#
# Needs /usr/bin/time (Debian: apt-get install time) and python3. The base data is data/ as
# `./cakebench build --data-mirror ../shared/data` leaves it (made here if missing). Rehearsal
# data lands in bench/results/rehearsal-N, each measurement in bench/results/scale-<time>.tsv
# (bench/scale_table.py prints its table again); the table is printed and appended to
# bench/results/scale.txt (none of it committed).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-3}"
sizes="${SIZES:-3 33 100 200}"
limit="${TIMEOUT:-600}"
base="${BASE:-$here/data}"
mirror="${DATA_MIRROR:-$here/../shared/data}"

# shellcheck source=bench/common.sh
source "$here/bench/common.sh"
bench_setup scale.sh "$here"
if [[ ! -d "$base/raw-data" ]]; then
  ./cakebench build --data "$base" --data-mirror "$mirror" --out "$(mktemp -d)/site" >/dev/null
fi

work="$(mktemp -d /tmp/cakebench-scale.XXXXXX)"
trap 'rm -rf "$work"' EXIT
mkdir -p bench/results
runs_file="bench/results/scale-$(date -u +%Y%m%dT%H%M%SZ).tsv"
for n in $sizes; do
  python3 bench/rehearsal_data.py "$n" --base "$base" --out "bench/results/rehearsal-$n"
done

# One measurement: appends "round n command status wall_s rss_kib cpu_s" to $runs_file.
measure() {
  local round=$1 n=$2 cmd=$3 data="bench/results/rehearsal-$2"
  local args
  case "$cmd" in
    analyse) args=(analyse --raw-data "$data/raw-data") ;;
    figures) args=(figures --raw-data "$data/raw-data" --out "$work/out") ;;
    build) args=(build --data "$data" --no-evaluate --out "$work/out/site") ;;
  esac
  if [[ -f "$runs_file" ]] &&
    awk -v n="$n" -v c="$cmd" '$2 == n && $3 == c && $4 != "ok" { f = 1 } END { exit !f }' "$runs_file"; then
    return # failed or timed out before: not retried
  fi
  rm -rf "$work/out"
  bench_cold "$data"
  local rc=0
  /usr/bin/time -v -o "$work/time" timeout --kill-after=10 "$limit" ./cakebench "${args[@]}" \
    >/dev/null 2>"$work/stderr" || rc=$?
  local wall rss cpu status=ok
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0
    for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$work/time" 2>/dev/null || true)
  rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time" 2>/dev/null || true)
  cpu=$(awk -F': ' '/(User|System) time \(seconds\)/ { s += $2 } END { print s + 0 }' "$work/time" 2>/dev/null || true)
  if ((rc == 124 || rc == 137)); then
    status=timeout
  elif grep -qE "OutOfMemoryError|Java heap space|GC overhead limit" "$work/stderr"; then
    status=OutOfMemoryError
  elif ((rc != 0)); then
    status="exit-$rc"
    sed 's/^/    /' "$work/stderr" | tail -3 >&2
  fi
  echo "$round $n $cmd $status ${wall:-0} ${rss:-0} ${cpu:-0}" | tee -a "$runs_file" >&2
}

echo "rehearsal: $runs rounds of sizes $sizes on $(nproc) cores (load $(cut -d' ' -f1-3 /proc/loadavg))${COLD:+, cold: parsed-row records deleted before each build}" >&2
./cakebench analyse --raw-data "bench/results/rehearsal-3/raw-data" >/dev/null 2>&1 # warm the page cache
for round in $(seq "$runs"); do
  for n in $sizes; do
    for cmd in analyse figures build; do
      measure "$round" "$n" "$cmd"
    done
  done
done

{
  echo "# $(date -u +%FT%TZ)  $(nproc) cores  $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)  $(git rev-parse --short HEAD)  $runs rounds${COLD:+ (cold: parsed-row records deleted before each build)}, timeout $limit s, measurements in $runs_file"
  python3 bench/scale_table.py "$runs_file" --timeout "$limit"
} | tee -a bench/results/scale.txt
