#!/usr/bin/python3
"""Writes a realistic calendar export of N events for the benchmarks, deterministic for (N, seed).

A busy shared calendar: EVENTS_PER_WORKING_DAY events on every working day, so a bigger calendar
covers more years and always ends at the same date, a couple of months after the benchmarks' fixed
clock (2026-11-22). Each day's events depend only on the seed and the date, so the default planning
window (30 days back, 365 ahead) holds the same interviews at 100,000 and at 1,000,000 events: only
the bytes to skip grow.

The mix, about 370 bytes per event: plain events in Europe/Berlin; Google ones (UTC times,
X-GOOGLE-*, CREATED/LAST-MODIFIED/SEQUENCE, VALARMs, folded attendee lines); Outlook ones (Windows
TZIDs with their VTIMEZONEs, X-MICROSOFT-CDO-*, long UTF-8 DESCRIPTIONs folded every 75 octets even
inside a multibyte character, as RFC 5545 lets simple writers do); weekly series with COUNT or
UNTIL, some with EXDATE and RECURRENCE-ID overrides; cancelled events; all-day events; about 1%
interviews in several SUMMARY styles and languages, some marked only by CATEGORIES or X-INTERVIEW-*
properties; and near misses (mock interviews, interviewing a candidate) that grep counts and the
planner must not.
"""
import argparse
import datetime
import random

EVENTS_PER_WORKING_DAY = 50
LAST_DAY = datetime.date(2027, 1, 29)
DTSTAMP = "20261122T080000Z"
INTERVIEW_SHARE = 0.01

CRLF = b"\r\n"
FOLD = b"\r\n "
OCTETS_PER_LINE = 75

COMPANIES = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark Industries", "Wayne",
             "Tyrell", "Zürcher Bank", "Société Générale Tech", "東京システム", "北京科技"]
ROLES = ["Engineer", "Data Scientist", "Product Manager", "Designer", "SRE", "Backend Developer"]
INTERVIEW_SUMMARIES = [
    "Interview: {company} – {role}",
    "{role} interview with {company}",
    "Vorstellungsgespräch {company} – {role}",
    "Entretien : {company} – {role}",
    "Entrevista con {company} – {role}",
    "Colloquio {company} – {role}",
    "Sollicitatiegesprek {company} – {role}",
    "面接：{company} {role}",
    "面试 {company} {role}",
]
NEAR_MISSES = ["Mock interview practice", "Interview candidate: Jordan Miles",
               "Exit interview – Alex", "Prep: interview questions"]
MEETINGS = ["Standup", "1:1", "Sprint planning", "Retro", "Design review", "Customer call",
            "Quarterly business review", "Lunch", "Team sync", "Architecture forum", "Budget",
            "Hiring committee", "Release go/no-go", "Weekly Jour fixe", "Réunion d'équipe",
            "Abstimmung Vertrieb", "週次定例", "Coffee chat"]
PEOPLE = ["Ana García", "Jörg Müller", "Chloé Dubois", "Li Wei", "Sam Lee", "Priya Patel",
          "Tomasz Nowak", "Aiko Tanaka", "Noah Smith", "Fatima Zahra", "Mikko Virtanen",
          "Sofía López", "Ole Hansen", "Emma Brown", "Luca Rossi"]
PARTSTATS = ["ACCEPTED", "ACCEPTED", "TENTATIVE", "NEEDS-ACTION", "DECLINED"]
WINDOWS_ZONES = ["W. Europe Standard Time"] * 6 + ["GMT Standard Time", "Romance Standard Time",
                                                  "Pacific Standard Time", "Eastern Standard Time"]
# Each Windows zone's standard UTC offset in hours and the rules its summer time follows, for the
# VTIMEZONEs Outlook writes with them.
WINDOWS_ZONE_RULES = {"W. Europe Standard Time": (1, "EU"), "Romance Standard Time": (1, "EU"),
                      "GMT Standard Time": (0, "EU"), "Pacific Standard Time": (-8, "US"),
                      "Eastern Standard Time": (-5, "US")}
