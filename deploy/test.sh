#!/usr/bin/env bash
# Quick start 2: set up, then run every test (unit and integration with real Chromium against the lab).
# A test that hangs for 5 minutes (CRAWLER_TEST_HANG_TIMEOUT) is killed and named, so a hang fails the run
# within minutes instead of eating CI's 90.
# Ends with one plain line "N passed, N failed, N skipped" read from the test results.
set -uo pipefail
cd "$(dirname "$0")/.."
bash deploy/setup.sh || exit 1
results="$(mktemp -d)"
dotnet test Crawler.sln -c Release --no-build --nologo \
  --logger "trx;LogFileName=results.trx" --results-directory "$results" \
  --logger "console;verbosity=normal" \
  --blame-hang-timeout "${CRAWLER_TEST_HANG_TIMEOUT:-5m}" --blame-hang-dump-type none "$@"
status=$?
passed=0; failed=0; skipped=0
for trx in "$results"/*.trx "$results"/*/*.trx; do
  [ -f "$trx" ] || continue
  line=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(echo "$line" | grep -o 'passed="[0-9]*"' | grep -o '[0-9]*'); passed=$((passed + ${p:-0}))
  f=$(echo "$line" | grep -o ' failed="[0-9]*"' | grep -o '[0-9]*'); failed=$((failed + ${f:-0}))
  s=$(echo "$line" | grep -o 'notExecuted="[0-9]*"' | grep -o '[0-9]*'); skipped=$((skipped + ${s:-0}))
done
echo "tests: ${passed} passed, ${failed} failed, ${skipped} skipped"
if [ "$passed" -eq 0 ] && [ "$status" -eq 0 ]; then echo "no test ran" >&2; exit 1; fi
exit $status
