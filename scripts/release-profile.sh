#!/usr/bin/env bash
# Measure the release profile step by step: each variant is built (the app and the empty
# eframe window of examples/empty_window.rs), then sizes and start-up times (launch to
# first frame drawn and the window closed, under one Xvfb server, runs interleaved) are
# printed side by side. Slow: one full release build per variant.
#   bash scripts/release-profile.sh            # all variants
#   VARIANTS="base tuned" bash scripts/release-profile.sh
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-9}
variants=${VARIANTS:-"base lto cgu1 strip abort"}

# Each variant adds one step to the one before; `tuned` is what Cargo.toml ships.
settings() {
  case "$1" in
    base) echo "LTO=false CODEGEN_UNITS=16 STRIP=none PANIC=unwind" ;;
    lto) echo "LTO=fat CODEGEN_UNITS=16 STRIP=none PANIC=unwind" ;;
    cgu1) echo "LTO=fat CODEGEN_UNITS=1 STRIP=none PANIC=unwind" ;;
    strip) echo "LTO=fat CODEGEN_UNITS=1 STRIP=symbols PANIC=unwind" ;;
    abort) echo "LTO=fat CODEGEN_UNITS=1 STRIP=symbols PANIC=abort" ;;
    tuned) echo "" ;;
    *) echo "unknown variant $1" >&2; exit 2 ;;
  esac
}

declare -A app empty secs
for v in $variants; do
  env_args=()
  for kv in $(settings "$v"); do env_args+=("CARGO_PROFILE_RELEASE_$kv"); done
  dir="target/profiles/$v"
  start=$(date +%s)
  env "${env_args[@]}" CARGO_TARGET_DIR="$dir" \
    cargo build --release --locked --bin codi-workshop --example empty_window >&2
  secs[$v]=$(($(date +%s) - start))
  app[$v]="$dir/release/codi-workshop"
  empty[$v]="$dir/release/examples/empty_window"
done

# Start-up: launch, draw one frame, close. Median of $runs runs, interleaved.
display=:97
Xvfb $display -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
ms() { # command... -> milliseconds
  local t0 t1
  t0=$(date +%s%N)
  DISPLAY=$display "$@" >/dev/null 2>&1
  t1=$(date +%s%N)
  echo $(((t1 - t0) / 1000000))
}
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
declare -A tapp tempty
home=$(mktemp -d)
for _ in $(seq "$runs"); do
  for v in $variants; do
    tapp[$v]+=" $(HOME=$home XDG_DATA_HOME=$home ms "${app[$v]}" --quit-after-frames 1)"
    tempty[$v]+=" $(HOME=$home ms "${empty[$v]}" 1)"
  done
done
rm -rf "$home"

printf '%-7s %-52s %9s %9s %9s %9s %7s\n' variant settings "app MB" "app ms" "empty MB" "empty ms" "build s"
for v in $variants; do
  mb() { awk -v b="$(stat -c %s "$1")" 'BEGIN {printf "%.1f", b / 1048576}'; }
  printf '%-7s %-52s %9s %9s %9s %9s %7s\n' "$v" "$(settings "$v" | tr ' ' ',')" \
    "$(mb "${app[$v]}")" "$(echo "${tapp[$v]}" | median)" \
    "$(mb "${empty[$v]}")" "$(echo "${tempty[$v]}" | median)" "${secs[$v]}"
done
