#!/usr/bin/env bash
# Quick start 1: set up, then run the demo (the lab, three crawls, events) on the embedded SQLite store.
set -euo pipefail
cd "$(dirname "$0")/.."
bash deploy/setup.sh
exec dotnet crawler/Crawler.LabCli/bin/Release/net10.0/crawler-lab.dll demo "$@"
