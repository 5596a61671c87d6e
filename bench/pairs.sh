#!/usr/bin/env bash
# The ratio of two report builds, measured in alternated pairs: `build --no-evaluate` of the
# rehearsal data with B model observers, then with A (default 3 and 33), each into a fresh output
# folder, PAIRS times. A ratio near a target (issue 9: 33 at most 1.5x 3) is within the drift of a
# shared machine (±20 % within minutes), which a few rounds of bench/scale.sh cannot tell apart;
# pairs taken seconds apart see the same load, and many of them give the median a confidence
# interval. Prints each pair, then the median ratio of wall and CPU time with a 95 % bootstrap
# interval of the median. The rehearsal data are SYNTHETIC (bench/rehearsal_data.py): timing only.
#
#   bench/pairs.sh [PAIRS] [A B]        (default: 20 pairs of 3 and 33)
#   COLD=1 bench/pairs.sh 8             (every build parses all CSVs again, as the first build of
#                                        new decisions does: the parsed-row records are deleted)
#
# Needs /usr/bin/time, python3 and bench/results/rehearsal-A and -B (bench/scale.sh makes them, or
# bench/rehearsal_data.py N). Measurements go to bench/results/pairs-<time>.tsv (not committed).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
pairs="${1:-20}"
small="${2:-3}"
large="${3:-33}"

# shellcheck source=bench/common.sh
source "$here/bench/common.sh"
bench_setup pairs.sh "$here"
for n in "$small" "$large"; do
  [[ -d "bench/results/rehearsal-$n/raw-data" ]] || {
    echo "pairs.sh: bench/results/rehearsal-$n missing; make it with: bench/rehearsal_data.py $n" >&2
    exit 2
  }
done

work="$(mktemp -d /tmp/cakebench-pairs.XXXXXX)"
trap 'rm -rf "$work"' EXIT
mkdir -p bench/results
runs_file="bench/results/pairs-$(date -u +%Y%m%dT%H%M%SZ).tsv"

# One build: appends "pair n wall_s cpu_s" to $runs_file.
measure() {
  local pair=$1 n=$2
  rm -rf "$work/out"
  bench_cold "bench/results/rehearsal-$n"
  /usr/bin/time -f "%e %U %S" -o "$work/time" ./cakebench build \
    --data "bench/results/rehearsal-$n" --no-evaluate --out "$work/out/site" >/dev/null 2>"$work/stderr" ||
    { echo "pairs.sh: the build of $n observers failed:" >&2; tail -3 "$work/stderr" >&2; exit 1; }
  awk -v p="$pair" -v n="$n" '{ printf "%s %s %s %.2f\n", p, n, $1, $2 + $3 }' "$work/time" |
    tee -a "$runs_file" >&2
}

echo "pairs: $pairs of $small and $large observers on $(nproc) cores (load $(cut -d' ' -f1-3 /proc/loadavg))${COLD:+, cold: parsed-row records deleted before each build}" >&2
measure 0 "$small" # warms the page cache (and, unless COLD, the parsed-row records); not counted
for pair in $(seq "$pairs"); do
  measure "$pair" "$small"
  measure "$pair" "$large"
done

python3 - "$runs_file" "$small" "$large" "$(git rev-parse --short HEAD)" "${COLD:-}" <<'PY'
import random, statistics, sys
runs, small, large, commit, cold = sys.argv[1:]
by_pair = {}
for line in open(runs):
    pair, n, wall, cpu = line.split()
    if pair != "0":
        by_pair.setdefault(pair, {})[n] = (float(wall), float(cpu))
pairs = [p for p in by_pair.values() if small in p and large in p]
random.seed(1)

def summary(i):
    ratios = [p[large][i] / p[small][i] for p in pairs]
    medians = sorted(statistics.median(random.choices(ratios, k=len(ratios))) for _ in range(4000))
    return "%.2fx (95 %% interval of the median %.2f–%.2f; pairs %.2f–%.2f)" % (
        statistics.median(ratios), medians[100], medians[3899], min(ratios), max(ratios))

print("# commit %s, %d pairs: %s observers against %s%s" % (
    commit, len(pairs), large, small, ", cold" if cold else ""))
print("wall time: " + summary(0))
print("CPU time:  " + summary(1))
print("medians: %s observers %.2f s, %s observers %.2f s" % (
    small, statistics.median(p[small][0] for p in pairs),
    large, statistics.median(p[large][0] for p in pairs)))
PY
