#!/usr/bin/env bash
# Builds both libFuzzer harnesses (error mapper, draft codec) with clang and runs each for
# SECONDS (default 600), one after the other, on a scratch copy of its seed corpus.
#   scripts/fuzz.sh [SECONDS]
# LEADOPP_FUZZ_BUILD_DIR picks the build folder (default build-fuzz), LEADOPP_FUZZ_WORK
# the scratch folder (default a new temporary one). Exit status 1 when a harness found
# something; its crash-* file stays in the scratch folder.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SECONDS_EACH="${1:-600}"
BUILD="${LEADOPP_FUZZ_BUILD_DIR:-$ROOT/build-fuzz}"
WORK="${LEADOPP_FUZZ_WORK:-$(mktemp -d)}"

CXX=clang++ cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DLEADOPP_FUZZ=ON -DLEADOPP_BUILD_GUI=OFF -DLEADOPP_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build "$BUILD" --target fuzz_errormapper fuzz_draftcodec

status=0
for harness in errormapper:corpus draftcodec:codec-corpus; do
  name="${harness%%:*}"
  seeds="$ROOT/tests/fuzz/${harness##*:}"
  mkdir -p "$WORK/$name/corpus"
  cp "$seeds"/* "$WORK/$name/corpus/"
  echo "== fuzz_$name for ${SECONDS_EACH}s (log: $WORK/$name/log.txt)"
  (cd "$WORK/$name" && "$BUILD/bin/fuzz_$name" -max_total_time="$SECONDS_EACH" -max_len=65536 \
     -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 corpus "$seeds" >log.txt 2>&1) \
    || status=1
  grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|#[0-9]+ +DONE)' \
    "$WORK/$name/log.txt" || true
  ls "$WORK/$name"/crash-* "$WORK/$name"/timeout-* "$WORK/$name"/oom-* 2>/dev/null || true
done
exit "$status"
