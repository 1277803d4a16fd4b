// UndeliveredTasks, without a server: which of the product's tasks the resource dropped, when to
// deliver them again, and when to give up.
#include "undeliveredtasks.h"

#include <QTest>

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
        tasks.attempted(QStringLiteral("a"), start + 2s);
        // The copy (a new item) was dropped too.
        tasks.observe({{7, QStringLiteral("a"), false}}, start + 2100ms);
        QVERIFY(tasks.due(start + 2100ms + 3999ms).isEmpty());
        QCOMPARE(tasks.due(start + 2100ms + 4s), QStringList{QStringLiteral("a")});
        tasks.attempted(QStringLiteral("a"), start + 7s);
        QCOMPARE(tasks.nextDue(), start + 7s + 8s);
        QVERIFY(tasks.exhausted().isEmpty());
        tasks.attempted(QStringLiteral("a"), start + 15s);
        QCOMPARE(tasks.exhausted(), QStringList{QStringLiteral("a")});
        QVERIFY(tasks.due(start + 1h).isEmpty());
        QVERIFY(!tasks.nextDue());

        tasks.resetAttempts();
        QVERIFY(tasks.exhausted().isEmpty());
        QCOMPARE(tasks.due(start + 15s + 2s), QStringList{QStringLiteral("a")});
    }
};

QTEST_GUILESS_MAIN(UndeliveredTasksTest)
#include "undeliveredtaskstest.moc"
