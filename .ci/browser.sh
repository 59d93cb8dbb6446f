#!/usr/bin/env bash
# CI step "browser": the HTML report (--html) in a real browser. Installs Debian's Chromium when the machine has none
# (Playwright's own browser download is not used), then runs tests/DomainModel.Browser.Tests with the browser required
# (a missing browser fails the tests instead of skipping them). The seed page's screenshot is left in
# artifacts/report.png. Ends with "browser: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
if [ ! -x /usr/lib/chromium/chromium ] && ! command -v chromium >/dev/null 2>&1; then
  echo "browser: installing Debian's chromium"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null 2>&1 || echo "browser: could not install chromium"
fi
# The pages' text (the charts' labels) needs a font.
if ! fc-list 2>/dev/null | grep -q .; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-dejavu-core fontconfig) >/dev/null 2>&1 || echo "browser: could not install fonts-dejavu-core"
fi
mkdir -p artifacts
rm -f artifacts/report.png
log=$(mktemp)
trap 'rm -f "$log"' EXIT
DOMAINMODEL_BROWSER_TESTS=required dotnet test tests/DomainModel.Browser.Tests -c Release --logger "console;verbosity=normal" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | grep -Eo '[0-9]+' | tail -n 1)
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | grep -Eo '[0-9]+' | tail -n 1)
skipped=$(grep -Eo 'Skipped: +[0-9]+' "$log" | grep -Eo '[0-9]+' | tail -n 1)
passed=${passed:-0} failed=${failed:-0} skipped=${skipped:-0}
# Nothing may be skipped here, and the screenshot must exist.
failed=$((failed + skipped))
if [ ! -s artifacts/report.png ]; then echo "browser: no artifacts/report.png"; failed=$((failed + 1)); fi
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "browser: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
