#!/usr/bin/env bash
# One-shot GPU check: measures the evaluation's GPU figures in one run (under 5 minutes on an
# H100-class card) and prints one line per figure with the device's name:
#   (a) inference-only images/s of the same TorchScript ResNet-50 in PyTorch and through DJL,
#       batch 256, fp32 (target: DJL within 10 % of PyTorch);
#   (b) end-to-end `cakebench evaluate` on the 1,280 cue-conflict stimuli, decode threads at their
#       default (one per core), batch auto;
#   (c) the out-of-memory halving: evaluate with a batch too large for the card (a second process
#       holds all of its memory but --oom-free-gib), decisions compared with those of (b).
#
#   bench/gpu_check.sh [--device gpu|cpu] [--model FILE.pt] [--stimuli DIR] [--classpath CP]
#                      [--batch N] [--timed N] [--images N] [--oom-batch N] [--oom-free-gib G]
#                      [--log FILE]
#
# Needs a JRE (JAVA, else JAVA_HOME/bin/java, else java on the PATH); the built tool
# (target/cakebench.jar with target/lib, from `mvn -B package -DskipTests`, or --classpath); a
# python3 with torch (PYTHON=...), plus torchvision unless --model is given (a random-weight
# ResNet-50 is exported then); on a GPU, a CUDA libtorch 2.7.1 for DJL in PYTORCH_LIBRARY_PATH
# (PYTORCH_VERSION and PYTORCH_FLAVOR default to 2.7.1 and cu128, the JNI build DJL's jar carries).
# The cue-conflict stimuli: --stimuli DIR (DIR/cue-conflict), default data/stimuli, else the
# shared data mirror beside the repository.
#
# --device cpu runs the same steps with small counts (batch 4, 2 timed batches, 32 images, no
# out-of-memory step); GpuCheckScriptTest runs it so, which is how CI proves the script works.
# Lines are appended to bench/results/gpu-check.txt (not committed) or --log FILE.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
started=$(date +%s.%N)

device=gpu model="" stimuli="" classpath="$here/target/cakebench.jar" log="$here/bench/results/gpu-check.txt"
batch="" timed="" images="" oom_batch=1280 oom_free=3
while (($#)); do
  case "$1" in
    --device) device="$2" ;;
    --model) model="$(realpath -e "$2")" ;;
    --stimuli) stimuli="$2" ;;
    --classpath) classpath="$2" ;;
    --batch) batch="$2" ;;
    --timed) timed="$2" ;;
    --images) images="$2" ;;
    --oom-batch) oom_batch="$2" ;;
    --oom-free-gib) oom_free="$2" ;;
    --log) log="$2" ;;
    *) echo "gpu_check.sh: unknown option $1 (see the comment at the top of the script)" >&2; exit 2 ;;
  esac
  shift 2
done
case "$device" in
  gpu) batch=${batch:-256} timed=${timed:-20} images=${images:-0} torch_device=cuda ;;
  cpu) batch=${batch:-4} timed=${timed:-2} images=${images:-32} torch_device=cpu ;;
  *) echo "gpu_check.sh: --device is gpu or cpu, not $device" >&2; exit 2 ;;
esac
if [[ -z "$stimuli" ]]; then
  stimuli="$here/data/stimuli"
  [[ -d "$stimuli/cue-conflict" ]] || stimuli="$here/../shared/data/stimuli"
fi
[[ -d "$stimuli/cue-conflict" ]] || { echo "gpu_check.sh: no $stimuli/cue-conflict (--stimuli DIR)" >&2; exit 2; }
java="${JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/java}}"
java="${java:-java}"
python="${PYTHON:-python3}"
"$python" -c "import torch" 2>/dev/null || { echo "gpu_check.sh: $python has no torch (PYTHON=...)" >&2; exit 2; }

