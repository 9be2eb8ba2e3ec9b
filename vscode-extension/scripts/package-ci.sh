#!/usr/bin/env bash
# Packages the .vsix for CI and releases: requires the bundled server (server/ from bundle-server.sh),
# runs `vsce package` without any network (in a network namespace of its own when `unshare -n` is
# allowed, which proves that packaging needs nothing from the network), and checks the contents.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export SAFEGUARDS_REQUIRE_SERVER=1
rm -f safeguards-*.vsix
if unshare -n true 2>/dev/null; then
  echo "package-ci: vsce package with no network (unshare -n)"
  unshare -n -- npm run package
else
  echo "package-ci: 'unshare -n' is not allowed here; packaging with the network available (vsce package --no-dependencies needs none)"
  npm run package
fi
vsix="$(ls safeguards-*.vsix)"
listing="$(unzip -l "$vsix")"
for f in extension/package.json extension/dist/extension.js extension/syntaxes/safeguards.tmLanguage.json \
  extension/language-configuration.json extension/snippets/safeguards.code-snippets \
  extension/server/Safeguards.LanguageServer.dll extension/server/Safeguards.LanguageServer.runtimeconfig.json \
  extension/server/safeguards.dll extension/server/safeguards.runtimeconfig.json; do
  grep -q " $f\$" <<<"$listing" || { echo "package-ci: $vsix lacks $f" >&2; exit 1; }
done
if grep -qE " extension/(src|test|node_modules|out)/" <<<"$listing"; then
  echo "package-ci: $vsix contains sources, tests or node_modules" >&2; exit 1
fi
echo "package-ci: $vsix ($(du -h "$vsix" | cut -f1)) has the extension, the grammar and server/"
