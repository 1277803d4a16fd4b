// ReconcilePass, the agent's side of followups::planAndReconcile, without an Akonadi server: the
// events converted by IncidenceConverter go in, the agent's memory goes in and comes back, and only
// the steps that change the store come out as writes. The decisions themselves are tested in core
// (tests/core/plan_and_reconcile_test.cpp).
#include "reconcilepass.h"

#include "incidenceconverter.h"
#include "testtimes.h"

#include <KCalendarCore/Recurrence>
#include <QTest>
#include <followups/identity.h>
#include <followups/planner.h>

using namespace std::chrono;

namespace
{

followups::Policy myPolicy()
{
    followups::Policy policy = followups::defaultPolicy(berlinZone);
    policy.myAddresses = {"me@example.org"};
    return policy;
}

followups::Instant noonOn(QDate date)
{
    return instantOf(QDateTime(date, QTime(12, 0), berlin()));
}

// An interview on 5 November 2026, 14:00–15:00 Berlin.
KCalendarCore::Event interview(const QString& uid, const QString& summary)
{
    KCalendarCore::Event event;
    event.setUid(uid);
    event.setSummary(summary);
    event.setDtStart(QDateTime(QDate(2026, 11, 5), QTime(14, 0), berlin()));
    event.setDtEnd(QDateTime(QDate(2026, 11, 5), QTime(15, 0), berlin()));
    return event;
}

// A pass over `events` and no stored task yet.
struct FirstPass {
    std::vector<followups::ExistingTask> none;
    ReconcilePass::Input input;

    explicit FirstPass(std::vector<followups::CalendarEvent> events)
    {
        input.events = std::move(events);
        input.existing = &none;
    }
    FirstPass(const FirstPass&) = delete; // input.existing points into it
    FirstPass& operator=(const FirstPass&) = delete;
};

FirstPass over(const KCalendarCore::Event& event)
{
    return FirstPass({IncidenceConverter::toCalendarEvent(event, {}, berlinZone)});
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
        FollowupsState state;
        auto pass =
            over(interview(QStringLiteral("uid-w"), QStringLiteral("Interview: Acme – Engineer")));
        const auto result =
            ReconcilePass::run(pass.input, myPolicy(), noonOn(QDate(2026, 11, 1)), state);
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
        const auto now = noonOn(QDate(2026, 11, 1));
        FollowupsState state;
        auto pass =
            over(interview(QStringLiteral("uid-9"), QStringLiteral("Interview: Acme – Engineer")));
        const auto first = ReconcilePass::run(pass.input, myPolicy(), now, state);
        QVERIFY(!first.writes.empty());
        std::set<std::string> created;
        for (const auto& write : first.writes) {
            QVERIFY(write.action == followups::ReconcileAction::Create);
            created.insert(write.task.uid);
        }
        // The store confirmed them; then the user deleted every one.
        state.addIssued({"uid-9", ""}, created);
        const auto second = ReconcilePass::run(pass.input, myPolicy(), now, state);
        QVERIFY(second.writes.empty());
        QCOMPARE(second.rememberedDeletions, created.size());
    }

    void shouldFindNothingToDoAfterStoringWhatItPlanned()
    {
        const auto now = noonOn(QDate(2026, 11, 1));
        auto event =
            interview(QStringLiteral("uid-s"), QStringLiteral("Interview: Acme – Engineer"));
        event.setDescription(QStringLiteral(
            "Deliverable: work sample by 2026-11-09\nContact: Rita <rita@acme.example>"));
        event.setOrganizer(KCalendarCore::Person(QStringLiteral("Rita Recruiter"),
                                                 QStringLiteral("rita@acme.example")));
        event.addAttendee(KCalendarCore::Attendee(QStringLiteral("Álvaro Núñez"),
                                                  QStringLiteral("alvaro@acme.example")));
        FollowupsState state;
        auto pass = over(event);
        const auto first = ReconcilePass::run(pass.input, myPolicy(), now, state);
        QVERIFY(first.writes.size() >= 4);

        auto tasks = stored(first.writes);
        // A category the user added is theirs: no update, no "edited" either.
        tasks.front().task.categories.push_back("Important");
        pass.input.existing = &tasks;
        const auto second = ReconcilePass::run(pass.input, myPolicy(), now, state);
        for (const auto& write : second.writes) {
            qWarning() << "unexpected write"
                       << QString::fromStdString(std::string(followups::actionName(write.action)))
                       << QString::fromStdString(write.task.uid)
                       << QString::fromStdString(write.task.url);
        }
        QCOMPARE(second.writes.size(), std::size_t(0));
    }

    // Issue 14: a task the user cancelled keeps its alarm in the store until a pass switches it
    // off; the pass asks for exactly that write, once.
    void shouldSwitchOffTheAlarmOfATaskTheUserCancelledOnce()
    {
        const auto now = noonOn(QDate(2026, 11, 1));
        FollowupsState state;
        auto pass =
            over(interview(QStringLiteral("uid-c"), QStringLiteral("Interview: Acme – Engineer")));
        const auto first = ReconcilePass::run(pass.input, myPolicy(), now, state);
        auto tasks = stored(first.writes);
        const auto withAlarm = std::ranges::find_if(
            tasks, [](const followups::ExistingTask& task) { return task.task.alarm.has_value(); });
        QVERIFY(withAlarm != tasks.end());
        withAlarm->task.status = followups::TaskStatus::Cancelled; // as the user's app left it
        pass.input.existing = &tasks;
        const auto second = ReconcilePass::run(pass.input, myPolicy(), now, state);
        QCOMPARE(second.writes.size(), std::size_t(1));
        QVERIFY(second.writes.front().action == followups::ReconcileAction::SilenceAlarm);
        QVERIFY(second.writes.front().existing == &*withAlarm);
        QVERIFY(!second.writes.front().task.alarm);

        withAlarm->task.alarm.reset(); // written: the converter reads no enabled alarm
        const auto third = ReconcilePass::run(pass.input, myPolicy(), now, state);
        QCOMPARE(third.writes.size(), std::size_t(0));
    }

