#!/usr/bin/env bash
# Braille (BRF) and HTML of the full booklet, warm, against the 50 ms target (a benchmark, not a test).
# Usage: bash Benchmarks/formats.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product formats >/dev/null
.build/release/formats "${1:-50}" full-booklet
