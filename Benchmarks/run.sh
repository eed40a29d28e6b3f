#!/usr/bin/env bash
# Speed and memory benchmarks (not tests). Builds release, then measures:
#   (a) one standard handout (newly-diagnosed, personalised) as a cold process;
#   (b) batches of 1000 and 5000 personalised rows on all cores: leaflets/s and peak memory;
#   (c) the same handout in Typst (PyPI package typst), for reference.
# Usage: bash Benchmarks/run.sh   (needs hyperfine and /usr/bin/time: apt-get install hyperfine time)
set -euo pipefail
cd "$(dirname "$0")/.."
make release >/dev/null
H=$PWD/.build/release/handout
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
date=2026-11-23

echo "## (a) one handout, cold process"
"$H" build --collection newly-diagnosed --set patient.name="Pat Example" -o "$work/one.pdf" --date $date
hyperfine --warmup 3 --runs 30 --style basic \
    "$H build --collection newly-diagnosed --set patient.name='Pat Example' -o $work/one.pdf --date $date"

echo "## (b) batches on $(nproc) cores"
for rows in 1000 5000; do
    python3 Benchmarks/make_manifest.py $rows > "$work/m$rows.csv"
    mkdir -p "$work/out$rows"
    /usr/bin/time -v "$H" batch "$work/m$rows.csv" --out-dir "$work/out$rows" --date $date 2> "$work/time$rows.txt"
    grep -E "Maximum resident" "$work/time$rows.txt" | sed "s/^\s*/  $rows rows: /"
    rm -rf "$work/out$rows"
done

echo "## (c) Typst, same topics"
python3 -c "import typst" 2>/dev/null || python3 -m pip install --quiet typst
python3 Benchmarks/typst_reference.py Content "$work/ref.typ"
hyperfine --warmup 3 --runs 20 --style basic \
    "python3 -c 'import typst'" \
    "python3 -c 'import typst; typst.compile(\"$work/ref.typ\", output=\"$work/ref.pdf\")'"
echo "Typst pages: $(pdfinfo "$work/ref.pdf" | awk '/^Pages/ {print $2}'); handout pages: $(pdfinfo "$work/one.pdf" | awk '/^Pages/ {print $2}')"
