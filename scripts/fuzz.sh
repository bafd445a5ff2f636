#!/usr/bin/env bash
# Fuzzes MOT Studio's file reader and CSV importers with Jazzer, one fuzz test after another, and
# prints how many inputs each ran and what it found.
#   scripts/fuzz.sh [RUNS_PER_TARGET | MINUTESm] [TARGET...]
# RUNS_PER_TARGET defaults to 120000; "10m" fuzzes each target for 10 minutes instead. TARGET is
# Class#method (all nine when none is named). A finding
# is written to src/test/resources/<package>/<Class>Inputs/<method>/ and from then on runs in every
# build as a regression test. The generated corpus stays in .cifuzz-corpus/ (not committed).
set -uo pipefail
cd "$(dirname "$0")/.."
runs=${1:-120000}
shift || true
if [[ $runs =~ ^([0-9]+)m$ ]]; then
  limit=(-Djazzer.max_executions=0 -Djazzer.max_duration="${BASH_REMATCH[1]}m")
else
  limit=(-Djazzer.max_executions="$runs" -Djazzer.max_duration=2h)
fi
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(WorkshopFileFuzzTest#openSaveOpen WorkshopFileFuzzTest#mutatedWorkshop ValidateFuzzTest#validate
    CsvImportFuzzTest#touchpoints CsvImportFuzzTest#ratings CsvImportFuzzTest#kano CsvImportFuzzTest#servqual
    CsvImportFuzzTest#ipa CsvImportFuzzTest#measurements)
fi
if [ -z "${JAVA_HOME:-}" ] && [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
./mvnw -B -q -ntp test-compile || exit 1
mkdir -p target/fuzz
total=0
failed=0
printf '%-40s %10s %8s %s\n' target inputs seconds result
for target in "${targets[@]}"; do
  log="target/fuzz/${target//#/-}.log"
  start=$(date +%s)
  JAZZER_FUZZ=1 ./mvnw -B -o -ntp surefire:test -Dtest="$target" -Dsurefire.failIfNoSpecifiedTests=false \
    "${limit[@]}" >"$log" 2>&1
  code=$?
  done_runs=$(sed -n 's/^Done \([0-9]*\) runs.*/\1/p' "$log" | tail -1)
  done_runs=${done_runs:-0}
  total=$((total + done_runs))
  result=ok
  if [ $code -ne 0 ]; then
    result="FINDING (see $log)"
    failed=$((failed + 1))
  fi
  printf '%-40s %10s %8s %s\n' "$target" "$done_runs" "$(( $(date +%s) - start ))" "$result"
done
echo "inputs in all: $total; targets with a finding: $failed"
[ $failed -eq 0 ]
