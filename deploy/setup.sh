#!/usr/bin/env bash
# Installs what the crawler needs on a fresh Debian machine and builds it (Release).
# Idempotent: a second run only rebuilds what changed.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v dotnet >/dev/null 2>&1; then
  echo "setup: the .NET 10 SDK is required (dotnet not found on PATH)." >&2
  exit 1
fi

# Debian's Chromium: Playwright's own browser download cannot reach its host on these machines. Headless crawls
# launch Debian's chromium-headless-shell when it is installed (same Chromium, without the desktop browser: less CPU
# and memory per page); /usr/bin/chromium stays the fallback and the browser for headed runs.
missing=()
if [ ! -x /usr/bin/chromium ] && [ -z "${CRAWLER_BROWSER__EXECUTABLEPATH:-}" ]; then missing+=(chromium); fi
if [ ! -x /usr/lib/chromium/chromium-headless-shell ] && [ -z "${CRAWLER_BROWSER__EXECUTABLEPATH:-}" ]; then missing+=(chromium-headless-shell); fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]} from apt..." >&2
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  if ! { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null; }; then
    if [ -x /usr/bin/chromium ] || [ -n "${CRAWLER_BROWSER__EXECUTABLEPATH:-}" ]; then
      # Only the headless shell is missing (an older Debian, or apt unreachable): the crawler falls back to chromium.
      echo "setup: chromium-headless-shell could not be installed; headless crawls use /usr/bin/chromium" >&2
    else
      DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
      echo "setup: chromium-headless-shell is not available here; headless crawls use /usr/bin/chromium" >&2
    fi
  fi
fi

echo "setup: restoring and building (Release)..." >&2
dotnet build Crawler.sln -c Release -nologo -v quiet -clp:ErrorsOnly >&2
