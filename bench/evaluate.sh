#!/usr/bin/env bash
# Throughput of `cakebench evaluate` on this machine: decode-only, inference-only and end-to-end
# images/s for the two TorchScript fixtures on the 1,280 cue-conflict images (CPU).
#
#   bench/evaluate.sh [REPEATS] [DECODE_THREADS] [BATCH]
#   BENCH_MODELS="pool8-linear" bench/evaluate.sh ...     # one fixture only
#
# Needs ../shared (fixtures and stimuli) next to the repository, as in CI. Results are printed and
# appended to bench/results/evaluate.txt (not committed).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${CAKEBENCH_SHARED:-$here/../shared}"
repeats="${1:-3}"
threads="${2:-1}"
batch="${3:-16}"

cd "$here"
mvn -q -o -B test-compile
mvn -q -o -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
mkdir -p bench/results
{
  echo "# $(date -u +%FT%TZ)  $(nproc) cores  $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
  echo "# load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  for name in ${BENCH_MODELS:-pool8-linear squeezenet1_1-random}; do
    model=$(ls "$shared/fixtures/$name"/*.pt)
    java -Xmx2g -Djava.awt.headless=true -Dai.djl.offline=true \
      -Dorg.slf4j.simpleLogger.defaultLogLevel=error -Dcakebench.shared="$shared" \
      -cp "$cp" org.cakebench.evaluate.EvaluateBenchmark \
      "$model" "$shared/data/stimuli" cue-conflict "$batch" "$threads" "$repeats"
  done
} | tee -a bench/results/evaluate.txt
