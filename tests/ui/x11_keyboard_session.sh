#!/usr/bin/env bash
# The bundled rejection fixed and resubmitted keyboard-only in a real X server with a
# window manager, as a rep would: xdotool types into the editor, the draft is saved and
# read back. Offscreen tests cannot show how a popup (a completion list) takes keys on a
# real display; this one can.
#   x11_keyboard_session.sh EDITOR DRAFT        (exits 77 when the X tools are missing)
set -euo pipefail

if [ "${1:-}" = "--inside" ]; then
  EDITOR="$2" WORK="$3"
  openbox >/dev/null 2>&1 &
  sleep 1
  HOME="$WORK" XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data" \
    "$EDITOR" "$WORK/draft.leadopp.json" >"$WORK/editor.log" 2>&1 &
  EDITOR_PID=$!
  trap 'kill $EDITOR_PID 2>/dev/null || true' EXIT
  window=$(timeout 30 xdotool search --sync --name "Lead Opportunity Editor" | head -1)
  xdotool windowactivate --sync "$window"
  sleep 1
  key() { xdotool key --delay 60 "$@"; sleep 0.3; }
  text() { xdotool type --delay 40 "$1"; sleep 0.3; }
  digest() { sha1sum "$WORK/draft.leadopp.json" | cut -d' ' -f1; }
  # Ctrl+S, then wait (at most 20 s) until the file on disk changed: a loaded machine may
  # take its time, and a fixed sleep would read the old file.
  save() {
    local before
    before=$(digest)
    key ctrl+s
    for _ in $(seq 100); do [ "$(digest)" != "$before" ] && return 0; sleep 0.2; done
    echo "the draft was not saved" >&2
    return 1
  }
  key F8; text "2025-09-30"        # close date, typed as ISO
  key F8; text "EUR"               # currency: the completion list opens
  key F8; text "12400"             # F8 closes the list; the amount cell gets every key
  key F8; text "R"                 # revenue type: Rental booking
  key F8; key F8                   # past the DUNS warning
  text "jana.albers@stanzwerk-nord.example"
  save
  cp "$WORK/draft.leadopp.json" "$WORK/typed.json"
  key ctrl+Return
  # The answer is recorded in the draft, which is then unsaved: save until it is on disk.
  for _ in $(seq 30); do
    sleep 1
    key ctrl+s
    grep -q '"status": 200' "$WORK/draft.leadopp.json" && break
  done
  exit 0
fi

for tool in xvfb-run xdotool openbox; do
  command -v "$tool" >/dev/null || { echo "SKIP: $tool is not installed"; exit 77; }
done
EDITOR="$1"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cp "$2" "$WORK/draft.leadopp.json"
xvfb-run -a -s "-screen 0 1400x900x24" "$0" --inside "$EDITOR" "$WORK"
python3 - "$WORK" <<'PY'
import json, sys
work = sys.argv[1]
typed = json.load(open(f"{work}/typed.json"))["record"]
expect = {
    "closeDate": (typed["leadOpportunity"].get("closeDate"), "2025-09-30T00:00:00.000Z"),
    "currency": (typed["leadOpportunity"].get("currency"), "EUR"),
    "amount": (typed["offerLines"][1].get("amount"), 12400),
    "revenueType": (typed["offerLines"][1].get("revenueType"), "RENTAL_BOOKING"),
    "email": (typed["customerContacts"][0].get("email"), "jana.albers@stanzwerk-nord.example"),
    "dunsNumber": (typed["customerLegalEntity"].get("dunsNumber"), "31567842"),
}
bad = {k: v for k, v in expect.items() if v[0] != v[1]}
submitted = json.load(open(f"{work}/draft.leadopp.json"))
last = submitted.get("submissions", [{}])[-1]
print("stored as typed:", "yes" if not bad else bad)
print("last submission:", last.get("status"), last.get("outcome"))
sys.exit(1 if bad or last.get("status") != 200 else 0)
PY
