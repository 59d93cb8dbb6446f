#!/usr/bin/env bash
# CI step "package": packs DomainModel as it would be published, builds and runs a C# and an F# consumer against
# the packed .nupkg (restored from a local folder feed, never from a project reference), then runs the docs' F#
# script, C# file-based app and notebook against the library. Every program checks its own results and prints
# "checks: N passed, N failed"; this step sums them into "package: N passed, N failed" and fails on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
root=$(pwd)
log=$(mktemp)
trap 'rm -f "$log"' EXIT
steps_failed=0
step() { # step NAME COMMAND...: runs a program, keeps its output for the counts, notes a non-zero exit
  local name=$1; shift
  local started=$SECONDS
  echo "== $name"
  "$@" 2>&1 | tee -a "$log"
  local status=${PIPESTATUS[0]}
  echo "== $name: $((SECONDS - started)) s"
  if [ "$status" -ne 0 ]; then
    echo "== $name: exit code $status"
    steps_failed=$((steps_failed + 1))
  fi
}

# 1. Pack. A pre-release label with the time makes this run's version unique (a tagged commit gives the tag's
#    version, so that version is also removed from the global package cache): the consumers can only restore the
#    package packed here.
feed=tests/consumers/feed
rm -rf "$feed" && mkdir -p "$feed"
stamp=$(date -u +%Y%m%d%H%M%S)
build_properties=(-p:ContinuousIntegrationBuild=true "-p:MinVerDefaultPreReleaseIdentifiers=alpha.0.ci.$stamp")
step "pack" dotnet pack src/DomainModel -c Release -o "$feed" "${build_properties[@]}"
step "pack claims" dotnet pack src/DomainModel.Claims -c Release -o "$feed" "${build_properties[@]}"
nupkg=$(ls "$feed"/DomainModel.[0-9]*.nupkg 2>/dev/null | grep -v '\.snupkg$' | head -n 1)
claims_nupkg="$feed/DomainModel.Claims.${nupkg#$feed/DomainModel.}"
if [ -z "$nupkg" ] || [ ! -f "${nupkg%.nupkg}.snupkg" ] || [ ! -f "$claims_nupkg" ] || [ ! -f "${claims_nupkg%.nupkg}.snupkg" ]; then
  echo "package: 0 passed, 1 failed (no .nupkg and .snupkg of DomainModel and DomainModel.Claims in $feed)"
  exit 1
fi
version=$(basename "$nupkg" .nupkg); version=${version#DomainModel.}
echo "packed DomainModel $version"
# Deterministic CI build: the DLL and PDB name sources by /_/ paths, never by this machine's checkout folder.
unpacked=$(mktemp -d)
for package in "$nupkg" "$claims_nupkg"; do unzip -q -o "$package" -d "$unpacked" && unzip -q -o "${package%.nupkg}.snupkg" -d "$unpacked"; done
machine_paths=0
for file in "$unpacked"/lib/net10.0/DomainModel.dll "$unpacked"/lib/net10.0/DomainModel.pdb "$unpacked"/lib/net10.0/DomainModel.Claims.dll "$unpacked"/lib/net10.0/DomainModel.Claims.pdb; do
  if [ ! -f "$file" ] || grep -aqF "$root" "$file" || ! grep -aqF "/_/" "$file"; then
    echo "FAIL $(basename "$file") is missing, contains $root or has no /_/ path"; machine_paths=$((machine_paths + 1))
  fi
done
echo "checks: $((4 - machine_paths)) passed, $machine_paths failed" | tee -a "$log"
rm -rf "$unpacked"
global=$(dotnet nuget locals global-packages --list | sed 's/^global-packages: //')
rm -rf "$global/domainmodel/$version" "$global/domainmodel.claims/$version"

# 2. Consumers: restore from the folder feed (tests/consumers/nuget.config), build, run, check.
for consumer in CSharp/CSharpConsumer.csproj FSharp/FSharpConsumer.fsproj; do
  step "consumer $consumer" dotnet run --project "tests/consumers/$consumer" -c Release -p:DomainModelVersion="$version"
done

# 3. Notebooks and scripts: the library in a folder with UnitsNet.dll beside it, then the docs' F# script, C#
#    file-based app (default settings: AOT-style, reflection-based JSON off) and notebook (headless, dotnet-repl).
#    The publish reuses the packed build (same properties, nothing recompiled).
step "publish artifacts/lib" dotnet publish src/DomainModel.Claims -c Release -o artifacts/lib "${build_properties[@]}"
step "docs/article.fsx" dotnet fsi docs/article.fsx
step "docs/documents.fsx" dotnet fsi docs/documents.fsx
step "docs/article.cs" dotnet run docs/article.cs
step "dotnet tool restore" dotnet tool restore
notebook_out=artifacts/article.ipynb
rm -f "$notebook_out"
cd docs # the notebook's #r paths are relative to its folder
step "docs/article.ipynb" dotnet repl --run article.ipynb --exit-after-run --output-path "../$notebook_out"
cd "$root"
if [ -f "$notebook_out" ]; then
  # The notebook's cells print their counts; a cell that throws stops the run (dotnet-repl exits with 2).
  grep -o 'checks: [0-9]* passed, [0-9]* failed' "$notebook_out" | tee -a "$log"
  [ "$(grep -o 'checks: [0-9]* passed' "$notebook_out" | wc -l)" -eq 2 ] || { echo "docs/article.ipynb: expected 2 checks lines"; steps_failed=$((steps_failed + 1)); }
  # The cells' last expressions (money, tokens, a claim, its estimate, a check) use the library's notebook display:
  # one line each, never a table of properties.
  shown=$(grep -o 'class=\\"domainmodel-value\\"' "$notebook_out" | wc -l)
  if [ "$shown" -ge 6 ] && ! grep -q '<table' "$notebook_out"; then
    echo "checks: 1 passed, 0 failed (notebook display: $shown values on one line)" | tee -a "$log"
  else
    echo "checks: 0 passed, 1 failed (notebook display: $shown values on one line, 6 expected, no table)" | tee -a "$log"
  fi
else
  echo "docs/article.ipynb: no output notebook"; steps_failed=$((steps_failed + 1))
fi

# One closing line from the programs' own counts; a program that failed without printing counts counts as failed.
sum() { local total=0 n; while read -r n; do total=$((total + n)); done; echo "$total"; }
passed=$(grep -Eo '^checks: [0-9]+ passed' "$log" | grep -Eo '[0-9]+' | sum)
failed=$(grep -Eo '^checks: [0-9]+ passed, [0-9]+ failed' "$log" | grep -Eo '[0-9]+ failed' | grep -Eo '[0-9]+' | sum)
if [ "$failed" -eq 0 ] && [ "$steps_failed" -gt 0 ]; then failed=$steps_failed; fi
echo "package: $passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$steps_failed" -eq 0 ]
