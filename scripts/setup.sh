#!/usr/bin/env bash
# Installs everything the build and the tests need on a fresh Debian machine (run as root):
# Debian packages for code-server's native modules and for headless Chromium with a CJK font,
# the project's npm packages (nodejieba builds from source), and code-server 4.100.3 in .tools/.
# Idempotent: a second run only checks.
set -euo pipefail
cd "$(dirname "$0")/.."
export npm_config_yes=true   # nodejieba's and node-pty's install scripts call npx; without it npx is cancelled

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
[ -f /usr/include/krb5.h ] || [ -d /usr/include/krb5 ] || need_apt+=(libkrb5-dev)
fc-list 2>/dev/null | grep -qi 'wenquanyi\|wqy' || need_apt+=(fonts-wqy-microhei)
if ((${#need_apt[@]})); then
  echo "setup: apt-get install ${need_apt[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_apt[@]}" fontconfig >/dev/null
fi

if [ ! -d node_modules/nodejieba/build ] || [ ! -d node_modules/typescript ]; then
  echo "setup: npm ci"
  npm ci --no-audit --no-fund
fi

CS_DIR=.tools/code-server
if [ ! -x "$CS_DIR/node_modules/.bin/code-server" ]; then
  echo "setup: installing code-server 4.100.3 into $CS_DIR (about a minute)"
  mkdir -p "$CS_DIR"
  tmp=$(mktemp -d)
  # @vscode/ripgrep downloads rg from GitHub, which is unreachable here; it first looks for a cached
  # archive under $TMPDIR, so the binary from the npm package @vscode/ripgrep-linux-x64 is put there.
  mkdir -p "$tmp/vscode-ripgrep-cache-1.15.11"
  (cd "$tmp" && npm pack --silent @vscode/ripgrep-linux-x64@1.18.0 >/dev/null && tar xzf vscode-ripgrep-linux-x64-1.18.0.tgz)
  tar czf "$tmp/vscode-ripgrep-cache-1.15.11/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$tmp/package/bin" rg
  [ -f "$CS_DIR/package.json" ] || echo '{"name":"zhnews-code-server","private":true}' > "$CS_DIR/package.json"
  (cd "$CS_DIR" && TMPDIR=$tmp npm_config_unsafe_perm=true npm install --no-audit --no-fund --loglevel=error code-server@4.100.3)
  rm -rf "$tmp"
fi
echo "setup: done"
