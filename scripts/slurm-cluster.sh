#!/usr/bin/env bash
# A one-node Slurm cluster on this machine, for CI and developers (no systemd needed).
#
#   scripts/slurm-cluster.sh start    munge key + munged, slurm.conf for this host, slurmctld, slurmd;
#                                     returns once `sinfo` shows the node idle (nothing to do if up)
#   scripts/slurm-cluster.sh stop     cancel every job, stop slurmd, slurmctld (and munged if we started it)
#   scripts/slurm-cluster.sh status   exit 0 when the node answers idle/mixed/allocated, else 1
#
# Needs root (munged runs as the munge user, slurmd as root) and Debian's packages:
#   apt-get install -y --no-install-recommends slurmctld slurmd slurm-client munge
# State, logs and the generated slurm.conf live in $TRAINERD_SLURM_DIR (default /tmp/trainerd-slurm);
# the config is also installed as /etc/slurm/slurm.conf so that plain `sbatch`/`squeue` find it. A
# /etc/slurm/slurm.conf that this script did not write (a real cluster's) is never replaced.
# The settings and why each is there: docs/cluster.md ("The test cluster").
set -euo pipefail

STATE="${TRAINERD_SLURM_DIR:-/tmp/trainerd-slurm}"
CONF_DIR=/etc/slurm
CONF="$CONF_DIR/slurm.conf"
MARKER="# trainerd one-node test cluster (scripts/slurm-cluster.sh)"
WAIT_S="${TRAINERD_SLURM_WAIT:-60}"

say() { echo "slurm-cluster: $*" >&2; }
die() { say "$*"; exit "${2:-1}"; }

need_installed() {
  local missing=()
  for exe in /usr/sbin/slurmctld /usr/sbin/slurmd /usr/sbin/munged sbatch squeue sinfo scontrol munge; do
    command -v "$exe" >/dev/null 2>&1 || missing+=("$exe")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    die "Slurm is not installed (missing: ${missing[*]}); install it with:
  apt-get install -y --no-install-recommends slurmctld slurmd slurm-client munge" 3
  fi
}

need_root() {
  [ "$(id -u)" = 0 ] || die "run as root (e.g. sudo $0 $1): munged runs as the munge user and slurmd as root" 4
}

ours() { [ -f "$CONF" ] && head -n 1 "$CONF" | grep -qxF "$MARKER"; }

pid_of() {  # the live pid recorded in file $1, or nothing
  local pid
  pid="$(cat "$1" 2>/dev/null || true)"
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then echo "$pid"; fi
}

node_state() { timeout 10 sinfo -h -o '%t' 2>/dev/null | sed -n 1p || true; }

is_up() {
  ours || return 1
  [ -n "$(pid_of "$STATE/slurmctld.pid")" ] && [ -n "$(pid_of "$STATE/slurmd.pid")" ] || return 1
  case "$(node_state)" in
    idle | mix | alloc | comp) return 0 ;;
    *) return 1 ;;
  esac
}

start_munge() {
  if munge -n 2>/dev/null | unmunge >/dev/null 2>&1; then return 0; fi  # a munged already answers
  local stale
  stale="$(pid_of /run/munge/munged.pid)"
  if [ -n "$stale" ]; then  # runs but does not answer (its socket was removed): replace it
    kill "$stale" 2>/dev/null || true
    local until=$((SECONDS + 10))
    while kill -0 "$stale" 2>/dev/null && [ $SECONDS -lt $until ]; do sleep 0.1; done
  fi
  install -d -o munge -g munge -m 0755 /run/munge
  if [ ! -s /etc/munge/munge.key ]; then
    install -d -o munge -g munge -m 0700 /etc/munge
    runuser -u munge -- mungekey --create --keyfile=/etc/munge/munge.key
  fi
  runuser -u munge -- /usr/sbin/munged --force 9>&-  # the daemons must not hold the script's lock
  touch "$STATE/munged-started-here"
  local deadline=$((SECONDS + WAIT_S))
  until munge -n 2>/dev/null | unmunge >/dev/null 2>&1; do
    [ $SECONDS -lt $deadline ] || die "munged did not answer within ${WAIT_S} s (see /var/log/munge/munged.log)"
    sleep 0.1
  done
}

