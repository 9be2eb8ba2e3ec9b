#!/usr/bin/env bash
# Browser test of the HTML report: headless Debian chromium driven by playwright-core.
# Usage: tests/browser/run.sh        (from anywhere; artefacts go to artifacts/report/)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"

if ! command -v chromium >/dev/null 2>&1; then
  echo "installing Debian's chromium (apt)" >&2
  if [ "$(id -u)" -eq 0 ]; then apt-get install -y chromium >/dev/null; else sudo apt-get install -y chromium >/dev/null; fi
fi

cd "$here"
# playwright-core never downloads a browser by itself; the variable makes sure nothing else does either.
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error >/dev/null

dotnet build "$repo/compiler/Safeguards.Cli/Safeguards.Cli.csproj" -nologo -v quiet >/dev/null
export SAFEGUARDS_DLL="$repo/compiler/Safeguards.Cli/bin/Debug/net10.0/safeguards.dll"
export CHROMIUM="${CHROMIUM:-$(command -v chromium)}"
exec node "$here/report.test.mjs"
