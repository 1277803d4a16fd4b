// Issue 14, the default task list, end to end against a real isolated Akonadi server: a fresh
// Kontact profile, where the one calendar ("Personal", taking events and to-dos, KOrganizer's
// default) holds the interviews, beside a to-do list ("Tasks") nobody chose. The agent, added with
// no task list configured, makes its own "Interview follow-ups" task list (an iCal file resource)
// and leaves the personal calendar untouched; removed and added again, it takes that list again and
// changes nothing. Also run without korganizerrc (KOrganizer never started), and where no list can
// be made (its folder is taken by a file): the user is told once, also across restarts, until a
// list works again. And as in Kontact's "Add agent", with the dialog open as the agent starts:
// KOrganizer's default, a task list without interviews, is taken and shown chosen.
#include "agenttestclock.h"
#include "dialogsettings.h"
#include "e2eagent.h"
#include "notificationserver.h"
#include "settingswidget.h"

#include <Akonadi/AgentManager>
#include <Akonadi/Collection>
#include <Akonadi/CollectionFetchJob>
#include <Akonadi/CollectionFetchScope>
#include <Akonadi/Item>
#include <Akonadi/ItemCreateJob>
#include <Akonadi/ItemFetchJob>
#include <Akonadi/ItemFetchScope>
#include <Akonadi/ResourceSynchronizationJob>
#include <KCalendarCore/Event>
#include <KCalendarCore/Todo>
#include <QComboBox>
#include <QFile>
#include <QStandardPaths>
#include <QTest>
#include <akonadi/qtest_akonadi.h>
#include <algorithm>
#include <map>

using namespace Akonadi;
using E2eAgent::agentIdle;
using E2eAgent::agentStatus;
using E2eAgent::waitFor;
using KCalendarCore::Event;
using KCalendarCore::Incidence;
using KCalendarCore::Todo;

namespace
{
constexpr int timeout = 30000; // an upper bound, as in interviewfollowupsagenttest
const QString icalType = QStringLiteral("akonadi_ical_resource");
// The beginning of the agent's notice that there is no task list (WriteProblem::noTaskListText).
const QString noTaskListNotice = QStringLiteral("Follow-up tasks have no task list");
const QString cantWriteNotice = QStringLiteral("Follow-up tasks can't be written");

// The folder of the task lists the agent makes.
QString taskListFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/interview-followups");
}

AgentInstance::List icalResources()
{
    AgentInstance::List found;
    for (const AgentInstance& instance : AgentManager::self()->instances()) {
        if (instance.type().identifier() == icalType) {
            found.append(instance);
        }
    }
    return found;
}

Collection::List collectionsOf(const QString& resource)
{
    auto* job = new CollectionFetchJob(Collection::root(), CollectionFetchJob::Recursive);
    job->fetchScope().setResource(resource);
    return job->exec() ? job->collections() : Collection::List();
}

Item::List itemsIn(const Collection& collection)
{
    auto* job = new ItemFetchJob(collection);
    job->fetchScope().fetchFullPayload(true);
    return job->exec() ? job->items() : Item::List();
}

// Every item of the collection: revision and payload.
std::map<Item::Id, std::pair<int, QByteArray>> snapshot(const Collection& collection)
{
    std::map<Item::Id, std::pair<int, QByteArray>> items;
    for (const Item& item : itemsIn(collection)) {
        items[item.id()] = {item.revision(), item.payloadData()};
    }
    return items;
}
} // namespace

