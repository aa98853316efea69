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
# Node tools used by tests (graphql-js reference, graphql-http audits, Cypher lint): tools/package.json.
if [ -f tools/package.json ]; then
  (cd tools && if [ -f package-lock.json ]; then npm ci --no-audit --no-fund --loglevel=error; else npm install --no-audit --no-fund --loglevel=error; fi) >/dev/null
fi
