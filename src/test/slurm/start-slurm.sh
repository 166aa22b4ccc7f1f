#!/usr/bin/env bash
# Start a single-node SLURM cluster (munged + slurmctld + slurmd) without systemd.
# Needs root and: apt-get install -y slurm-wlm munge
# Idempotent: daemons that are already running (per their PID files) are left alone.
set -euo pipefail

BASE=${SLURM_BASE:-/tmp/slurm}          # state, logs, PID files
CONF=/etc/slurm/slurm.conf              # default path compiled into the Debian binaries
RUN=$BASE/run LOG=$BASE/log
NODE=localhost                          # node name, independent of `hostname`
TIMEOUT=${SLURM_START_TIMEOUT:-60}
export PATH=$PATH:/usr/sbin:/sbin               # slurmctld, slurmd, munged, runuser

[ "$(id -u)" = 0 ] || { echo "start-slurm.sh: must run as root" >&2; exit 1; }
mkdir -p "$RUN" "$LOG" "$BASE/ctld" "$BASE/d" /etc/slurm

# alive PIDFILE NAME: true if the PID in PIDFILE is a live process called NAME
alive() { local p; p=$(cat "$1" 2>/dev/null) || return 1
          [ -n "$p" ] && [ "$(cat /proc/"$p"/comm 2>/dev/null)" = "$2" ]; }

# ---- munge -----------------------------------------------------------------
if ! munge -n </dev/null 2>/dev/null | unmunge >/dev/null 2>&1; then
  if [ ! -s /etc/munge/munge.key ]; then
    mungekey --create --keyfile=/etc/munge/munge.key
  fi
  chown munge:munge /etc/munge/munge.key; chmod 0400 /etc/munge/munge.key
  # /run/munge is normally created by systemd-tmpfiles; without systemd it is missing.
  install -d -o munge -g munge -m 0755 /run/munge
  install -d -o munge -g munge -m 0700 /var/log/munge /var/lib/munge
  runuser -u munge -- /usr/sbin/munged          # forks; writes /run/munge/munged.pid
  for _ in $(seq 50); do [ -s /run/munge/munged.pid ] && break; sleep 0.1; done
  cp /run/munge/munged.pid "$RUN/munged.pid"    # record: this script started it
  munge -n </dev/null | unmunge >/dev/null      # fail here if munge does not work
fi

# ---- slurm.conf ------------------------------------------------------------
# Hardware line as slurmd detects it (CPUs, sockets, cores, threads, RealMemory).
HW=$(slurmd -C | sed -n 's/^NodeName=[^ ]* //p' | sed 's/ *UpTime=.*//')
TMP=$(mktemp)
cat >"$TMP" <<EOF
ClusterName=local
SlurmctldHost=localhost
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
MpiDefault=none
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
SchedulerType=sched/backfill
SchedulerParameters=batch_sched_delay=0
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
DependencyParameters=kill_invalid_depend
MailProg=/bin/true
# Finished jobs stay visible to squeue/scontrol for MinJobAge seconds.
MinJobAge=300
StateSaveLocation=$BASE/ctld
SlurmdSpoolDir=$BASE/d
SlurmctldPidFile=$RUN/slurmctld.pid
SlurmdPidFile=$RUN/slurmd.pid
SlurmctldLogFile=$LOG/slurmctld.log
SlurmdLogFile=$LOG/slurmd.log
SlurmctldDebug=info
SlurmdDebug=info
NodeName=$NODE NodeAddr=127.0.0.1 $HW State=UNKNOWN
PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP
EOF
CHANGED=0
if ! cmp -s "$TMP" "$CONF"; then install -m 0644 "$TMP" "$CONF"; CHANGED=1; fi
rm -f "$TMP"

# ---- daemons ---------------------------------------------------------------
if alive "$RUN/slurmctld.pid" slurmctld; then
  if [ $CHANGED = 1 ]; then scontrol reconfigure; fi
else
  slurmctld                                     # forks; writes SlurmctldPidFile
fi
T0=0
if ! alive "$RUN/slurmd.pid" slurmd; then
  T0=$(date +%s)
  slurmd -N "$NODE"                             # forks; writes SlurmdPidFile
fi

# ---- wait until the node accepts work -------------------------------------
# After a restart the saved node state can read "idle" before the new slurmd
# has registered, so also require a SlurmdStartTime from this run.
end=$((SECONDS + TIMEOUT))
while :; do
  state=$(sinfo -h -n "$NODE" -o %T 2>/dev/null || true)
  st=$(scontrol -o show node "$NODE" 2>/dev/null |
       sed -n 's/.*SlurmdStartTime=\([0-9T:-]*\).*/\1/p')
  st=$( [ -n "$st" ] && date -d "$st" +%s 2>/dev/null || echo 0)
  case $state in
    idle|mixed|allocated|completing) [ "$st" -ge "$T0" ] && break ;;
  esac
  if [ $SECONDS -ge $end ]; then
    echo "start-slurm.sh: node not ready (state '$state'); see $LOG" >&2
    exit 1
  fi
  sleep 0.5
done
sinfo
