#!/usr/bin/env bash
# Installs what the VS Code end-to-end test needs (CI and developers alike; idempotent):
#   Debian: chromium (the browser), ripgrep (VS Code's search binary), and what code-server's native
#           modules build with (build-essential, python3, pkg-config, libkrb5-dev);
#   npm:    code-server 4.100.3 (VS Code 1.100.3; declares Node 20) and playwright-core, from e2e/package-lock.json;
#   the extension's own npm packages (vsce, esbuild) that build the .vsix.
# Nothing downloads a browser or a binary from GitHub: see "ripgrep" below.
set -euo pipefail
cd "$(dirname "$0")"
E2E="$(pwd)"

SUDO=""
if [ "$(id -u)" != "0" ] && command -v sudo >/dev/null; then SUDO="sudo"; fi
need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
# the fonts the screenshots are taken with (a Recommends of chromium, which are not installed: those are
# desktop services, printing and Perl, 85 of 123 packages on Debian 12, none used by a headless browser)
[ -d /usr/share/fonts/truetype/liberation ] || need_apt+=(fonts-liberation)
command -v rg >/dev/null || need_apt+=(ripgrep)
command -v make >/dev/null && command -v g++ >/dev/null || need_apt+=(build-essential)
command -v pkg-config >/dev/null || need_apt+=(pkg-config)
[ -f /usr/include/gssapi/gssapi.h ] || need_apt+=(libkrb5-dev) # code-server's `kerberos` module
command -v node >/dev/null && command -v npm >/dev/null || need_apt+=(nodejs npm)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "e2e setup: apt-get install ${need_apt[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi
node_major="$(node -p 'process.versions.node.split(".")[0]')"
if [ "$node_major" != "20" ]; then
  echo "e2e setup: code-server 4.100.3 needs Node 20 (this is Node $node_major)" >&2
  exit 1
fi

# ripgrep: VS Code's @vscode/ripgrep downloads `rg` from GitHub in its install step, which fails
# offline. Its own download cache ($TMPDIR/vscode-ripgrep-cache-<version>/<asset>.tar.gz, looked at
# before any download: lib/download.js) is seeded with Debian's binary, in a TMPDIR of our own used
# only for this install. Debian's ripgrep 13.0.0 is the release @vscode/ripgrep 1.15.11 ships (v13.0.0-10).
rg_version="$(rg --version | awk 'NR == 1 {print $2}')"  # awk reads it all: head would close the pipe early and, with pipefail, a SIGPIPE'd rg fails the script
case "$rg_version" in 13.*) ;; *) echo "e2e setup: warning: Debian's ripgrep is $rg_version, VS Code expects 13.x" >&2 ;; esac
export TMPDIR="$E2E/.cache/tmp"
rg_cache="$TMPDIR/vscode-ripgrep-cache-1.15.11"
mkdir -p "$rg_cache"
stage="$(mktemp -d)"
cp "$(command -v rg)" "$stage/rg"
tar -czf "$rg_cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$stage" rg
rm -rf "$stage"

if [ ! -x node_modules/.bin/code-server ] || ! cmp -s package-lock.json node_modules/.package-lock-copy.json; then
  echo "e2e setup: npm ci (code-server builds its native modules: about a minute)"
  # code-server's postinstall refuses root without unsafe-perm; node-pty's build runs `npx node-gyp`,
  # which waits for a confirmation without npm_config_yes
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm_config_unsafe_perm=true npm_config_yes=true \
    npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.package-lock-copy.json
fi
rg_bin="node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg"
if ! cmp -s "$rg_bin" "$(command -v rg)"; then
  echo "e2e setup: $rg_bin is not Debian's ripgrep" >&2
  exit 1
fi

if [ ! -x ../node_modules/.bin/vsce ] || [ ! -x ../node_modules/.bin/vitest ]; then
  (cd .. && npm ci --no-audit --no-fund --loglevel=error)
fi
echo "e2e setup: ready (code-server $(node -p 'require("./node_modules/code-server/package.json").version'), $(chromium --version 2>/dev/null | sed -n 1p))"
