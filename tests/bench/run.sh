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
  bench_bare_cli bench_editor_start bench_submit bench_codec >/dev/null
bin=$build/bin
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME=$work XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data
export XDG_CACHE_HOME=$work/cache XDG_RUNTIME_DIR=$work/run DBUS_SESSION_BUS_ADDRESS=disabled:
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
draft=$work/big.leadopp.json
"$bin/gen_bigdraft" 5000 500 "$draft" --draft

# median_ms CMD...: median wall time of $runs runs of a whole process, in milliseconds.
median_ms() {
  local times=() start end
  for ((i = 0; i < runs; i++)); do
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    times+=($(((end - start) / 1000)))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.2f", a[int((NR+1)/2)]/1000}'
}

# median_paint_ms CMD...: median time from launching CMD to the first paint it reports (it
# prints the wall-clock time of that paint in microseconds since the epoch), in milliseconds.
median_paint_ms() {
  local times=() start painted
  for ((i = 0; i < runs; i++)); do
    start=$(date +%s%6N)
    painted=$("$@" 2>/dev/null | tail -1)
    times+=($((painted - start)))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.2f", a[int((NR+1)/2)]/1000}'
}

# peak_kb CMD...: the largest resident set of one run, in KiB.
peak_kb() {
  /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1
}

# compare NAME OURS BASE TARGET: one line with both figures, the ratio and the verdict.
compare() {
  awk -v n="$1" -v a="$2" -v b="$3" -v t="$4" 'BEGIN {
    r = a / b
    printf "%-46s %9.2f vs %9.2f   %6.2fx   target <= %sx   %s\n", n, a, b, r, t,
      (r <= t ? "ok" : "MISSED") }'
}

echo "Machine: $(nproc) cores, $(uname -m), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "Draft: 5,000 offer lines, 500 contacts, $(($(stat -c %s "$draft") / 1000)) KB; median of $runs runs"
echo
echo "== Whole processes (ms, ours vs baseline)"
if command -v jq >/dev/null; then
  jq_ms=$(median_ms jq -c . "$draft")
  compare "leadopp export vs jq -c ." "$(median_ms "$bin/leadopp" export "$draft")" "$jq_ms" 0.5
  compare "leadopp validate vs jq -c ." "$(median_ms "$bin/leadopp" validate "$draft")" "$jq_ms" 0.5
else
  echo "(jq not installed: export and validate ratios skipped)"
fi
compare "leadopp --help vs bare QCoreApplication" "$(median_ms "$bin/leadopp" --help)" \
  "$(median_ms "$bin/bench_bare_cli")" 2
bare_ms=$(median_paint_ms "$bin/bench_editor_start" --bare)
compare "editor start to first paint, draft vs empty" \
  "$(median_paint_ms "$bin/bench_editor_start" "$draft")" "$bare_ms" 3
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
