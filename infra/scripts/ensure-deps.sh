#!/usr/bin/env bash
# Installs what `npm start` (and, with --test, `npm test`) needs on a fresh Debian machine.
# Idempotent: when everything is in place it only checks, in well under a second.
# --node-modules-only installs node_modules and nothing else (the Docker image's build step).
set -euo pipefail

usage() { echo "usage: bash infra/scripts/ensure-deps.sh [--test | --node-modules-only]" >&2; }

with_test=0
node_modules_only=0
for arg in "$@"; do
  case "$arg" in
    --test) with_test=1 ;;
    --node-modules-only) node_modules_only=1 ;;
    -h | --help) usage; exit 0 ;;
    *) usage; exit 2 ;;
  esac
done

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
# shellcheck source=infra/scripts/ensure-livekit.sh
source infra/scripts/ensure-livekit.sh

is_root() { [ "$(id -u)" -eq 0 ]; }

apt_lists_empty() {
  ! compgen -G '/var/lib/apt/lists/*_Packages*' >/dev/null
}

# Installs Debian packages without starting their services: the plaza runs its own Redis on
# its own port, so the distribution's redis-server service must not come up on 6379 as a side
# effect (on a systemd host it stays enabled for the next boot, harmless: we never use 6379).
# policy-rc.d answering 101 is what Debian's maintainer scripts ask before starting a service.
apt_install() {
  local policy=/usr/sbin/policy-rc.d own_policy=0 status=0 log
  log="$(mktemp)"
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy"
    chmod 755 "$policy"
    own_policy=1
  fi
  export DEBIAN_FRONTEND=noninteractive
  # apt-get update only when needed: it is slow, and a fresh image may have no lists at all.
  if apt_lists_empty; then
    apt-get update >>"$log" 2>&1 || status=$?
  fi
  if [ "$status" -eq 0 ] && ! apt-get install -y "$@" >>"$log" 2>&1; then
    { apt-get update && apt-get install -y "$@"; } >>"$log" 2>&1 || status=$?
  fi
  if [ "$own_policy" -eq 1 ]; then rm -f "$policy"; fi
  if [ "$status" -ne 0 ]; then tail -n 20 "$log" >&2; fi
  rm -f "$log"
  return "$status"
}

# Ensures a program from a Debian package: present, installed as root, or a clear message.
ensure_program() {
  local program="$1" package="$2" path
  if path="$(command -v "$program")"; then
    echo "$program: ok ($path)"
    return 0
  fi
  if ! is_root; then
    echo "$program: missing; install the Debian package '$package' (sudo apt-get install -y $package) and re-run" >&2
    exit 1
  fi
  echo "$program: installing Debian package '$package'..."
  if ! apt_install "$package"; then
    echo "$program: 'apt-get install -y $package' failed" >&2
    exit 1
  fi
  path="$(command -v "$program")"
  echo "$program: ok ($path, installed)"
}

ensure_node_modules() {
  local stamp=node_modules/.vp-lock.sha256 want
  want="$(sha256sum package-lock.json | cut -d' ' -f1)"
  if [ -d node_modules ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    echo "node_modules: ok (matches package-lock.json)"
    return 0
  fi
  echo "node_modules: running npm ci..."
  local log
  log="$(mktemp)"
  if ! npm ci --no-audit --no-fund --loglevel=error >"$log" 2>&1; then
    # npm ci refuses a lock without an entry for every optional platform package (e.g. biome's
    # macOS and Windows builds); a registry that lacks those yields exactly such a lock. npm
    # install then installs the same versions from the lock; --no-save leaves the lock untouched.
    if grep -q 'can only install packages when your package.json and package-lock.json' "$log"; then
      grep -m 3 'Missing:\|Invalid:' "$log" | sed 's/^npm error /  /' >&2 || true
      echo "node_modules: npm ci refused package-lock.json (above); running npm install --no-save..." >&2
      npm install --no-save --no-audit --no-fund --loglevel=error
    else
      cat "$log" >&2
      rm -f "$log"
      exit 1
    fi
  fi
  rm -f "$log"
  echo "$want" >"$stamp"
  echo "node_modules: ok (installed)"
}

ensure_node_modules
if [ "$node_modules_only" -eq 1 ]; then exit 0; fi
ensure_program redis-server redis-server
if ! livekit_path="$(ensure_livekit)"; then
  exit 1
fi
echo "livekit-server: ok ($livekit_path)"

if [ "$with_test" -eq 1 ]; then
  # The weak-link test puts a browser in a network namespace and shapes its link (iproute2).
  ensure_program ip iproute2
  ensure_program tc iproute2
  # Playwright drives Debian's chromium at this exact path (see LIVEKIT.md, Browsers in tests).
  if [ -x /usr/bin/chromium ]; then
    echo "chromium: ok (/usr/bin/chromium)"
  elif ! is_root; then
    echo "chromium: missing; install the Debian package 'chromium' (sudo apt-get install -y chromium) and re-run" >&2
    exit 1
  else
    echo "chromium: installing Debian package 'chromium'..."
    if ! apt_install chromium || [ ! -x /usr/bin/chromium ]; then
      echo "chromium: 'apt-get install -y chromium' failed" >&2
      exit 1
    fi
    echo "chromium: ok (/usr/bin/chromium, installed)"
  fi
fi
