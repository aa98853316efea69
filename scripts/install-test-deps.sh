#!/usr/bin/env bash
# Installs what the test suites need beyond the .NET SDK. Idempotent: each step checks before it installs.
set -euo pipefail
cd "$(dirname "$0")/.."
apt_updated=0
need_apt() {
  if [ "$apt_updated" = 0 ]; then apt-get update -qq >/dev/null; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}
command -v redis-server >/dev/null 2>&1 || need_apt redis-server
# The explorer's browser tests drive Debian's chromium (never Playwright's downloads); CJK fonts for the screenshots.
command -v chromium >/dev/null 2>&1 || need_apt chromium fonts-noto-cjk
# Node tools used by tests, one folder each so they never collide: tools/<name>/package.json
# (graphql-js reference runner, graphql-http audits, Cypher lint, the explorer's web build …).
for pkg in tools/*/package.json; do
  [ -f "$pkg" ] || continue
  dir=$(dirname "$pkg")
  if [ -f "$dir/package-lock.json" ]; then
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  else
    (cd "$dir" && npm install --no-audit --no-fund --loglevel=error >/dev/null)
  fi
done
