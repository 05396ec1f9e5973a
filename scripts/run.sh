#!/usr/bin/env bash
# Sets up and runs DialogueOps on SQLite with the demo dialogue seeded (Development environment).
# Needs only the .NET SDK. The URL is printed ("Now listening on ..."); demo accounts are printed on the first run.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/fonts.sh
dotnet tool restore
exec dotnet run --project src/DialogueOps.Web --launch-profile DialogueOps.Web "$@"
