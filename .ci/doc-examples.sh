#!/usr/bin/env bash
# Runs every shell example in README.md and docs/*.md, so none goes stale. CI runs it after the
# release build (.ci/run); `make examples` runs it by hand.
#
# Each ```sh block runs with `bash -e` in a fresh temporary folder holding the files in
# .ci/examples/ (a manifest, a details file), with `.build` and `.venv` linked from the repository
# (so `H=.build/release/handout` and `.venv/bin/python` work as written), `$H` set to the release
# binary and `handout` on PATH. A block that cannot run here (set-up commands, a server that
# never exits, a Slurm cluster, a benchmark) is preceded by a line
#     <!-- example: not run (reason) -->
# and is only listed. The run fails if any other block fails.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
binary="$root/.build/release/handout"
[ -x "$binary" ] || { echo "doc-examples: build first: make release" >&2; exit 1; }
bin="$(mktemp -d)"
ln -s "$binary" "$bin/handout"
trap 'rm -rf "$bin"' EXIT

ran=0 failed=0 skipped=0
# Prints each block as: FILE<TAB>LINE<TAB>run|skip<TAB>base64 of the block.
blocks() {
    python3 - "$@" <<'PY'
import base64, re, sys
for path in sys.argv[1:]:
    lines = open(path, encoding="utf-8").read().split("\n")
    i = 0
    while i < len(lines):
        if lines[i].strip() == "```sh":
            start, body = i + 1, []
            i += 1
            while lines[i].strip() != "```":
                body.append(lines[i])
                i += 1
            before = next((l for l in reversed(lines[:start - 1]) if l.strip()), "")
            mode = "skip" if re.match(r"<!-- example: not run \(.+\) -->", before.strip()) else "run"
            print(f"{path}\t{start}\t{mode}\t{base64.b64encode(chr(10).join(body).encode()).decode()}")
        i += 1
PY
}

cd "$root"
while IFS=$'\t' read -r file line mode code; do
    if [ "$mode" = skip ]; then
        echo "not run: $file:$line"
        skipped=$((skipped + 1))
        continue
    fi
    work="$(mktemp -d)"
    cp -R .ci/examples/. "$work/"
    ln -s "$root/.build" "$work/.build"
    [ -d "$root/.venv" ] && ln -s "$root/.venv" "$work/.venv"
    started=$SECONDS
    if (cd "$work" && echo "$code" | base64 -d | PATH="$bin:$PATH" H="$binary" HANDOUT_HOME="$root" bash -e >"$work/.log" 2>&1); then
        echo "ok: $file:$line ($((SECONDS - started)) s)"
        ran=$((ran + 1))
    else
        echo "FAILED: $file:$line" >&2
        sed 's/^/    /' "$work/.log" >&2
        failed=$((failed + 1))
    fi
    rm -rf "$work"
done < <(blocks README.md docs/*.md)
echo "doc examples: $ran ran, $skipped not run, $failed failed"
[ "$failed" -eq 0 ]