OUTLOOK_PROSE = [
    "Bitte bereitet eure Punkte vor. Wir gehen die offenen Aufgaben durch, klären Zuständigkeiten "
    "und besprechen die nächsten Schritte für das Quartal. Rückfragen gern vorab per E-Mail.",
    "Merci de confirmer votre présence. Ordre du jour : bilan du trimestre, priorités, "
    "questions diverses. Un café sera servi à l'accueil du bâtiment B.",
    "会議の前に資料をご確認ください。議題：進捗報告、課題の共有、次回までの宿題。",
    "Agenda: status, risks, next steps – please add your items to the shared page beforehand. "
    "Dial-in details below; the room has a camera for remote participants.",
    "Orden del día: revisión del presupuesto, planificación y próximos pasos. "
    "Por favor, traed vuestras estimaciones actualizadas.",
]
TEAMS_FOOTER = ("_" * 80 + "\nMicrosoft Teams meeting\n"
                "Join on your computer, mobile app or room device\nClick here to join the meeting "
                "<https://teams.microsoft.com/l/meetup-join/19%3ameeting>\n"
                "Meeting ID: 123 456 789 012\nPasscode: a1b2c3\n")


def fold(line: str, split_characters: bool) -> bytes:
    """Folds a content line every 75 octets; Outlook-like writers split multibyte characters, the
    others fold before a character's first octet."""
    data = line.encode("utf-8")
    if len(data) <= OCTETS_PER_LINE:
        return data
    parts, start, limit = [], 0, OCTETS_PER_LINE
    while len(data) - start > limit:
        end = start + limit
        if not split_characters:
            while data[end] & 0xC0 == 0x80:
                end -= 1
        parts.append(data[start:end])
        start, limit = end, OCTETS_PER_LINE - 1
    parts.append(data[start:])
    return FOLD.join(parts)


def mailbox(person: str) -> str:
    return person.split()[0].lower().encode("ascii", "ignore").decode()


def text(value: str) -> str:
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def working_days(count: int) -> list:
    """The last `count` working days up to LAST_DAY, oldest first, as (date, 'YYYYMMDD')."""
    days, day = [], LAST_DAY
    while len(days) < count:
        if day.weekday() < 5:
            days.append((day, day.strftime("%Y%m%d")))
        day -= datetime.timedelta(days=1)
    days.reverse()
    return days


def outlook_vtimezone(zone: str) -> str:
    """A VTIMEZONE as Outlook writes one: the Windows name, rules from the year 1601."""
    standard, rules = WINDOWS_ZONE_RULES[zone]
    if rules == "EU":
        to_standard = ("-1SU", 10, f"{standard + 2:02d}0000")
        to_summer = ("-1SU", 3, f"{standard + 1:02d}0000")
    else:
        to_standard, to_summer = ("1SU", 11, "020000"), ("2SU", 3, "020000")
    offset = lambda hours: f"{'+' if hours >= 0 else '-'}{abs(hours):02d}00"
    parts = ["BEGIN:VTIMEZONE", f"TZID:{zone}"]
    for name, (byday, month, at), before, after in (
            ("STANDARD", to_standard, standard + 1, standard),
            ("DAYLIGHT", to_summer, standard, standard + 1)):
        parts += [f"BEGIN:{name}", f"DTSTART:16010101T{at}",
                  f"RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY={byday};BYMONTH={month}",
                  f"TZOFFSETFROM:{offset(before)}", f"TZOFFSETTO:{offset(after)}", f"END:{name}"]
    parts.append("END:VTIMEZONE")
    return "\r\n".join(parts) + "\r\n"


def summer_time(day: datetime.date) -> bool:
    """EU summer time, by date (the hour of the switch does not matter for office hours)."""
    def last_sunday(month: int) -> datetime.date:
        last = datetime.date(day.year, month, 31)
        return last - datetime.timedelta(days=(last.weekday() + 1) % 7)
    return last_sunday(3) <= day < last_sunday(10)


