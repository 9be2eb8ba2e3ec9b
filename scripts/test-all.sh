#!/usr/bin/env bash
# Runs every test of the project on a fresh machine: it installs what the tests need first.
# Usage: bash scripts/test-all.sh        (CI runs exactly this, through .ci/run)
# Every step runs even when an earlier one failed; the summary at the end says which passed and which
# failed, and the exit code is non-zero when any failed.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD
mkdir -p "$root/artifacts"
# Compiled packs the tests build go to a cache of this run, not the user's (~/.cache/safeguards).
export SAFEGUARDS_CACHE="${SAFEGUARDS_CACHE:-$root/artifacts/pack-cache}"

summary=()
failures=0
# step NAME FUNCTION: runs FUNCTION in a subshell with -e (a failing command ends the step, not the run)
# and records the outcome. Not called as an `if` condition: bash ignores -e there.
step() {
  local name="$1" started=$SECONDS rc
  printf '\n=== %s\n' "$name"
  (set -euo pipefail; "$2")
  rc=$?
  if [ $rc -eq 0 ]; then
    summary+=("PASS  $name ($((SECONDS - started)) s)")
  else
    summary+=("FAIL  $name (exit $rc, $((SECONDS - started)) s)")
    failures=$((failures + 1))
    printf '=== FAILED (exit %d): %s\n' "$rc" "$name"
  fi
}

safeguards() { dotnet "$root/compiler/Safeguards.Cli/bin/Release/net10.0/safeguards.dll" "$@"; }

machine_packages() {
  bash scripts/install-test-deps.sh
}

dotnet_tests() {
  dotnet build Safeguards.sln -c Release -warnaserror
  dotnet test Safeguards.sln -c Release --no-build 2>&1 | tee "$root/artifacts/dotnet-test.log" | grep -E "^(Passed!|Failed!|  Failed |Test Run|Total tests|\s+Passed:|\s+Failed:)" || true
  if grep -qE "^Failed!|  Failed " "$root/artifacts/dotnet-test.log"; then echo "dotnet test failed"; return 1; fi
  grep -qE "^Passed!" "$root/artifacts/dotnet-test.log" || { echo "dotnet test ran no tests"; return 1; }
}

rule_packs() {
  safeguards check rules
  safeguards test rules --junit "$root/artifacts/fixtures.junit.xml"
  safeguards test rules --engine compiled
  safeguards catalogue rules -o docs/catalogue.md --check
  safeguards fmt --check rules
}

embedding_example() {
  safeguards build rules -o examples/Embedding/pack
  dotnet run --project examples/Embedding -c Release -- examples/cases > "$root/artifacts/embedding.txt"
  tail -3 "$root/artifacts/embedding.txt"
}

published_cli() {
  bash scripts/publish-cli.sh "$root/artifacts/cli"
  dotnet "$root/artifacts/cli/safeguards.dll" build rules -o "$root/artifacts/cli-build"
}

html_report() {
  bash tests/browser/run.sh
}

vscode_extension() {
  [ -d vscode-extension ] || return 0
  (cd vscode-extension && npm ci --no-audit --no-fund && npm run build && npm test && npm run test:grammar \
    && npm run bundle-server && npm run package:ci)
  bash vscode-extension/test/e2e/run.sh --vsix "$(ls vscode-extension/safeguards-*.vsix)"
}

benchmark_short() {
  dotnet bench/Safeguards.Bench.Eval/bin/Release/net10.0/Safeguards.Bench.Eval.dll --short --report "$root/artifacts/bench-eval-short.md" | tail -1
}

step "Machine packages the tests need (Neovim as a second LSP client, Chromium for browser tests)" machine_packages
step ".NET: build and test every project" dotnet_tests
step "Rule packs: check and fixtures, with the interpreter and with the compiled pack" rule_packs
step "Embedding example: build the pack, run the example that references it" embedding_example
step "The tool published ReadyToRun (scripts/publish-cli.sh) builds the bundled packs" published_cli
step "HTML report in headless Chromium: summary, timelines, filters, no network" html_report
step "VS Code extension: unit and grammar tests, bundle the server, package (no network), end-to-end in code-server" vscode_extension
step "Evaluation benchmark, short mode: the four implementations agree; batch and compile benchmarks run" benchmark_short

printf '\n=== Summary\n'
for line in "${summary[@]}"; do echo "$line"; done
if [ -f "$root/artifacts/dotnet-test.log" ]; then
  passed=$(grep -oE "Passed: +[0-9]+" "$root/artifacts/dotnet-test.log" | awk '{s+=$2} END {print s+0}')
  failed=$(grep -oE "Failed: +[0-9]+" "$root/artifacts/dotnet-test.log" | awk '{s+=$2} END {print s+0}')
  echo "dotnet: $passed passed, $failed failed"
fi
if [ $failures -gt 0 ]; then
  echo "$failures of ${#summary[@]} steps failed"
  exit 1
fi
echo "all ${#summary[@]} steps passed"