class DefaultTaskListTest : public QObject
{
    Q_OBJECT

private:
    NotificationServer notifications_;
    Collection personal_;
    Collection tasks_;
    Collection made_;
    std::map<Item::Id, std::pair<int, QByteArray>> personalItems_;

private Q_SLOTS:
    void initTestCase()
    {
        AkonadiTest::checkTestIsIsolated();
        QVERIFY(notifications_.registerOnSessionBus());
        const AgentInstance knut =
            AgentManager::self()->instance(QStringLiteral("akonadi_knut_resource_0"));
        QVERIFY(knut.isValid());
        // knut may not take a synchronization yet: tried again, each time with a new job (a job
        // deletes itself once it ended).
        QTRY_VERIFY_WITH_TIMEOUT((new ResourceSynchronizationJob(knut))->exec(), 4 * timeout);
        const auto collections = collectionsOf(knut.identifier());
        QCOMPARE(collections.size(), 2);
        for (const Collection& collection : collections) {
            (collection.remoteId() == QLatin1String("personal") ? personal_ : tasks_) = collection;
        }
        QCOMPARE(tasks_.name(), QStringLiteral("Tasks"));

        const QDateTime start(AgentTestClock::today().addDays(2), QTime(14, 0),
                              AgentTestClock::zone());
        Event::Ptr event(new Event);
        event->setUid(QStringLiteral("personal@test"));
        event->setSummary(QStringLiteral("Interview: Acme – Engineer"));
        event->setDtStart(start);
        event->setDtEnd(start.addSecs(3600));
        event->setOrganizer(KCalendarCore::Person(QStringLiteral("Me"), E2eAgent::me));
        event->addAttendee(KCalendarCore::Attendee(QStringLiteral("Alice Smith"),
                                                   QStringLiteral("alice@acme.example")));
        Item item(Event::eventMimeType());
        item.setPayload<Incidence::Ptr>(event);
        QVERIFY((new ItemCreateJob(item, personal_))->exec());
        personalItems_ = snapshot(personal_);
        QCOMPARE(personalItems_.size(), std::size_t(1));

        if (qEnvironmentVariableIsSet("FOLLOWUPS_TEST_NO_KORGANIZERRC")) {
            QVERIFY(QStandardPaths::locate(QStandardPaths::GenericConfigLocation,
                                           QStringLiteral("korganizerrc"))
                        .isEmpty());
        } else {
            // KOrganizer's default calendar takes to-dos, but it holds the interviews.
            KConfig korganizer(QStringLiteral("korganizerrc"));
            KConfigGroup(&korganizer, QStringLiteral("Calendar"))
                .writeEntry("Default Calendar", personal_.id());
            QVERIFY(korganizer.sync());
        }
        QVERIFY(icalResources().isEmpty());
    }

    void shouldMakeATaskListAndLeaveTheInterviewCalendarAlone()
    {
        QVERIFY(E2eAgent::writeUserSettings());
        QVERIFY(E2eAgent::addAgent());
        QTRY_COMPARE_WITH_TIMEOUT(icalResources().size(), 1, timeout);
        // Named once configured.
        QTRY_COMPARE_WITH_TIMEOUT(icalResources().first().name(),
                                  QStringLiteral("Interview follow-ups"), timeout);
        const AgentInstance resource = icalResources().first();
        QTRY_COMPARE_WITH_TIMEOUT(collectionsOf(resource.identifier()).size(), 1, timeout);
        made_ = collectionsOf(resource.identifier()).first();
        // The interview's debrief, thank-you note and two follow-ups.
        QTRY_COMPARE_WITH_TIMEOUT(itemsIn(made_).size(), 4, timeout);
        QVERIFY(waitFor(agentIdle, timeout));
        QCOMPARE(E2eAgent::targetCollection(), made_.id());
        QVERIFY(itemsIn(tasks_).isEmpty()); // a list nobody chose is not taken
        for (const Item& item : itemsIn(made_)) {
            QCOMPARE(item.mimeType(), Todo::todoMimeType());
            QCOMPARE(item.payload<Incidence::Ptr>()->relatedTo(), QStringLiteral("personal@test"));
        }
        QCOMPARE(snapshot(personal_), personalItems_);
        // A real file in the user's data folder, which KOrganizer can open too.
        const auto tasksInFile = [] {
            QFile file(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                       QStringLiteral("/interview-followups/tasks.ics"));
            return file.open(QIODevice::ReadOnly) ? file.readAll().count("BEGIN:VTODO") : -1;
        };
        QTRY_COMPARE_WITH_TIMEOUT(tasksInFile(), 4, timeout);
    }

    void shouldTakeTheSameListWhenAddedAgain()
    {
        // Stored by the resource (given remote ids) before the agent goes.
        QTRY_VERIFY_WITH_TIMEOUT(
            std::ranges::all_of(itemsIn(made_),
                                [](const Item& item) { return !item.remoteId().isEmpty(); }),
            timeout);
        const auto before = snapshot(made_);
        QVERIFY(E2eAgent::removeAgent(timeout));
        QVERIFY(E2eAgent::writeUserSettings());
        QVERIFY(E2eAgent::addAgent());
        QVERIFY(waitFor(agentIdle, 4 * timeout));
        QCOMPARE(E2eAgent::targetCollection(), made_.id());
        QCOMPARE(icalResources().size(), 1);
        QCOMPARE(snapshot(made_), before);
        QCOMPARE(snapshot(personal_), personalItems_);
    }

