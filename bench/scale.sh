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
#
# Needs /usr/bin/time (Debian: apt-get install time) and python3. The base data is data/ as
# `./cakebench build --data-mirror ../shared/data` leaves it (made here if missing). Rehearsal
# data lands in bench/results/rehearsal-N; the table is printed and appended to
# bench/results/scale.txt (not committed).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-3}"
sizes="${SIZES:-3 33 100 200}"
limit="${TIMEOUT:-600}"
base="${BASE:-$here/data}"
mirror="${DATA_MIRROR:-$here/../shared/data}"
unset CAKEBENCH_JAVA_OPTS # the launcher's defaults are what is measured

[[ -x /usr/bin/time ]] || { echo "scale.sh: /usr/bin/time missing (apt-get install time)" >&2; exit 2; }
command -v python3 >/dev/null || { echo "scale.sh: python3 missing" >&2; exit 2; }
cd "$here"
[[ -f target/cakebench.jar ]] || mvn -q -B package -DskipTests
if [[ ! -d "$base/raw-data" ]]; then
  ./cakebench build --data "$base" --data-mirror "$mirror" --out "$(mktemp -d)/site" >/dev/null
fi

work="$(mktemp -d /tmp/cakebench-scale.XXXXXX)"
trap 'rm -rf "$work"' EXIT
for n in $sizes; do
  python3 bench/rehearsal_data.py "$n" --base "$base" --out "bench/results/rehearsal-$n"
done

# One measurement: appends "round n command status wall_s rss_kib" to $work/runs.tsv.
measure() {
  local round=$1 n=$2 cmd=$3 data="bench/results/rehearsal-$2"
  local args
  case "$cmd" in
    analyse) args=(analyse --raw-data "$data/raw-data") ;;
    figures) args=(figures --raw-data "$data/raw-data" --out "$work/out") ;;
    build) args=(build --data "$data" --no-evaluate --out "$work/out/site") ;;
  esac
  if [[ -f "$work/runs.tsv" ]] &&
    awk -v n="$n" -v c="$cmd" '$2 == n && $3 == c && $4 != "ok" { f = 1 } END { exit !f }' "$work/runs.tsv"; then
    return # failed or timed out before: not retried
  fi
  rm -rf "$work/out"
  local rc=0
  /usr/bin/time -v -o "$work/time" timeout --kill-after=10 "$limit" ./cakebench "${args[@]}" \
    >/dev/null 2>"$work/stderr" || rc=$?
  local wall rss status=ok
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0
    for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$work/time" 2>/dev/null || true)
  rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time" 2>/dev/null || true)
  if ((rc == 124 || rc == 137)); then
    status=timeout
  elif grep -q OutOfMemoryError "$work/stderr"; then
    status=OutOfMemoryError
  elif ((rc != 0)); then
    status="exit-$rc"
    sed 's/^/    /' "$work/stderr" | tail -3 >&2
  fi
  echo "$round $n $cmd $status ${wall:-0} ${rss:-0}" | tee -a "$work/runs.tsv" >&2
}

echo "rehearsal: $runs rounds of sizes $sizes on $(nproc) cores (load $(cut -d' ' -f1-3 /proc/loadavg))" >&2
./cakebench analyse --raw-data "bench/results/rehearsal-3/raw-data" >/dev/null 2>&1 # warm the page cache
for round in $(seq "$runs"); do
  for n in $sizes; do
    for cmd in analyse figures build; do
      measure "$round" "$n" "$cmd"
    done
  done
done

mkdir -p bench/results
{
  echo "# $(date -u +%FT%TZ)  $(nproc) cores  $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)  $(git rev-parse --short HEAD)  $runs rounds, timeout $limit s"
  python3 - "$work/runs.tsv" "$limit" <<'EOF'
import statistics, sys
from collections import defaultdict

rows = [line.split() for line in open(sys.argv[1])]
limit = sys.argv[2]
cells = defaultdict(list)  # (n, cmd) -> [(round, status, wall, rss_kib)]
for rnd, n, cmd, status, wall, rss in rows:
    cells[int(n), cmd].append((int(rnd), status, float(wall), int(rss)))
sizes = sorted({n for n, _ in cells})
base = min(sizes)
commands = ("analyse", "figures", "build")

def cell(n, cmd):
    runs = cells.get((n, cmd), [])
    bad = [r for r in runs if r[1] != "ok"]
    if bad:
        r = bad[0]
        what = f"timeout (> {limit} s)" if r[1] == "timeout" else f"{r[1]} after {r[2]:.0f} s"
        return f"**failed**: {what}"
    walls = [r[2] for r in runs]
    rss = max(r[3] for r in runs) / 1024
    spread = f" ({min(walls):.1f}–{max(walls):.1f})" if len(walls) > 1 else ""
    return f"{statistics.median(walls):.1f} s{spread}, {rss:,.0f} MiB"

def ratio(n, cmd):
    mine = {r[0]: r for r in cells.get((n, cmd), []) if r[1] == "ok"}
    ref = {r[0]: r for r in cells.get((base, cmd), []) if r[1] == "ok"}
    pairs = [mine[k][2] / ref[k][2] for k in mine if k in ref]
    return f"{statistics.median(pairs):.1f}x" if pairs else "–"

def label(n):
    if n == base:
        return f"{n} (published decisions only)"
    if n == 33:
        return "33 (the paper's 32 + BagNet-33)"
    return str(n)

print("| model observers on all 17 datasets | `analyse` | `figures` | `build --no-evaluate` | build vs 3 | analyse, figures vs 3 |")
print("| --- | --- | --- | --- | --- | --- |")
for n in sizes:
    print(f"| {label(n)} | {cell(n, 'analyse')} | {cell(n, 'figures')} | {cell(n, 'build')}"
          f" | {ratio(n, 'build')} | {ratio(n, 'analyse')}, {ratio(n, 'figures')} |")
print()
print("Cells: median wall time (min–max over rounds), largest peak RSS; ratios: median over rounds"
      " of the run divided by the same round's run with 3 models.")
EOF
} | tee -a bench/results/scale.txt