    // Issue 10: with no address configured (KMail identities come later), the pass tells the
    // user from the events it watches, as the CLI does, and thanks nobody as the user.
    void shouldTellTheUserFromTheEventsWhenNoAddressIsConfigured()
    {
        const followups::Policy policy = followups::defaultPolicy(berlinZone);
        const auto invite = [](const QString& uid, const QString& summary, int day,
                               const QString& interviewer, const QString& address) {
            KCalendarCore::Event event;
            event.setUid(uid);
            event.setSummary(summary);
            event.setDtStart(QDateTime(QDate(2026, 11, day), QTime(14, 0), berlin()));
            event.setDtEnd(QDateTime(QDate(2026, 11, day), QTime(15, 0), berlin()));
            event.addAttendee(KCalendarCore::Attendee(QStringLiteral("Sam Rivera"),
                                                      QStringLiteral("sam@outlook.com")));
            event.addAttendee(KCalendarCore::Attendee(interviewer, address));
            return IncidenceConverter::toCalendarEvent(event, {}, berlinZone);
        };
        FollowupsState state;
        FirstPass pass(
            {invite(QStringLiteral("one"), QStringLiteral("Interview: Acme – Lead"), 3,
                    QStringLiteral("Jane Doe"), QStringLiteral("jane@acme.example")),
             invite(QStringLiteral("two"), QStringLiteral("Phone screen: Hooli <> Sam Rivera"), 4,
                    QStringLiteral("Bob Lee"), QStringLiteral("bob@hooli.example"))});
        const auto result =
            ReconcilePass::run(pass.input, policy, noonOn(QDate(2026, 11, 1)), state);
        QCOMPARE(result.interviews, std::size_t(2));
        std::set<std::string> thanked;
        for (const auto& write : result.writes) {
            if (write.task.kind == followups::TaskKind::ThankYou && write.task.person)
                thanked.insert(write.task.person->email);
        }
        QCOMPARE(thanked, (std::set<std::string>{"jane@acme.example", "bob@hooli.example"}));
    }

    void shouldPlanOneSetOfTasksForTheSameInviteInTwoCalendars()
    {
        const auto now = noonOn(QDate(2026, 11, 1));
        auto event = interview(QStringLiteral("twice"), QStringLiteral("Interview: Acme – Lead"));
        event.addAttendee(
            KCalendarCore::Attendee(QStringLiteral("Alice"), QStringLiteral("alice@acme.example")));
        FollowupsState state;
        auto once = over(event);
        auto twice = over(event);
        twice.input.events.push_back(twice.input.events.front());
        const auto single = ReconcilePass::run(once.input, myPolicy(), now, state);
        const auto merged = ReconcilePass::run(twice.input, myPolicy(), now, state);
        QCOMPARE(merged.interviews, std::size_t(1));
        QCOMPARE(merged.writes.size(), single.writes.size());
    }

    void shouldDateAnOutcomeByTheDayItWasFirstSeen()
    {
        // The agent's state file keeps outcomes, so the core dates one by the day it first saw it.
        const followups::Policy policy = followups::defaultPolicy(berlinZone);
        auto event =
            interview(QStringLiteral("uid-r"), QStringLiteral("Interview: Acme – Engineer"));
        event.setDescription(QStringLiteral("Outcome: rejected"));
        FollowupsState state;
        auto pass = over(event);
        ReconcilePass::run(pass.input, policy, noonOn(QDate(2026, 11, 10)), state);
        QVERIFY(state.outcome({"uid-r", ""}));
        QVERIFY(state.outcome({"uid-r", ""})->date ==
                followups::Date(year{2026}, month{11}, day{10}));
        // Seen again days later: the date is kept, so the feedback task does not move.
        const auto result =
            ReconcilePass::run(pass.input, policy, noonOn(QDate(2026, 11, 13)), state);
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
        const followups::Policy policy = myPolicy();
        auto event = interview(QStringLiteral("weekly-interview"),
                               QStringLiteral("Interview: Acme – Engineer"));
        event.setDtStart(QDateTime(QDate(2026, 11, 2), QTime(10, 0), berlin()));
        event.setDtEnd(QDateTime(QDate(2026, 11, 2), QTime(11, 0), berlin()));
        event.recurrence()->setWeekly(1);
        event.recurrence()->setDuration(2);

        // Both occurrences expanded and their tasks stored.
        const auto then = noonOn(QDate(2026, 11, 1));
        const auto expansion = followups::defaultPlanningWindow(policy, then);
        FollowupsState state;
        auto pass =
            FirstPass(IncidenceConverter::occurrences(event, expansion, {}, berlinZone, 10));
        pass.input.expansion = expansion;
        pass.input.seriesUids = {"weekly-interview"};
        const auto first = ReconcilePass::run(pass.input, policy, then, state);
        const auto tasks = stored(first.writes);
        QVERIFY(!tasks.empty());

        // Two months on, neither lies in the expansion any more: their tasks are not the tasks of
        // deleted occurrences.
        const auto later = noonOn(QDate(2027, 1, 5));
        auto& input = pass.input;
        input.expansion = followups::defaultPlanningWindow(policy, later);
        input.events = IncidenceConverter::occurrences(event, input.expansion, {}, berlinZone, 10);
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
