#!/usr/bin/env bash
# Installs what the test suite needs besides the .NET SDK: NLM's UCUM reference implementation (npm @lhncbc/ucum-lhc),
# pinned by tests/UcumReference/package-lock.json. Idempotent: runs `npm ci` only when node_modules is missing or older
# than the lockfile.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
folder="$root/tests/UcumReference"
stamp="$folder/node_modules/.package-lock.json"

if ! command -v npm >/dev/null 2>&1; then
  echo "npm is not installed: install Node.js (e.g. apt-get install nodejs npm) and run $0 again." >&2
  exit 1
fi

if [ -f "$stamp" ] && [ "$stamp" -nt "$folder/package-lock.json" ]; then
  echo "tests/UcumReference: node_modules is up to date."
else
  echo "tests/UcumReference: npm ci"
  (cd "$folder" && npm ci --no-audit --no-fund)
fi
