#!/usr/bin/env bash
# The scale test: a real one-node Slurm cluster on this machine runs a 4-task job array over a
# 2,000-row manifest. One task is killed midway (scancel --signal=KILL) and resubmitted alone
# with --resume; then batch-report must say every row is built, and the results manifests and
# the output folder must show each row built exactly once, with no duplicates and no temporary
# files left. The daemons this script starts (munged, slurmctld, slurmd) are stopped by their
# PIDs at the end, whatever happens.
#
# Usage: deploy/slurm/local-test.sh [ROWS]      (run by `make scale-test`; needs root or sudo
#        the first time, to install slurm-wlm and munge from Debian)
# HANDOUT=path/to/handout uses that binary instead of building the release one.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD
rows=${1:-2000}
tasks=4
cancelled=2   # the array index to kill midway and resubmit
sudo=$([[ $(id -u) == 0 ]] || echo sudo)
say() { printf '== %s\n' "$*"; }
fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }

missing=$(for p in slurm-wlm munge python3; do dpkg -s "$p" >/dev/null 2>&1 || echo "$p"; done)
if [[ -n "$missing" ]]; then
    say "installing" $missing
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing
fi

if [[ -z "${HANDOUT:-}" ]]; then
    say "building the release binary"
    swift build -c release --static-swift-stdlib >/dev/null
    HANDOUT=$repo/.build/release/handout
fi
[[ -x "$HANDOUT" ]] || fail "no handout binary at $HANDOUT"

work=$(mktemp -d /tmp/handout-slurm.XXXXXX)
chmod 755 "$work"
mkdir -p "$work"/{state,spool,logs,out}
pids=()
stop_daemons() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do
        for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$pid" 2>/dev/null || true
    done
}
trap 'stop_daemons; [[ ! -d "$work" ]] || echo "logs and outputs: $work"' EXIT

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
node=$(hostname -s)
user=$(id -un)

say "munged"
dd if=/dev/urandom of="$work/munge.key" bs=1024 count=1 status=none
chmod 600 "$work/munge.key"
munged --foreground --force --key-file="$work/munge.key" --socket="$work/munge.socket" \
    --pid-file="$work/munged.pid" --log-file="$work/logs/munged.log" --seed-file="$work/munge.seed" \
    >>"$work/logs/munged.log" 2>&1 &
pids+=($!)
for _ in $(seq 50); do [[ -S "$work/munge.socket" ]] && break; sleep 0.1; done
[[ -S "$work/munge.socket" ]] || fail "munged did not start (see $work/logs/munged.log)"

say "slurm.conf for one node, $node, with $(nproc) CPUs"
cat > "$work/slurm.conf" <<CONF
ClusterName=handout-test
SlurmctldHost=$node(127.0.0.1)
SlurmctldPort=$(free_port)
SlurmdPort=$(free_port)
SlurmUser=$user
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$work/munge.socket
StateSaveLocation=$work/state
SlurmdSpoolDir=$work/spool
SlurmctldPidFile=$work/slurmctld.pid
SlurmdPidFile=$work/slurmd.pid
SlurmctldLogFile=$work/logs/slurmctld.log
SlurmdLogFile=$work/logs/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SchedulerType=sched/builtin
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
MpiDefault=none
ReturnToService=2
SlurmdParameters=config_overrides
KillWait=5
NodeName=$node NodeAddr=127.0.0.1 CPUs=$(nproc) State=UNKNOWN
PartitionName=batch Nodes=$node Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF=$work/slurm.conf

say "slurmctld and slurmd"
slurmctld -D -i -f "$SLURM_CONF" >>"$work/logs/slurmctld.log" 2>&1 &
pids+=($!)
slurmd -D -f "$SLURM_CONF" -N "$node" >>"$work/logs/slurmd.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do sinfo -h -o '%T' 2>/dev/null | grep -qE '^idle' && break; sleep 0.2; done
sinfo -h -o '%T' | grep -qE '^idle' || fail "the node never became idle (see $work/logs)"

