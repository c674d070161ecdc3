#!/usr/bin/env bash
# The site is never lost: builds of a 1,000-page site are killed with SIGKILL at random moments,
# 20 times in a row. After each kill, site/ must be exactly one complete earlier build (version A
# or B, never a mix), and the next build must clean up what the killed one left. Then two builds
# started at once: the output must again be complete.
#   .ci/kill-test.sh [TORV_BINARY] [RUNS]
set -uo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
torv=${1:-$repo/.build/debug/torv}
runs=${2:-20}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$repo/benchmarks/generate.py" 1000 "$work/a" >/dev/null
cp -r "$work/a" "$work/b"
sed -i 's/Socialøkonomi i Kolding/Socialøkonomi i Kolding (B)/' "$work/b/content/site.yaml"
out="$work/site"
build() { "$torv" build --content "$work/$1/content" --templates "$work/$1/templates" --output "$out" --today 2026-11-22 >/dev/null 2>&1; }
digest() { (cd "$out" && find . -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16); }
build b || { echo "kill-test: the first build failed"; exit 1; }
hash_b=$(digest)
start=$(date +%s%N); build a; duration=$(( ($(date +%s%N) - start) / 1000000 )); hash_a=$(digest)
echo "kill-test: a full build takes $duration ms; killing at random moments within twice that"
passed=0; failed=0; swapped=0; previous=$hash_a
for i in $(seq 1 "$runs"); do
  version=$([ $((i % 2)) = 0 ] && echo a || echo b)
  # Up to twice a full build: a killed build often runs slower (it first removes what the last one left),
  # and kills after the swap must happen too.
  delay=$(( RANDOM % (2 * duration + 200) ))
  "$torv" build --content "$work/$version/content" --templates "$work/$version/templates" --output "$out" --today 2026-11-22 >/dev/null 2>&1 &
  pid=$!
  sleep "$(awk -v ms="$delay" 'BEGIN { printf "%.3f", ms / 1000 }')"
  kill -9 "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
  now=$(digest)
  if [ "$now" = "$hash_a" ] || [ "$now" = "$hash_b" ]; then
    passed=$((passed + 1)); [ "$now" != "$previous" ] && swapped=$((swapped + 1))
  else
    failed=$((failed + 1)); echo "kill-test: run $i (killed after $delay ms): site/ is not a complete build"
  fi
  previous=$now
done
echo "kill-test: $swapped of $runs killed builds had already swapped in their site; the others left the previous one"
# The next build removes the leftovers of killed builds.
build a
left=$(find "$work" -maxdepth 1 -name '.site.torv-tmp-*' | wc -l)
[ "$left" = 0 ] && [ "$(digest)" = "$hash_a" ] && passed=$((passed + 1)) || { failed=$((failed + 1)); echo "kill-test: $left leftovers remain"; }
# Two builds at once: one may be told to wait; the result is complete.
build a & p1=$!; build b & p2=$!; wait $p1; r1=$?; wait $p2; r2=$?
now=$(digest)
if { [ "$now" = "$hash_a" ] || [ "$now" = "$hash_b" ]; } && [ $((r1 + r2)) -le 1 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "kill-test: concurrent builds ($r1, $r2) left an incomplete site"; fi
echo "kill-test: $passed passed, $failed failed"
[ "$failed" = 0 ]
