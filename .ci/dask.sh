#!/usr/bin/env bash
# CI step "dask": the archive example (examples/dask/claimcheck_dask.py) on Dask distributed, Debian's
# python3-distributed (installed with apt-get when missing; it is for /usr/bin/python3). An archive of the shipped
# claims documents with their articles, three copies under their own names, is checked by the native claimcheck
# through a 2-worker LocalCluster (partitions, the task shuffle of the cross-document index by subject and metric,
# the shards' timelines) and in one process (claimcheck batch --cross, the timeline of all the documents): the two
# outputs must be the same, byte for byte: the documents' lines in order, the cross-document findings (each with its
# statements' sources) sorted by their text, and the summary (one process: claimcheck's; Dask: the partitions' and
# shards' summaries added up, agreements included). The comparison is shown to notice one finding missing. Then
# once more through a scheduler and two workers started as separate processes (the script's --scheduler address,
# as on a real cluster). Uses the native binary .ci/native.sh left in artifacts/native, or publishes one.
# Ends with "dask: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
py=/usr/bin/python3
if ! "$py" -c "import distributed" >/dev/null 2>&1; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-distributed) >/dev/null 2>&1 \
    || echo "dask: could not install python3-distributed"
fi
work=$(mktemp -d)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done; rm -rf "$work"' EXIT
passed=0 failed=0
check() { local name=$1; shift; if "$@"; then passed=$((passed + 1)); echo "dask: ok $name"; else failed=$((failed + 1)); echo "dask: FAILED $name"; fi; }

tool=artifacts/native/DomainModel.ArticleReport
if [ ! -x "$tool" ]; then
  dotnet publish src/DomainModel.ArticleReport -c Release -r linux-x64 -p:PublishAot=true -o "$work/native" -nologo -v q >/dev/null
  tool="$work/native/DomainModel.ArticleReport"
fi
[ -x "$tool" ] || { echo "dask: 0 passed, 1 failed (no native claimcheck)"; exit 1; }

# The archive: the real articles' documents, the seed's and the made-up ones, each beside its article.
archive="$work/archive"
mkdir -p "$archive/articles" "$archive/seed/Documents" "$archive/documents" "$archive/made-up"
cp docs/articles/*.claims.json docs/articles/*.txt "$archive/articles/"
cp src/DomainModel.ArticleReport/Documents/*.claims.json "$archive/seed/Documents/"
cp src/DomainModel.ArticleReport/article.it.txt "$archive/seed/"
cp docs/documents/acme.en.claims.json docs/documents/acme.en.txt "$archive/documents/"
cp tests/DomainModel.Tests/Documents/Data/chips-race.en.claims.json tests/DomainModel.Tests/Documents/Data/chips-race.en.txt "$archive/made-up/"

example() { "$py" examples/dask/claimcheck_dask.py "$archive" --claimcheck "$tool" --copies 3 "$@"; }
check "one process (claimcheck batch --cross)" example --one-process --output "$work/one.jsonl"
check "2-worker LocalCluster" example --workers 2 --output "$work/dask.jsonl"
check "same output as one process, byte for byte" cmp "$work/one.jsonl" "$work/dask.jsonl"
check "cross-document findings among them, the copies' statements merged" bash -c "grep -q '^{\"cross\":' '$work/dask.jsonl' && grep -q '\"first\":\[{[^]]*},{[^]]*},{' '$work/dask.jsonl' && tail -n 1 '$work/dask.jsonl' | grep -q '\"cross\":{\"checks\":[1-9][0-9]*,\"agrees\":[1-9]'"
# The comparison can fail: without one of the cross-document findings, or with another summary, the outputs differ.
fewer() { awk '/^{"cross":/ && !done { done = 1; next } { print }' "$work/one.jsonl" > "$work/fewer.jsonl"; [ "$(wc -l < "$work/fewer.jsonl")" -lt "$(wc -l < "$work/one.jsonl")" ] && ! cmp -s "$work/fewer.jsonl" "$work/dask.jsonl"; }
check "the comparison notices a missing cross-document finding" fewer
other() { sed '$ s/"pairs":/"pairs":1/' "$work/one.jsonl" > "$work/other.jsonl"; ! cmp -s "$work/other.jsonl" "$work/one.jsonl" && ! cmp -s "$work/other.jsonl" "$work/dask.jsonl"; }
check "the comparison notices another cross-document summary" other

# A scheduler and two workers as separate processes, the script given the scheduler's address.
port=$("$py" -c "import socket; s = socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])")
"$py" -m distributed.cli.dask_scheduler --host 127.0.0.1 --port "$port" --no-dashboard >"$work/scheduler.log" 2>&1 & pids+=($!)
sleep 3
for _ in 1 2; do
  "$py" -m distributed.cli.dask_worker "tcp://127.0.0.1:$port" --nthreads 1 --no-dashboard >>"$work/workers.log" 2>&1 & pids+=($!)
done
sleep 5
remote() { example --scheduler "tcp://127.0.0.1:$port" --output "$work/remote.jsonl" && cmp "$work/one.jsonl" "$work/remote.jsonl"; }
check "through --scheduler, same output" remote

echo "dask: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
