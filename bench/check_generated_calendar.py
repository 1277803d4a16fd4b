#!/usr/bin/python3
"""Smoke check of generate_calendar.py (run by ctest, not a benchmark): a small generated calendar
is well-formed iCalendar that python-icalendar reads, deterministic for its seed, and its only
departure from icslint's strictness is the one it makes on purpose, as simple writers do: folds
splitting a multibyte character.
Usage: check_generated_calendar.py ICSLINT_PY"""
import pathlib
import re
import subprocess
import sys
import tempfile

import icalendar

EVENTS = 5000
HERE = pathlib.Path(__file__).resolve().parent
DELIBERATE_LINT_ERROR = re.compile(r"physical line is not valid UTF-8 on its own")


def generate(path: pathlib.Path, seed: int, events: int = EVENTS) -> bytes:
    subprocess.run(["/usr/bin/python3", str(HERE / "generate_calendar.py"), str(events), str(path),
                    "--seed", str(seed)], check=True)
    return path.read_bytes()


def main() -> int:
    icslint = sys.argv[1]
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        path = pathlib.Path(tmp) / "calendar.ics"
        other = pathlib.Path(tmp) / "other-seed.ics"
        data = generate(path, 7)
        if generate(path, 7) != data:
            problems.append("two runs with the same seed differ")
        if generate(other, 8) == data:
            problems.append("two seeds give the same calendar")
        # The planning window must hold the same events whatever the size: the smaller calendar's
        # events are the bigger one's last days.
        smaller = generate(other, 7, EVENTS // 2)
        events_start = smaller.index(b"BEGIN:VEVENT")
        if not data.endswith(smaller[events_start:]):
            problems.append("a smaller calendar's events are not the last days of a bigger one")

        physical = data.split(b"\r\n")
        if physical.pop() != b"" or any(b"\n" in line or b"\r" in line for line in physical):
            problems.append("lines must end in CRLF, the last one too")
        if any(len(line) > 75 for line in physical):
            problems.append("a physical line is longer than 75 octets")
        try:
            logical = data.replace(b"\r\n ", b"").decode("utf-8").split("\r\n")
        except UnicodeDecodeError as error:
            problems.append(f"not UTF-8 once unfolded: {error}")
            logical = []
        if not any(line.startswith("RECURRENCE-ID") for line in logical):
            problems.append("no RECURRENCE-ID override")
        for marker in ("EXDATE", "STATUS:CANCELLED", "CATEGORIES:Interview", "X-INTERVIEW-",
                       "X-GOOGLE-", "X-MICROSOFT-CDO-", "BEGIN:VALARM", "面接"):
            if not any(marker in line for line in logical):
                problems.append(f"nothing with {marker}")

        lint = subprocess.run(["/usr/bin/python3", icslint, str(path)], capture_output=True,
                              text=True)
        errors = [line for line in lint.stdout.splitlines() if line.strip().startswith("E ")]
        unexpected = [line for line in errors if not DELIBERATE_LINT_ERROR.search(line)]
        problems += [f"icslint: {line.strip()}" for line in unexpected[:10]]

        calendar = icalendar.Calendar.from_ical(data)
        events = calendar.walk("VEVENT")
        if len(events) != EVENTS:
            problems.append(f"python-icalendar reads {len(events)} events, not {EVENTS}")
        unreadable = [e.get("UID") for e in events
                      if e.get("DTSTART") is None or not e.get("SUMMARY")]
        if unreadable:
            problems.append(f"events without DTSTART or SUMMARY: {unreadable[:3]}")

    for problem in problems:
        print(problem)
    print(f"{len(problems)} problem(s) in a generated calendar of {EVENTS} events")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
