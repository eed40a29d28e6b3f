#!/usr/bin/env bash
# Memory benchmark (not a test) for `handout serve`: the server's resident memory after N
# requests, for each N given (default 10000 50000 100000), posting one standard handout per
# request over a few keep-alive connections. Flat numbers mean nothing grows per request.
# Usage: bash Benchmarks/serve_memory.sh [CONNECTIONS] [N...]
#   HANDOUT_BINARY=path skips the release build (e.g. .build/debug/handout for a quick look).
set -euo pipefail
cd "$(dirname "$0")/.."
connections=${1:-4}
shift || true
checkpoints=("$@")
[ ${#checkpoints[@]} -gt 0 ] || checkpoints=(10000 50000 100000)
binary=${HANDOUT_BINARY:-}
if [ -z "$binary" ]; then make release >/dev/null; binary=.build/release/handout; fi
port=18766
"$binary" serve --port $port > /dev/null &
server=$!
trap 'kill $server' EXIT
for _ in $(seq 100); do curl -s -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.1; done
python3 Benchmarks/serve_memory.py $server $port "$connections" "${checkpoints[@]}"
