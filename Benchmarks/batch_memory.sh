#!/usr/bin/env bash
# Peak memory (maximum RSS) of `handout batch` as the manifest grows, on 2 jobs: the target is
# under 64 MiB at any size. For each size it runs the batch, then the same batch with --resume
# (every row kept: this measures reading the results manifest back).
#
# Usage: bash Benchmarks/batch_memory.sh [ROWS...]          (default: 10000 100000 1000000)
#        SHARDS=100 bash Benchmarks/batch_memory.sh 1000000
# With SHARDS=N only shard 1/N is built: the whole manifest is still read and every output name
# goes through the duplicate check, but only 1/N of the PDFs is made, so a million rows take
# minutes (and a few hundred MB of disk) rather than two hours and 30 GB. Needs /usr/bin/time.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(10000 100000 1000000)
shards=${SHARDS:-1}
[[ -n "${HANDOUT:-}" ]] || { make release >/dev/null; HANDOUT=$PWD/.build/release/handout; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
peak() { awk '/Maximum resident/ {printf "%.1f MiB", $6 / 1024}' "$1"; }

printf '%-9s %-7s %-34s %s\n' rows shard "batch: built, time, peak RSS" "--resume: kept, peak RSS"
for rows in "${sizes[@]}"; do
    python3 Benchmarks/make_manifest.py "$rows" > "$work/m.csv"
    rm -rf "$work/out" && mkdir "$work/out"
    shard=()
    [[ $shards == 1 ]] || shard=(--shard "1/$shards")
    /usr/bin/time -v "$HANDOUT" batch "$work/m.csv" --out-dir "$work/out" --jobs 2 --date 2026-11-23 "${shard[@]}" \
        > "$work/run.txt" 2> "$work/time.txt" || { cat "$work/time.txt"; exit 1; }
    built=$(sed -n 's/^\([0-9]*\) of .*/\1/p' "$work/run.txt")
    seconds=$(sed -n 's/.* in \([0-9.]*\) s .*/\1/p' "$work/run.txt")
    /usr/bin/time -v "$HANDOUT" batch "$work/m.csv" --out-dir "$work/out" --jobs 2 --date 2026-11-23 "${shard[@]}" --resume \
        > "$work/resume.txt" 2> "$work/time-resume.txt" || { cat "$work/time-resume.txt"; exit 1; }
    kept=$(sed -n 's/.*built, \([0-9]*\) kept.*/\1/p' "$work/resume.txt")
    printf '%-9s %-7s %-34s %s\n' "$rows" "1/$shards" "$built, ${seconds} s, $(peak "$work/time.txt")" \
        "$kept, $(peak "$work/time-resume.txt")"
done