write_conf() {
  local host node cpus mem
  host="$(hostname -s)"
  node="$(/usr/sbin/slurmd -C | sed -n 1p)"  # NodeName=<host> CPUs=… Boards=… … RealMemory=…
  cpus="$(sed -n 's/.* CPUs=\([0-9]*\).*/\1/p' <<<"$node")"
  mem="$(sed -n 's/.*RealMemory=\([0-9]*\).*/\1/p' <<<"$node")"
  [ -n "$cpus" ] && [ -n "$mem" ] || die "cannot read this host's CPUs/memory from 'slurmd -C': $node"
  # 8 one-CPU jobs at once even on a 2-core machine (tests submit several); memory a little below
  # what slurmd measures, or the node is drained as "Low RealMemory"
  [ "$cpus" -ge 8 ] || cpus=8
  mem=$((mem * 9 / 10))
  mkdir -p "$STATE/state" "$STATE/spool"
  cat >"$STATE/slurm.conf" <<EOF
$MARKER
ClusterName=trainerd
SlurmctldHost=$host(127.0.0.1)
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
MpiDefault=none
StateSaveLocation=$STATE/state
SlurmdSpoolDir=$STATE/spool
SlurmctldPidFile=$STATE/slurmctld.pid
SlurmdPidFile=$STATE/slurmd.pid
SlurmctldLogFile=$STATE/slurmctld.log
SlurmdLogFile=$STATE/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core_Memory
DefMemPerCPU=1024
SchedulerParameters=batch_sched_delay=0
EnforcePartLimits=ALL
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/filetxt
JobCompLoc=$STATE/jobcomp.txt
MinJobAge=86400
KillWait=5
ReturnToService=2
SlurmdParameters=config_overrides
NodeName=$host NodeAddr=127.0.0.1 CPUs=$cpus RealMemory=$mem State=UNKNOWN
PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP
EOF
  if [ -e "$CONF" ] && ! ours; then
    die "$CONF exists and was not written by this script (a real cluster's?): not replacing it.
Move it away to use the test cluster here." 5
  fi
  install -d -m 0755 "$CONF_DIR"
  install -m 0644 "$STATE/slurm.conf" "$CONF"
}

start() {
  need_installed
  need_root start
  if is_up; then say "already running ($(hostname -s): $(node_state))"; return 0; fi
  mkdir -p "$STATE"
  start_munge
  write_conf
  [ -n "$(pid_of "$STATE/slurmctld.pid")" ] || /usr/sbin/slurmctld 9>&-
  [ -n "$(pid_of "$STATE/slurmd.pid")" ] || /usr/sbin/slurmd -N "$(hostname -s)" 9>&-
  local deadline=$((SECONDS + WAIT_S)) state=""
  while :; do
    state="$(node_state)"
    case "$state" in
      idle | mix | alloc) break ;;
      drain* | down*)  # left over from an earlier run with other settings: bring it back
        scontrol update NodeName="$(hostname -s)" State=RESUME >/dev/null 2>&1 || true ;;
    esac
    if [ $SECONDS -ge $deadline ]; then
      tail -n 20 "$STATE/slurmctld.log" "$STATE/slurmd.log" >&2 || true
      die "the node is not idle after ${WAIT_S} s (sinfo says '${state:-nothing}'); logs in $STATE"
    fi
    sleep 0.1
  done
  say "up: node $(hostname -s) $state, partition debug (state and logs in $STATE)"
}

stop() {
  need_root stop
  if [ -n "$(pid_of "$STATE/slurmctld.pid")" ]; then
    # jobs first: killing the daemons under a running job leaves slurmstepd and the job running
    local jobs
    jobs="$(timeout 10 squeue -h -o '%i' 2>/dev/null || true)"
    if [ -n "$jobs" ]; then
      # shellcheck disable=SC2086
      scancel $jobs 2>/dev/null || true
      local deadline=$((SECONDS + 20))
      while [ -n "$(timeout 10 squeue -h -o '%i' 2>/dev/null || true)" ] && [ $SECONDS -lt $deadline ]; do
        sleep 0.2
      done
    fi
  fi
  local pidfile pid
  for pidfile in "$STATE/slurmd.pid" "$STATE/slurmctld.pid"; do
    pid="$(pid_of "$pidfile")"
    [ -n "$pid" ] || continue
    kill "$pid" 2>/dev/null || true
    local deadline=$((SECONDS + 15))
    while kill -0 "$pid" 2>/dev/null && [ $SECONDS -lt $deadline ]; do sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
  done
  if [ -f "$STATE/munged-started-here" ]; then
    pid="$(pid_of /run/munge/munged.pid)"
    if [ -n "$pid" ]; then
      kill "$pid" 2>/dev/null || true
      local deadline=$((SECONDS + 10))
      while kill -0 "$pid" 2>/dev/null && [ $SECONDS -lt $deadline ]; do sleep 0.1; done
    fi
    rm -f "$STATE/munged-started-here"
  fi
  say "stopped (state kept in $STATE: job ids keep counting up across restarts)"
}

status() {
  need_installed
  if is_up; then
    say "up: $(timeout 10 sinfo -h -o '%P %D %t %N' | sed -n 1p)"
    return 0
  fi
  say "down (slurmctld: $(pid_of "$STATE/slurmctld.pid" || true), slurmd: $(pid_of "$STATE/slurmd.pid" || true))"
  return 1
}

locked() {  # one start/stop at a time on this machine (tests of several worktrees share the cluster)
  mkdir -p "$STATE"
  exec 9>"$STATE/.script.lock"
  flock -w 120 9 || die "another start/stop has held $STATE/.script.lock for 2 minutes"
  "$@"
}

case "${1:-}" in
  start) need_installed; need_root start; locked start ;;
  stop) need_root stop; locked stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
