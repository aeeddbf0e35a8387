#!/usr/bin/env bash
# Quick start 1: set up, then run the demo (the lab, three crawls, events) on the embedded SQLite store,
# then write the study report over it next to the database (data/demo-report.md and .html).
set -euo pipefail
cd "$(dirname "$0")/.."
bash deploy/setup.sh
db="data/demo.db"
args=("$@")
for ((i = 0; i + 1 < ${#args[@]}; i++)); do
  if [ "${args[i]}" = "--db" ]; then db="${args[i + 1]}"; fi
done
dotnet crawler/Crawler.LabCli/bin/Release/net10.0/crawler-lab.dll demo "$@"
crawler=(dotnet crawler/Crawler.Service/bin/Release/net10.0/crawler.dll)
"${crawler[@]}" report --db "$db" --out "${db%.db}-report.md"
"${crawler[@]}" report --db "$db" --format html --out "${db%.db}-report.html"
