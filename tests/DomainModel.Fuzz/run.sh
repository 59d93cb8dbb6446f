#!/usr/bin/env bash
# Runs one fuzz target for a bounded time and reports how many inputs it executed.
#   tests/DomainModel.Fuzz/run.sh TARGET SECONDS [afl|loop]
# afl:  AFL++ (Debian package afl++) on SharpFuzz-instrumented DomainModel, DomainModel.Claims and DomainModel.ArticleReport dlls (sharpfuzz from the local tool manifest).
# loop: the in-process mutation loop (no instrumentation; used when AFL++ is not installed). Default: afl if afl-fuzz exists.
# afl-fuzz -V counts from the end of its calibration, which takes a slow target (cli) half a minute: the timeout leaves room.
# Crashes are written to tests/DomainModel.Fuzz/findings/TARGET (afl) or crashes/ (loop); each becomes a regression test.
set -euo pipefail
cd "$(dirname "$0")"
target=${1:?target}; seconds=${2:?seconds}
mode=${3:-$(command -v afl-fuzz >/dev/null 2>&1 && echo afl || echo loop)}
out=bin/Release/net10.0
[ -n "${FUZZ_NO_BUILD:-}" ] && [ -f "$out/DomainModel.Fuzz.dll" ] || dotnet build -c Release -v q -nologo >/dev/null
if [ "$mode" = loop ]; then
  dotnet "$out/DomainModel.Fuzz.dll" "$target" loop "$seconds"
  exit $?
fi
# AFL++: instrument a copy of both libraries, seed the corpus, run afl-fuzz for the given time, report its counts.
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
cp -r "$out" "$work/bin"
dotnet tool restore >/dev/null
dotnet tool run sharpfuzz "$work/bin/DomainModel.dll" >/dev/null
dotnet tool run sharpfuzz "$work/bin/DomainModel.Claims.dll" >/dev/null # documents, scanner, reader, periods
dotnet tool run sharpfuzz "$work/bin/DomainModel.ArticleReport.dll" >/dev/null # the command line (target cli)
mkdir -p "$work/in" "findings/$target"
dotnet "$out/DomainModel.Fuzz.dll" "$target" seeds "$work/in" # the uninstrumented build: instrumented code needs afl-fuzz's shared memory
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
timeout --preserve-status "$((seconds + 120))" afl-fuzz -V "$seconds" -t 5000 -m none -i "$work/in" -o "$work/out" -- dotnet "$work/bin/DomainModel.Fuzz.dll" "$target" afl >/dev/null 2>&1 || true
stats="$work/out/default/fuzzer_stats"
stat() { awk -F: -v k="$1" '$1 ~ "^"k" *$" {gsub(/ /,"",$2); print $2}' "$stats" 2>/dev/null | head -1; }
execs=$(stat execs_done); crashes=$(stat saved_crashes); hangs=$(stat saved_hangs)
cp -r "$work/out/default/crashes/." "findings/$target/" 2>/dev/null || true
cp -r "$work/out/default/hangs/." "findings/$target/" 2>/dev/null || true
cp "$stats" "findings/$target/fuzzer_stats" 2>/dev/null || true # kept for the record (findings/ is not committed)
echo "$target: ${execs:-0} inputs executed (AFL++) in $(stat run_time) s, corpus $(stat corpus_count), paths found $(stat corpus_found), edges $(stat edges_found)/$(stat total_edges), ${crashes:-0} crashes, ${hangs:-0} hangs"
[ "${crashes:-0}" -eq 0 ]
