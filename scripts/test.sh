#!/usr/bin/env bash
# The one test command (README and .ci/run both call it): installs what the tests need, builds, runs every
# xunit project, and ends with the line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD

bash scripts/install-test-deps.sh || { echo "installing test dependencies failed"; echo "0 passed, 1 failed"; exit 1; }

results="$root/artifacts/test-results"
rm -rf "$results"; mkdir -p "$results"

if ! dotnet build KnowledgeGraph.sln -c Release -nologo > "$results/build.log" 2>&1; then
  grep -E "error" "$results/build.log" | sort -u | head -50
  echo "build failed"; echo "0 passed, 1 failed"; exit 1
fi

status=0
dotnet test KnowledgeGraph.sln -c Release --no-build -nologo \
  --logger "trx" --results-directory "$results" -- RunConfiguration.TreatNoTestsAsError=false || status=$?

# Sum the counters of every TRX file (dotnet test's own summary is per project and not read by CI).
passed=0; failed=0; skipped=0
for f in "$results"/*.trx; do
  [ -f "$f" ] || continue
  line=$(grep -o '<Counters [^>]*>' "$f" | head -1)
  p=$(echo "$line" | sed -n 's/.* passed="\([0-9]*\)".*/\1/p'); p=${p:-0}
  fl=$(echo "$line" | sed -n 's/.* failed="\([0-9]*\)".*/\1/p'); fl=${fl:-0}
  ex=$(echo "$line" | sed -n 's/.* executed="\([0-9]*\)".*/\1/p'); ex=${ex:-0}
  tot=$(echo "$line" | sed -n 's/.* total="\([0-9]*\)".*/\1/p'); tot=${tot:-0}
  passed=$((passed + p)); failed=$((failed + fl)); skipped=$((skipped + tot - ex))
done
if [ "$status" != "0" ] && [ "$failed" = "0" ]; then
  # dotnet test failed without a failing test (a crashed host, a missing project): count it as a failure.
  failed=1
fi
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" = "0" ]
