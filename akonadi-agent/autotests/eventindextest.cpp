// The interview events of the watched calendars, by item (EventIndex), without a server: what it
// keeps, when it says that something changed, and overrides standing in for their occurrences.
#include "eventindex.h"

#include "testtimes.h"

#include <KCalendarCore/Recurrence>
#include <QTest>

using namespace std::chrono;

namespace
{
const followups::TimeRange november{
    instantOf(QDateTime(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::utc())),
    instantOf(QDateTime(QDate(2026, 12, 1), QTime(0, 0), QTimeZone::utc()))};

KCalendarCore::Event eventOn(const QString& uid, const QString& summary, QDate day)
{
    KCalendarCore::Event result;
    result.setUid(uid);
    result.setSummary(summary);
    result.setDtStart(QDateTime(day, QTime(10, 0), berlin()));
    result.setDtEnd(QDateTime(day, QTime(11, 0), berlin()));
    return result;
}
} // namespace

class EventIndexTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shouldKeepOnlyInterviews()
    {
        const followups::Policy policy = followups::defaultPolicy(berlinZone);
        EventIndex index;
        QVERIFY(!index.update(
            1, eventOn(QStringLiteral("standup"), QStringLiteral("Standup"), QDate(2026, 11, 2)),
            policy, november));
        QVERIFY(index.update(
            2,
            eventOn(QStringLiteral("acme"), QStringLiteral("Interview: Acme"), QDate(2026, 11, 3)),
            policy, november));
        QCOMPARE(index.events().size(), std::size_t(1));
        QCOMPARE(index.events().front().uid, std::string("acme"));
        QCOMPARE(index.interviewCount(), std::size_t(1));
    }

    void shouldSayWhetherAnInterviewChanged()
    {
        const followups::Policy policy = followups::defaultPolicy(berlinZone);
        EventIndex index;
        auto acme =
            eventOn(QStringLiteral("acme"), QStringLiteral("Interview: Acme"), QDate(2026, 11, 3));
        QVERIFY(index.update(7, acme, policy, november));
        QVERIFY(!index.update(7, acme, policy, november)); // the same again
        acme.setDescription(QStringLiteral("Decision: 2026-11-20"));
        QVERIFY(index.update(7, acme, policy, november));
        // No longer an interview: it leaves the index.
        acme.setSummary(QStringLiteral("Lunch"));
        QVERIFY(index.update(7, acme, policy, november));
        QVERIFY(index.events().empty());
        QVERIFY(!index.remove(7));
    }

    void shouldLetAnOverrideStandInForItsOccurrence()
    {
        const followups::Policy policy = followups::defaultPolicy(berlinZone);
        EventIndex index;
        auto series = eventOn(QStringLiteral("weekly"), QStringLiteral("Interview loop: Acme"),
                              QDate(2026, 11, 2));
        series.recurrence()->setWeekly(1);
        series.recurrence()->setDuration(3);
        QVERIFY(index.update(1, series, policy, november));
        QCOMPARE(index.events().size(), std::size_t(3));
        QCOMPARE(index.seriesUids(), std::set<std::string>{"weekly"});

        // The second occurrence moved to the Tuesday; its override is another item.
        auto moved = eventOn(QStringLiteral("weekly"), QStringLiteral("Interview loop: Acme"),
                             QDate(2026, 11, 10));
        moved.setRecurrenceId(QDateTime(QDate(2026, 11, 9), QTime(10, 0), berlin()));
        QVERIFY(index.update(2, moved, policy, november));
        const auto events = index.events();
        QCOMPARE(events.size(), std::size_t(3));
        int overrides = 0;
        for (const auto& occurrence : events) {
            QCOMPARE(occurrence.uid, std::string("weekly"));
            QVERIFY(occurrence.recurrenceId.has_value());
            if (*occurrence.recurrenceId == "20261109T090000Z") {
                ++overrides;
                QVERIFY(std::get<followups::Instant>(occurrence.start->value) ==
                        instantOf(QDateTime(QDate(2026, 11, 10), QTime(10, 0), berlin())));
            }
        }
        QCOMPARE(overrides, 1);

        // An override that is no interview still hides its occurrence (it was renamed).
        moved.setSummary(QStringLiteral("Cancelled: lunch instead"));
        QVERIFY(index.update(2, moved, policy, november));
        QCOMPARE(index.events().size(), std::size_t(2));
        QVERIFY(index.remove(2));
        QCOMPARE(index.events().size(), std::size_t(3));
    }
};

QTEST_GUILESS_MAIN(EventIndexTest)

#include "eventindextest.moc"
