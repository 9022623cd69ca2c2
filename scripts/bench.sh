#!/usr/bin/env bash
# Benchmark: partnereval report against a plain Python script and jq on the same data,
# built with `partnereval demo` at 10k, 100k and 1M responses. Prints wall time, throughput
# and peak memory, and the ratios. Needs python3, jq and GNU time (/usr/bin/time).
#
#   bash scripts/bench.sh [SIZES...]      e.g. bash scripts/bench.sh 10000 100000
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-10000 100000 1000000}")
read -r -a sizes <<< "${sizes[*]}"
work="${BENCH_DIR:-/tmp/partnereval-bench}"
cargo build --release --quiet
bin="$PWD/target/release/partnereval"
mkdir -p "$work"

# measure NAME COMMAND...: runs it RUNS times (default 3; the machine is shared and noisy),
# prints "NAME median_seconds peak_MB"
measure() {
  local name="$1"; shift
  local times=() peak=0 out
  for _ in $(seq "${RUNS:-3}"); do
    out=$( { /usr/bin/time -f "%e %M" "$@" > /dev/null; } 2>&1 | tail -n 1 )
    times+=("${out%% *}")
    (( ${out##* } > peak )) && peak=${out##* }
  done
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (${#times[@]} + 1) / 2 ))p")
  printf '%s %s %s\n' "$name" "$median" "$(( peak / 1024 ))"
}

printf '%-10s %-28s %9s %14s %10s %9s %8s\n' size tool seconds responses/s MB/s peak_MB ratio
for n in "${sizes[@]}"; do
  bundle="$work/bundle-$n"
  if [ ! -f "$bundle/responses/demo.ndjson" ]; then
    rm -rf "$bundle"
    "$bin" demo "$bundle" -n "$n" --bundle > /dev/null
  fi
  ndjson="$bundle/responses/demo.ndjson"
  bytes=$(stat -c %s "$ndjson")
  runs=(
    "partnereval-ndjson|$bin report $bundle --format json"
    "python-ndjson|python3 scripts/bench_python.py $ndjson"
    "jq-ndjson|jq -c .answers $ndjson"
  )
  files=""
  if [ "$n" -le 100000 ]; then
    files="$work/files-$n"
    if [ ! -d "$files/responses" ]; then
      rm -rf "$files"
      "$bin" demo "$files" -n "$n" > /dev/null
    fi
    runs+=("partnereval-files|$bin report $files --format json" "python-files|python3 scripts/bench_python.py $files/responses")
  fi
  base=""
  for run in "${runs[@]}"; do
    name="${run%%|*}"; cmd="${run#*|}"
    # warm the page cache so every tool reads from memory
    cat "$ndjson" > /dev/null
    if [ -d "${files:-}/responses" ]; then find "$files/responses" -name '*.json' -exec cat {} + > /dev/null; fi
    read -r _ secs peak < <(measure "$name" $cmd)
    case "$name" in partnereval-*) base_for_kind="$secs" ;; esac
    if [ "$name" = partnereval-ndjson ] || [ "$name" = partnereval-files ]; then base="$secs"; fi
    rate=$(python3 -c "print(f'{$n/$secs:,.0f}' if $secs > 0 else '-')")
    mbs=$(python3 -c "print(f'{$bytes/1e6/$secs:,.0f}' if $secs > 0 else '-')")
    ratio=$(python3 -c "print(f'{$secs/$base:.1f}x' if $base and $base > 0 else '-')")
    printf '%-10s %-28s %9s %14s %10s %9s %8s\n' "$n" "$name" "$secs" "$rate" "$mbs" "$peak" "$ratio"
  done
done
