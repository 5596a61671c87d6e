#!/usr/bin/env bash
# Mutation testing of the measures (analysis), the paper's claims (report.claims) and the data
# readers (data, without data.fetch) with PIT; prints the share of mutants killed per package.
# Usage: bench/mutation.sh [--report-only]   (--report-only re-reads target/pit-reports/)
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${1:-}" != "--report-only" ]]; then
  # Stale classes of another build once crashed PIT: it starts from freshly compiled ones.
  rm -rf target/classes target/test-classes target/maven-status target/pit-reports
  mvn -B -q -Pmutation test-compile org.pitest:pitest-maven:mutationCoverage
fi
python3 bench/mutation_table.py target/pit-reports/mutations.xml
