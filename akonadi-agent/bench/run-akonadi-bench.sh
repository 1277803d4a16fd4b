#!/bin/sh
# Runs the agent benchmark under akonaditest (isolated Akonadi, SQLite) with a generated calendar
# of EVENTS events, 1% of them interviews, loaded by the knut test resource.
#   akonadi-agent/bench/run-akonadi-bench.sh BUILD_DIR [EVENTS]
# BENCH_LOG=FILE keeps the servers' and the agent's log (timestamps) for a closer look.
set -eu
BUILD=$(cd "$1" && pwd)
EVENTS=${2:-10000}
HERE=$(cd "$(dirname "$0")" && pwd)
ENV_DIR=$(mktemp -d)
trap 'rm -rf "$ENV_DIR"' EXIT

# Events and tasks in two knut resources: knut rewrites its whole file on every change, and the
# tasks must not pay for rewriting 10,000 events each time.
mkdir -p "$ENV_DIR/xdgconfig" "$ENV_DIR/xdglocal"
cp "$HERE/../autotests/unittestenv/xdgconfig/akonadi-firstrunrc" "$ENV_DIR/xdgconfig/"
for n in 0 1; do
    printf '[General]\nDataFile[$e]=$XDG_DATA_HOME/calendar%s.xml\nFileWatchingEnabled=false\n' "$n" \
        > "$ENV_DIR/xdgconfig/akonadi_knut_resource_${n}rc"
done
cat > "$ENV_DIR/config.xml" <<'XML'
<config>
  <confighome>xdgconfig</confighome>
  <datahome>xdglocal</datahome>
  <agent synchronize="true">akonadi_knut_resource</agent>
  <agent synchronize="true">akonadi_knut_resource</agent>
  <envvar name="QT_QPA_PLATFORM">offscreen</envvar>
  <envvar name="TZ">Europe/Berlin</envvar>
  <envvar name="QT_LOGGING_RULES">*.debug=false;org.kde.pim.interviewfollowupsagent.debug=true</envvar>
  <envvar name="QT_MESSAGE_PATTERN">%{time h:mm:ss.zzz} %{category} %{message}</envvar>
</config>
XML
cat > "$ENV_DIR/xdglocal/calendar1.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<knut>
  <collection rid="tasks" name="Tasks" content="application/x-vnd.akonadi.calendar.todo"/>
</knut>
XML
/usr/bin/python3 - "$ENV_DIR/xdglocal/calendar0.xml" "$EVENTS" <<'PY'
import datetime, sys
from xml.sax.saxutils import escape
path, count = sys.argv[1], int(sys.argv[2])
now = datetime.datetime.now(datetime.timezone.utc).replace(minute=0, second=0, microsecond=0)
def fmt(t): return t.strftime("%Y%m%dT%H%M%SZ")
items = []
for i in range(count):
    start = now + datetime.timedelta(days=(i * 7919) % 330 - 25, hours=i % 9)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//interview-followups//bench//EN",
             "BEGIN:VEVENT", f"UID:bench-{i}@example.org", f"DTSTAMP:{fmt(now)}",
             f"DTSTART:{fmt(start)}", f"DTEND:{fmt(start + datetime.timedelta(hours=1))}"]
    if i % 100 == 0:
        lines += [f"SUMMARY:Interview: Company{i} – Engineer",
                  f"ORGANIZER;CN=Recruiter:mailto:recruiter{i}@company.example",
                  f"ATTENDEE;CN=Alice:mailto:alice{i}@company.example",
                  f"ATTENDEE;CN=Bob:mailto:bob{i}@company.example"]
    else:
        lines += [f"SUMMARY:Meeting {i}", "DESCRIPTION:Weekly sync"]
    lines += ["END:VEVENT", "END:VCALENDAR", ""]
    payload = escape("\r\n".join(lines))
    items.append(f'    <item rid="e{i}" mimetype="application/x-vnd.akonadi.calendar.event">'
                 f'<payload>{payload}</payload></item>')
with open(path, "w") as out:
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n<knut>\n'
              '  <collection rid="interviews" name="Interviews" '
              'content="application/x-vnd.akonadi.calendar.event">\n')
    out.write("\n".join(items))
    out.write('\n  </collection>\n</knut>\n')
PY

export XDG_DATA_DIRS="$BUILD/share:/usr/local/share:/usr/share"
export QT_QPA_PLATFORM=offscreen
# KF6 keeps the agent's state in $XDG_STATE_HOME, which akonaditest does not isolate. Not exec'd, so
# that the trap removes the environment afterwards.
export XDG_STATE_HOME="$ENV_DIR/state"
dbus-run-session -- akonaditest -c "$ENV_DIR/config.xml" -b sqlite \
    "$BUILD/akonadi-agent/bench/followupsagentbench" 2>"${BENCH_LOG:-/dev/null}"