say "a $rows-row manifest, $tasks array tasks"
python3 Benchmarks/make_manifest.py "$rows" > "$work/manifest.csv"
submit() {  # ARRAY [VARIABLE=VALUE,...]: submits the array script, prints the job id
    sbatch --parsable --array="$1" --chdir="$work" --output="$work/logs/task-%A_%a.out" \
        --export="ALL,HANDOUT=$HANDOUT,HANDOUT_HOME=$repo,MANIFEST=$work/manifest.csv,OUT_DIR=$work/out,HANDOUT_DATE=2026-11-23${2:+,$2}" \
        deploy/slurm/handout-array.sbatch
}
wait_for() {  # job id: until no task of it is queued or running
    for _ in $(seq 3000); do [[ -z "$(squeue -h -j "$1" 2>/dev/null)" ]] && return; sleep 0.2; done
    fail "job $1 did not finish"
}
job=$(submit 0-$((tasks - 1)))
say "job $job submitted"

results=$work/out/results-$((cancelled + 1))-of-$tasks.jsonl
shard_rows=$(( (rows - cancelled + tasks - 1) / tasks ))
for _ in $(seq 3000); do
    [[ -f "$results" ]] && (( $(wc -l < "$results") >= shard_rows / 5 )) && break
    [[ -n "$(squeue -h -j "$job" 2>/dev/null)" ]] || break
    sleep 0.1
done
[[ -f "$results" ]] || { cat "$work"/logs/task-*.out; fail "task $cancelled wrote no results"; }
done_before=$(wc -l < "$results")
(( done_before < shard_rows )) || fail "task $cancelled finished before it could be cancelled"
scancel --signal=KILL --full "${job}_${cancelled}"
scancel "${job}_${cancelled}" 2>/dev/null || true
say "killed task $cancelled after $done_before of its $shard_rows rows"
wait_for "$job"
after_kill=$(wc -l < "$results")
(( after_kill < shard_rows )) || fail "task $cancelled was not stopped midway ($after_kill of $shard_rows rows)"

retry=$(submit "$cancelled" "HANDOUT_SHARDS=$tasks,HANDOUT_RESUME=1")
say "task $cancelled resubmitted with --resume as job $retry"
wait_for "$retry"
cat "$work"/logs/task-"${retry}"_*.out

say "batch-report"
"$HANDOUT" batch-report "$work/out" --manifest "$work/manifest.csv" || fail "batch-report found rows failed or missing"

say "every row built exactly once"
python3 - "$work/out" "$rows" "$tasks" "$cancelled" "$after_kill" <<'PY'
import glob, hashlib, json, os, sys
out, rows, tasks, cancelled, after_kill = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
built, kept, last = {}, {}, {}
for path in sorted(glob.glob(os.path.join(out, "results-*-of-%d.jsonl" % tasks))):
    for number, text in enumerate(open(path, encoding="utf-8"), 1):
        entry = json.loads(text)  # every line is whole
        assert entry["status"] in ("built", "skipped"), (path, number, entry)
        table = built if entry["status"] == "built" else kept
        table[entry["output"]] = table.get(entry["output"], 0) + 1
        last[entry["output"]] = entry
names = {"leaflet-%06d.pdf" % i for i in range(rows)}
twice = [name for name, count in built.items() if count > 1]
assert not twice, "built more than once: %s" % twice[:5]
assert set(built) == names, "rows never built: %d" % len(names - set(built))
files = set(os.listdir(out))
stray = sorted(files - names - {"results-%d-of-%d.jsonl" % (k, tasks) for k in range(1, tasks + 1)})
assert not stray, "stray files: %s" % stray[:5]
for name in names:
    data = open(os.path.join(out, name), "rb").read()
    assert hashlib.sha256(data).hexdigest() == last[name]["sha256"] and len(data) == last[name]["bytes"], name
assert 0 < len(kept) <= after_kill, "the resumed task kept %d rows; %d were on record" % (len(kept), after_kill)
print("%d rows, each built once; %d PDFs match their recorded SHA-256; the resumed task kept %d and built the rest"
      % (rows, len(names), len(kept)))
PY
find "$work/out" -name '.handout*' | grep -q . && fail "temporary files left behind"
say "PASS"
[[ -n "${KEEP:-}" ]] || rm -rf "$work"
