#!/usr/bin/env bash
# Whole-process time of the article report, against `dotnet` starting an empty console app built the same way
# (Release, framework-dependent, net10.0, the repository's Directory.Build.props). BenchmarkDotNet measures code
# inside a warm process; start-up, JIT of the first calls and loading the assemblies and the rates file are what a
# user waits for when running the report, so this is measured from outside with hyperfine.
#
# Usage: tests/DomainModel.Benchmarks/report-process-time.sh [RUNS]   (needs hyperfine: apt-get install -y hyperfine)
# Prints both means and the ratio; nothing here is run by CI.
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
runs="${1:-20}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

command -v hyperfine >/dev/null || { echo "hyperfine is not installed (apt-get install -y hyperfine)" >&2; exit 1; }

dotnet build "$root/src/DomainModel.ArticleReport" -c Release -o "$work/report" -nologo -v q >/dev/null

# The empty app lives inside the repository tree while it is built so that the same Directory.Build.props applies.
empty="$root/artifacts/empty-console"
mkdir -p "$empty"
cat > "$empty/EmptyConsole.csproj" <<'XML'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
  </PropertyGroup>
</Project>
XML
echo 'return 0;' > "$empty/Program.cs"
dotnet build "$empty" -c Release -o "$work/empty" -nologo -v q >/dev/null
rm -rf "$empty"

# Both must succeed before they are timed.
dotnet "$work/empty/EmptyConsole.dll"
dotnet "$work/report/DomainModel.ArticleReport.dll" >/dev/null

hyperfine -N --warmup 3 --runs "$runs" --export-json "$work/times.json" \
  -n "empty console app" "dotnet $work/empty/EmptyConsole.dll" \
  -n "article report" "dotnet $work/report/DomainModel.ArticleReport.dll"

python3 - "$work/times.json" <<'PY'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
empty, report = results["empty console app"], results["article report"]
print(f"empty console app: {empty['mean'] * 1000:.1f} ms ± {empty['stddev'] * 1000:.1f} ms")
print(f"article report:    {report['mean'] * 1000:.1f} ms ± {report['stddev'] * 1000:.1f} ms")
print(f"ratio: {report['mean'] / empty['mean']:.2f}x")
PY
