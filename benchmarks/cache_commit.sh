#!/bin/bash
# What `torv build --cache` saves on a one-page commit, as CI sees it.
#
#   benchmarks/cache_commit.sh [TORV] [PAGES] [COMMITS] [WORK]
#
# TORV: the program (default .build/release/torv; `make torv CONFIG=release` makes it). PAGES: the
# size of the generated site (default 10000, `benchmarks/generate.py`). COMMITS: how many one-page
# commits (default 5). WORK: a folder for the site and the outputs (default a new temporary folder,
# removed at the end; give one to keep the generated site between runs).
#
# Each commit appends a sentence to a random Danish page, then times three builds (wall, user and
# system CPU in seconds, peak RSS in KB, from /usr/bin/time):
#   - cached, same output: `--cache` into the output of the last build (its spare folder is reused);
#   - cached, new output:  `--cache` into a folder that does not exist yet (a fresh clone in CI);
#   - no cache:            the same commit without `--cache`, into its own output of the last build.
# Outputs are not deleted between runs: on this machine's ext4 without a journal, creating files just
# after deleting many costs seconds of system time (see the README's Performance section).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
torv=$(realpath "${1:-$root/.build/release/torv}")
pages=${2:-10000}
commits=${3:-5}
work=${4:-}
if [ -z "$work" ]; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work"
work=$(realpath "$work")
[ -d "$work/site/content" ] || python3 "$root/benchmarks/generate.py" "$pages" "$work/site" >/dev/null
args=(--content "$work/site/content" --templates "$work/site/templates" --today 2026-11-22)
timed() { { /usr/bin/time -f "%e s wall, %U user, %S sys, %M KB" "$torv" build "${args[@]}" "$@" >/dev/null; } 2>&1 | tail -1; }

# The builds before the first commit: the cache and the outputs of the last build.
"$torv" build "${args[@]}" --output "$work/cached" --cache "$work/cache" >/dev/null
"$torv" build "${args[@]}" --output "$work/cached" --cache "$work/cache" >/dev/null
"$torv" build "${args[@]}" --output "$work/uncached" >/dev/null
"$torv" build "${args[@]}" --output "$work/uncached" >/dev/null
cd "$work/site"
mapfile -t danish < <(find content -name '*.da.md' | sort)
for i in $(seq 1 "$commits"); do
  echo "Endnu en sætning $i." >> "${danish[$((RANDOM % ${#danish[@]}))]}"
  echo "commit $i"
  echo "  cached, same output: $(timed --output "$work/cached" --cache "$work/cache")"
  echo "  cached, new output:  $(timed --output "$work/new-$(date +%s%N)" --cache "$work/cache")"
  echo "  no cache:            $(timed --output "$work/uncached")"
done
