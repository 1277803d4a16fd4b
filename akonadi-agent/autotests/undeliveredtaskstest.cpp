// UndeliveredTasks, without a server: which of the product's tasks the resource dropped, when to
// deliver them again, and when to give up.
#include "undeliveredtasks.h"

#include <QTest>
#include <set>

using namespace std::chrono_literals;
using Task = UndeliveredTasks::Task;

namespace
{
const UndeliveredTasks::Clock::time_point start{};
} // namespace

class UndeliveredTasksTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldWaitTheGraceBeforeCallingATaskDropped()
    {
        UndeliveredTasks tasks(2s, 3);
        tasks.observe({{1, QStringLiteral("a"), false}, {2, QStringLiteral("b"), true}}, start);
        QVERIFY(tasks.due(start + 1999ms).isEmpty());
        QCOMPARE(tasks.due(start + 2s), QStringList{QStringLiteral("a")});
        QCOMPARE(tasks.nextDue(), start + 2s);
    }

    void shouldForgetATaskOnceStoredOrGone()
    {
        UndeliveredTasks tasks(2s, 3);
        tasks.observe({{1, QStringLiteral("a"), false}, {2, QStringLiteral("b"), false}}, start);
        // "a" got its remote id; "b" is no more (the user deleted it).
        tasks.observe({{1, QStringLiteral("a"), true}}, start + 1s);
        QVERIFY(tasks.isEmpty());
        QVERIFY(tasks.due(start + 10s).isEmpty());
        QVERIFY(!tasks.nextDue());
    }

    void shouldKeepATaskSeenAgainOnItsFirstWait()
    {
        UndeliveredTasks tasks(2s, 3);
        tasks.observe({{1, QStringLiteral("a"), false}}, start);
        tasks.observe({{1, QStringLiteral("a"), false}}, start + 1500ms); // every pass sees it
        QCOMPARE(tasks.due(start + 2s), QStringList{QStringLiteral("a")});
    }

    // A stored item and one without a remote id for the same UID: the UID is not delivered yet.
    void shouldTrackAUidWhoseLatestItemIsNotStored()
    {
        UndeliveredTasks tasks(2s, 3);
        tasks.observe({{1, QStringLiteral("a"), true}, {2, QStringLiteral("a"), false}}, start);
        QCOMPARE(tasks.due(start + 2s), QStringList{QStringLiteral("a")});
    }

    void shouldStartEveryWaitAgainWhenTheResourceStoresAnother()
    {
        UndeliveredTasks tasks(2s, 3);
        tasks.observe({{1, QStringLiteral("a"), false}, {2, QStringLiteral("b"), false}}, start);
        tasks.observe({{1, QStringLiteral("a"), false}, {2, QStringLiteral("b"), true}},
                      start + 1500ms);
        QVERIFY(tasks.due(start + 3s).isEmpty());
        QCOMPARE(tasks.due(start + 3500ms), QStringList{QStringLiteral("a")});
    }

    void shouldStartEveryWaitAgainWhileTheResourceIsBusy()
    {
        UndeliveredTasks tasks(2s, 3);
        tasks.observe({{1, QStringLiteral("a"), false}}, start);
        tasks.resourceBusy(start + 1s);
        QVERIFY(tasks.due(start + 2s).isEmpty());
        QCOMPARE(tasks.due(start + 3s), QStringList{QStringLiteral("a")});
    }

    void shouldWaitTwiceAsLongAfterEachAttemptAndThenGiveUp()
    {
        UndeliveredTasks tasks(2s, 3);
        tasks.observe({{1, QStringLiteral("a"), false}}, start);
        tasks.attempted({QStringLiteral("a")}, start + 2s);
        // The copy (a new item) was dropped too.
        tasks.observe({{7, QStringLiteral("a"), false}}, start + 2100ms);
        QVERIFY(tasks.due(start + 2100ms + 3999ms).isEmpty());
        QCOMPARE(tasks.due(start + 2100ms + 4s), QStringList{QStringLiteral("a")});
        tasks.attempted({QStringLiteral("a")}, start + 7s);
        QCOMPARE(tasks.nextDue(), start + 7s + 8s);
        QVERIFY(tasks.exhausted().isEmpty());
        tasks.attempted({QStringLiteral("a")}, start + 15s);
        QCOMPARE(tasks.exhausted(), QStringList{QStringLiteral("a")});
        QVERIFY(tasks.due(start + 1h).isEmpty());
        QVERIFY(!tasks.nextDue());

        tasks.resetAttempts();
        QVERIFY(tasks.exhausted().isEmpty());
        QCOMPARE(tasks.due(start + 15s + 2s), QStringList{QStringLiteral("a")});
    }

    // A resource replays its changes in order: a stored item created after one without a remote id
    // (a higher id), the user's own to-do too, shows that its creation was replayed, and dropped.
    void shouldCallDroppedWhatALaterStoredItemShowsReplayed()
    {
        const std::vector<Task> list{{3, QStringLiteral("a"), false},
                                     {5, QStringLiteral("own"), true},
                                     {8, QStringLiteral("b"), false},
                                     {9, QStringLiteral("c"), true}};
        QCOMPARE(UndeliveredTasks::dropped(list, {}), (std::set<qint64>{3, 8}));
        // The last creation not stored yet: no later write shows it passed.
        const std::vector<Task> burst{{3, QStringLiteral("a"), true},
                                      {4, QStringLiteral("b"), false},
                                      {6, QStringLiteral("c"), false}};
        QVERIFY(UndeliveredTasks::dropped(burst, {}).empty());
        QCOMPARE(UndeliveredTasks::dropped(burst, {6}), std::set<qint64>{6});
        // A stored item is never dropped, whatever is said of it.
        QVERIFY(UndeliveredTasks::dropped({{3, QStringLiteral("a"), true}}, {3}).empty());
    }

    // Nothing written after a burst the resource dropped: once a synchronisation asked for after
    // the items were read has completed, they are due at once, even while the resource reports
    // itself busy (it may be synchronising something else), and the round gets them as proven.
    void shouldMakeDueAtOnceWhatTheResourcePassedBeforeASynchronisation()
    {
        UndeliveredTasks tasks(2s, 3);
        tasks.observe({{1, QStringLiteral("a"), false}, {2, QStringLiteral("b"), false}}, start);
        QVERIFY(tasks.attempted({QStringLiteral("a"), QStringLiteral("b")}, start + 2s).empty());
        tasks.resourceSynchronized({1, 99}, start + 3s); // 99: not one of its tasks
        tasks.resourceBusy(start + 3500ms);
        QCOMPARE(tasks.due(start + 3500ms), QStringList{QStringLiteral("a")});
        QCOMPARE(tasks.nextDue(), start + 3500ms);
        // "b" waits as before: twice the grace, from the last time the resource was busy.
        QCOMPARE(tasks.due(start + 3500ms + 4s),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(tasks.attempted({QStringLiteral("a"), QStringLiteral("b")}, start + 8s),
                 std::set<qint64>{1});
    }

    // A round uses the proof up: the next one needs its own (the copy is a new item, and a dropped
    // item kept because the user edited it meanwhile waits again).
    void shouldAskForANewProofAfterEachRound()
    {
        UndeliveredTasks tasks(2s, 5);
        tasks.observe({{1, QStringLiteral("a"), false}}, start);
        tasks.attempted({QStringLiteral("a")}, start + 2s);
        tasks.resourceSynchronized({1}, start + 3s);
        QCOMPARE(tasks.attempted({QStringLiteral("a")}, start + 3s), std::set<qint64>{1});
        QVERIFY(tasks.due(start + 3s + 7999ms).isEmpty());
        QCOMPARE(tasks.due(start + 3s + 8s), QStringList{QStringLiteral("a")});
        QVERIFY(tasks.attempted({QStringLiteral("a")}, start + 11s).empty());

        // The proof is the item's, not the UID's: a new item holds "a" (a re-delivered copy).
        tasks.resourceSynchronized({1}, start + 12s);
        tasks.observe({{7, QStringLiteral("a"), false}}, start + 12s);
        QVERIFY(tasks.due(start + 13s).isEmpty());
        QVERIFY(tasks.attempted({QStringLiteral("a")}, start + 12s + 16s).empty());
    }

    // The rounds a synchronisation brings count as any other: after the last, the user is told.
    void shouldGiveUpAfterTheLastRoundEvenWithAProof()
    {
        UndeliveredTasks tasks(2s, 2);
        tasks.observe({{1, QStringLiteral("a"), false}}, start);
        tasks.attempted({QStringLiteral("a")}, start + 2s);
        tasks.attempted({QStringLiteral("a")}, start + 6s);
        tasks.resourceSynchronized({1}, start + 7s);
        QVERIFY(tasks.due(start + 7s).isEmpty());
        QVERIFY(!tasks.nextDue());
        QCOMPARE(tasks.exhausted(), QStringList{QStringLiteral("a")});
    }
};

QTEST_GUILESS_MAIN(UndeliveredTasksTest)
#include "undeliveredtaskstest.moc"
