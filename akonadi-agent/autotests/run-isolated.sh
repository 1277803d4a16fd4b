#!/bin/sh
# Runs a Qt test under akonaditest (an isolated Akonadi server, SQLite) on its own D-Bus session bus.
#   run-isolated.sh DBUS_RUN_SESSION AKONADITEST CONFIG_XML TEST_BINARY [TEST_ARGUMENT…]
# akonaditest gives each run fresh config and data homes but leaves $XDG_STATE_HOME alone, and that
# is where KF6's KSharedConfig::openStateConfig keeps the agent's state (remembered deletions):
# without a fresh one per run, a second run would start with the first run's memory.
set -eu
state=$(mktemp -d "${TMPDIR:-/tmp}/followups-agent-state.XXXXXX")
trap 'rm -rf "$state"' EXIT
dbus_run_session=$1 akonaditest=$2 config=$3
shift 3
XDG_STATE_HOME=$state "$dbus_run_session" -- "$akonaditest" -c "$config" -b sqlite "$@"