class Writer:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.lines: list = []
        self.serial = 0
        # Long Outlook descriptions are the costly lines to build: a pool keeps 1M events fast.
        self.outlook_descriptions = [
            fold("DESCRIPTION;LANGUAGE=de-DE:"
                 + text(" ".join(rng.sample(OUTLOOK_PROSE, k)) + "\n" + TEAMS_FOOTER),
                 split_characters=True)
            for k in (1, 2, 3) for _ in range(8)]

    def add(self, line: str, split_characters: bool = False) -> None:
        self.lines.append(fold(line, split_characters))

    def add_folded(self, data: bytes) -> None:
        self.lines.append(data)

    def uid(self, style: str) -> str:
        self.serial += 1
        if style == "google":
            return f"{self.rng.getrandbits(100):025x}{self.serial}@google.com"
        if style == "outlook":
            return (f"040000008200E00074C5B7101A82E00800000000{self.rng.getrandbits(64):016X}"
                    f"000000000000000010000000{self.rng.getrandbits(128):032X}{self.serial:08X}")
        return f"{self.serial}-{self.rng.getrandbits(48):012x}@example.org"

    def attendee(self, person: str, domain: str, split_characters: bool, google: bool) -> None:
        address = mailbox(person)
        partstat = self.rng.choice(PARTSTATS)
        guests = ";X-NUM-GUESTS=0" if google else ""
        self.add(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};RSVP=TRUE;"
                 f"CN={person}{guests}:mailto:{address}.{self.serial % 97}@{domain}",
                 split_characters)


def event_times(rng, datestamp):
    hour = 8 + rng.randrange(10)
    minute = rng.choice(("00", "00", "30"))
    length = rng.choice((30, 30, 60, 60, 60, 90))
    end_minutes = hour * 60 + int(minute) + length
    return hour, minute, f"{datestamp}T{hour:02d}{minute}00", \
        f"{datestamp}T{end_minutes // 60:02d}{end_minutes % 60:02d}00"


def write_plain(w, rng, day, datestamp, summary, extra):
    hour, minute, start, end = event_times(rng, datestamp)
    w.add("BEGIN:VEVENT")
    w.add(f"UID:{w.uid('plain')}")
    w.add(f"DTSTAMP:{DTSTAMP}")
    w.add(f"DTSTART;TZID=Europe/Berlin:{start}")
    w.add(f"DTEND;TZID=Europe/Berlin:{end}")
    w.add(f"SUMMARY:{text(summary)}")
    for line in extra:
        w.add(line)
    w.add("END:VEVENT")


