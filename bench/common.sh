# Set-up shared by the benchmark scripts that time the launcher (scale.sh, pairs.sh); sourced, not
# run. bench_setup NAME ROOT: the launcher's default flags are what is measured, /usr/bin/time and
# python3 must be there, the script works in ROOT, and the jar is built if it is missing.
bench_setup() {
  local name=$1 root=$2
  unset CAKEBENCH_JAVA_OPTS
  [[ -x /usr/bin/time ]] || { echo "$name: /usr/bin/time missing (apt-get install time)" >&2; exit 2; }
  command -v python3 >/dev/null || { echo "$name: python3 missing" >&2; exit 2; }
  cd "$root"
  [[ -f target/cakebench.jar ]] || mvn -q -B package -DskipTests
}

# bench_cold DATA: with COLD set, deletes the parsed-row records of data folder DATA
# (raw-data/.trials-<dataset>.bin, TrialFileCache), so that the next build parses every CSV, as the
# first build of new decisions does; without COLD, nothing.
bench_cold() {
  [[ -n "${COLD:-}" ]] || return 0
  rm -f "$1"/raw-data/.trials-*.bin
}
