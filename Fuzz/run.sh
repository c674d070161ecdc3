#!/usr/bin/env bash
# Fuzz one of Torv's targets with libFuzzer (and AddressSanitizer), then fold the inputs that
# found new coverage back into the committed corpus.
#   Fuzz/run.sh page|data|markdown|template [SECONDS]      (default 600)
# Crashes and hangs are written to Fuzz/crashes/<target>-…; add each as a regression input under
# Fuzz/corpus/<target>/ once fixed (the test suite replays every corpus file).
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: Fuzz/run.sh page|data|markdown|template [SECONDS]}
seconds=${2:-600}
swift build -c release --product torv-fuzz --scratch-path .build-fuzz \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -parse-as-library >/dev/null
work=.build-fuzz/corpus/$target
mkdir -p "$work" Fuzz/crashes "Fuzz/corpus/$target"
TORV_FUZZ_TARGET=$target .build-fuzz/release/torv-fuzz "$work" "Fuzz/corpus/$target" \
  -max_total_time="$seconds" -max_len=16384 -timeout=10 -rss_limit_mb=4096 \
  -artifact_prefix="Fuzz/crashes/$target-" -print_final_stats=1 2>&1 | tail -n 25
# Keep only inputs that add coverage, and only small ones (the repository stays small).
TORV_FUZZ_TARGET=$target .build-fuzz/release/torv-fuzz -merge=1 -max_len=4096 "Fuzz/corpus/$target" "$work" 2>&1 | tail -n 2
