#!/usr/bin/env bash
# Inference-only images/s of the same TorchScript file in PyTorch itself and through DJL (CPU),
# alternating the two so that both see the same machine load.
#
#   bench/djl_vs_pytorch.sh MODEL.pt [BATCH] [TIMED_BATCHES] [ROUNDS]
#
# MODEL.pt: e.g. tools/export_torchscript.py torchvision --models resnet50 --random-weights.
# Needs a python3 with torch (PYTHON=..., default python3; Debian: apt-get install python3-torch).
# Both sides use all cores. The two libtorch builds differ (PyTorch's own vs the 2.7.1 library
# DJL loads), so this compares the stacks a user would run, not DJL's overhead alone. Results are
# printed and appended to bench/results/djl-vs-pytorch.txt (not committed).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
model="$(realpath -e "${1:?usage: bench/djl_vs_pytorch.sh MODEL.pt [BATCH] [TIMED_BATCHES] [ROUNDS]}")"
batch="${2:-16}"
timed="${3:-5}"
rounds="${4:-3}"
python="${PYTHON:-python3}"

cd "$here"
"$python" -c "import torch" 2>/dev/null || { echo "$python has no torch: set PYTHON=" >&2; exit 2; }
mvn -q -o -B test-compile
mvn -q -o -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
mkdir -p bench/results
log=bench/results/djl-vs-pytorch.txt
median() {
  grep "^$1 " "$2" | cut -d' ' -f2 | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }' \
    || { echo "no $1 results (see the output above)" >&2; exit 1; }
}
runs="$(mktemp)"
trap 'rm -f "$runs"' EXIT
{
  echo "# $(date -u +%FT%TZ)  $(nproc) cores  $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
  echo "# $(basename "$model")  batch $batch  $timed timed batches  torch $("$python" -c 'import torch; print(torch.__version__)')  vs DJL (libtorch 2.7.1)"
} | tee -a "$log"
for r in $(seq "$rounds"); do
  "$python" bench/pytorch_inference.py "$model" "$batch" "$timed"
  java -Xmx4g -Dai.djl.offline=true -Dorg.slf4j.simpleLogger.defaultLogLevel=error \
    -cp "$cp" org.cakebench.evaluate.InferenceThroughput "$model" "$batch" "$timed" cpu
done | tee -a "$log" | tee "$runs"
p=$(median pytorch "$runs")
d=$(median djl "$runs")
awk -v p="$p" -v d="$d" 'BEGIN { printf "median images/s: pytorch %.1f  djl %.1f  djl/pytorch %.0f %%\n", p, d, 100 * d / p }' | tee -a "$log"
