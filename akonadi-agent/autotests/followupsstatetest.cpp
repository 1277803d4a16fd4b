// The agent's state file (FollowupsState): it keeps all of the memory across restarts. What the
// memory holds and when it forgets is the core's (tests/core/store_memory_test.cpp,
// tests/core/plan_and_reconcile_test.cpp). No Akonadi server.
#include "followupsstate.h"

#include "testtimes.h"

#include <KConfigGroup>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono;

namespace
{
const QDate today(2026, 11, 2);
} // namespace

class FollowupsStateTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldKeepOutcomes()
    {
        // The file keeps outcomes: one without a date is dated by the day it was first seen.
        QVERIFY(FollowupsState().keepsOutcomes);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        FollowupsState loaded;
        loaded.load(KSharedConfig::openConfig(dir.filePath(QStringLiteral("staterc")),
                                              KConfig::SimpleConfig));
        QVERIFY(loaded.keepsOutcomes);
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

    // Issue 14: an agent that kept its memory per instance hands it to the first task list once;
    // a task list that has a memory of its own keeps it.
    void shouldMoveTheLegacyMemoryOnceIntoATaskList()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto open = [&](const QString& name) {
            return KSharedConfig::openConfig(dir.filePath(name), KConfig::SimpleConfig);
        };
        const followups::InterviewKey key{"uid-l", ""};
        {
            FollowupsState legacy;
            legacy.addIssued(key, {"ifu-1", "ifu-2"});
            legacy.save(open(QStringLiteral("agentstaterc")));
            KConfigGroup notices =
                open(QStringLiteral("agentstaterc"))->group(QStringLiteral("Notices"));
            notices.writeEntry("Outage", QStringLiteral("task-list"));
            notices.sync();
        }
        QVERIFY(FollowupsState::takeOverLegacy(open(QStringLiteral("agentstaterc")),
                                               open(QStringLiteral("list4staterc"))));
        FollowupsState moved;
        moved.load(open(QStringLiteral("list4staterc")));
        QCOMPARE(moved.issued(key), (std::set<std::string>{"ifu-1", "ifu-2"}));
        FollowupsState left;
        left.load(open(QStringLiteral("agentstaterc")));
        QVERIFY(left.records().empty());
        // The agent's own entries stay.
        QCOMPARE(open(QStringLiteral("agentstaterc"))
                     ->group(QStringLiteral("Notices"))
                     .readEntry("Outage", QString()),
                 QStringLiteral("task-list"));
        // Once: another list starts empty.
        QVERIFY(!FollowupsState::takeOverLegacy(open(QStringLiteral("agentstaterc")),
                                                open(QStringLiteral("list5staterc"))));

        // A list with a memory of its own is not overwritten.
        {
            FollowupsState legacy;
            legacy.addIssued({"uid-other", ""}, {"ifu-9"});
            legacy.save(open(QStringLiteral("agentstaterc")));
        }
        QVERIFY(!FollowupsState::takeOverLegacy(open(QStringLiteral("agentstaterc")),
                                                open(QStringLiteral("list4staterc"))));
        moved.load(open(QStringLiteral("list4staterc")));
        QCOMPARE(moved.records().size(), std::size_t(1));
        QVERIFY(moved.records().contains(key));
    }

    // Each task list has its own file, outside the agent's instance: removing the agent leaves it.
    void shouldKeepOneStateFilePerTaskList()
    {
        QStandardPaths::setTestModeEnabled(true);
        const auto first = FollowupsState::openForTaskList(4);
        const auto second = FollowupsState::openForTaskList(5);
        QVERIFY(first->name() != second->name());
        QVERIFY(first->name().contains(QLatin1String("4")));
        QVERIFY(!first->name().contains(QLatin1String("akonadi_interview_followups_agentstaterc")));
    }
};

QTEST_GUILESS_MAIN(FollowupsStateTest)

#include "followupsstatetest.moc"
