#!/usr/bin/env bash
# Checks the deployment paths as far as a machine without a Docker engine or a cluster allows (slow: a
# self-contained publish and a lab crawl; not part of deploy/test.sh). Each step prints "ok", "skipped (why)"
# or "FAILED"; exit 1 when any step failed.
#   bash deploy/check-deploy.sh            # publish into artifacts/publish/linux-x64, then check
#   bash deploy/check-deploy.sh --no-publish   # reuse the folder from an earlier run
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
OUT="$ROOT/artifacts/publish/linux-x64"
WORK="$(mktemp -d)"
failures=0
LAB_PID=""; RUN_PID=""
cleanup() {
  for pid in $RUN_PID $LAB_PID; do kill -TERM "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; done
  rm -rf "$WORK"
}
trap cleanup EXIT

ok() { echo "check-deploy: ok       $*"; }
skip() { echo "check-deploy: skipped  $*"; }
bad() { echo "check-deploy: FAILED   $*"; failures=$((failures + 1)); }

# 1. Self-contained linux-x64 publish: one folder, no SDK or runtime needed on the host.
if [ "${1:-}" != "--no-publish" ] || [ ! -x "$OUT/crawler" ]; then
  rm -rf "$OUT"
  if dotnet publish crawler/Crawler.Service/Crawler.Service.csproj -c Release -r linux-x64 --self-contained true \
       -o "$OUT" -nologo -v quiet -clp:ErrorsOnly >&2; then ok "publish: $OUT"; else bad "publish"; fi
fi
[ -x "$OUT/crawler" ] || { bad "no published crawler in $OUT"; exit 1; }
echo "check-deploy: size     $(du -sm "$OUT" | cut -f1) MB in $(find "$OUT" -type f | wc -l) files (Playwright driver $(du -sm "$OUT/.playwright" | cut -f1) MB)"

# 2. --version prints the version and, in a git clone, the commit it was built from.
version="$("$OUT/crawler" --version 2>&1)"
commit="$(git rev-parse --short=12 HEAD 2>/dev/null || true)"
if [ -n "$commit" ] && [ "$version" = "${version%+*}+$commit" ]; then ok "crawler --version: $version (HEAD $commit)"
elif [ -z "$commit" ] && [[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+ ]]; then ok "crawler --version: $version (no git here)"
else bad "crawler --version printed '$version', HEAD is '$commit'"; fi

# 3. The container's entrypoint, run directly against the published folder.
export CRAWLER_BIN="$OUT/crawler" CRAWLER_HOME="$WORK/home"
v2="$(sh deploy/container/entrypoint.sh --version 2>&1)"
[ "$v2" = "$version" ] && ok "entrypoint --version passes through" || bad "entrypoint --version printed '$v2'"
msg="$(CRAWLER_SOURCES_FILE="$WORK/missing.json" sh deploy/container/entrypoint.sh 2>&1)"; rc=$?
if [ $rc -eq 64 ] && [[ "$msg" == *"sources file"*"missing"* ]]; then ok "entrypoint without a sources file: exit 64, says so"; else bad "entrypoint without sources: exit $rc: $msg"; fi

