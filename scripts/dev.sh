#!/usr/bin/env bash
# One entry point for a fresh Debian 12 machine:
#   scripts/dev.sh editor [FILE...]  install what is missing, build, open the editor
#   scripts/dev.sh test              install what is missing, build, run every test
#   scripts/dev.sh build             install what is missing, build
#   scripts/dev.sh package           install what is missing, build, make and check the .deb
# Installing needs root: the script uses sudo when it is not run as root.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${LEADOPP_BUILD_DIR:-$ROOT/build}"
SEED="$ROOT/tests/data/drafts/rejected-submission.leadopp.json"

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_missing() {
  local wanted missing=()
  mapfile -t wanted < <(grep -v '^\s*#' "$ROOT/scripts/packages.txt" | grep -v '^\s*$')
  for package in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' \
      || missing+=("$package")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive \
      apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}

# One configuration for every command, so `editor` after `test` (or the other way round)
# rebuilds only what changed; warnings are errors in both, as in CI.
build() {
  cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DLEADOPP_WARNINGS_AS_ERRORS=ON >/dev/null
  cmake --build "$BUILD" -j "$(nproc)"
}

run_tests() {
  QT_QPA_PLATFORM=offscreen ctest --test-dir "$BUILD" --output-on-failure \
    -j "$(nproc)" --timeout 300
}

open_editor() {
  local files=("$@")
  [ "${#files[@]}" -gt 0 ] || files=("$SEED")
  if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display: starting the editor under Xvfb (close it with Ctrl+C)."
    exec xvfb-run -a -s '-screen 0 1400x900x24' "$BUILD/bin/leadopp-editor" "${files[@]}"
  fi
  exec "$BUILD/bin/leadopp-editor" "${files[@]}"
}

command="${1:-}"
shift || true
case "$command" in
  editor) install_missing; build; open_editor "$@" ;;
  test) install_missing; build; run_tests ;;
  build) install_missing; build ;;
  package) install_missing; build; "$ROOT/scripts/package.sh" "$BUILD" ;;
  *) echo "usage: scripts/dev.sh editor [FILE...] | test | build | package" >&2; exit 2 ;;
esac
