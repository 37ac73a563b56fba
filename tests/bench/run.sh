#!/usr/bin/env bash
# Builds the benchmark suite and prints every figure beside its target. Each target is a
# ratio against a baseline measured in the same run (or a time measured as thread CPU time),
# so the figures mean the same on a slow or busy machine.
#
#   tests/bench/run.sh            # configure build-bench (Release), build, run everything
#   BUILD_DIR=build RUNS=21 tests/bench/run.sh
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
build=${BUILD_DIR:-$root/build-bench}
runs=${RUNS:-15}
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
export QT_LOGGING_RULES="qt.qpa.*=false"

if [[ ! -f $build/CMakeCache.txt ]]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DLEADOPP_BUILD_BENCHMARKS=ON >/dev/null
fi
cmake --build "$build" --target leadopp bench_bigrecord bench_errormapper gen_bigdraft \
  bench_bare_cli bench_editor_start bench_submit bench_codec bench_spawn >/dev/null
bin=$build/bin
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME=$work XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data
export XDG_CACHE_HOME=$work/cache XDG_RUNTIME_DIR=$work/run DBUS_SESSION_BUS_ADDRESS=disabled:
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
draft=$work/big.leadopp.json
"$bin/gen_bigdraft" 5000 500 "$draft" --draft

# One run of CMD, in microseconds: until it exits (run_us), or from its launch to the first
# paint it reports, printing the wall-clock time of that paint in microseconds since the
# epoch (paint_us). bench_spawn starts it and reads the clock: timed by the shell, every
# run carried the shell's own cost of starting a program (see bench_spawn.cpp).
run_us() {
  "$bin/bench_spawn" "$@" || echo 0
}
paint_us() {
  "$bin/bench_spawn" --paint "$@" || echo 0
}

# median_ms FILE: the median of the microsecond figures in FILE, in milliseconds.
median_ms() {
  sort -n "$1" | awk '{a[NR]=$1} END {printf "%.2f", a[int((NR+1)/2)]/1000}'
}

# paired NAME TARGET TIMER OURS... -- BASELINE...: $runs runs of each, alternating, so a busy
# spell of a shared machine slows both sides rather than one; then one compare line of the
# medians.
paired() {
  local name=$1 target=$2 timer=$3 ours=() base=()
  shift 3
  while [[ $1 != -- ]]; do ours+=("$1") && shift; done
  shift
  base=("$@")
  : >"$work/ours" && : >"$work/base"
  for ((i = 0; i < runs; i++)); do
    $timer "${ours[@]}" >>"$work/ours"
    $timer "${base[@]}" >>"$work/base"
  done
  compare "$name" "$(median_ms "$work/ours")" "$(median_ms "$work/base")" "$target"
}

# peak_kb CMD...: the largest resident set of one run, in KiB.
peak_kb() {
  /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1
}

# compare NAME OURS BASE TARGET: one line with both figures, the ratio and the verdict
# (TARGET "-": a figure to read beside another, with no target of its own).
compare() {
  awk -v n="$1" -v a="$2" -v b="$3" -v t="$4" 'BEGIN {
    r = a / b
    if (t == "-") {
      printf "%-46s %9.2f vs %9.2f   %6.2fx   (no target)\n", n, a, b, r
      exit
    }
    printf "%-46s %9.2f vs %9.2f   %6.2fx   target <= %sx   %s\n", n, a, b, r, t,
      (r <= t ? "ok" : "MISSED") }'
}

echo "Machine: $(nproc) cores, $(uname -m), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "Draft: 5,000 offer lines, 500 contacts, $(($(stat -c %s "$draft") / 1000)) KB; median of $runs runs of each side, alternating"
echo
echo "== Whole processes (ms, ours vs baseline)"
if command -v jq >/dev/null; then
  paired "leadopp export vs jq -c ." 0.5 run_us "$bin/leadopp" export "$draft" -- jq -c . "$draft"
  paired "leadopp validate vs jq -c ." 0.5 run_us "$bin/leadopp" validate "$draft" \
    -- jq -c . "$draft"
else
  echo "(jq not installed: export and validate ratios skipped)"
fi
paired "leadopp --help vs bare QCoreApplication" 2 run_us "$bin/leadopp" --help \
  -- "$bin/bench_bare_cli"
paired "editor start to first paint, draft vs empty" 3 paint_us \
  "$bin/bench_editor_start" "$draft" -- "$bin/bench_editor_start" --bare
# How much of that ratio the editor's own window takes, before any draft: its fonts, forms,
# menus, Problems list and first frame.
paired "  the editor without a draft vs empty" - paint_us "$bin/bench_editor_start" \
  -- "$bin/bench_editor_start" --bare
if [[ -x /usr/bin/time ]]; then
  bare_kb=$(peak_kb "$bin/bench_editor_start" --bare)
  editor_kb=$(peak_kb "$bin/bench_editor_start" "$draft")
  budget_kb=$((bare_kb + 20 * $(stat -c %s "$draft") / 1024))
  printf '%-46s %9d KiB, budget %d KiB (empty window %d + 20x file)   %s\n' \
    "editor peak memory with the draft" "$editor_kb" "$budget_kb" "$bare_kb" \
    "$([[ $editor_kb -le $budget_kb ]] && echo ok || echo MISSED)"
else
  echo "(/usr/bin/time not installed: peak memory skipped)"
fi
echo
echo "== In-process steps (thread CPU time, best of rounds)"
"$bin/bench_bigrecord" 2>/dev/null
echo
"$bin/bench_codec"
echo
"$bin/bench_errormapper"
echo
echo "== Submitting (wall time: the event loop against one frame)"
"$bin/bench_submit" 2>/dev/null
