// What the agent remembers between passes and restarts (FollowupsState) and how a pass uses it:
// failed creations are retried, records of interviews gone for good are pruned, the state file
// keeps all of it. No Akonadi server.
#include "followupsstate.h"

#include "incidenceconverter.h"
#include "reconcilepass.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace std::chrono;

namespace
{
const followups::Zone berlinZone = *followups::Zone::fromId("Europe/Berlin");

QTimeZone berlin()
{
    return QTimeZone(QByteArrayLiteral("Europe/Berlin"));
}

followups::Instant noonOn(QDate date)
{
    return followups::Instant{seconds{QDateTime(date, QTime(12, 0), berlin()).toSecsSinceEpoch()}};
}

followups::Date dateOf(QDate date)
{
    return followups::Date{year{date.year()}, month{static_cast<unsigned>(date.month())},
                           day{static_cast<unsigned>(date.day())}};
}

followups::CalendarEvent interviewOn(const QString& uid, QDate date)
{
    KCalendarCore::Event event;
    event.setUid(uid);
    event.setSummary(QStringLiteral("Interview: Acme – Engineer"));
    event.setDtStart(QDateTime(date, QTime(14, 0), berlin()));
    event.setDtEnd(QDateTime(date, QTime(15, 0), berlin()));
    event.addAttendee(
        KCalendarCore::Attendee(QStringLiteral("Alice"), QStringLiteral("alice@acme.example")));
    return IncidenceConverter::toCalendarEvent(event, {}, berlinZone);
}

followups::Policy policy()
{
    followups::Policy result = followups::defaultPolicy(berlinZone);
    result.myAddresses = {"me@example.org"};
    return result;
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

const QDate today(2026, 11, 2);
} // namespace

class FollowupsStateTest : public QObject
{
    Q_OBJECT

private:
    // A first pass plans the interview's tasks; the store takes all but the first. Returns the
    // tasks stored and the UID that failed.
    std::pair<std::vector<followups::ExistingTask>, std::string>
    createAllButOne(FollowupsState& state, bool reportFailure)
    {
        std::vector<followups::ExistingTask> none;
        ReconcilePass::Input input;
        input.events = {interviewOn(QStringLiteral("uid-f"), today.addDays(3))};
        input.existing = &none;
        const auto first = ReconcilePass::run(input, policy(), noonOn(today), state);
        const auto failed = first.writes.front().task.uid;
        std::vector<ReconcilePass::Write> created(first.writes.begin() + 1, first.writes.end());
        for (const auto& write : created) {
            // Every task of the batch lists every UID planned in it, the failed one too.
            if (std::ranges::find(write.issued, failed) == write.issued.end()) {
                return {};
            }
            state.addIssued(write.task.interview, {write.task.uid});
        }
        if (reportFailure) {
            state.creationFailed({"uid-f", ""}, failed);
        }
        return {stored(created), failed};
    }

private Q_SLOTS:
    void shouldCreateAgainATaskWhoseCreationFailed()
    {
        FollowupsState state;
        auto [existing, failed] = createAllButOne(state, true);
        QVERIFY(!failed.empty());
        ReconcilePass::Input input;
        input.events = {interviewOn(QStringLiteral("uid-f"), today.addDays(3))};
        input.existing = &existing;
        const auto second = ReconcilePass::run(input, policy(), noonOn(today), state);
        QCOMPARE(second.writes.size(), std::size_t(1));
        QVERIFY(second.writes.front().action == followups::ReconcileAction::Create);
        QCOMPARE(second.writes.front().task.uid, failed);
        QCOMPARE(second.rememberedDeletions, std::size_t(0));

        // Created this time: issued, no longer failed.
        state.addIssued({"uid-f", ""}, {failed});
        QVERIFY(state.failedCreations({"uid-f", ""}).empty());
        QVERIFY(state.wasIssued({"uid-f", ""}, failed));
    }

    void shouldTakeAnIssuedTaskMissingFromTheStoreForADeletion()
    {
        // The same store without the failure reported: the missing task reads as the user's
        // deletion and is not created again.
        FollowupsState state;
        auto [existing, failed] = createAllButOne(state, false);
        QVERIFY(!failed.empty());
        ReconcilePass::Input input;
        input.events = {interviewOn(QStringLiteral("uid-f"), today.addDays(3))};
        input.existing = &existing;
        const auto second = ReconcilePass::run(input, policy(), noonOn(today), state);
        QCOMPARE(second.writes.size(), std::size_t(0));
        QVERIFY(state.wasIssued({"uid-f", ""}, failed));
    }

