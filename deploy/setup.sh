#!/usr/bin/env bash
# Installs what the crawler needs on a fresh Debian machine and builds it (Release).
# Idempotent: a second run only rebuilds what changed.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v dotnet >/dev/null 2>&1; then
  echo "setup: the .NET 10 SDK is required (dotnet not found on PATH)." >&2
  exit 1
fi

# Debian's Chromium: Playwright's own browser download cannot reach its host on these machines.
if [ ! -x /usr/bin/chromium ] && [ -z "${CRAWLER_BROWSER__EXECUTABLEPATH:-}" ]; then
  echo "setup: installing Chromium from apt..." >&2
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

echo "setup: restoring and building (Release)..." >&2
dotnet build Crawler.sln -c Release -nologo -v quiet -clp:ErrorsOnly >&2
