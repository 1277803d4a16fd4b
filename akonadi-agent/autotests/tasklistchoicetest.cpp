// TaskListChoice: which collection takes the tasks when the settings name none (issue 14). No
// Akonadi server: the candidates are what the catch-up read of each collection.
#include "tasklistchoice.h"

#include <KConfig>
#include <KConfigGroup>
#include <QStandardPaths>
#include <QTest>

using TaskListChoice::Candidate;
using TaskListChoice::How;

namespace
{
Candidate taskList(qint64 id, int productTasks = 0, int interviews = 0)
{
    Candidate candidate;
    candidate.id = id;
    candidate.writable = true;
    candidate.productTasks = productTasks;
    candidate.interviews = interviews;
    return candidate;
}
} // namespace

class TaskListChoiceTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // A re-added agent finds its tasks: the list holding them, whatever KOrganizer's default.
    void shouldAdoptTheListHoldingTheProductsTasks()
    {
        const auto choice = TaskListChoice::choose({taskList(3), taskList(7, 12), taskList(9)}, 9);
        QVERIFY(choice.how == How::Adopted);
        QCOMPARE(choice.id, 7);
        QCOMPARE(choice.productTasks, 12);
        QVERIFY(choice.alsoHolding.empty());
    }

    // Even where the tasks were written into an interview calendar (the old default): moving
    // them elsewhere would duplicate them.
    void shouldAdoptTasksInACalendarOfInterviews()
    {
        const auto choice = TaskListChoice::choose({taskList(3, 14, 6), taskList(9)}, 9);
        QVERIFY(choice.how == How::Adopted);
        QCOMPARE(choice.id, 3);
    }

    void shouldAdoptTheListHoldingMostAndNameTheOthers()
    {
        const auto choice = TaskListChoice::choose(
            {taskList(3, 2), taskList(5), taskList(7, 9), taskList(8, 2)}, -1);
        QVERIFY(choice.how == How::Adopted);
        QCOMPARE(choice.id, 7);
        QCOMPARE(choice.alsoHolding, (std::vector<qint64>{3, 8}));
        // A tie goes to the older collection, on every start alike.
        QCOMPARE(TaskListChoice::choose({taskList(8, 4), taskList(3, 4)}, -1).id, 3);
    }

    void shouldNotAdoptFromAReadOnlyList()
    {
        Candidate shared = taskList(4, 20);
        shared.writable = false;
        const auto choice = TaskListChoice::choose({shared, taskList(6)}, 6);
        QVERIFY(choice.how == How::KOrganizerDefault);
        QCOMPARE(choice.id, 6);
    }

    void shouldTakeKOrganizersDefaultWhenItTakesTodosAndHoldsNoInterview()
    {
        QVERIFY(TaskListChoice::choose({taskList(2), taskList(6)}, 6).how ==
                How::KOrganizerDefault);
        QCOMPARE(TaskListChoice::choose({taskList(2), taskList(6)}, 6).id, 6);
        // Never the lowest id by default: nothing fits, a list is made.
        QVERIFY(TaskListChoice::choose({taskList(2), taskList(6)}, -1).how == How::MakeNew);
        // KOrganizer's default holds the interviews (Kontact's personal calendar): not it.
        QVERIFY(TaskListChoice::choose({taskList(2), taskList(6, 0, 3)}, 6).how == How::MakeNew);
        Candidate readOnly = taskList(6);
        readOnly.writable = false;
        QVERIFY(TaskListChoice::choose({readOnly}, 6).how == How::MakeNew);
        QVERIFY(TaskListChoice::choose({}, 6).how == How::MakeNew);
    }

    void shouldTakeTheListMadeForTheAgentBeforeKOrganizersDefault()
    {
        Candidate made = taskList(11);
        made.madeForTheAgent = true;
        const auto choice = TaskListChoice::choose({taskList(6), made}, 6);
        QVERIFY(choice.how == How::MadeForTheAgent);
        QCOMPARE(choice.id, 11);
    }

    // KOrganizer keeps it as CalendarSupport::KCalPrefs writes it.
    void shouldReadKOrganizersDefaultCalendar()
    {
        KConfig korganizer(QStringLiteral("korganizerrc"));
        KConfigGroup calendar(&korganizer, QStringLiteral("Calendar"));
        calendar.deleteEntry("Default Calendar");
        QVERIFY(korganizer.sync());
        QCOMPARE(TaskListChoice::korganizerDefaultCalendar(), -1);
        calendar.writeEntry("Default Calendar", qint64(42));
        QVERIFY(korganizer.sync());
        QCOMPARE(TaskListChoice::korganizerDefaultCalendar(), 42);
        calendar.deleteEntry("Default Calendar");
        QVERIFY(korganizer.sync());
    }
};

QTEST_GUILESS_MAIN(TaskListChoiceTest)

#include "tasklistchoicetest.moc"
