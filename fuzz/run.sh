#!/usr/bin/env bash
# Run one whosaid fuzz target for SECONDS in total (default 360) on the stable
# toolchain:   fuzz/run.sh process_text 600
# Builds once (cargo fuzz build, RUSTC_BOOTSTRAP=1, no sanitizer, debug
# assertions on), then runs the libFuzzer binary directly; after a crash or
# timeout it restarts with the time left (at most 8 restarts). Crashes and
# timeouts land in fuzz/artifacts/<target>/, new coverage in fuzz/corpus/<target>/.
# Set NO_BUILD=1 to reuse the binary already built.
set -uo pipefail
target=${1:?target name (see fuzz/Cargo.toml)}
secs=${2:-360}
here=$(cd "$(dirname "$0")" && pwd)
cd "$here/.."
export WHOSAID_DATA=${WHOSAID_DATA:-$PWD/gazetteers}
if [ -z "${NO_BUILD:-}" ]; then
  RUSTC_BOOTSTRAP=1 cargo fuzz build --sanitizer none -a "$target" || exit 1
fi
bin=fuzz/target/x86_64-unknown-linux-gnu/release/$target
mkdir -p "fuzz/corpus/$target" "fuzz/artifacts/$target"
case $target in
  process_text|quote_marks) max_len=8192 ;;
  *) max_len=4096 ;;
esac
end=$(( $(date +%s) + secs ))
for attempt in 0 1 2 3 4 5 6 7 8; do
  left=$(( end - $(date +%s) ))
  [ "$left" -le 5 ] && break
  echo "=== $target: run $attempt, ${left}s left"
  "$bin" "fuzz/corpus/$target" "fuzz/seeds/$target" \
    -dict=fuzz/whosaid.dict -max_len=$max_len -timeout=10 -rss_limit_mb=2048 \
    -max_total_time="$left" -artifact_prefix="fuzz/artifacts/$target/" \
    -print_final_stats=1 -print_pcs=0 2>&1 | grep -v '^WARNING: Failed to find function'
  rc=${PIPESTATUS[0]}
  echo "=== $target: exit $rc"
  [ "$rc" -eq 0 ] && break
done
