#!/usr/bin/env bash
# Runs every test of the project on a fresh machine: it installs what the tests need first.
# Usage: bash scripts/test-all.sh        (CI runs exactly this, through .ci/run)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
mkdir -p "$root/artifacts"

step() { printf '\n=== %s\n' "$*"; }

step "Machine packages the tests need (Neovim as a second LSP client, Chromium for browser tests)"
bash scripts/install-test-deps.sh

step ".NET: build and test every project"
dotnet build Safeguards.sln -c Release -warnaserror
dotnet test Safeguards.sln -c Release --no-build 2>&1 | tee "$root/artifacts/dotnet-test.log" | grep -E "^(Passed!|Failed!|  Failed |Test Run|Total tests|\s+Passed:|\s+Failed:)" || true
if grep -qE "^Failed!|  Failed " "$root/artifacts/dotnet-test.log"; then echo "dotnet test failed"; exit 1; fi

step "Rule packs: check and fixtures, with the interpreter and with the compiled pack"
safeguards() { dotnet "$root/compiler/Safeguards.Cli/bin/Release/net10.0/safeguards.dll" "$@"; }
safeguards check rules
safeguards test rules --junit "$root/artifacts/fixtures.junit.xml"
safeguards test rules --engine compiled
safeguards catalogue rules -o docs/catalogue.md --check
safeguards fmt --check rules

step "Embedding example: build the pack, run the example that references it"
safeguards build rules -o examples/Embedding/pack
dotnet run --project examples/Embedding -c Release -- examples/cases > "$root/artifacts/embedding.txt"
tail -3 "$root/artifacts/embedding.txt"

step "The tool published ReadyToRun (scripts/publish-cli.sh) builds the bundled packs"
bash scripts/publish-cli.sh "$root/artifacts/cli"
dotnet "$root/artifacts/cli/safeguards.dll" build rules -o "$root/artifacts/cli-build"

step "HTML report in headless Chromium: summary, timelines, filters, no network"
bash tests/browser/run.sh

step "VS Code extension: unit and grammar tests, bundle the server, package (no network), end-to-end in code-server"
if [ -d vscode-extension ]; then
  (cd vscode-extension && npm ci --no-audit --no-fund && npm run build && npm test && npm run test:grammar \
    && npm run bundle-server && npm run package:ci)
  bash vscode-extension/test/e2e/run.sh --vsix "$(ls vscode-extension/safeguards-*.vsix)"
fi

step "Evaluation benchmark, short mode: the four implementations agree; batch and compile benchmarks run"
dotnet bench/Safeguards.Bench.Eval/bin/Release/net10.0/Safeguards.Bench.Eval.dll --short --report "$root/artifacts/bench-eval-short.md" | tail -1

step "Summary"
passed=$(grep -oE "Passed: +[0-9]+" "$root/artifacts/dotnet-test.log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE "Failed: +[0-9]+" "$root/artifacts/dotnet-test.log" | awk '{s+=$2} END {print s+0}')
echo "dotnet: $passed passed, $failed failed"