    void shouldShowKOrganizersDefaultChosenInTheDialog()
    {
        KConfig korganizer(QStringLiteral("korganizerrc"));
        KConfigGroup(&korganizer, QStringLiteral("Calendar"))
            .writeEntry("Default Calendar", tasks_.id());
        QVERIFY(korganizer.sync());
        QVERIFY(E2eAgent::writeUserSettings());

        // The dialog, as the configuration plugin opens it on the agent's file: every collection.
        DialogSettings settings(KSharedConfig::openConfig(
            ServerManager::addNamespace(E2eAgent::agentType) + QStringLiteral("rc")));
        SettingsWidget dialog(settings, {});
        dialog.load();
        auto* fetch = new CollectionFetchJob(Collection::root(), CollectionFetchJob::Recursive);
        QVERIFY(fetch->exec());
        dialog.setCollections(fetch->collections());
        auto* taskList = dialog.findChild<QComboBox*>(QStringLiteral("taskList"));
        QCOMPARE(taskList->currentData().toLongLong(), SettingsWidget::automaticTaskList);

        QVERIFY(E2eAgent::addAgent());
        QTRY_COMPARE_WITH_TIMEOUT(taskList->currentData().toLongLong(), tasks_.id(), timeout);
        QCOMPARE(taskList->currentText(), QStringLiteral("Tasks"));
        QVERIFY(waitFor(agentIdle, timeout));
        QCOMPARE(itemsIn(tasks_).size(), 4);
        QVERIFY(icalResources().isEmpty());
        QCOMPARE(snapshot(personal_), personalItems_);
        dialog.save();
        QCOMPARE(
            DialogSettings(KSharedConfig::openConfig(settings.config()->name())).targetCollection(),
            tasks_.id());
    }

    void shouldSayOnceThatNoTaskListCanBeMade()
    {
        // The one calendar taking to-dos holds the interviews, and the folder of the list's file
        // is taken by a file: no list can be found or made.
        QFile blocker(taskListFolder());
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QVERIFY(E2eAgent::writeUserSettings());
        QVERIFY(E2eAgent::addAgent());
        QTRY_COMPARE_WITH_TIMEOUT(notifications_.bodiesStartingWith(noTaskListNotice).size(), 1,
                                  timeout);
        QVERIFY(
            waitFor([&] { return agentStatus() == int(AgentInstance::NotConfigured); }, timeout));
        const auto told = std::ranges::find_if(notifications_.received, [this](const auto& n) {
            return notifications_.shown(n).startsWith(noTaskListNotice);
        });
        QVERIFY(told->actions.contains(QStringLiteral("Configure…")));
        QVERIFY(icalResources().isEmpty());
        QCOMPARE(snapshot(personal_), personalItems_);

        // The next login (the agent restarted): still no list, and not told again.
        QVERIFY(E2eAgent::restartAgent(timeout));
        QVERIFY(waitFor([] { return agentStatus() == AgentInstance::NotConfigured; }, timeout));
        // Told at once if at all (as after the first start): a second is plenty.
        QTest::qWait(2000);
        QCOMPARE(notifications_.bodiesStartingWith(noTaskListNotice).size(), 1);

        // The folder is free again: the next start makes the list, and the outage is over.
        QVERIFY(QFile::remove(taskListFolder()));
        QVERIFY(E2eAgent::restartAgent(timeout));
        QVERIFY(waitFor(agentIdle, 4 * timeout));
        QCOMPARE(icalResources().size(), 1);
        // So a new outage is told again: the list goes, and at the latest the next catch-up (a
        // settings change brings one) finds it gone. (Whether the agent notices the removal itself
        // is not this test's question: in 1 of 20 runs it did not, see akonadi-agent/README.md.)
        const QString resource = icalResources().first().identifier();
        AgentManager::self()->removeInstance(icalResources().first());
        QTRY_VERIFY_WITH_TIMEOUT(icalResources().isEmpty() && collectionsOf(resource).isEmpty(),
                                 timeout);
        KConfig settings(ServerManager::addNamespace(E2eAgent::agentType) + QStringLiteral("rc"));
        KConfigGroup(&settings, QStringLiteral("Calendar")).writeEntry("PastDays", 31);
        QVERIFY(settings.sync());
        QTRY_COMPARE_WITH_TIMEOUT(notifications_.bodiesStartingWith(cantWriteNotice).size() +
                                      notifications_.bodiesStartingWith(noTaskListNotice).size(),
                                  2, timeout);
        QTest::qWait(1000); // and only once
        QCOMPARE(notifications_.bodiesStartingWith(cantWriteNotice).size() +
                     notifications_.bodiesStartingWith(noTaskListNotice).size(),
                 2);
    }
};

QTEST_AKONADIMAIN(DefaultTaskListTest)

#include "defaulttasklisttest.moc"
