#!/usr/bin/env bash
# Times the secretariat participant list (search, filter, sort, page) with 5,000 participants, on 127.0.0.1 only.
# Needs sqlite3 and curl. Usage: bash bench/participant-list.sh [requests-per-case]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
work=$(mktemp -d)
port=5099
export ASPNETCORE_ENVIRONMENT=Development ConnectionStrings__Sqlite="Data Source=$work/bench.db" Seed__DemoPassword="Bench-Password-2027a" \
  Seed__AccountsFile="$work/accounts.txt" Logging__LogLevel__Default=Warning
dotnet build src/DialogueOps.Web -c Release -v q >/dev/null
dotnet run --project src/DialogueOps.Web -c Release --no-build --no-launch-profile --urls "http://127.0.0.1:$port" >"$work/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 1; done

# 5,000 more participants in the demo event, spread over the ten countries, categories and statuses.
sqlite3 "$work/bench.db" <<SQL
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000)
INSERT INTO Participants (EventId, GivenName, FamilyName, NameOrder, NativeName, Email, Nationality, Category, ProtocolRank, Status,
  SearchText, CheckInToken, Version, ProtocolRankManual)
SELECT 1, 'Given' || i, 'Family' || i, i % 2, CASE WHEN i % 3 = 0 THEN '测试' || i END, 'bench' || i || '@example.org',
  substr('CNMYTHVNKHLAMMIDPHSG', 1 + 2 * (i % 10), 2), 1 + i % 6, 10 + i % 90, i % 6,
  lower('given' || i || ' family' || i || ' bench' || i || '@example.org'), lower(hex(randomblob(16))), lower(hex(randomblob(16))), 0
FROM n;
SQL

jar="$work/cookies"
token=$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$port/Identity/Account/Login" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
curl -s -c "$jar" -b "$jar" -o /dev/null -d "Input.Email=secretariat@demo.dialogueops.test&Input.Password=Bench-Password-2027a&__RequestVerificationToken=$token" "http://127.0.0.1:$port/Identity/Account/Login"

base="http://127.0.0.1:$port/secretariat/events/1/participants"
for case in "" "?q=family4321" "?q=%E6%B5%8B%E8%AF%95" "?country=TH&category=Expert" "?sort=Name&p=40" "?handler=Csv" "?handler=Xlsx"; do
  curl -s -b "$jar" -o /dev/null "$base$case"  # warm
  times=$(for _ in $(seq 1 "$runs"); do curl -s -b "$jar" -o /dev/null -w "%{time_total}\n" "$base$case"; done | sort -n)
  median=$(echo "$times" | sed -n "$(( (runs + 1) / 2 ))p")
  worst=$(echo "$times" | tail -1)
  printf '%-32s median %6.1f ms   worst %6.1f ms\n' "${case:-(first page, protocol order)}" "$(echo "$median * 1000" | bc)" "$(echo "$worst * 1000" | bc)"
done
