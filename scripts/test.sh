#!/usr/bin/env bash
# Sets up and runs every test, then prints "N passed, N failed" from the TRX reports.
# Also proves the SQL Server path without a server: no pending model changes for either provider,
# and an idempotent SQL Server migration script written to artifacts/.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# Far from the demo's UTC+8, so nothing can lean on the server's own zone.
export TZ=America/Los_Angeles

results=artifacts/test-results
rm -rf "$results"
mkdir -p "$results"

# What the tests read PDFs back with (poppler: pdftotext, pdfinfo, pdftoppm; zbar: zbarimg) and the browser, installed when missing.
need=()
command -v pdftotext >/dev/null || need+=(poppler-utils)
command -v zbarimg >/dev/null || need+=(zbar-tools)
# The browser journeys drive Debian's Chromium (Playwright's own download does not exist here).
command -v chromium >/dev/null || need+=(chromium)
if [ "${#need[@]}" -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
bash scripts/fonts.sh

dotnet tool restore
dotnet build DialogueOps.sln

for provider in Sqlite SqlServer; do
  echo "== pending model changes: $provider"
  dotnet tool run dotnet-ef migrations has-pending-model-changes --no-build --project "src/DialogueOps.Migrations.$provider"
done
echo "== idempotent SQL Server script"
dotnet tool run dotnet-ef migrations script --idempotent --no-build \
  --project src/DialogueOps.Migrations.SqlServer --output artifacts/sqlserver-migrations.sql
grep -q "CREATE TABLE \[Events\]" artifacts/sqlserver-migrations.sql

status=0
dotnet test --solution DialogueOps.sln --no-build --report-trx --results-directory "$results" || status=$?

passed=0; failed=0; trx=0
for file in "$results"/*.trx; do
  [ -e "$file" ] || continue
  trx=$((trx + 1))
  counters=$(grep -o '<Counters [^>]*' "$file")
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  e=$(sed -n 's/.* error="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0} + ${e:-0}))
done
if [ "$trx" -eq 0 ]; then
  echo "no test report was written" >&2
  status=1
fi
if [ "$failed" -gt 0 ]; then
  echo "== failed tests"
  perl scripts/failed-tests.pl "$results"/*.trx
fi
echo "$passed passed, $failed failed"
exit "$status"