# 4. A lab crawl with the published build, through the entrypoint (store and logs land in CRAWLER_HOME/data).
"$OUT/crawler" lab --write-sources "$WORK/lab-sources.json" > "$WORK/lab.out" 2>&1 &
LAB_PID=$!
for _ in $(seq 1 120); do [ -s "$WORK/lab-sources.json" ] && break; sleep 0.5; done
if [ -s "$WORK/lab-sources.json" ]; then
  if CRAWLER_SOURCES_FILE="$WORK/lab-sources.json" sh deploy/container/entrypoint.sh crawl --sources "$WORK/lab-sources.json" -s deepseek \
       > "$WORK/events.jsonl" 2> "$WORK/crawl.log"; then
    events=$(grep -c '"kind":"appeared"' "$WORK/events.jsonl")
    if [ "$events" -gt 0 ] && [ -f "$CRAWLER_HOME/data/crawler.db" ]; then ok "lab crawl (deepseek): $events appeared events, store at \$CRAWLER_HOME/data/crawler.db"
    else bad "lab crawl: $events events; data: $(ls "$CRAWLER_HOME/data" 2>&1)"; fi
  else bad "lab crawl failed: $(tail -5 "$WORK/crawl.log")"; fi

  # 5. The image's default command (run), bound as in a container: ready on 0.0.0.0, then a clean SIGTERM stop.
  port=$(( 20000 + RANDOM % 20000 ))
  CRAWLER_SOURCES_FILE="$WORK/lab-sources.json" CRAWLER_Diagnostics__BindAddress=0.0.0.0 CRAWLER_Diagnostics__Port=$port \
    CRAWLER_Logging__Format=json sh deploy/container/entrypoint.sh run > "$WORK/run.out" 2> "$WORK/run.log" &
  RUN_PID=$!
  ready=""
  for _ in $(seq 1 120); do
    if curl -fsS "http://127.0.0.1:$port/health/ready" > "$WORK/ready.txt" 2>/dev/null; then ready=yes; break; fi
    sleep 0.5
  done
  if [ -n "$ready" ] && curl -fsS "http://127.0.0.1:$port/metrics" | grep -q '^crawler_sources_quarantined 0$'; then
    ok "entrypoint run: /health/ready 200 on 0.0.0.0:$port, /metrics serves the store gauges"
  else bad "entrypoint run: not ready: $(cat "$WORK/ready.txt" 2>/dev/null; tail -3 "$WORK/run.log")"; fi
  kill -TERM "$RUN_PID"; wait "$RUN_PID"; rc=$?; RUN_PID=""
  [ $rc -eq 0 ] && ok "entrypoint run: SIGTERM -> exit 0 (drained)" || bad "entrypoint run: SIGTERM -> exit $rc"
else
  bad "the lab did not start: $(tail -5 "$WORK/lab.out")"
fi

# 6. systemd unit: systemd-analyze verify, with ExecStart pointed at the published folder (the only change).
if command -v systemd-analyze >/dev/null; then
  sed "s|/opt/crawler/crawler|$OUT/crawler|" deploy/systemd/crawler.service > "$WORK/crawler.service"
  if out="$(systemd-analyze verify "$WORK/crawler.service" 2>&1)" && [ -z "$out" ]; then ok "systemd-analyze verify crawler.service"
  else bad "systemd-analyze verify: $out"; fi
else skip "systemd-analyze verify (systemd-analyze not installed: apt-get install systemd)"; fi

# 7. compose file: docker compose config, or Debian's docker-compose.
if docker compose version >/dev/null 2>&1; then compose=(docker compose); elif command -v docker-compose >/dev/null; then compose=(docker-compose); else compose=(); fi
if [ ${#compose[@]} -gt 0 ]; then
  if (cd deploy/compose && "${compose[@]}" --profile monitoring config -q); then ok "${compose[*]} config -q (deploy/compose)"; else bad "${compose[*]} config"; fi
else skip "compose config (no docker compose / docker-compose: apt-get install docker-compose)"; fi

# 8. Prometheus config and rules.
if command -v promtool >/dev/null; then
  if (cd deploy/compose/prometheus && promtool check config prometheus.yml >/dev/null); then ok "promtool check config + rules"; else bad "promtool check"; fi
else skip "promtool (apt-get install prometheus)"; fi

# 9. Kubernetes: the kustomization builds (no cluster: no server-side validation).
if command -v kubectl >/dev/null; then
  if n=$(kubectl kustomize deploy/k8s | grep -c '^kind:'); then ok "kubectl kustomize deploy/k8s: $n objects"; else bad "kubectl kustomize"; fi
else skip "kubectl kustomize (kubectl not installed)"; fi

# 10. The image itself needs a Docker engine.
if docker info >/dev/null 2>&1; then
  if docker build -q -f deploy/container/Dockerfile --build-arg CRAWLER_COMMIT="$commit" -t crawler:check . >/dev/null; then ok "docker build"; else bad "docker build"; fi
else skip "docker build (no Docker engine answers here)"; fi

[ $failures -eq 0 ] && echo "check-deploy: all checks that can run here passed" || echo "check-deploy: $failures failed"
exit $(( failures > 0 ))
