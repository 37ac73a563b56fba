#!/usr/bin/env bash
# `cmake --install BUILD --prefix P` into a scratch prefix: every file a desktop needs is
# where the freedesktop specifications look for it, the PNG icons have their nominal size,
# and the installed executables start from P alone (their libraries found through $ORIGIN).
set -euo pipefail
build="$1"
prefix="$(mktemp -d)"
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null

status=0
expect() {
  if [ ! -s "$prefix/$1" ]; then
    echo "missing from the install: $1"
    status=1
  fi
}
expect bin/leadopp
expect bin/leadopp-editor
expect share/applications/leadopp-editor.desktop
expect share/metainfo/io.github.leadopp.editor.metainfo.xml
expect share/mime/packages/leadopp-editor.xml
expect share/icons/hicolor/scalable/apps/leadopp-editor.svg
for size in 16 22 24 32 48 64 128 256; do
  png="share/icons/hicolor/${size}x${size}/apps/leadopp-editor.png"
  expect "$png"
  if [ -s "$prefix/$png" ] && ! file "$prefix/$png" | grep -q "PNG image data, $size x $size,"; then
    echo "$png is not a ${size}x${size} PNG: $(file -b "$prefix/$png")"
    status=1
  fi
done
for ts in "$(dirname "$0")"/../../translations/leadopp_*.ts; do
  expect "share/leadopp/translations/$(basename "${ts%.ts}").qm"
done

# The build tree's RPATH is gone after install: a wrong install RPATH fails right here.
if ! version=$(env -u LD_LIBRARY_PATH "$prefix/bin/leadopp" --version); then
  echo "the installed leadopp does not start"
  status=1
elif [[ "$version" != leadopp\ * ]]; then
  echo "unexpected version line from the installed leadopp: $version"
  status=1
fi
# The network commands are a module loaded on first use: found from the install alone too.
if ! env -u LD_LIBRARY_PATH "$prefix/bin/leadopp" sandbox --help >/dev/null; then
  echo "the installed leadopp cannot load its network commands"
  status=1
fi
if ! env -u LD_LIBRARY_PATH QT_QPA_PLATFORM=offscreen "$prefix/bin/leadopp-editor" --version >/dev/null; then
  echo "the installed leadopp-editor does not start"
  status=1
fi
[ "$status" -eq 0 ] && echo "install tree complete under a scratch prefix"
exit "$status"
