#!/usr/bin/python3
"""The python-icalendar alternative: parse the file and walk every VEVENT's summary and start."""
import sys

import icalendar

with open(sys.argv[1], "rb") as f:
    calendar = icalendar.Calendar.from_ical(f.read())
count = sum(1 for event in calendar.walk("VEVENT") if event.get("SUMMARY") and event.get("DTSTART").dt)
print(count)
