#!/usr/bin/env bash
# Hardening step: the whole suite under a right-to-left, non-Gregorian culture (ar-SA), under a culture whose decimal
# separator is a comma (de-DE) and with invariant
# globalization (no ICU data, as in slim containers), then a short bounded fuzz pass over every parser and the command
# line, then the large inputs (a million figures, an article of 50 MB) with their stated limits.
# Prints "hardening: N passed, N failed" and exits non-zero on any failure. Works on a clean clone.
set -uo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 DOTNET_CLI_UI_LANGUAGE=en # counts are read from English output
log=$(mktemp); trap 'rm -f "$log"' EXIT
status=0
dotnet build DomainModel.sln -c Release -nologo -v q >/dev/null || { echo "hardening: 0 passed, 1 failed (build)"; exit 1; }

LANG=ar_SA.UTF-8 LC_ALL=ar_SA.UTF-8 dotnet test DomainModel.sln -c Release --no-build 2>&1 | tee -a "$log" || status=1
LANG=de_DE.UTF-8 LC_ALL=de_DE.UTF-8 dotnet test DomainModel.sln -c Release --no-build 2>&1 | tee -a "$log" || status=1
DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 dotnet test DomainModel.sln -c Release --no-build 2>&1 | tee -a "$log" || status=1

# Fuzz: every target for a few seconds (HARDENING_FUZZ_SECONDS, default 3; HARDENING_FUZZ_MODE afl or loop, default loop).
seconds=${HARDENING_FUZZ_SECONDS:-3}; mode=${HARDENING_FUZZ_MODE:-loop}; export FUZZ_NO_BUILD=1 # built above with the solution
fuzz_passed=0; fuzz_failed=0
for target in money currency exchangerate ratevalidity tokenvolume newsnumber newsrange period json ecbxml ecbcsv document documentbytes scanner reader draft cli; do
  if tests/DomainModel.Fuzz/run.sh "$target" "$seconds" "$mode" 2>&1 | tee -a "$log"; then
    fuzz_passed=$((fuzz_passed + 1))
  else
    fuzz_failed=$((fuzz_failed + 1)); status=1
  fi
done

# Large inputs with their stated limits (docs/reliability.md): a million figures, an article of 50 MB.
if dotnet tests/DomainModel.Fuzz/bin/Release/net10.0/DomainModel.Fuzz.dll limits 2>&1 | tee -a "$log"; then
  fuzz_passed=$((fuzz_passed + 1))
else
  fuzz_failed=$((fuzz_failed + 1)); status=1
fi

sum() { local total=0 n; while read -r n; do total=$((total + n)); done; echo "$total"; }
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | grep -Eo '[0-9]+' | sum)
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | grep -Eo '[0-9]+' | sum)
echo "hardening: $((passed + fuzz_passed)) passed, $((failed + fuzz_failed)) failed"
exit "$status"
