#!/usr/bin/python3
"""Parses the writer's samples with python-icalendar or vobject (Debian's python3-icalendar,
python3-vobject) and checks them against the manifest: UIDs, summaries, categories, statuses, dues
or starts, and one alarm at the manifest's instant, or none where the manifest has none
(cancelled and completed tasks).

Usage: check_python.py icalendar|vobject SAMPLE_DIR
"""
import datetime
import json
import os
import sys

failures = []


def expect(got, expected, what):
    if got != expected:
        failures.append(f'{what}: got {got!r}, expected {expected!r}')


def epoch(value):
    if not isinstance(value, datetime.datetime) or value.tzinfo is None:
        failures.append(f'not an aware date-time: {value!r}')
        return None
    return int(value.timestamp())


def alarm_instant(trigger, related, start, end):
    """A trigger is an absolute datetime or a timedelta from START (default) or END."""
    if isinstance(trigger, datetime.datetime):
        return epoch(trigger)
    base = end if related == 'END' else start
    return epoch(base) + int(trigger.total_seconds())


class IcalendarReader:
    """python-icalendar: resolves TZIDs by name (pytz), not from the VTIMEZONE."""

    def __init__(self, data):
        import icalendar
        self.calendar = icalendar.Calendar.from_ical(data)
        self.errors = [e for c in self.calendar.walk() for e in getattr(c, 'errors', [])]

    def components(self, name):
        return self.calendar.walk(name)

    @staticmethod
    def get(component, name):
        return component.decoded(name) if name in component else None

    @staticmethod
    def text(component, name):
        return str(component[name]) if name in component else None

    @staticmethod
    def categories(component):
        values = component.get('CATEGORIES')
        if values is None:
            return []
        values = values if isinstance(values, list) else [values]
        result = []
        for value in values:
            cats = getattr(value, 'cats', None)
            result += [str(c) for c in cats] if cats is not None else \
                [str(c) for c in (value if isinstance(value, list) else [value])]
        return result

    @staticmethod
    def alarms(component):
        return [(a.decoded('TRIGGER'), a['TRIGGER'].params.get('RELATED', 'START'))
                for a in component.subcomponents if a.name == 'VALARM']


class VobjectReader:
    """vobject: builds each zone from the file's own VTIMEZONE."""

    def __init__(self, data):
        import vobject
        self.calendar = vobject.readOne(data.decode('utf-8'))
        self.errors = []

    def components(self, name):
        return [c for c in self.calendar.getChildren() if c.name == name]

    @staticmethod
    def get(component, name):
        lines = component.contents.get(name.lower())
        return lines[0].value if lines else None

    text = get

    @staticmethod
    def categories(component):
        return [c for line in component.contents.get('categories', []) for c in line.value]

    @staticmethod
    def alarms(component):
        result = []
        for alarm in component.contents.get('valarm', []):
            trigger = alarm.trigger
            result.append((trigger.value, trigger.params.get('RELATED', ['START'])[0]))
        return result


def check(reader, path, expected):
    expect(reader.errors, [], f'{path} parse errors')
    todos = expected['component'] == 'VTODO'
    found = {str(reader.text(c, 'UID')): c for c in reader.components(expected['component'])}
    expect(len(found), len(expected['items']), f'{path} count')
    for item in expected['items']:
        uid = item['uid']
        c = found.get(uid)
        if c is None:
            failures.append(f'{uid} missing')
            continue
        expect(str(reader.text(c, 'SUMMARY')), item['summary'], f'{uid} SUMMARY')
        expect(str(reader.text(c, 'X-IFU-HASH')), item['hash'], f'{uid} X-IFU-HASH')
        expect(reader.categories(c), item['categories'], f'{uid} CATEGORIES')
        expect(str(reader.text(c, 'STATUS') or ''), item['status'], f'{uid} STATUS')
        if todos:
            due = reader.get(c, 'DUE')
            if 'due_date' in item:
                expect(type(due), datetime.date, f'{uid} DUE type')
                expect(due.isoformat(), item['due_date'], f'{uid} DUE')
            else:
                expect(epoch(due), item['due'], f'{uid} DUE')
            start, end = None, due
        else:
            start, end = reader.get(c, 'DTSTART'), reader.get(c, 'DTEND')
            expect(epoch(start), item['start'], f'{uid} DTSTART')
            expect(epoch(end), item['end'], f'{uid} DTEND')
        alarms = reader.alarms(c)
        expect(len(alarms), 0 if item['alarm'] is None else 1, f'{uid} VALARM count')
        for trigger, related in alarms:
            expect(alarm_instant(trigger, related, start, end), item['alarm'], f'{uid} alarm')


def main(argv):
    if len(argv) != 3 or argv[1] not in ('icalendar', 'vobject'):
        print(__doc__, file=sys.stderr)
        return 2
    reader_type = IcalendarReader if argv[1] == 'icalendar' else VobjectReader
    with open(os.path.join(argv[2], 'manifest.json'), encoding='utf-8') as f:
        manifest = json.load(f)
    for entry in manifest['files']:
        path = os.path.join(argv[2], entry['path'])
        with open(path, 'rb') as f:
            check(reader_type(f.read()), path, entry)
    for failure in failures:
        print('FAIL', failure)
    print(f'{argv[1]}: {"FAILED" if failures else "ok"} {len(failures)} failure(s)')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
