#!/usr/bin/env bash
# Regenerates compiler/Safeguards.Runtime/PublicAPI.Unshipped.txt from the code (after a deliberate change
# to the runtime's public surface). Review the diff: every line is a type or member embedders can bind to.
set -euo pipefail
cd "$(dirname "$0")/../compiler/Safeguards.Runtime"
printf '#nullable enable\n' > PublicAPI.Unshipped.txt
dotnet build --no-incremental -v q -p:TreatWarningsAsErrors=false -p:WarningLevel=4 2>&1 \
  | grep -o "RS0016: Symbol '[^']*'" | sed -E "s/^RS0016: Symbol '//; s/'$//" | sort -u >> PublicAPI.Unshipped.txt
# Removed symbols (RS0017) are dropped by the rewrite above; a second build confirms the file is complete.
dotnet build -v q >/dev/null
echo "$(($(wc -l < PublicAPI.Unshipped.txt) - 1)) public API entries"
