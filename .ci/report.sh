#!/usr/bin/env bash
# The claims report as a user runs it, on a clean clone: no arguments, --json -, --chart, --html with --claimreview, a
# bad argument; under
# invariant globalization (slim containers) and under ar-SA. The chart needs a font: one is installed when the
# machine has none (ScottPlot draws with the fonts the machine has).
set -uo pipefail
cd "$(dirname "$0")/.."
if ! fc-list 2>/dev/null | grep -q .; then
  (apt-get update -qq && apt-get install -y -qq fonts-dejavu-core fontconfig) >/dev/null 2>&1 || echo "report: could not install fonts-dejavu-core"
fi
dotnet build src/DomainModel.ArticleReport -c Release -v q -nologo >/dev/null || { echo "report: 0 passed, 1 failed"; exit 1; }
dll=src/DomainModel.ArticleReport/bin/Release/net10.0/DomainModel.ArticleReport.dll
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
passed=0 failed=0
check() { local name=$1; shift; if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "report: FAILED $name"; fi; }
for env in "DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1" "LANG=ar_SA.UTF-8"; do
  check "no arguments ($env)" bash -c "env $env dotnet $dll > $out/tables.txt && grep -q 'Checks of the words against the numbers' $out/tables.txt && ! grep -q $'\x1b' $out/tables.txt"
  check "--json - ($env)" bash -c "env $env dotnet $dll --json - > $out/report.json && python3 -c 'import json,sys; json.load(open(sys.argv[1]))' $out/report.json"
  check "--chart ($env)" bash -c "env $env dotnet $dll --chart $out/chart.png >/dev/null && [ \"\$(head -c 8 $out/chart.png | od -An -tx1 | tr -d ' \n')\" = 89504e470d0a1a0a ] && [ \$(stat -c %s $out/chart.png) -gt 20000 ]"
  check "--html ($env)" bash -c "env $env dotnet $dll --html $out/report.html --claimreview $out/review.json >/dev/null && grep -q '</html>' $out/report.html && grep -q 'application/ld+json' $out/report.html && python3 -c 'import json,sys; assert json.load(open(sys.argv[1]))' $out/review.json"
  check "bad argument ($env)" bash -c "env $env dotnet $dll --as-of 2025-13-01 > $out/none.txt 2> $out/err.txt; [ \$? -eq 2 ] && [ ! -s $out/none.txt ] && [ \$(wc -l < $out/err.txt) -eq 1 ]"
done
echo "report: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
