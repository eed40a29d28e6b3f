#!/usr/bin/env bash
# The raggedness report: builds the release tools and prints how evenly Knuth–Plass fills lines
# compared with first fit, on the whole content library, for the layouts named (names in
# Layouts/ or layout files) or else every layout. Not a timed test.
#   Benchmarks/raggedness.sh [LAYOUT...]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
swift build -c release --static-swift-stdlib --package-path "$root" --product raggedness >/dev/null
"$root/.build/release/raggedness" "$@"
