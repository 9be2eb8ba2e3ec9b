#!/usr/bin/env bash
# Publishes the `safeguards` command ReadyToRun: its own code, Roslyn and the other libraries are compiled
# to native code ahead of time, so a command starts without JIT-compiling Roslyn (a cold `safeguards build`
# of 100 safeguards takes about half as long; docs/performance.md, "Compile time"). It still runs on the
# installed .NET 10 runtime (framework-dependent).
# Usage: bash scripts/publish-cli.sh [OUTPUT_DIR]     (default artifacts/cli; then: dotnet OUTPUT_DIR/safeguards.dll ...)
set -euo pipefail
cd "$(dirname "$0")/.."
output="${1:-artifacts/cli}"
case "$(uname -m)" in
  x86_64) rid=linux-x64 ;;
  aarch64 | arm64) rid=linux-arm64 ;;
  *) echo "publish-cli: no ReadyToRun runtime identifier known for $(uname -m); use 'dotnet build' instead" >&2; exit 2 ;;
esac
dotnet publish compiler/Safeguards.Cli -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -o "$output" -nologo -v quiet
echo "published ReadyToRun ($rid) to $output: run it with 'dotnet $output/safeguards.dll'"
