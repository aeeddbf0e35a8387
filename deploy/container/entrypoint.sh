#!/bin/sh
# Container entrypoint of the crawler (also runnable directly, for checks: see deploy/check-deploy.sh).
#   no arguments        -> crawler run --sources "$CRAWLER_SOURCES_FILE"
#   run [options]       -> the same, with the options appended
#   anything else       -> crawler <arguments> (e.g. --version, sources list, events, report)
# Runs under tini (PID 1) so Chromium's orphaned children are reaped; exec keeps the crawler the signal target,
# so SIGTERM starts its drain (Crawler:DrainTimeout) instead of killing it.
set -eu

CRAWLER_BIN="${CRAWLER_BIN:-/opt/crawler/crawler}"
CRAWLER_HOME="${CRAWLER_HOME:-/var/lib/crawler}"
CRAWLER_SOURCES_FILE="${CRAWLER_SOURCES_FILE:-/etc/crawler/sources.json}"

fail() { echo "entrypoint: $*" >&2; exit 64; }

[ -x "$CRAWLER_BIN" ] || fail "crawler executable '$CRAWLER_BIN' not found or not executable (set CRAWLER_BIN)."

# Relative paths in the configuration (data/crawler.db, data/logs, data/errors) resolve against the working
# directory: run from CRAWLER_HOME so they all land in its data/ folder, the one volume.
mkdir -p "$CRAWLER_HOME/data" 2>/dev/null || true
cd "$CRAWLER_HOME" || fail "cannot enter CRAWLER_HOME '$CRAWLER_HOME'."
if ! ( : > "$CRAWLER_HOME/data/.write-test" ) 2>/dev/null; then
  fail "'$CRAWLER_HOME/data' is not writable by uid $(id -u): mount a volume there that this user owns."
fi
rm -f "$CRAWLER_HOME/data/.write-test"

if [ "$#" -eq 0 ]; then set -- run; fi

if [ "$1" = "run" ]; then
  shift
  case " $* " in
    *" --sources "*) ;;
    *)
      [ -r "$CRAWLER_SOURCES_FILE" ] || fail "sources file '$CRAWLER_SOURCES_FILE' is missing: mount one (a JSON file with a \"Sources\" array) or set CRAWLER_SOURCES_FILE."
      set -- --sources "$CRAWLER_SOURCES_FILE" "$@"
      ;;
  esac
  exec "$CRAWLER_BIN" run "$@"
fi

exec "$CRAWLER_BIN" "$@"
