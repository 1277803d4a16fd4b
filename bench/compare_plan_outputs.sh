#!/usr/bin/env bash
# compare_plan_outputs.sh BEFORE AFTER: whether two builds of interview-followups plan the same,
# byte for byte (a refactor must not change a single output). Both run `plan` on two generated
# calendars (100,000 events, and 20,000 with seed 7) and examples/interviews.ics, at two moments,
# in every format and shape, and again with --tasks on their own earlier output after user edits
# (a task deleted, one completed) and weeks later. Prints the outputs that differ; exits 1 if any.
set -euo pipefail
before=$(realpath "$1")
after=$(realpath "$2")
source_tree=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkdir "$work/calendars"
/usr/bin/python3 "$source_tree/bench/generate_calendar.py" 100000 "$work/calendars/bench-100k.ics"
/usr/bin/python3 "$source_tree/bench/generate_calendar.py" 20000 "$work/calendars/bench-20k-s7.ics" \
    --seed 7
cp "$source_tree/examples/interviews.ics" "$work/calendars/examples-interviews.ics"

# outputs BINARY OUTDIR
outputs() {
    local bin=$1 out=$2
    mkdir -p "$out"
    local common=(--no-config --zone Europe/Berlin --me me@example.org --me alex.morgan@example.org)
    for cal in "$work"/calendars/*.ics; do
        local name
        name=$(basename "$cal" .ics)
        for now in 2026-11-22T09:00:00Z 2026-10-01T09:00:00Z; do
            local tag=$name-${now%%T*}
            "$bin" plan "$cal" "${common[@]}" --now "$now" --format ics -o "$out/$tag.ics" \
                2>"$out/$tag.err"
            "$bin" plan "$cal" "${common[@]}" --now "$now" --format ics --as events \
                -o "$out/$tag.events.ics" 2>/dev/null
            "$bin" plan "$cal" "${common[@]}" --now "$now" --format json -o "$out/$tag.json" \
                2>/dev/null
            "$bin" plan "$cal" "${common[@]}" --now "$now" --format table >"$out/$tag.table" \
                2>/dev/null
            # The user's edits on the task file: the 2nd VTODO deleted, the 4th completed.
            /usr/bin/python3 - "$out/$tag.ics" "$out/$tag.edited.ics" <<'PY'
import re, sys
text = open(sys.argv[1], newline='').read()
parts = re.split(r'(?=BEGIN:VTODO\r\n)', text)
head, todos = parts[0], parts[1:]
end = todos[-1].index('END:VTODO\r\n') + len('END:VTODO\r\n')
todos[-1], tail = todos[-1][:end], todos[-1][end:]
if len(todos) > 4:
    todos[3] = todos[3].replace('STATUS:NEEDS-ACTION', 'STATUS:COMPLETED')
    del todos[1]
open(sys.argv[2], 'w', newline='').write(head + ''.join(todos) + tail)
PY
            local later=2026-11-22T09:00:00Z
            [[ $now == 2026-11-22* ]] && later=2027-01-10T09:00:00Z
            "$bin" plan "$cal" "${common[@]}" --now "$later" --tasks "$out/$tag.edited.ics" \
                -o "$out/$tag.reconciled.ics" 2>/dev/null
            "$bin" plan "$cal" "${common[@]}" --now "$later" --tasks "$out/$tag.edited.ics" \
                --format json -o "$out/$tag.reconciled.json" 2>/dev/null
            "$bin" plan "$cal" "${common[@]}" --now "$later" --tasks "$out/$tag.events.ics" \
                --as events -o "$out/$tag.reconciled.events.ics" 2>/dev/null
        done
    done
}

outputs "$before" "$work/before"
outputs "$after" "$work/after"
echo "$(find "$work/before" -type f | wc -l) outputs each"
if diff -rq "$work/before" "$work/after"; then
    echo "identical"
else
    exit 1
fi
