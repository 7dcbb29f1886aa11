#!/usr/bin/env bash
# Runs every fuzz target (fuzz/targets, cargo-fuzz + libFuzzer) for FUZZ_SECONDS each (default
# 600), adds what it finds to fuzz/corpus/<target>/, minimises each corpus, and writes each
# target's executions per second, coverage and corpus size to target/fuzz-report.txt. A crash
# is copied into fuzz/regressions/<target>/ (which `make test` replays, and minimising leaves
# alone) and fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${FUZZ_SECONDS:-600}
TARGETS=${FUZZ_TARGETS:-ics backup search commands bundle wire session}
# cargo-fuzz needs a nightly compiler (sanitizer flags); without one, stable is told to allow
# nightly flags.
if rustup toolchain list | grep -q '^nightly'; then
  FUZZ=(cargo +nightly fuzz)
else
  echo "no nightly toolchain: using stable with RUSTC_BOOTSTRAP=1"
  export RUSTC_BOOTSTRAP=1
  FUZZ=(cargo fuzz)
fi
mkdir -p target
REPORT=target/fuzz-report.txt
: > "$REPORT"
failed=0
for t in $TARGETS; do
  corpus=fuzz/corpus/$t
  seeds=()
  [ "$t" = ics ] && seeds+=(src-tauri/core/tests/fixtures/ics)
  [ -d fuzz/regressions/"$t" ] && seeds+=(fuzz/regressions/"$t")
  # Inputs as long as real ones get: an invitation or a backup of a few interviews, a request.
  case $t in ics|backup) max_len=65536 ;; *) max_len=16384 ;; esac
  log=target/fuzz-$t.log
  before=$(ls "$corpus" | wc -l)
  echo "== $t: $SECONDS_EACH s"
  rm -rf fuzz/targets/artifacts/"$t"
  if "${FUZZ[@]}" run --fuzz-dir fuzz/targets "$t" "$corpus" "${seeds[@]}" -- \
      -max_total_time="$SECONDS_EACH" -rss_limit_mb=2048 -timeout=10 -max_len="$max_len" \
      -print_final_stats=1 > "$log" 2>&1; then
    # The minimised corpus: a smallest set of files that reaches the same coverage (not after a
    # crash: the crashing input would be dropped from it).
    "${FUZZ[@]}" cmin --fuzz-dir fuzz/targets "$t" "$corpus" -- -rss_limit_mb=2048 -timeout=10 \
      -max_len="$max_len" -set_cover_merge=1 > target/fuzz-$t-cmin.log 2>&1 \
      || echo "$t: the corpus was not minimised (target/fuzz-$t-cmin.log)"
  else
    failed=1
    mkdir -p fuzz/regressions/"$t"
    for crash in fuzz/targets/artifacts/"$t"/*; do
      [ -f "$crash" ] && cp "$crash" fuzz/regressions/"$t"/ && echo "$t: crash kept as fuzz/regressions/$t/$(basename "$crash")"
    done
    tail -40 "$log"
  fi
  done_line=$(grep -E '^#[0-9]+\s+DONE' "$log" | tail -1 || true)
  execs=$(grep -E 'stat::number_of_executed_units' "$log" | awk '{print $2}' | tail -1)
  rate=$(grep -E 'stat::average_exec_per_sec' "$log" | awk '{print $2}' | tail -1)
  cov=$(sed -nE 's/.* cov: ([0-9]+).*/\1/p' <<< "$done_line")
  ft=$(sed -nE 's/.* ft: ([0-9]+).*/\1/p' <<< "$done_line")
  after=$(ls "$corpus" | wc -l)
  echo "$t: ${SECONDS_EACH} s, ${execs:-?} runs, ${rate:-?} runs/s, cov ${cov:-?}, ft ${ft:-?}, corpus $before -> $after files" | tee -a "$REPORT"
done
cat "$REPORT"
exit $failed
