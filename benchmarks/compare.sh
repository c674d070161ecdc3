#!/usr/bin/env bash
# Two Torv binaries on the same generated site, alternating, cold: wall time, CPU (user + sys) and
# peak RSS per run. For before/after figures of a change (the output folders are kept to diff -r).
#   benchmarks/compare.sh SITE RUNS BINARY_A BINARY_B
#   e.g. python3 benchmarks/generate.py 10000 /tmp/g10000 && benchmarks/compare.sh /tmp/g10000 3 old/torv .build/release/torv
set -euo pipefail
site=$1; runs=$2; a=$3; b=$4
for r in $(seq 1 "$runs"); do
  for bin in "$a" "$b"; do
    out="$site.out-$(echo "$bin" | tr '/' '_')"
    rm -rf "$out"
    /usr/bin/time -f "%e %U %S %M" -o "$site.time" "$bin" build --content "$site/content" --templates "$site/templates" \
      --output "$out" --today 2026-11-22 >/dev/null 2>&1 || echo "failed: $bin"
    read -r wall user sys rss < "$site.time"
    echo "$bin run $r: wall $wall s, CPU $(echo "$user + $sys" | bc) s, peak RSS $((rss / 1024)) MB"
  done
done
