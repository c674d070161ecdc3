#!/usr/bin/env bash
# The time `torv serve` takes to rebuild after one page's text is edited.
#   benchmarks/incremental.sh TORV_BINARY CONTENT_DIR TEMPLATES_DIR PAGE_FILE [EDITS]
# Prints each rebuild's time as serve reports it (the work after the change is noticed; the
# watcher looks five times a second) and the median.
set -uo pipefail
torv=$1; content=$2; templates=$3; page=$4; edits=${5:-5}
log=$(mktemp); port=$(( 20000 + RANDOM % 20000 ))
"$torv" serve --content "$content" --templates "$templates" --port "$port" --today 2026-11-22 >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -f "$log"' EXIT
for _ in $(seq 1 600); do grep -q "serving" "$log" && break; sleep 0.1; done
grep "rebuilt" "$log" | head -1 | sed 's/^/first build: /'
backup=$(mktemp); cp "$page" "$backup"
for i in $(seq 1 "$edits"); do
  before=$(grep -c "rebuilt" "$log")
  printf '\nEdit number %s.\n' "$i" >> "$page"
  for _ in $(seq 1 300); do [ "$(grep -c "rebuilt" "$log")" -gt "$before" ] && break; sleep 0.02; done
  grep "rebuilt" "$log" | tail -1
done
cp "$backup" "$page"; rm -f "$backup"
grep "rebuilt" "$log" | tail -n "$edits" | sed 's/.*rebuilt in \([0-9]*\) ms.*/\1/' | sort -n | awk '{a[NR]=$1} END {print "median one-file rebuild: " a[int((NR+1)/2)] " ms"}'
