#!/usr/bin/env bash
# Runs a GUI test binary where Qt's AT-SPI bridge is live, as a screen reader meets the
# editor: an X server, a D-Bus session with the accessibility bus, and Qt's bridge on.
#   a11y_session.sh TEST_BINARY [ARGS...]       (exits 77 when a tool is missing)
set -euo pipefail

launcher=/usr/libexec/at-spi-bus-launcher
if [ "${1:-}" = "--inside" ]; then
  shift
  "$launcher" --launch-immediately >/dev/null 2>&1 &
  bus=$!
  command -v openbox >/dev/null && { openbox >/dev/null 2>&1 & }
  trap 'kill $bus 2>/dev/null || true; jobs -p | xargs -r kill 2>/dev/null || true' EXIT
  for _ in $(seq 100); do
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
      org.freedesktop.DBus.NameHasOwner string:org.a11y.Bus 2>/dev/null | grep -q true && break
    sleep 0.1
  done
  "$@"
  exit
fi

for tool in xvfb-run dbus-run-session dbus-send "$launcher"; do
  command -v "$tool" >/dev/null || { echo "skipped: $tool is missing"; exit 77; }
done
export QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 LEADOPP_REQUIRE_ACCESSIBILITY=1
exec xvfb-run -a -s '-screen 0 1400x900x24' dbus-run-session -- "$0" --inside "$@"
