// BrokenTaskList, without a server: when the task list's resource is broken by its own reports
// (the iCal resource's, as measured on a real one), when it may work again, and which tasks are
// unconfirmed.
#include "brokentasklist.h"

#include <QTest>

using Report = BrokenTaskList::Report;
using Change = BrokenTaskList::Change;

namespace
{
const QString unreadable = QStringLiteral("Could not read file '/home/u/tasks.ics'");
const QString noFile = QStringLiteral("No file specified.");
const QString ready = QStringLiteral("Ready");
const QString syncing = QStringLiteral("Syncing folder 'tasks.ics'");

std::map<std::string, followups::InterviewKey> tasks(std::initializer_list<const char*> uids)
{
    std::map<std::string, followups::InterviewKey> result;
    for (const char* uid : uids) {
        result.emplace(uid, followups::InterviewKey{"interview", ""});
    }
    return result;
}
} // namespace

class BrokenTaskListTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldHoldFromTheFirstBrokenReportAndKeepItsWords()
    {
        BrokenTaskList list;
        QVERIFY(!list.holding());
        QCOMPARE(list.reported(Report::Idle, ready), Change::None);
        QCOMPARE(list.reported(Report::Broken, noFile), Change::Broke);
        QVERIFY(list.holding());
        QCOMPARE(list.reported(Report::Broken, unreadable), Change::None); // told once
        QCOMPARE(list.message(), noFile);
    }

    // The iCal resource reports Idle ("Ready") as soon as its next task ends, read or not: that
    // alone is no recovery.
    void shouldStayBrokenThroughAnIdleReport()
    {
        BrokenTaskList list;
        list.reported(Report::Broken, unreadable);
        QCOMPARE(list.reported(Report::Idle, ready), Change::None);
        QCOMPARE(list.reported(Report::Other, ready), Change::None); // NotConfigured
        QVERIFY(list.holding());
    }

    // A synchronisation of a still unreadable file reads it again and fails within it.
    void shouldStayBrokenThroughATaskThatBrokeAgain()
    {
        BrokenTaskList list;
        list.reported(Report::Broken, unreadable);
        QCOMPARE(list.reported(Report::Running, syncing), Change::None);
        QCOMPARE(list.reported(Report::Broken, unreadable), Change::None);
        QCOMPARE(list.reported(Report::Idle, ready), Change::None);
        QVERIFY(list.holding());
    }

    // As measured after the repair: Running, Idle (the file read), Running, Idle.
    void shouldRecoverAfterATaskEndedWithoutBreakingOnceConfirmed()
    {
        BrokenTaskList list;
        list.reported(Report::Broken, unreadable);
        QCOMPARE(list.reported(Report::Running, syncing), Change::None);
        QCOMPARE(list.reported(Report::Idle, ready), Change::Recovering);
        QVERIFY(list.holding()); // until the agent's synchronisation has ended
        QCOMPARE(list.reported(Report::Running, syncing), Change::None);
        QCOMPARE(list.reported(Report::Idle, ready), Change::None);
        QVERIFY(list.confirmed(true));
        QVERIFY(!list.holding());
        QCOMPARE(list.reported(Report::Broken, unreadable), Change::Broke); // a new outage
        QCOMPARE(list.message(), unreadable);
    }

    void shouldStayBrokenWhenTheConfirmationFails()
    {
        BrokenTaskList list;
        list.reported(Report::Broken, unreadable);
        list.reported(Report::Running, syncing);
        list.reported(Report::Idle, ready);
        QVERIFY(!list.confirmed(false)); // timed out
        QVERIFY(list.holding());
        list.reported(Report::Running, syncing);
        QCOMPARE(list.reported(Report::Idle, ready), Change::Recovering); // tried again
    }

    void shouldStayBrokenWhenItBreaksWhileConfirming()
    {
        BrokenTaskList list;
        list.reported(Report::Broken, unreadable);
        list.reported(Report::Running, syncing);
        list.reported(Report::Idle, ready);
        QCOMPARE(list.reported(Report::Broken, unreadable), Change::None);
        QVERIFY(!list.confirmed(true));
        QVERIFY(list.holding());
    }

    void shouldStartFromTheStatusFoundForAnotherList()
    {
        BrokenTaskList list;
        list.reported(Report::Broken, unreadable);
        list.tasksKnown(tasks({"a"}));
        QCOMPARE(list.restart(Report::Idle, ready), Change::None);
        QVERIFY(!list.holding());
        QVERIFY(list.takeUnconfirmed().empty()); // the other list's
        QCOMPARE(list.restart(Report::Broken, noFile), Change::Broke);
        QVERIFY(list.holding());
        QCOMPARE(list.message(), noFile);
    }

    // Every task known while broken may hold a remote id no file has; none while well.
    void shouldGiveTheTasksKnownWhileBrokenOnceItWorks()
    {
        BrokenTaskList list;
        list.tasksKnown(tasks({"before"}));
        list.reported(Report::Broken, noFile);
        list.tasksKnown(tasks({"a", "b"}));
        list.tasksKnown(tasks({"b", "c"}));
        QVERIFY(list.takeUnconfirmed().empty()); // not before it works again
        list.reported(Report::Running, syncing);
        list.reported(Report::Idle, ready);
        QVERIFY(list.confirmed(true));
        list.tasksKnown(tasks({"after"}));
        const auto unconfirmed = list.takeUnconfirmed();
        QCOMPARE(unconfirmed.size(), std::size_t{3});
        QVERIFY(unconfirmed.contains("a") && unconfirmed.contains("b") &&
                unconfirmed.contains("c"));
        QCOMPARE(unconfirmed.at("a"), (followups::InterviewKey{"interview", ""}));
        QVERIFY(list.takeUnconfirmed().empty());
    }
};

QTEST_GUILESS_MAIN(BrokenTaskListTest)

#include "brokentasklisttest.moc"
