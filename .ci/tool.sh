#!/usr/bin/env bash
# CI step "tool": packs the report program as the .NET tool users install (DomainModel.ClaimCheck, command
# claimcheck) into a local folder feed, installs it from there into a tool path as a user would after
# `dotnet tool install`, runs it on the seed, and checks that its output equals `dotnet run`'s (tables, JSON, the
# ClaimReview JSON-LD, the HTML page), that `check` is the default command, and that --version and --help work.
# Ends with "tool: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
feed="$work/feed" tools="$work/tools" out="$work/out"
mkdir -p "$feed" "$tools" "$out"
passed=0 failed=0
check() { local name=$1; shift; if "$@"; then passed=$((passed + 1)); echo "tool: ok $name"; else failed=$((failed + 1)); echo "tool: FAILED $name"; fi; }

# A pre-release label with the time makes the version unique, so the install can only take the package packed here.
stamp=$(date -u +%Y%m%d%H%M%S)
if ! dotnet pack src/DomainModel.ArticleReport -c Release -o "$feed" "-p:MinVerDefaultPreReleaseIdentifiers=alpha.0.tool.$stamp" -nologo -v q; then
  echo "tool: 0 passed, 1 failed (dotnet pack)"; exit 1
fi
package=$(ls "$feed"/DomainModel.ClaimCheck.*.nupkg | head -n 1)
version=$(basename "$package" .nupkg); version=${version#DomainModel.ClaimCheck.}
echo "packed DomainModel.ClaimCheck $version"
if ! dotnet tool install DomainModel.ClaimCheck --tool-path "$tools" --add-source "$feed" --version "$version"; then
  echo "tool: 0 passed, 1 failed (dotnet tool install)"; exit 1
fi
tool="$tools/claimcheck"
run() { dotnet run --project src/DomainModel.ArticleReport -c Release --no-launch-profile -- "$@"; }

check "claimcheck equals dotnet run (tables)" bash -c "'$tool' > '$out/tool.txt' && $(declare -f run); run > '$out/run.txt' && cmp '$out/tool.txt' '$out/run.txt' && grep -q 'Checks of the words against the numbers' '$out/tool.txt'"
check "claimcheck check is the default" bash -c "'$tool' check > '$out/check.txt' && cmp '$out/check.txt' '$out/tool.txt'"
check "claimcheck equals dotnet run (--json -)" bash -c "'$tool' check --json - > '$out/tool.json' && $(declare -f run); run --json - > '$out/run.json' && cmp '$out/tool.json' '$out/run.json'"
check "claimcheck equals dotnet run (--html, --claimreview)" bash -c "'$tool' check --html '$out/tool.html' --claimreview '$out/tool.jsonld' --review-author CI --review-date 2026-01-15 >/dev/null && $(declare -f run); run --html '$out/run.html' --claimreview '$out/run.jsonld' --review-author CI --review-date 2026-01-15 >/dev/null && cmp '$out/tool.html' '$out/run.html' && cmp '$out/tool.jsonld' '$out/run.jsonld'"
check "claimcheck on a real article" bash -c "'$tool' check docs/articles/tencent-q3-2025.en.claims.json > '$out/tencent.txt' && grep -q 'Tencent' '$out/tencent.txt'"
check "claimcheck --version" bash -c "[ \"\$('$tool' --version)\" = '$version' ] || '$tool' --version | grep -q '^$version'"
check "claimcheck --help" bash -c "'$tool' --help > '$out/help.txt' && grep -q '^Commands:' '$out/help.txt' && grep -q '^Examples:' '$out/help.txt'"
check "claimcheck draft" bash -c "'$tool' draft docs/articles/tencent-q3-2025.en.txt --language en --as-of 2025-11-13 2>/dev/null > '$out/draft.json' && python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d[\"claims\"]' '$out/draft.json'"
echo "tool: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
