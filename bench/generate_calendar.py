#!/usr/bin/python3
"""Writes a realistic calendar export for benchmarks: N events over two years, 1% of them interviews
(attendees, a decision line, a Windows or IANA zone), the rest ordinary meetings, some recurring.
Deterministic for a given N and seed, so runs compare like with like."""
import random
import sys


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    out = sys.argv[2] if len(sys.argv) > 2 else "-"
    rng = random.Random(20261122)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//interview-followups//bench//EN"]
    lines += [
        "BEGIN:VTIMEZONE", "TZID:Europe/Berlin",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
        "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
        "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ]
    companies = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark", "Wayne", "Tyrell"]
    roles = ["Engineer", "Data Scientist", "Product Manager", "Designer", "SRE"]
    for i in range(count):
        day = 1 + rng.randrange(700)
        year, doy = (2026, day) if day <= 365 else (2027, day - 365)
        month = min(12, 1 + (doy - 1) // 31)
        mday = 1 + (doy - 1) % 28
        hour = 8 + rng.randrange(9)
        start = f"{year}{month:02d}{mday:02d}T{hour:02d}0000"
        end = f"{year}{month:02d}{mday:02d}T{hour + 1:02d}0000"
        interview = i % 100 == 0
        zone = rng.choice(["Europe/Berlin", "W. Europe Standard Time"]) if interview else "Europe/Berlin"
        lines += ["BEGIN:VEVENT", f"UID:bench-{i}@example.org", "DTSTAMP:20261101T000000Z",
                  f"DTSTART;TZID={zone}:{start}", f"DTEND;TZID={zone}:{end}"]
        if interview:
            company, role = rng.choice(companies), rng.choice(roles)
            domain = company.lower() + ".example"
            lines += [f"SUMMARY:Interview: {company} – {role}",
                      "DESCRIPTION:Video call\\nDecision: +10d\\nReferences: Sam Lee <sam@ref.example>",
                      f"ORGANIZER;CN=Recruiter {company}:mailto:jobs@{domain}"]
            for n in range(1 + rng.randrange(3)):
                lines.append(f"ATTENDEE;CN=Interviewer {n};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:person{n}@{domain}")
            lines.append("ATTENDEE;CN=Me;PARTSTAT=ACCEPTED:mailto:me@example.org")
            lines.append("ATTENDEE;CUTYPE=ROOM;CN=Room 1:mailto:room1@" + domain)
        else:
            lines += [f"SUMMARY:Meeting {i} about project {rng.randrange(50)}",
                      "DESCRIPTION:Agenda: status\\, risks\\, next steps",
                      "ORGANIZER;CN=Colleague:mailto:colleague@work.example",
                      "ATTENDEE;CN=Me;PARTSTAT=ACCEPTED:mailto:me@example.org"]
            if i % 37 == 0:
                lines.append("RRULE:FREQ=WEEKLY;COUNT=10")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    text = "\r\n".join(lines) + "\r\n"
    if out == "-":
        sys.stdout.write(text)
    else:
        with open(out, "w", encoding="utf-8", newline="") as f:
            f.write(text)


if __name__ == "__main__":
    main()
