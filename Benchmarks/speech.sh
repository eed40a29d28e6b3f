#!/usr/bin/env bash
# Audio speed (not a test): builds the release benchmark and reads the full booklet aloud to MP3,
# printing how many times faster than real time that was (the target is 20x or more).
#   Benchmarks/speech.sh [COLLECTION] [RATE]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
swift build -c release --static-swift-stdlib --package-path "$root" --product speech >/dev/null
"$root/.build/release/speech" "$@"
