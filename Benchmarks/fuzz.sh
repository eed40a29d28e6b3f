#!/usr/bin/env bash
# Builds the libFuzzer targets in Benchmarks/Fuzz and runs each for a bounded time, one at a
# time, at the lowest priority. Not a test and not in CI; see docs/fuzzing.md.
# Usage: bash Benchmarks/fuzz.sh [SECONDS-PER-TARGET] [TARGET...]   (Linux, Swift 6 toolchain)
#   targets: FuzzTopic FuzzLayout FuzzManifest FuzzForm (default: all, 1800 s each)
# The corpus and any crashing inputs go to $HANDOUT_FUZZ_DIR (default /tmp/handout-fuzz), outside git.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
seconds=${1:-1800}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(FuzzTopic FuzzLayout FuzzManifest FuzzForm)
work=${HANDOUT_FUZZ_DIR:-/tmp/handout-fuzz}

build=(swift build --package-path Benchmarks/Fuzz -c release -Xswiftc -sanitize=fuzzer,address
    -Xswiftc -enable-testing -Xswiftc -use-ld=lld)
# HANDOUT_FUZZ_SKIP_BUILD=1 runs what is already built (e.g. while another build is going).
if [ "${HANDOUT_FUZZ_SKIP_BUILD:-0}" != 1 ]; then
    for target in "${targets[@]}"; do nice -n 19 "${build[@]}" --product "$target"; done
fi
bin=Benchmarks/Fuzz/.build/release

# Seeds: the shipped content, layouts, a manifest and form bodies, so runs start from real input.
seed() {
    local target=$1
    local corpus=$work/$target/corpus
    mkdir -p "$corpus" "$work/$target/crashes"
    case $target in
    FuzzTopic) # The target reads each input as fuzz.md, so the seeds' ids say "fuzz".
        for file in Content/topics/*.md; do sed 's/^id: .*/id: fuzz/' "$file" >"$corpus/$(basename "$file")"; done ;;
    FuzzLayout) cp Layouts/*.yaml "$corpus/" ;;
    FuzzManifest)
        printf '0output,topics,patient.name,body-size\na.pdf,tace,Pat Example,14\n"b.pdf","tace sirt","A ""quoted"" name",\n' >"$corpus/csv"
        printf '1{"output":"a.pdf","topics":["tace"],"patient.name":"Pat","body-size":14}\n{"output":"b.pdf","collection":"newly-diagnosed"}\n' >"$corpus/jsonl" ;;
    FuzzForm)
        printf '0topics=tace&topics=sirt&layout=large-print&title=My+notes&patient.name=P%%C3%%A9t&body-size=14' >"$corpus/form"
        printf '1{"topics":["tace"],"layout":"standard","cover":true,"bodySize":13.5,"details":{"patient":{"name":"Pat"}}}' >"$corpus/json" ;;
    esac
}

export ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1
for target in "${targets[@]}"; do
    seed "$target"
    echo "## $target for ${seconds}s (corpus $work/$target/corpus)"
    started=$(date +%s)
    nice -n 19 "$bin/$target" -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
        -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 -max_len=65536 \
        -dict="$root/Benchmarks/Fuzz/$target.dict" -artifact_prefix="$work/$target/crashes/" \
        "$work/$target/corpus" 2>&1 | tee "$work/$target/log-$started.txt" | grep -E '^#[0-9]+.*(NEW|REDUCE)?|crash|CRASH|ERROR|==[0-9]+==' | tail -n 40 || true
    echo "$target: ran $(( $(date +%s) - started )) s; crashing inputs: $(ls "$work/$target/crashes" | wc -l)" | tee -a "$work/runs.txt"
done