    void shouldPruneRecordsOfInterviewsNotCurrentForThirtyDays()
    {
        FollowupsState state;
        // "kept": an interview far enough ahead to stay current; "gone": deleted from the
        // calendars; "old": still in a calendar but long behind the planning window.
        const followups::InterviewKey kept{"kept", ""};
        const followups::InterviewKey gone{"gone", ""};
        const followups::InterviewKey old{"old", ""};
        for (const auto& key : {kept, gone, old}) {
            state.addIssued(key, {"ifu-x-" + key.uid});
        }
        std::vector<followups::ExistingTask> none;
        ReconcilePass::Input input;
        input.events = {interviewOn(QStringLiteral("kept"), today.addDays(60)),
                        interviewOn(QStringLiteral("old"), today.addDays(-400))};
        input.existing = &none;

        auto run = [&](int daysLater, bool complete) {
            input.allowCancel = complete;
            return ReconcilePass::run(input, policy(), noonOn(today.addDays(daysLater)), state)
                .prunedRecords;
        };
        QCOMPARE(run(0, true), std::size_t(0)); // first seen: dated today
        QVERIFY(state.records().at(gone).lastSeen == dateOf(today));
        QCOMPARE(run(FollowupsState::pruneAfterDays, true), std::size_t(0));
        // An unreadable calendar prunes nothing: its interviews may only be out of reach.
        QCOMPARE(run(FollowupsState::pruneAfterDays + 1, false), std::size_t(0));
        QCOMPARE(state.records().size(), std::size_t(3));
        QCOMPARE(run(FollowupsState::pruneAfterDays + 1, true), std::size_t(2));
        QCOMPARE(state.records().size(), std::size_t(1));
        QVERIFY(state.records().contains(kept));
        QVERIFY(state.records().at(kept).lastSeen ==
                dateOf(today.addDays(FollowupsState::pruneAfterDays + 1)));
    }

    void shouldKeepEverythingInTheStateFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("staterc"));
        const followups::InterviewKey key{"uid-s", "20261105T140000"};
        const followups::InterviewKey pruned{"uid-p", ""};
        {
            FollowupsState state;
            state.addIssued(key, {"ifu-a", "ifu-b"});
            state.creationFailed(key, "ifu-c");
            state.setOutcome(key, {followups::OutcomeKind::Rejected, dateOf(today)});
            state.addIssued(pruned, {"ifu-p"});
            state.seen(key, dateOf(today));
            state.save(KSharedConfig::openConfig(path, KConfig::SimpleConfig));
        }
        FollowupsState loaded;
        loaded.load(KSharedConfig::openConfig(path, KConfig::SimpleConfig));
        QCOMPARE(loaded.records().size(), std::size_t(2));
        QCOMPARE(loaded.issued(key), (std::set<std::string>{"ifu-a", "ifu-b"}));
        QCOMPARE(loaded.failedCreations(key), std::set<std::string>{"ifu-c"});
        QVERIFY(loaded.outcome(key)->kind == followups::OutcomeKind::Rejected);
        QVERIFY(loaded.outcome(key)->date == dateOf(today));
        QVERIFY(loaded.records().at(key).lastSeen == dateOf(today));
        QVERIFY(!loaded.records().at(pruned).lastSeen);

        // A pruned record leaves the file.
        QCOMPARE(loaded.prune(dateOf(today.addDays(1))), std::size_t(0)); // dates the never-seen
        const QDate later = today.addDays(FollowupsState::pruneAfterDays + 2);
        loaded.seen(key, dateOf(later));
        QCOMPARE(loaded.prune(dateOf(later)), std::size_t(1));
        loaded.save(KSharedConfig::openConfig(path, KConfig::SimpleConfig));
        FollowupsState reloaded;
        reloaded.load(KSharedConfig::openConfig(path, KConfig::SimpleConfig));
        QCOMPARE(reloaded.records().size(), std::size_t(1));
        QVERIFY(reloaded.records().contains(key));
        QVERIFY(reloaded.failedCreations(key).contains("ifu-c"));
    }
};

QTEST_GUILESS_MAIN(FollowupsStateTest)

#include "followupsstatetest.moc"
