// IncidenceConverter without an Akonadi server.
#include "incidenceconverter.h"

#include "testtimes.h"

#include <KCalendarCore/ICalFormat>
#include <KCalendarCore/MemoryCalendar>
#include <KCalendarCore/Recurrence>
#include <KCalendarCore/RecurrenceRule>
#include <QElapsedTimer>
#include <QTest>
#include <followups/identity.h>
#include <followups/planner.h>

using namespace std::chrono;

namespace
{
followups::TimeRange wideRange()
{
    return {instantOf(QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc())),
            instantOf(QDateTime(QDate(2027, 12, 31), QTime(0, 0), QTimeZone::utc()))};
}
} // namespace

class IncidenceConverterTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shouldReadATimedEventWithItsZoneAndPeople()
    {
        KCalendarCore::Event event;
        event.setUid(QStringLiteral("uid-1"));
        event.setSummary(QStringLiteral("Interview: Acme – Engineer"));
        event.setDtStart(QDateTime(QDate(2026, 11, 5), QTime(14, 0), berlin()));
        event.setDtEnd(QDateTime(QDate(2026, 11, 5), QTime(15, 0), berlin()));
        event.setCategories(QStringList{QStringLiteral("Interview"), QStringLiteral("Jobs")});
        event.setNonKDECustomProperty("X-INTERVIEW-COMPANY", QStringLiteral("Acme"));
        KCalendarCore::Attendee room(QStringLiteral("Room"), QStringLiteral("room@acme.example"));
        room.setCuType(KCalendarCore::Attendee::Room);
        event.addAttendee(room);
        event.addAttendee(KCalendarCore::Attendee(
            QStringLiteral("Alice"), QStringLiteral("alice@acme.example"), true,
            KCalendarCore::Attendee::Declined, KCalendarCore::Attendee::OptParticipant));
        event.setStatus(KCalendarCore::Incidence::StatusCanceled);

        const auto converted = IncidenceConverter::toCalendarEvent(event, {"x", 0}, berlinZone);
        QCOMPARE(converted.uid, std::string("uid-1"));
        QVERIFY(!converted.recurrenceId);
        QVERIFY(converted.cancelled);
        QCOMPARE(converted.categories.size(), std::size_t(2));
        QCOMPARE(converted.interviewProperties.size(), std::size_t(1));
        QCOMPARE(converted.interviewProperties[0].key, std::string("COMPANY"));
        QCOMPARE(converted.interviewProperties[0].value, std::string("Acme"));
        QCOMPARE(converted.attendees.size(), std::size_t(2));
        QCOMPARE(converted.attendees[0].cutype, std::string("ROOM"));
        QCOMPARE(converted.attendees[1].partstat, std::string("DECLINED"));
        QCOMPARE(converted.attendees[1].role, std::string("OPT-PARTICIPANT"));
        // 14:00 in Berlin in November (CET, UTC+1) is 13:00 UTC.
        const auto& start = std::get<followups::Instant>(converted.start->value);
        QCOMPARE(start, instantOf(QDateTime(QDate(2026, 11, 5), QTime(13, 0), QTimeZone::utc())));
        QCOMPARE(converted.start->zoneId, std::string("Europe/Berlin"));
    }

    // Issue 13, in Kontact: KCalendarCore gives the second of two repeated times (Qt resolves it
    // so) and an invalid start for a time in the spring gap (the agent then planned nothing). RFC
    // 5545 §3.3.5: the first 01:30 of New York's fall-back night is 05:30 UTC; 02:30 on the
    // spring-forward night moves forward by the gap to 03:30 EDT, 07:30 UTC. With the file's own
    // VTIMEZONE, in Google's and Exchange's forms. (A DTEND in the gap KF5's KCalendarCore drops
    // while parsing, before the agent sees the event: the core then gives the interview an hour.)
    void shouldReadDstEdgesAsRfc5545Says_data()
    {
        QTest::addColumn<QString>("vtimezone");
        QTest::addColumn<QString>("tzid");
        const QString google = QStringLiteral(
            "BEGIN:VTIMEZONE\r\nTZID:America/New_York\r\nBEGIN:DAYLIGHT\r\nTZOFFSETFROM:-0500\r\n"
            "TZOFFSETTO:-0400\r\nTZNAME:EDT\r\nDTSTART:19700308T020000\r\n"
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r\nEND:DAYLIGHT\r\nBEGIN:STANDARD\r\n"
            "TZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500\r\nTZNAME:EST\r\nDTSTART:19701101T020000\r\n"
            "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n");
        const QString exchange = QStringLiteral(
            "BEGIN:VTIMEZONE\r\nTZID:Eastern Standard Time\r\nBEGIN:STANDARD\r\n"
            "DTSTART:16010101T020000\r\nTZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500\r\n"
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11\r\nEND:STANDARD\r\n"
            "BEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:-0500\r\n"
            "TZOFFSETTO:-0400\r\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3\r\n"
            "END:DAYLIGHT\r\nEND:VTIMEZONE\r\n");
        QTest::newRow("Google") << google << QStringLiteral("America/New_York");
        QTest::newRow("Exchange") << exchange << QStringLiteral("Eastern Standard Time");
    }
    void shouldReadDstEdgesAsRfc5545Says()
    {
        QFETCH(QString, vtimezone);
        QFETCH(QString, tzid);
        const auto startOf = [&](const QString& start, const QString& end) {
            const QString ics =
                QStringLiteral("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:test\r\n") + vtimezone +
                QStringLiteral("BEGIN:VEVENT\r\nUID:dst\r\nDTSTAMP:20260101T000000Z\r\n") +
                QStringLiteral("DTSTART;TZID=") + tzid + QLatin1Char(':') + start +
                QStringLiteral("\r\nDTEND;TZID=") + tzid + QLatin1Char(':') + end +
                QStringLiteral("\r\nSUMMARY:Interview\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
            const auto calendar = KCalendarCore::MemoryCalendar::Ptr::create(QTimeZone::utc());
            KCalendarCore::ICalFormat().fromString(calendar, ics);
            return IncidenceConverter::toCalendarEvent(*calendar->events().first(), {}, berlinZone);
        };
        const auto utcAt = [](int month, int day, int hour, int minute) {
            return instantOf(
                QDateTime(QDate(2026, month, day), QTime(hour, minute), QTimeZone::utc()));
        };
        const auto fallBack =
            startOf(QStringLiteral("20261101T003000"), QStringLiteral("20261101T013000"));
        QVERIFY(fallBack.start && fallBack.end);
        QVERIFY(std::get<followups::Instant>(fallBack.start->value) == utcAt(11, 1, 4, 30));
        QVERIFY(std::get<followups::Instant>(fallBack.end->value) == utcAt(11, 1, 5, 30));
        const auto spring =
            startOf(QStringLiteral("20260308T023000"), QStringLiteral("20260308T040000"));
        QVERIFY(spring.start && spring.end);
        QVERIFY(std::get<followups::Instant>(spring.start->value) == utcAt(3, 8, 7, 30));
        QVERIFY(std::get<followups::Instant>(spring.end->value) == utcAt(3, 8, 8, 0));
    }

    void shouldGiveAnAllDayEventAnExclusiveEnd()
    {
        KCalendarCore::Event event;
        event.setUid(QStringLiteral("allday"));
        event.setDtStart(QDateTime(QDate(2026, 11, 5), QTime(0, 0)));
        event.setDtEnd(QDateTime(QDate(2026, 11, 6), QTime(0, 0)));
        event.setAllDay(true);
        const auto converted = IncidenceConverter::toCalendarEvent(event, {}, berlinZone);
        QCOMPARE(std::get<followups::Date>(converted.start->value),
                 followups::Date(year{2026}, month{11}, day{5}));
        // KCalendarCore's all-day DTEND is the last day (6th); RFC 5545's is the day after.
        QCOMPARE(std::get<followups::Date>(converted.end->value),
                 followups::Date(year{2026}, month{11}, day{7}));
    }

    void shouldExpandARecurringInterviewWithoutItsExceptions()
    {
        KCalendarCore::Event event;
        event.setUid(QStringLiteral("weekly"));
        event.setSummary(QStringLiteral("Interview loop"));
        event.setDtStart(QDateTime(QDate(2026, 11, 2), QTime(10, 0), berlin()));
        event.setDtEnd(QDateTime(QDate(2026, 11, 2), QTime(11, 0), berlin()));
        event.recurrence()->setWeekly(1);
        event.recurrence()->setDuration(3);
        event.recurrence()->addExDateTime(QDateTime(QDate(2026, 11, 9), QTime(10, 0), berlin()));

        const auto occurrences =
            IncidenceConverter::occurrences(event, wideRange(), {}, berlinZone, 10);
        QCOMPARE(occurrences.size(), std::size_t(2));
        QCOMPARE(*occurrences[0].recurrenceId, std::string("20261102T090000Z"));
        QCOMPARE(*occurrences[1].recurrenceId, std::string("20261116T090000Z"));
        QCOMPARE(std::get<followups::Instant>(occurrences[1].end->value),
                 instantOf(QDateTime(QDate(2026, 11, 16), QTime(11, 0), berlin())));
    }

    // An invite can make an "interview" of every second: only the first occurrences are expanded
    // (issue 11: an hourly one was 9,481 occurrences, 200,000 tasks), quickly, whatever the rule.
    void shouldExpandOnlyTheFirstOccurrencesOfAnEndlessSeries()
    {
        for (const auto type :
             {KCalendarCore::RecurrenceRule::rSecondly, KCalendarCore::RecurrenceRule::rHourly}) {
            KCalendarCore::Event event;
            event.setUid(QStringLiteral("endless"));
            event.setSummary(QStringLiteral("Interview with Initech"));
            event.setDtStart(QDateTime(QDate(2026, 11, 2), QTime(10, 0), berlin()));
            event.setDtEnd(QDateTime(QDate(2026, 11, 2), QTime(10, 30), berlin()));
            auto* rule = new KCalendarCore::RecurrenceRule;
            rule->setRecurrenceType(type);
            rule->setFrequency(1);
            rule->setStartDt(event.dtStart());
            rule->setDuration(-1);
            event.recurrence()->addRRule(rule);

            QElapsedTimer timer;
            timer.start();
            const auto occurrences =
                IncidenceConverter::occurrences(event, wideRange(), {}, berlinZone, 4);
            QVERIFY(timer.elapsed() < 5000);
            QCOMPARE(occurrences.size(), std::size_t(4));
            const qint64 step = type == KCalendarCore::RecurrenceRule::rSecondly ? 1 : 3600;
            for (std::size_t i = 0; i < occurrences.size(); ++i) {
                QCOMPARE(
                    *occurrences[i].recurrenceId,
                    IncidenceConverter::recurrenceIdText(
                        event.dtStart().addSecs(step * static_cast<qint64>(i)), false, berlinZone));
            }
        }
    }

    void shouldKeyAnOverrideByItsRecurrenceId()
    {
        KCalendarCore::Event event;
        event.setUid(QStringLiteral("weekly"));
        event.setRecurrenceId(QDateTime(QDate(2026, 11, 9), QTime(10, 0), berlin()));
        event.setDtStart(QDateTime(QDate(2026, 11, 10), QTime(10, 0), berlin()));
        const auto occurrences =
            IncidenceConverter::occurrences(event, wideRange(), {}, berlinZone, 10);
        QCOMPARE(occurrences.size(), std::size_t(1));
        QCOMPARE(*occurrences[0].recurrenceId, std::string("20261109T090000Z"));
    }

    void shouldReadBackATaskItWroteWithTheSameHash()
    {
        followups::Task task;
        task.uid = "task-1";
        task.kind = followups::TaskKind::FollowUp;
        task.ordinal = 2;
        task.summary = "Follow up with Acme";
        task.description = "Ask politely.\nNo pestering.";
        task.due.value = followups::Date(year{2026}, month{11}, day{20});
        task.alarm = instantOf(QDateTime(QDate(2026, 11, 20), QTime(9, 0), berlin()));
        task.priority = 5;
        task.categories = {"Interview follow-up"};
        task.interview = {"uid-1", "20261109T090000Z"};
        task.person = followups::Person{"Alice Smith", "alice@acme.example", ""};
        task.url = "mailto:alice@acme.example?subject=Thanks";
        task.sequence = 3;

        KCalendarCore::Todo todo;
        IncidenceConverter::applyTask(todo, task, {"task-1", "task-2"}, berlinZone);
        QVERIFY(todo.allDay());
        QCOMPARE(todo.relatedTo(), QStringLiteral("uid-1"));
        QCOMPARE(todo.alarms().size(), 1);
        QCOMPARE(todo.alarms().first()->type(), KCalendarCore::Alarm::Display);

        const auto existing = IncidenceConverter::toExistingTask(todo);
        QVERIFY(existing);
        QCOMPARE(existing->task.uid, task.uid);
        QVERIFY(existing->task.kind == task.kind);
        QCOMPARE(existing->task.ordinal, 2);
        QVERIFY(existing->task.due == task.due);
        QVERIFY(existing->task.alarm == task.alarm);
        QVERIFY(existing->task.interview == task.interview);
        QCOMPARE(existing->task.person->email, task.person->email);
        QCOMPARE(existing->task.person->name, task.person->name);
        QCOMPARE(existing->task.sequence, 3);
        QCOMPARE(existing->issuedSiblings, (std::vector<std::string>{"task-1", "task-2"}));
        QCOMPARE(*existing->recordedHash, followups::contentHash(existing->task));

        // A user's edit changes the hash of what is read back.
        todo.setSummary(QStringLiteral("Follow up with Acme (called)"));
        QVERIFY(*IncidenceConverter::toExistingTask(todo)->recordedHash !=
                followups::contentHash(IncidenceConverter::toExistingTask(todo)->task));
    }

    void shouldReadBackAContactWithOnlyAPhoneNumber()
    {
        // Read back as a name, the number made the task look changed on every pass.
        followups::Task task;
        task.uid = "task-p";
        task.kind = followups::TaskKind::FollowUp;
        task.due.value = followups::Date(year{2026}, month{11}, day{20});
        task.person = followups::Person{"", "", "+49 30 1234567"};
        task.url = "tel:+49301234567";
        KCalendarCore::Todo todo;
        IncidenceConverter::applyTask(todo, task, {"task-p"}, berlinZone);
        QCOMPARE(todo.contacts(), QStringList{QStringLiteral("+49 30 1234567")});
        const auto existing = IncidenceConverter::toExistingTask(todo);
        QVERIFY(existing && existing->task.person);
        QCOMPARE(existing->task.person->name, std::string());
        QCOMPARE(existing->task.person->phone, std::string("+49 30 1234567"));
    }

    // Issue 13: a cancelled or completed task must have no enabled alarm in Kontact, or its
    // reminder daemon fires it.
    void shouldLeaveNoAlarmOnACancelledOrCompletedTask()
    {
        followups::Task task;
        task.uid = "task-1";
        task.kind = followups::TaskKind::ThankYou;
        task.summary = "Thank Alice";
        task.due.value = instantOf(QDateTime(QDate(2026, 11, 20), QTime(14, 0), berlin()));
        task.alarm = instantOf(QDateTime(QDate(2026, 11, 20), QTime(10, 0), berlin()));

        KCalendarCore::Todo todo;
        IncidenceConverter::applyTask(todo, task, {}, berlinZone);
        QCOMPARE(todo.alarms().size(), 1);
        QVERIFY(todo.alarms().first()->enabled());
        for (const auto status :
             {followups::TaskStatus::Cancelled, followups::TaskStatus::Completed}) {
            task.status = status;
            IncidenceConverter::applyTask(todo, task, {}, berlinZone);
            QVERIFY(todo.alarms().isEmpty());
        }
        // Open again (reinstated): its reminder is back.
        task.status = followups::TaskStatus::NeedsAction;
        IncidenceConverter::applyTask(todo, task, {}, berlinZone);
        QCOMPARE(todo.alarms().size(), 1);
        QVERIFY(todo.alarms().first()->enabled());
    }

    // Issue 14: a task the user completed or cancelled keeps everything they left (the core's
    // SilenceAlarm step) but its alarm goes off: Kontact's reminder daemon, which asks
    // KCalendarCore's alarm lookup, fires a cancelled to-do's alarms.
    void shouldSwitchOffTheAlarmsOfATaskTheUserClosedAndNothingElse()
    {
        followups::Task task;
        task.uid = "task-1";
        task.kind = followups::TaskKind::ThankYou;
        task.interview = {"acme@example.com", ""};
        task.summary = "Thank Alice";
        task.due.value = instantOf(QDateTime(QDate(2026, 11, 20), QTime(14, 0), berlin()));
        task.alarm = instantOf(QDateTime(QDate(2026, 11, 20), QTime(10, 0), berlin()));
        KCalendarCore::Todo::Ptr cancelled(new KCalendarCore::Todo);
        IncidenceConverter::applyTask(*cancelled, task, {"task-1", "task-2"}, berlinZone);
        cancelled->setStatus(KCalendarCore::Incidence::StatusCanceled); // by the user
        const auto before = IncidenceConverter::toExistingTask(*cancelled);
        QVERIFY(before && before->task.alarm);

        const QDateTime from(QDate(2026, 11, 1), QTime(0, 0), berlin());
        const QDateTime to(QDate(2026, 12, 1), QTime(0, 0), berlin());
        KCalendarCore::MemoryCalendar calendar(berlin());
        QVERIFY(calendar.addTodo(cancelled));
        QVERIFY(!calendar.alarms(from, to).isEmpty()); // what the daemon would fire

        IncidenceConverter::switchOffAlarms(*cancelled);
        QVERIFY(calendar.alarms(from, to).isEmpty());
        QCOMPARE(cancelled->alarms().size(), 1); // switched off, kept for the user
        QVERIFY(!cancelled->alarms().first()->enabled());
        const auto after = IncidenceConverter::toExistingTask(*cancelled);
        QVERIFY(after && !after->task.alarm);
        QCOMPARE(after->task.status, before->task.status);
        QCOMPARE(followups::contentHash(after->task), followups::contentHash(before->task));
        QVERIFY(after->recordedHash == before->recordedHash); // still the user's change
        QVERIFY(after->issuedSiblings == before->issuedSiblings);
    }

    void shouldIgnoreATodoItDidNotWrite()
    {
        KCalendarCore::Todo todo;
        todo.setSummary(QStringLiteral("Buy milk"));
        QVERIFY(!IncidenceConverter::toExistingTask(todo));
    }
};

QTEST_GUILESS_MAIN(IncidenceConverterTest)

#include "incidenceconvertertest.moc"