def write_google(w, rng, day, datestamp, summary, extra, description=None, attendees=None,
                 organizer=None):
    hour, minute, start, end = event_times(rng, datestamp)
    shift = 2 if summer_time(day) else 1
    utc_start = f"{datestamp}T{hour - shift:02d}{minute}00Z"
    w.add("BEGIN:VEVENT")
    w.add(f"DTSTART:{utc_start}")
    w.add(f"DTEND:{end[:9]}{int(end[9:11]) - shift:02d}{end[11:]}Z")
    w.add(f"DTSTAMP:{DTSTAMP}")
    if organizer is None:
        colleague = rng.choice(PEOPLE)
        organizer = f"ORGANIZER;CN={colleague}:mailto:{mailbox(colleague)}@work.example"
    w.add(organizer)
    w.add(f"UID:{w.uid('google')}")
    for person in attendees if attendees is not None else rng.sample(PEOPLE, rng.randrange(0, 4)):
        w.attendee(person, "work.example", False, google=True)
    if rng.random() < 0.5:
        w.add(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{rng.getrandbits(40):010x}")
    created = day - datetime.timedelta(days=rng.randrange(1, 60))
    w.add(f"CREATED:{created.strftime('%Y%m%d')}T101500Z")
    if description:
        w.add(f"DESCRIPTION:{text(description)}")
    w.add(f"LAST-MODIFIED:{created.strftime('%Y%m%d')}T111500Z")
    w.add(f"SEQUENCE:{rng.randrange(3)}")
    for line in extra:
        w.add(line)
    w.add(f"SUMMARY:{text(summary)}")
    w.add("TRANSP:OPAQUE")
    if rng.random() < 0.7:
        w.add_folded(b"BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-P0DT0H10M0S\r\n"
                     b"DESCRIPTION:This is an event reminder\r\nEND:VALARM")
    w.add("END:VEVENT")


def write_outlook(w, rng, day, datestamp, summary, extra, description=None, attendees=None,
                  organizer=None):
    zone = rng.choice(WINDOWS_ZONES)
    _, _, start, end = event_times(rng, datestamp)
    w.add("BEGIN:VEVENT")
    w.add(f"UID:{w.uid('outlook')}")
    w.add(f"SUMMARY;LANGUAGE=de-DE:{text(summary)}", True)
    w.add(f"DTSTART;TZID={zone}:{start}")
    w.add(f"DTEND;TZID={zone}:{end}")
    w.add("CLASS:PUBLIC")
    w.add("PRIORITY:5")
    w.add(f"DTSTAMP:{DTSTAMP}")
    w.add("TRANSP:OPAQUE")
    for line in extra:
        w.add(line, True)
    if description:
        w.add(f"DESCRIPTION;LANGUAGE=de-DE:{text(description)}", True)
    elif rng.random() < 0.3:
        w.add_folded(rng.choice(w.outlook_descriptions))
    if organizer:
        w.add(organizer, True)
    for person in attendees or ():
        w.attendee(person, "corp.example", True, google=False)
    w.add("X-MICROSOFT-CDO-BUSYSTATUS:BUSY")
    w.add("X-MICROSOFT-CDO-IMPORTANCE:1")
    w.add("X-MICROSOFT-DISALLOW-COUNTER:FALSE")
    w.add("END:VEVENT")


def write_series(w, rng, day, datestamp, summary, may_override):
    """A weekly series in Europe/Berlin, bounded (COUNT or UNTIL), some with EXDATE and a moved
    occurrence: the override follows its master. Returns how many VEVENTs it wrote."""
    hour, minute, start, end = event_times(rng, datestamp)
    uid = w.uid("plain")
    weeks = rng.choice((4, 6, 10, 26, 52))
    w.add("BEGIN:VEVENT")
    w.add(f"UID:{uid}")
    w.add(f"DTSTAMP:{DTSTAMP}")
    w.add(f"DTSTART;TZID=Europe/Berlin:{start}")
    w.add(f"DTEND;TZID=Europe/Berlin:{end}")
    if rng.random() < 0.5:
        w.add(f"RRULE:FREQ=WEEKLY;COUNT={weeks}")
    else:
        until = day + datetime.timedelta(weeks=weeks - 1)
        w.add(f"RRULE:FREQ=WEEKLY;UNTIL={until.strftime('%Y%m%d')}T235959Z")
    occurrence = lambda week: (day + datetime.timedelta(weeks=week)).strftime("%Y%m%d") + start[8:]
    if weeks > 4 and rng.random() < 0.4:
        w.add(f"EXDATE;TZID=Europe/Berlin:{occurrence(2)}")
    w.add(f"SUMMARY:{text(summary)}")
    w.add("END:VEVENT")
    if weeks <= 4 or rng.random() >= 0.3 or not may_override:
        return 1
    moved = occurrence(3)
    w.add("BEGIN:VEVENT")
    w.add(f"UID:{uid}")
    w.add(f"DTSTAMP:{DTSTAMP}")
    w.add(f"RECURRENCE-ID;TZID=Europe/Berlin:{moved}")
    w.add(f"DTSTART;TZID=Europe/Berlin:{moved[:9]}{min(hour + 1, 19):02d}{moved[11:]}")
    w.add(f"DURATION:PT1H")
    w.add(f"SUMMARY:{text(summary)} (moved)")
    w.add("SEQUENCE:1")
    w.add("END:VEVENT")
    return 2


def write_interview(w, rng, day, datestamp):
    company, role = rng.choice(COMPANIES), rng.choice(ROLES)
    interviewers = rng.sample(PEOPLE, 1 + rng.randrange(3))
    decision = f"Decision: +{rng.choice((5, 7, 10, 14))}d"
    extra = []
    style = rng.randrange(10)
    if style == 9:
        summary = f"{company} / {role} – final round"
        extra.append("CATEGORIES:Interview")
    elif style == 8:
        summary = f"Chat with {company}"
        extra += [f"X-INTERVIEW-COMPANY:{text(company)}", f"X-INTERVIEW-ROLE:{role}"]
    else:
        summary = rng.choice(INTERVIEW_SUMMARIES).format(company=company, role=role)
    if rng.random() < 0.05:
        extra.append("STATUS:CANCELLED")
    lines = [decision, f"References: {rng.choice(PEOPLE)} <ref@referee.example>"]
    if rng.random() < 0.2:
        due = day + datetime.timedelta(days=rng.choice((3, 5)))
        lines.append(f"Deliverable: work sample by {due.isoformat()}")
    description = "\n".join(lines)
    extra.append("ATTENDEE;CN=Me;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:me@example.org")
    domain = (mailbox(company) or "careers") + ".example"
    organizer = f"ORGANIZER;CN=Recruiting {company}:mailto:jobs@{domain}"
    if rng.random() < 0.5:
        write_google(w, rng, day, datestamp, summary, extra, description, interviewers, organizer)
    else:
        write_outlook(w, rng, day, datestamp, summary, extra, description, interviewers, organizer)


def write_ordinary(w, rng, day, datestamp, room):
    roll = rng.random()
    summary = rng.choice(MEETINGS)
    if roll < 0.002:
        summary = rng.choice(NEAR_MISSES)
    extra = ["STATUS:CANCELLED"] if rng.random() < 0.02 else []
    if roll < 0.05:
        return write_series(w, rng, day, datestamp, summary, may_override=room > 1)
    if roll < 0.07:
        w.add("BEGIN:VEVENT")
        w.add(f"UID:{w.uid('google')}")
        w.add(f"DTSTAMP:{DTSTAMP}")
        w.add(f"DTSTART;VALUE=DATE:{datestamp}")
        w.add(f"SUMMARY:{rng.choice(PEOPLE)} out of office")
        w.add("TRANSP:TRANSPARENT")
        w.add("END:VEVENT")
    elif roll < 0.62:
        write_plain(w, rng, day, datestamp, summary, extra)
    elif roll < 0.88:
        write_google(w, rng, day, datestamp, summary, extra)
    else:
        write_outlook(w, rng, day, datestamp, summary, extra)
    return 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("events", type=int, help="number of VEVENTs to write")
    parser.add_argument("output", help="the .ics file to write")
    parser.add_argument("--seed", type=int, default=20261122)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    w = Writer(rng)
    days = working_days(max(1, -(-args.events // EVENTS_PER_WORKING_DAY)))
    with open(args.output, "wb") as out:
        out.write(b"BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\n"
                  b"VERSION:2.0\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n"
                  b"X-WR-CALNAME:Team calendar\r\nX-WR-TIMEZONE:Europe/Berlin\r\n"
                  b"BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\nX-LIC-LOCATION:Europe/Berlin\r\n"
                  b"BEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\n"
                  b"DTSTART:19700329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
                  b"END:DAYLIGHT\r\nBEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n"
                  b"TZNAME:CET\r\nDTSTART:19701025T030000\r\n"
                  b"RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n")
        out.write("".join(outlook_vtimezone(zone) for zone in WINDOWS_ZONE_RULES).encode())
        first_day_quota = args.events - EVENTS_PER_WORKING_DAY * (len(days) - 1)
        for index, (day, datestamp) in enumerate(days):
            # A day's events depend on the seed and its date only: a bigger calendar holds a
            # smaller one's full days unchanged, the planning window's interviews among them.
            rng.seed(f"{args.seed}:{datestamp}")
            w.serial = day.toordinal() * 1000
            quota = first_day_quota if index == 0 else EVENTS_PER_WORKING_DAY
            today = 0
            while today < quota:
                if rng.random() < INTERVIEW_SHARE:
                    write_interview(w, rng, day, datestamp)
                    today += 1
                else:
                    today += write_ordinary(w, rng, day, datestamp, quota - today)
            w.lines.append(b"")
            out.write(CRLF.join(w.lines))
            w.lines.clear()
        out.write(b"END:VCALENDAR\r\n")


if __name__ == "__main__":
    main()
