#!/usr/bin/env bash
# Publishes the language server and the CLI (framework-dependent, net10.0) into vscode-extension/server/,
# which `vsce package` then puts in the .vsix. Run from anywhere: `npm run bundle-server`.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
root="$(cd "$here/.." && pwd)"
out="$here/server"
configuration="${CONFIGURATION:-Release}"

server_proj="$root/lsp/Safeguards.LanguageServer/Safeguards.LanguageServer.csproj"
cli_proj="$root/compiler/Safeguards.Cli/Safeguards.Cli.csproj"

fail() {
  echo "bundle-server: $*" >&2
  exit 1
}

command -v dotnet >/dev/null 2>&1 || fail "'dotnet' is not on PATH; install the .NET 10 SDK to build the server."
[ -f "$server_proj" ] || fail "the language server project $server_proj does not exist (yet). Build it first, or package without a server (the extension then reports that the server is missing)."
[ -f "$cli_proj" ] || fail "the CLI project $cli_proj does not exist."

rm -rf "$out"
mkdir -p "$out"

publish() {
  echo "bundle-server: dotnet publish $1"
  dotnet publish "$1" -c "$configuration" -o "$out" --nologo \
    -p:UseAppHost=false -p:SelfContained=false -p:GenerateDocumentationFile=false -p:DebugType=none \
    -p:SatelliteResourceLanguages=en
}

publish "$server_proj"
publish "$cli_proj"

for f in Safeguards.LanguageServer.dll Safeguards.LanguageServer.runtimeconfig.json safeguards.dll safeguards.runtimeconfig.json; do
  [ -f "$out/$f" ] || fail "expected $out/$f after publishing, but it is not there."
done
echo "bundle-server: server/ is ready ($(du -sh "$out" | cut -f1))."
