#!/usr/bin/env bash
# Finds or builds livekit-server v1.13.5 for local runs. Sourced by ensure-deps.sh (defines
# ensure_livekit) and runnable on its own. The lookup order matches resolveLivekitBinary() in
# livekit-binary.ts: a livekit-server on PATH, then the cache.

LIVEKIT_VERSION="v1.13.5"

livekit_cache_bin() {
  echo "${VP_CACHE_DIR:-$HOME/.cache/virtual-plaza}/livekit/bin"
}

find_go() {
  if command -v go >/dev/null 2>&1; then
    command -v go
  elif [ -x /usr/local/go/bin/go ]; then
    echo /usr/local/go/bin/go
  else
    return 1
  fi
}

# Prints the binary's path on stdout (progress goes to stderr); returns 1 with a message when
# there is no binary and no Go to build one.
ensure_livekit() {
  local bin_dir go gopath gocache gomodcache goproxy
  bin_dir="$(livekit_cache_bin)"

  if command -v livekit-server >/dev/null 2>&1; then
    command -v livekit-server
    return 0
  fi
  if [ -x "$bin_dir/livekit-server" ]; then
    echo "$bin_dir/livekit-server"
    return 0
  fi

  if ! go="$(find_go)"; then
    cat >&2 <<EOF
livekit-server: not found on PATH nor in $bin_dir, and Go is not installed to build it.
  Get it one of these ways, then re-run:
  - install Go 1.26 (https://go.dev/dl/) and re-run this script: it builds livekit-server $LIVEKIT_VERSION once;
  - LiveKit's install script: curl -sSL https://get.livekit.io | bash
  - or run everything in Docker instead: docker compose up
EOF
    return 1
  fi

  # Resolve Go's own paths in the caller's environment, then build in a clean one: a stray
  # REDIS_HOST, LIVEKIT_* or GOFLAGS must not change what gets built.
  gopath="$("$go" env GOPATH)"
  gocache="$("$go" env GOCACHE)"
  gomodcache="$("$go" env GOMODCACHE)"
  goproxy="$("$go" env GOPROXY)"
  mkdir -p "$bin_dir"
  echo "livekit-server: building $LIVEKIT_VERSION with $go (once; a few minutes on 2 cores)..." >&2
  if ! env -i \
    PATH="$(dirname "$go"):/usr/local/bin:/usr/bin:/bin" \
    HOME="$HOME" \
    GOPATH="$gopath" GOCACHE="$gocache" GOMODCACHE="$gomodcache" GOPROXY="$goproxy" \
    GOTOOLCHAIN=local GOBIN="$bin_dir" \
    "$go" install "github.com/livekit/livekit-server/cmd/server@$LIVEKIT_VERSION" >&2; then
    echo "livekit-server: the Go build failed (see above)" >&2
    return 1
  fi
  # go install names the binary after its package directory (cmd/server).
  mv -f "$bin_dir/server" "$bin_dir/livekit-server"
  echo "$bin_dir/livekit-server"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  ensure_livekit
fi
