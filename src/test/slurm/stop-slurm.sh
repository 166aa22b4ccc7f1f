#!/usr/bin/env bash
# Stop the daemons that start-slurm.sh started, using only its PID files.
set -uo pipefail

BASE=${SLURM_BASE:-/tmp/slurm}
RUN=$BASE/run
export PATH=$PATH:/usr/sbin:/sbin

# alive NAME: true if $RUN/NAME.pid holds the PID of a live process called NAME
alive() { local p; p=$(cat "$RUN/$1.pid" 2>/dev/null) || return 1
          [ -n "$p" ] && [ "$(cat /proc/"$p"/comm 2>/dev/null)" = "$1" ]; }

# stop NAME: SIGTERM the process recorded in $RUN/NAME.pid and wait for it
stop() {
  local f=$RUN/$1.pid p
  p=$(cat "$f" 2>/dev/null) || return 0
  if alive "$1"; then
    kill -TERM "$p"
    for _ in $(seq 100); do [ -d /proc/"$p" ] || break; sleep 0.1; done
    [ -d /proc/"$p" ] && { echo "stop-slurm.sh: $1 ($p) still running, sending KILL" >&2; kill -KILL "$p"; }
    echo "stopped $1 ($p)"
  fi
  rm -f "$f"
}

# Cancel remaining jobs first: their slurmstepd processes would otherwise
# outlive slurmd and keep running.
if alive slurmctld && alive slurmd; then
  scancel --partition=debug 2>/dev/null
  for _ in $(seq 40); do [ -z "$(squeue -h 2>/dev/null)" ] && break; sleep 0.5; done
fi

stop slurmd
stop slurmctld
stop munged