work="$(mktemp -d /tmp/cakebench-gpu-check.XXXXXX)"
ballast=""
cleanup() {
  [[ -z "$ballast" ]] || kill "$ballast" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

if [[ "$device" == gpu ]]; then
  if [[ -n "${PYTORCH_LIBRARY_PATH:-}" ]]; then
    export PYTORCH_VERSION="${PYTORCH_VERSION:-2.7.1}" PYTORCH_FLAVOR="${PYTORCH_FLAVOR:-cu128}"
  else
    echo "gpu_check.sh: PYTORCH_LIBRARY_PATH is not set: DJL uses the build's libtorch (CPU unless built with -Dgpu)" >&2
  fi
  name="$(nvidia-smi --query-gpu=name --format=csv,noheader -i 0 2>/dev/null \
    || "$python" -c 'import torch; print(torch.cuda.get_device_name(0))')"
else
  name="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs) ($(nproc) cores)"
fi
mkdir -p "$(dirname "$log")"
echo "# $(date -u +%FT%TZ) gpu_check.sh --device $device" >>"$log"
say() { printf 'gpu-check | %s | %s | %s\n' "$name" "$1" "$2" | tee -a "$log"; }
jvm=("$java" ${CAKEBENCH_JAVA_OPTS:--Xmx8g} -Djava.awt.headless=true -Dai.djl.offline=true
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$classpath")
fail() { echo "gpu_check.sh: $1" >&2; exit 1; }

# The model: the file given, or a random-weight ResNet-50 (throughput does not depend on weights).
if [[ -z "$model" ]]; then
  "$python" "$here/tools/export_torchscript.py" torchvision --models resnet50 --random-weights \
    --out "$work/models" >"$work/export.log" 2>&1 || { cat "$work/export.log" >&2; fail "export failed"; }
  model="$work/models/resnet50.pt"
fi
model_name="$(basename "$model" .pt)"

# (a) inference-only, PyTorch and DJL on the same file, batch and input
read -r _ p _ torch_version < <("$python" "$here/bench/pytorch_inference.py" "$model" "$batch" "$timed" 224 "$torch_device" | grep '^pytorch ') \
  || fail "PyTorch inference failed"
read -r _ d djl_device engine engine_version < <("${jvm[@]}" org.cakebench.evaluate.InferenceThroughput "$model" "$batch" "$timed" "$device" | grep '^djl ') \
  || fail "DJL inference failed"
say "PyTorch $torch_version ($torch_device) inference-only $model_name, batch $batch, fp32" "$p images/s"
say "DJL, $engine $engine_version ($djl_device) inference-only $model_name, batch $batch, fp32" \
  "$d images/s ($(awk -v p="$p" -v d="$d" 'BEGIN { printf "%.1f", 100 * d / p }') % of PyTorch; target at least 90 %)"

# (b) end-to-end evaluate on the cue-conflict stimuli (all, or an evenly spread subset)
images_dir="$stimuli"
if ((images > 0)); then
  images_dir="$work/stimuli"
  (cd "$stimuli/cue-conflict" && find . -type f -name '*.png' | sort) \
    | awk -v n="$images" -v total="$(find "$stimuli/cue-conflict" -type f -name '*.png' | wc -l)" \
      'BEGIN { step = int(total / n); if (step < 1) step = 1 } (NR - 1) % step == 0 && count < n { print; count++ }' \
    | while read -r f; do
        mkdir -p "$images_dir/cue-conflict/$(dirname "$f")"
        ln -s "$stimuli/cue-conflict/$f" "$images_dir/cue-conflict/$f"
      done
fi
evaluate() { # CACHE [more options]: evaluate the model on cue-conflict into CACHE, stderr to CACHE.log
  local cache="$1"
  shift
  "${jvm[@]}" org.cakebench.cli.CakebenchCommand evaluate --model "gpucheck=$model" \
    --datasets cue-conflict --images "$images_dir" --cache "$cache" --device "$device" "$@" \
    2>"$cache.log" || { cat "$cache.log" >&2; fail "evaluate failed"; }
}
t0=$(date +%s.%N)
evaluate "$work/e2e"
wall=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
summary="$(grep -o '([0-9]* images, [0-9.]* images/s)' "$work/e2e.log")" || fail "no evaluate summary in $work/e2e.log"
n=$(sed -E 's/\(([0-9]+) images.*/\1/' <<<"$summary")
rate=$(sed -E 's/.* ([0-9.]+) images\/s\)/\1/' <<<"$summary")
batch_used=$(grep -o 'batch [0-9]* (auto)' "$work/e2e.log" | head -1 || true)
say "evaluate end-to-end, cue-conflict $n images, ${batch_used:-batch auto}, $(nproc) decode threads" \
  "$rate images/s ($wall s wall with JVM start, image scan and model load)"
trials="raw-data/cue-conflict/cue-conflict_gpucheck_session-1.csv"

# (c) out-of-memory halving: a second process leaves only --oom-free-gib of the card free
if [[ "$device" == gpu ]]; then
  "$python" -c '
import sys, time, torch
free, total = torch.cuda.mem_get_info()
keep = int(float(sys.argv[1]) * 2**30)
hold = torch.empty(max(0, free - keep), dtype=torch.uint8, device="cuda")
print("holding %.1f of %.1f GiB" % (hold.numel() / 2**30, total / 2**30), flush=True)
time.sleep(600)' "$oom_free" >"$work/ballast.log" 2>&1 &
  ballast=$!
  for _ in $(seq 120); do grep -q holding "$work/ballast.log" && break; sleep 0.5; done
  grep -q holding "$work/ballast.log" || { cat "$work/ballast.log" >&2; fail "could not fill the card"; }
  evaluate "$work/oom" --batch-size "$oom_batch"
  kill "$ballast" && wait "$ballast" 2>/dev/null || true
  ballast=""
  chain="$(grep -o 'out of memory at batch size [0-9]*; retrying with [0-9]*' "$work/oom.log" \
    | awk '{ if (NR == 1) printf "%s", $7; printf " -> %s", $NF }' | sed 's/;//g')"
  [[ -n "$chain" ]] || fail "no out-of-memory at batch $oom_batch with $oom_free GiB free: raise --oom-batch or lower --oom-free-gib"
  same=$(paste -d'|' <(cut -d, -f3,5 "$work/e2e/$trials") <(cut -d, -f3,5 "$work/oom/$trials") \
    | awk -F'|' 'NR > 1 && $1 == $2 { s++ } END { print s + 0 }')
  say "out-of-memory halving, evaluate --batch-size $oom_batch with $oom_free GiB of the card left free" \
    "batch $chain; $same of $n decisions equal to the run of (b)"
else
  say "out-of-memory halving" "skipped: the CPU has no device memory to run out of"
fi
say "total" "$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.0f", b - a }') s"
