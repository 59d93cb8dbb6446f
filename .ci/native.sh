#!/usr/bin/env bash
# CI step "native": publishes the report program (claimcheck: check, draft, batch) with Native AOT for linux-x64, trim
# and AOT warnings as errors, runs the native binary once on the seed and checks that it writes byte for byte what
# `dotnet run` writes (tables, --json -, --html, --claimreview, --chart, draft, batch), and that --version agrees.
# clang (the native linker) and zlib1g-dev are installed with apt-get when missing.
# With NATIVE_MEASURE=1 it also builds an empty Native AOT console app beside it and prints the median process time
# of each (hyperfine when installed, else a loop with /usr/bin/time); nothing is timed otherwise, and a time never
# fails the step. Leaves the binary in artifacts/native. Ends with "native: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 DOTNET_CLI_UI_LANGUAGE=en
rid=linux-x64
if ! command -v clang >/dev/null 2>&1 || ! dpkg -s zlib1g-dev >/dev/null 2>&1; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq clang zlib1g-dev) >/dev/null 2>&1 \
    || echo "native: could not install clang and zlib1g-dev"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
native="$work/native" out="$work/out"
mkdir -p "$native" "$out"
passed=0 failed=0
check() { local name=$1; shift; if "$@"; then passed=$((passed + 1)); echo "native: ok $name"; else failed=$((failed + 1)); echo "native: FAILED $name"; fi; }

# The package of the native compiler is the one the SDK picks for its runtime: it is named nowhere here.
publish() {
  dotnet publish src/DomainModel.ArticleReport -c Release -r "$rid" -p:PublishAot=true -o "$native" -nologo 2>&1 | tee "$work/publish.log" | tail -n 5
  [ "${PIPESTATUS[0]}" -eq 0 ] && ! grep -Eq "warning (IL|NETSDK)[0-9]+" "$work/publish.log"
}
check "dotnet publish -p:PublishAot=true, no trim or AOT warning" publish
tool="$native/DomainModel.ArticleReport"
if [ ! -x "$tool" ]; then
  echo "native: $passed passed, $((failed + 1)) failed (no native binary)"; exit 1
fi
check "a native executable, no managed entry assembly beside it" bash -c "file '$tool' | grep -q 'ELF 64-bit' && [ ! -e '$native/DomainModel.ArticleReport.dll' ]"

run() { dotnet run --project src/DomainModel.ArticleReport -c Release --no-launch-profile -- "$@"; }
dotnet build src/DomainModel.ArticleReport -c Release -v q -nologo >/dev/null

check "native equals dotnet run (tables)" bash -c "'$tool' > '$out/native.txt' && $(declare -f run); run > '$out/run.txt' && cmp '$out/native.txt' '$out/run.txt' && grep -q 'Checks of the words against the numbers' '$out/native.txt'"
check "native check is the default" bash -c "'$tool' check > '$out/check.txt' && cmp '$out/check.txt' '$out/native.txt'"
check "native equals dotnet run (--json -)" bash -c "'$tool' check --json - > '$out/native.json' && $(declare -f run); run --json - > '$out/run.json' && cmp '$out/native.json' '$out/run.json'"
check "native equals dotnet run (--html, --claimreview, --chart)" bash -c "'$tool' check --html '$out/native.html' --claimreview '$out/native.jsonld' --chart '$out/native.png' --review-author CI --review-date 2026-01-15 >/dev/null && $(declare -f run); run --html '$out/run.html' --claimreview '$out/run.jsonld' --chart '$out/run.png' --review-author CI --review-date 2026-01-15 >/dev/null && cmp '$out/native.html' '$out/run.html' && cmp '$out/native.jsonld' '$out/run.jsonld' && cmp '$out/native.png' '$out/run.png'"
check "native equals dotnet run (draft)" bash -c "'$tool' draft docs/articles/tencent-q3-2025.en.txt --language en --as-of 2025-11-13 2>/dev/null > '$out/native.draft' && $(declare -f run); run draft docs/articles/tencent-q3-2025.en.txt --language en --as-of 2025-11-13 2>/dev/null > '$out/run.draft' && cmp '$out/native.draft' '$out/run.draft'"
check "native equals dotnet run (batch)" bash -c "'$tool' batch docs/articles > '$out/native.batch'; [ \$? -le 1 ] && $(declare -f run); run batch docs/articles > '$out/run.batch'; [ \$? -le 1 ] && cmp '$out/native.batch' '$out/run.batch' && tail -n 1 '$out/native.batch' | grep -q '\"summary\"'"
check "native equals dotnet run (--version)" bash -c "[ \"\$('$tool' --version)\" = \"\$($(declare -f run); run --version)\" ]"
check "native bad argument: exit 2, one line" bash -c "'$tool' --as-of 2025-13-01 > '$out/none.txt' 2> '$out/err.txt'; [ \$? -eq 2 ] && [ ! -s '$out/none.txt' ] && [ \$(wc -l < '$out/err.txt') -eq 1 ]"

if [ "${NATIVE_MEASURE:-0}" = 1 ]; then
  # An empty Native AOT console app, published the same way, outside the repository (no shared build settings).
  empty="$work/empty"
  mkdir -p "$empty/src"
  cat > "$empty/src/Empty.csproj" <<'EOF'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <PublishAot>true</PublishAot>
    <InvariantGlobalization>false</InvariantGlobalization>
  </PropertyGroup>
</Project>
EOF
  echo 'return 0;' > "$empty/src/Program.cs"
  dotnet publish "$empty/src/Empty.csproj" -c Release -r "$rid" -o "$empty/bin" -nologo -v q >/dev/null
  echo "native: load before timing: $(cut -d' ' -f1-3 /proc/loadavg)"
  if command -v hyperfine >/dev/null 2>&1; then
    dll=src/DomainModel.ArticleReport/bin/Release/net10.0/DomainModel.ArticleReport.dll
    hyperfine -N --warmup 3 --runs "${NATIVE_RUNS:-21}" --export-json "$work/times.json" \
      -n "empty Native AOT app" "$empty/bin/Empty" \
      -n "native claimcheck (the seed report)" "$tool" \
      -n "native claimcheck batch (one document)" "$tool batch docs/articles/tencent-q3-2025.en.claims.json" \
      -n "dotnet DomainModel.ArticleReport.dll (the seed report, JIT)" "dotnet $dll" >/dev/null
    python3 - "$work/times.json" <<'EOF'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print(f"native: time {r['command']}: median {r['median'] * 1000:.1f} ms wall, mean user {r['user'] * 1000:.1f} ms, mean system {r['system'] * 1000:.1f} ms, min {r['min'] * 1000:.1f} ms, {len(r['times'])} runs")
EOF
  else
    for cmd in "$empty/bin/Empty" "$tool"; do
      for _ in $(seq 1 "${NATIVE_RUNS:-21}"); do /usr/bin/time -f %e -a -o "$work/t" "$cmd" >/dev/null; done
      echo "native: time $(basename "$cmd"): median $(sort -n "$work/t" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)] * 1000}') ms wall"
      rm -f "$work/t"
    done
  fi
  echo "native: load after timing: $(cut -d' ' -f1-3 /proc/loadavg)"
fi

# The binary stays in artifacts/native (ignored by git) for the dask step, which runs it on worker processes.
rm -rf artifacts/native && mkdir -p artifacts && cp -r "$native" artifacts/native

echo "native: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
