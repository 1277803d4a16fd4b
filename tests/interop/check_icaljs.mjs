// Parses the writer's samples with ical.js (Thunderbird's parser) and checks them against the
// manifest: UIDs, summaries, categories, statuses, dues or starts (through the file's own
// VTIMEZONEs), and one alarm whose trigger resolves to the manifest's instant, or none where the
// manifest has none (cancelled and completed tasks).
//
// Usage: node check_icaljs.mjs SAMPLE_DIR   (needs `npm ci` in tests/interop first)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

let ICAL;
try {
  ICAL = (await import('ical.js')).default;
} catch (error) {
  console.error(`ical.js is not installed: run \`npm ci\` in tests/interop (${error.message})`);
  process.exit(1);
}

const failures = [];
const expect = (got, expected, what) => {
  if (JSON.stringify(got) !== JSON.stringify(expected))
    failures.push(`${what}: got ${JSON.stringify(got)}, expected ${JSON.stringify(expected)}`);
};

function alarmInstant(trigger, start, end) {
  const value = trigger.getFirstValue();
  if (value instanceof ICAL.Time) return value.toUnixTime();
  const base = (trigger.getParameter('related') || 'START').toUpperCase() === 'END' ? end : start;
  return base.toUnixTime() + value.toSeconds();
}

function check(path, expected) {
  const calendar = new ICAL.Component(ICAL.parse(readFileSync(path, 'utf8')));
  for (const zone of calendar.getAllSubcomponents('vtimezone'))
    ICAL.TimezoneService.register(zone);

  const todos = expected.component === 'VTODO';
  const byUid = new Map(calendar.getAllSubcomponents(expected.component.toLowerCase())
                            .map((c) => [c.getFirstPropertyValue('uid'), c]));
  expect(byUid.size, expected.items.length, `${path} count`);
  for (const item of expected.items) {
    const c = byUid.get(item.uid);
    if (!c) {
      failures.push(`${item.uid} missing`);
      continue;
    }
    expect(c.getFirstPropertyValue('summary'), item.summary, `${item.uid} SUMMARY`);
    expect(c.getFirstPropertyValue('x-ifu-hash'), item.hash, `${item.uid} X-IFU-HASH`);
    expect(c.getAllProperties('categories').flatMap((p) => p.getValues()), item.categories,
           `${item.uid} CATEGORIES`);
    expect(c.getFirstPropertyValue('status') || '', item.status, `${item.uid} STATUS`);
    let start = null;
    let end = null;
    if (todos) {
      end = c.getFirstPropertyValue('due');
      if ('due_date' in item) {
        expect(end.isDate, true, `${item.uid} DUE is a DATE`);
        expect(end.toString(), item.due_date, `${item.uid} DUE`);
      } else {
        expect(end.zone?.tzid, 'Europe/Berlin', `${item.uid} DUE zone`);
        expect(end.toUnixTime(), item.due, `${item.uid} DUE`);
      }
    } else {
      const event = new ICAL.Event(c);
      start = event.startDate;
      end = event.endDate;
      expect(start.toUnixTime(), item.start, `${item.uid} DTSTART`);
      expect(end.toUnixTime(), item.end, `${item.uid} DTEND`);
    }
    const alarms = c.getAllSubcomponents('valarm');
    expect(alarms.length, item.alarm === null ? 0 : 1, `${item.uid} VALARM count`);
    for (const alarm of alarms) {
      expect(alarm.getFirstPropertyValue('action'), 'DISPLAY', `${item.uid} ACTION`);
      expect(alarmInstant(alarm.getFirstProperty('trigger'), start, end), item.alarm,
             `${item.uid} alarm`);
    }
  }
}

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node check_icaljs.mjs SAMPLE_DIR');
  process.exit(2);
}
const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
for (const entry of manifest.files) {
  try {
    check(join(dir, entry.path), entry);
  } catch (error) {
    failures.push(`${entry.path}: ${error.stack}`);
  }
}
for (const failure of failures) console.log('FAIL', failure);
console.log(`ical.js: ${failures.length ? 'FAILED' : 'ok'} ${failures.length} failure(s)`);
process.exitCode = failures.length ? 1 : 0; // not process.exit(): that can cut off piped output
