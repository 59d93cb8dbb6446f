#!/usr/bin/env bash
# Batch checking at scale: `claimcheck generate` writes N synthetic documents (made up, the seed article's size) as
# JSON Lines, then `claimcheck batch -` checks them, timed from outside with /usr/bin/time (wall, user and system CPU,
# peak resident memory). Prints one markdown table row per size, the growth from the second-largest to the largest
# size (1.0 = linear), the cores used ((user + system) / wall) and the one-minute load average before and after each
# run. Generating the input is not timed. Every run must check every document: the summary line is verified.
#
# Usage: tests/DomainModel.Benchmarks/batch-scale.sh [SIZES...]   (default: 1000 10000 100000)
#   PARALLEL=N       workers of `claimcheck batch` (default: every core)
#   CLAIMCHECK=PATH  a native claimcheck binary to measure instead of `dotnet DomainModel.ArticleReport.dll`
#   SEED=S           the generator's seed (default 1)
# Needs about 7 KB of disk per document (700 MB for 100,000) in a temporary folder. Nothing here is run by CI; the
# bounded version it runs is GenerateCommandTests.TwoHundredDocuments_AreAllChecked_InOneBatch.
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 100000)
seed="${SEED:-1}"
parallel="${PARALLEL:-$(nproc)}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ -n "${CLAIMCHECK:-}" ]; then
  tool=("$CLAIMCHECK")
else
  dotnet build "$root/src/DomainModel.ArticleReport" -c Release -o "$work/tool" -nologo -v q >/dev/null
  tool=(dotnet "$work/tool/DomainModel.ArticleReport.dll")
fi

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "tool: ${tool[*]}; batch --parallel $parallel; seed $seed"
echo
echo "| documents | workers | wall | user CPU | system CPU | cores used | peak memory | documents/s | documents/s per core | load before → after |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
prev_n=""; prev_wall=""
for n in "${sizes[@]}"; do
  "${tool[@]}" generate --count "$n" --seed "$seed" > "$work/in.jsonl"
  load_before="$(cut -d' ' -f1 /proc/loadavg)"
  /usr/bin/time -f '%e %U %S %M' -o "$work/time" "${tool[@]}" batch - --parallel "$parallel" < "$work/in.jsonl" > "$work/out.jsonl" || true
  load_after="$(cut -d' ' -f1 /proc/loadavg)"
  summary="$(tail -n 1 "$work/out.jsonl")"
  python3 - "$n" "$summary" <<'PY'
import json, sys
n, s = int(sys.argv[1]), json.loads(sys.argv[2])["summary"]
if s["documents"] != n or s["failed"] != 0:
    sys.exit(f"batch checked {s['documents']} documents, {s['failed']} failed, of {n}: the run does not count")
PY
  read -r wall user sys rss < "$work/time"
  python3 - "$n" "$parallel" "$wall" "$user" "$sys" "$rss" "$load_before" "$load_after" <<'PY'
import sys
n, p = int(sys.argv[1]), int(sys.argv[2])
wall, user, sys_, rss = float(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5]), int(sys.argv[6])
cores = (user + sys_) / wall if wall > 0 else 0
rate = n / wall if wall > 0 else 0
per_core = n / (user + sys_) if user + sys_ > 0 else 0
print(f"| {n:,} | {p} | {wall:.2f} s | {user:.2f} s | {sys_:.2f} s | {cores:.2f} | {rss / 1024:.0f} MB | {rate:,.0f} | {per_core:,.0f} | {sys.argv[7]} → {sys.argv[8]} |")
PY
  if [ -n "$prev_n" ]; then
    python3 -c "import sys; a,b,x,y=map(float,sys.argv[1:]); print(f'<!-- growth {int(a):,} -> {int(b):,}: wall x{y/x:.2f} for x{b/a:.0f} the documents, {y/x/(b/a):.2f} of linear -->')" "$prev_n" "$n" "$prev_wall" "$wall" >> "$work/growth"
  fi
  prev_n="$n"; prev_wall="$wall"
done
echo
[ -f "$work/growth" ] && sed 's/^<!-- //; s/ -->$//' "$work/growth"
echo "documents/s per core is documents ÷ (user + system CPU): process start and JIT included."
