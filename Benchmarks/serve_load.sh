#!/usr/bin/env bash
# Load benchmark (not a test) for `handout serve` on loopback: requests/s and latency
# percentiles (p99 included) for one standard handout per request.
# Usage: bash Benchmarks/serve_load.sh [seconds] [connections]   (needs wrk: apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-15}
connections=${2:-8}
make release >/dev/null
port=18765
.build/release/handout serve --port $port > /dev/null &
server=$!
trap 'kill $server' EXIT
for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.1; done
wrk --threads 2 --connections "$connections" --duration "${seconds}s" --latency \
    --script Benchmarks/handout-post.lua "http://127.0.0.1:$port/handouts"
