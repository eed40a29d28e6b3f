#!/usr/bin/env bash
# Speed and memory benchmarks (not tests). Builds release, then measures:
#   (a) one standard handout (newly-diagnosed, personalised) as a cold process;
#   (b) batches of 1000 and 5000 personalised rows on all cores: leaflets/s and peak memory;
#   (c) the same handout in Typst (PyPI package typst), for reference;
#   (d) the floor (Benchmarks/Floor/floor.c): the same handout's lines, already broken and placed,
#       shaped with HarfBuzz and drawn with cairo, with no layout; each figure is printed beside it.
#   (e) CPU per leaflet by stage in one batch worker, with the PDF/UA and PDF/A post-step's share.
# Usage: bash Benchmarks/run.sh   (needs hyperfine and /usr/bin/time: apt-get install hyperfine time)
set -euo pipefail
cd "$(dirname "$0")/.."
make release >/dev/null
H=$PWD/.build/release/handout
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
date=2026-11-23

cpu_seconds() { awk -F': ' '/User time|System time/ {s += $2} END {print s}' "$1"; }

"$H" build --collection newly-diagnosed --set patient.name="Pat Example" -o "$work/one.pdf" --date $date
gcc -O2 -o "$work/floor" Benchmarks/Floor/floor.c $(pkg-config --cflags --libs cairo-ft harfbuzz freetype2)
python3 Benchmarks/Floor/lines_from_pdf.py "$work/one.pdf" > "$work/lines.tsv"
mkdir -p "$work/floor-a" "$work/floor-b"
floor="$work/floor $work/lines.tsv Fonts/AtkinsonHyperlegible-Regular.ttf Fonts/AtkinsonHyperlegible-Bold.ttf"

echo "## (a) one handout, cold process, against the floor (runs alternate)"
hyperfine --warmup 3 --runs 30 --style basic --export-json "$work/cold.json" \
    "$H build --collection newly-diagnosed --set patient.name='Pat Example' -o $work/one.pdf --date $date" \
    "$floor $work/floor-a 1"
python3 -c "import json,sys; r=json.load(open(sys.argv[1]))['results']; print(f'  cold ratio to the floor: {r[0][\"median\"] / r[1][\"median\"]:.2f}x (medians {r[0][\"median\"]*1000:.1f} ms and {r[1][\"median\"]*1000:.1f} ms; goal 2.0x)')" "$work/cold.json"

echo "## (b) batches on $(nproc) cores"
for rows in 1000 5000; do
    python3 Benchmarks/make_manifest.py $rows > "$work/m$rows.csv"
    mkdir -p "$work/out$rows"
    /usr/bin/time -v "$H" batch "$work/m$rows.csv" --out-dir "$work/out$rows" --date $date 2> "$work/time$rows.txt"
    grep -E "Maximum resident" "$work/time$rows.txt" | sed "s/^\s*/  $rows rows: /"
    rm -rf "$work/out$rows"
    # The floor's batch: one process a core, each writing its share of the copies.
    half=$((rows / 2))
    /usr/bin/time -v bash -c "$floor $work/floor-a $half & $floor $work/floor-b $((rows - half)) & wait" 2> "$work/floor$rows.txt"
    rm -f "$work"/floor-[ab]/*.pdf
    awk -v rows=$rows -v h="$(cpu_seconds "$work/time$rows.txt")" -v f="$(cpu_seconds "$work/floor$rows.txt")" 'BEGIN {
        printf "  %d rows: CPU per leaflet %.1f ms, floor %.1f ms, ratio %.2fx (goal 1.0x)\n", rows, h * 1000 / rows, f * 1000 / rows, h / f }'
done

echo "## (c) Typst, same topics"
python3 -c "import typst" 2>/dev/null || python3 -m pip install --quiet typst
python3 Benchmarks/typst_reference.py Content "$work/ref.typ"
hyperfine --warmup 3 --runs 20 --style basic \
    "python3 -c 'import typst'" \
    "python3 -c 'import typst; typst.compile(\"$work/ref.typ\", output=\"$work/ref.pdf\")'"
echo "Typst pages: $(pdfinfo "$work/ref.pdf" | awk '/^Pages/ {print $2}'); handout pages: $(pdfinfo "$work/one.pdf" | awk '/^Pages/ {print $2}')"

echo "## (e) CPU per leaflet by stage, and the conformance post-step's share"
.build/release/stages 300 newly-diagnosed standard
