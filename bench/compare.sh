#!/usr/bin/env bash
# Whole-process comparison on the same generated calendar (10,000 events, 1% interviews):
# interview-followups doing the whole job (read, recognise, plan, write tasks) against three
# independent parsers only reading the file (python-icalendar, ical.js, KCalendarCore).
# Prints the mean times and each one's ratio to interview-followups.
# Usage: bench/compare.sh BUILD_DIR [EVENTS]   (BUILD_DIR configured with -DFOLLOWUPS_BUILD_BENCH=ON)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:?usage: compare.sh BUILD_DIR [EVENTS]}" && pwd)
events=${2:-10000}
out="$build/bench-results"
mkdir -p "$out"
calendar="$out/calendar-$events.ics"
/usr/bin/python3 "$here/generate_calendar.py" "$events" "$calendar"

commands=(
    -n interview-followups "$build/cli/interview-followups plan $calendar --no-config --now 2026-11-22T09:00:00Z --zone Europe/Berlin --me me@example.org -o $out/tasks.ics"
    -n python-icalendar "/usr/bin/python3 $here/parse_python_icalendar.py $calendar"
    -n ical.js "node $here/parse_icaljs.mjs $calendar"
)
if [ -x "$build/bench/kcalendarcore_load" ]; then
    commands+=(-n KCalendarCore "$build/bench/kcalendarcore_load $calendar")
fi
hyperfine --warmup 1 --min-runs 5 --export-json "$out/compare.json" "${commands[@]}" >/dev/null

/usr/bin/python3 - "$out/compare.json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
ours = next(r for r in results if r["command"] == "interview-followups")["mean"]
print(f"{'command':<22}{'mean (ms)':>12}{'± (ms)':>10}{'ratio to ours':>16}")
for r in results:
    print(f"{r['command']:<22}{r['mean'] * 1000:>12.1f}{r['stddev'] * 1000:>10.1f}{r['mean'] / ours:>15.2f}x")
PY
