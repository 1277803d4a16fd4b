// ReconcilePass, the agent's side of followups::planAndReconcile, without an Akonadi server: the
// events converted by IncidenceConverter go in, the agent's memory goes in and comes back, and only
// the steps that change the store come out as writes. The decisions themselves are tested in core
// (tests/core/plan_and_reconcile_test.cpp).
#include "reconcilepass.h"

#include "incidenceconverter.h"

#include <KCalendarCore/Recurrence>
#include <QTest>
#include <QTimeZone>
#include <followups/identity.h>
#include <followups/planner.h>

using namespace std::chrono;

namespace
{
const followups::Zone berlinZone = *followups::Zone::fromId("Europe/Berlin");
QTimeZone berlin()
{
    return QTimeZone(QByteArrayLiteral("Europe/Berlin"));
}
followups::Instant instantOf(const QDateTime& dateTime)
{
    return followups::Instant{seconds{dateTime.toSecsSinceEpoch()}};
}

// The tasks as the store holds them after the writes (X-IFU-ISSUED as written).
std::vector<followups::ExistingTask> stored(const std::vector<ReconcilePass::Write>& writes)
{
    std::vector<followups::ExistingTask> tasks;
    for (const auto& write : writes) {
        KCalendarCore::Todo todo;
        IncidenceConverter::applyTask(todo, write.task, write.issued, berlinZone);
        tasks.push_back(*IncidenceConverter::toExistingTask(todo));
    }
    return tasks;
}
} // namespace

class ReconcilePassTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shouldWriteTheCreationsWithEveryUidIssuedAndNameTheInterview()
    {
        followups::Policy policy = followups::defaultPolicy(berlinZone);
        policy.myAddresses = {"me@example.org"};
        const auto now = instantOf(QDateTime(QDate(2026, 11, 1), QTime(12, 0), berlin()));
        KCalendarCore::Event event;
        event.setUid(QStringLiteral("uid-w"));
        event.setSummary(QStringLiteral("Interview: Acme – Engineer"));
        event.setDtStart(QDateTime(QDate(2026, 11, 5), QTime(14, 0), berlin()));
        event.setDtEnd(QDateTime(QDate(2026, 11, 5), QTime(15, 0), berlin()));

        std::vector<followups::ExistingTask> none;
        FollowupsState state;
        ReconcilePass::Input input;
        input.events = {IncidenceConverter::toCalendarEvent(event, {}, berlinZone)};
        input.existing = &none;
        const auto result = ReconcilePass::run(input, policy, now, state);
        QCOMPARE(result.interviews, std::size_t(1));
        QVERIFY(result.writes.size() >= 3);
        std::vector<std::string> uids;
        for (const auto& write : result.writes) {
            QVERIFY(write.action == followups::ReconcileAction::Create);
            QVERIFY(!write.existing);
            uids.push_back(write.task.uid);
        }
        std::ranges::sort(uids);
        for (const auto& write : result.writes) {
            QCOMPARE(write.issued, uids);
        }
        QCOMPARE(result.createdFor.size(), std::size_t(1));
        QCOMPARE(result.createdFor.at({"uid-w", ""}), std::string("Interview: Acme – Engineer"));
    }

    void shouldNotRecreateTasksWhoseSiblingsWereAllDeleted()
    {
        followups::Policy policy = followups::defaultPolicy(berlinZone);
        policy.myAddresses = {"me@example.org"};
        const auto now = instantOf(QDateTime(QDate(2026, 11, 1), QTime(12, 0), berlin()));
        KCalendarCore::Event event;
        event.setUid(QStringLiteral("uid-9"));
        event.setSummary(QStringLiteral("Interview: Acme – Engineer"));
        event.setDtStart(QDateTime(QDate(2026, 11, 5), QTime(14, 0), berlin()));
        event.setDtEnd(QDateTime(QDate(2026, 11, 5), QTime(15, 0), berlin()));

        std::vector<followups::ExistingTask> none;
        FollowupsState state;
        ReconcilePass::Input input;
        input.events = {IncidenceConverter::toCalendarEvent(event, {}, berlinZone)};
        input.existing = &none;
        const auto first = ReconcilePass::run(input, policy, now, state);
        QVERIFY(!first.writes.empty());
        std::set<std::string> created;
        for (const auto& write : first.writes) {
            QVERIFY(write.action == followups::ReconcileAction::Create);
            created.insert(write.task.uid);
        }
        // The store confirmed them; then the user deleted every one.
        state.addIssued({"uid-9", ""}, created);
        const auto second = ReconcilePass::run(input, policy, now, state);
        QVERIFY(second.writes.empty());
        QCOMPARE(second.rememberedDeletions, created.size());
    }

    void shouldFindNothingToDoAfterStoringWhatItPlanned()
    {
        followups::Policy policy = followups::defaultPolicy(berlinZone);
        policy.myAddresses = {"me@example.org"};
        const auto now = instantOf(QDateTime(QDate(2026, 11, 1), QTime(12, 0), berlin()));
        KCalendarCore::Event event;
        event.setUid(QStringLiteral("uid-s"));
        event.setSummary(QStringLiteral("Interview: Acme – Engineer"));
        event.setDescription(QStringLiteral(
            "Deliverable: work sample by 2026-11-09\nContact: Rita <rita@acme.example>"));
        event.setDtStart(QDateTime(QDate(2026, 11, 5), QTime(14, 0), berlin()));
        event.setDtEnd(QDateTime(QDate(2026, 11, 5), QTime(15, 0), berlin()));
        event.setOrganizer(KCalendarCore::Person(QStringLiteral("Rita Recruiter"),
                                                 QStringLiteral("rita@acme.example")));
        event.addAttendee(KCalendarCore::Attendee(QStringLiteral("Álvaro Núñez"),
                                                  QStringLiteral("alvaro@acme.example")));

        std::vector<followups::ExistingTask> none;
        FollowupsState state;
        ReconcilePass::Input input;
        input.events = {IncidenceConverter::toCalendarEvent(event, {}, berlinZone)};
        input.existing = &none;
        const auto first = ReconcilePass::run(input, policy, now, state);
        QVERIFY(first.writes.size() >= 4);

        std::vector<followups::ExistingTask> stored;
        for (const auto& write : first.writes) {
            KCalendarCore::Todo todo;
            IncidenceConverter::applyTask(todo, write.task, write.issued, berlinZone);
            stored.push_back(*IncidenceConverter::toExistingTask(todo));
        }
        // A category the user added is theirs: no update, no "edited" either.
        stored.front().task.categories.push_back("Important");
        input.existing = &stored;
        const auto second = ReconcilePass::run(input, policy, now, state);
        for (const auto& write : second.writes) {
            qWarning() << "unexpected write"
                       << QString::fromStdString(std::string(followups::actionName(write.action)))
                       << QString::fromStdString(write.task.uid)
                       << QString::fromStdString(write.task.url);
        }
        QCOMPARE(second.writes.size(), std::size_t(0));
    }

    void shouldPlanOneSetOfTasksForTheSameInviteInTwoCalendars()
    {
        followups::Policy policy = followups::defaultPolicy(berlinZone);
        policy.myAddresses = {"me@example.org"};
        const auto now = instantOf(QDateTime(QDate(2026, 11, 1), QTime(12, 0), berlin()));
        KCalendarCore::Event event;
        event.setUid(QStringLiteral("twice"));
        event.setSummary(QStringLiteral("Interview: Acme – Lead"));
        event.setDtStart(QDateTime(QDate(2026, 11, 5), QTime(14, 0), berlin()));
        event.setDtEnd(QDateTime(QDate(2026, 11, 5), QTime(15, 0), berlin()));
        event.addAttendee(
            KCalendarCore::Attendee(QStringLiteral("Alice"), QStringLiteral("alice@acme.example")));
        const auto converted = IncidenceConverter::toCalendarEvent(event, {}, berlinZone);

        std::vector<followups::ExistingTask> none;
        FollowupsState state;
        ReconcilePass::Input once;
        once.events = {converted};
        once.existing = &none;
        ReconcilePass::Input twice = once;
        twice.events.push_back(converted);
        const auto single = ReconcilePass::run(once, policy, now, state);
        const auto merged = ReconcilePass::run(twice, policy, now, state);
        QCOMPARE(merged.interviews, std::size_t(1));
        QCOMPARE(merged.writes.size(), single.writes.size());
    }

    void shouldDateAnOutcomeByTheDayItWasFirstSeen()
    {
        followups::Policy policy = followups::defaultPolicy(berlinZone);
        const auto firstSeen = instantOf(QDateTime(QDate(2026, 11, 10), QTime(12, 0), berlin()));
        KCalendarCore::Event event;
        event.setUid(QStringLiteral("uid-r"));
        event.setSummary(QStringLiteral("Interview: Acme – Engineer"));
        event.setDescription(QStringLiteral("Outcome: rejected"));
        event.setDtStart(QDateTime(QDate(2026, 11, 5), QTime(14, 0), berlin()));
        event.setDtEnd(QDateTime(QDate(2026, 11, 5), QTime(15, 0), berlin()));
        std::vector<followups::ExistingTask> none;
        FollowupsState state;
        ReconcilePass::Input input;
        input.events = {IncidenceConverter::toCalendarEvent(event, {}, berlinZone)};
        input.existing = &none;
        ReconcilePass::run(input, policy, firstSeen, state);
        QVERIFY(state.outcome({"uid-r", ""}));
        QVERIFY(state.outcome({"uid-r", ""})->date ==
                followups::Date(year{2026}, month{11}, day{10}));
        // Seen again days later: the date is kept, so the feedback task does not move.
        const auto later = instantOf(QDateTime(QDate(2026, 11, 13), QTime(12, 0), berlin()));
        const auto result = ReconcilePass::run(input, policy, later, state);
        bool sawFeedback = false;
        for (const auto& write : result.writes) {
            if (write.task.kind == followups::TaskKind::Feedback) {
                sawFeedback = true;
                // 10 Nov 2026 is a Tuesday: + 1 business day = Wednesday 11 Nov.
                QVERIFY(write.task.due.value ==
                        followups::Due{followups::Date(year{2026}, month{11}, day{11})}.value);
            }
        }
        QVERIFY(sawFeedback);
    }

    void shouldKeepTheTasksOfOccurrencesOutsideTheExpansion()
    {
        followups::Policy policy = followups::defaultPolicy(berlinZone);
        policy.myAddresses = {"me@example.org"};
        KCalendarCore::Event event;
        event.setUid(QStringLiteral("weekly-interview"));
        event.setSummary(QStringLiteral("Interview: Acme – Engineer"));
        event.setDtStart(QDateTime(QDate(2026, 11, 2), QTime(10, 0), berlin()));
        event.setDtEnd(QDateTime(QDate(2026, 11, 2), QTime(11, 0), berlin()));
        event.recurrence()->setWeekly(1);
        event.recurrence()->setDuration(2);

        // Both occurrences expanded and their tasks stored.
        const auto then = instantOf(QDateTime(QDate(2026, 11, 1), QTime(12, 0), berlin()));
        std::vector<followups::ExistingTask> none;
        FollowupsState state;
        ReconcilePass::Input input;
        input.expansion = followups::defaultPlanningWindow(policy, then);
        input.events = IncidenceConverter::occurrences(event, input.expansion, {}, berlinZone);
        input.seriesUids = {"weekly-interview"};
        input.existing = &none;
        const auto first = ReconcilePass::run(input, policy, then, state);
        const auto tasks = stored(first.writes);
        QVERIFY(!tasks.empty());

        // Two months on, neither lies in the expansion any more: their tasks are not the tasks of
        // deleted occurrences.
        const auto later = instantOf(QDateTime(QDate(2027, 1, 5), QTime(12, 0), berlin()));
        input.expansion = followups::defaultPlanningWindow(policy, later);
        input.events = IncidenceConverter::occurrences(event, input.expansion, {}, berlinZone);
        QVERIFY(input.events.empty());
        input.existing = &tasks;
        QCOMPARE(ReconcilePass::run(input, policy, later, state).writes.size(), std::size_t(0));

        // Without the series known, they would be cancelled.
        input.seriesUids.clear();
        QCOMPARE(ReconcilePass::run(input, policy, later, state).writes.size(), tasks.size());
    }
};

QTEST_GUILESS_MAIN(ReconcilePassTest)

#include "reconcilepasstest.moc"
