// Issue 14, the default task list, end to end against a real isolated Akonadi server: a fresh
// Kontact profile, where the one calendar ("Personal", taking events and to-dos, KOrganizer's
// default) holds the interviews. The agent, added with no task list configured, makes its own
// "Interview follow-ups" task list (an iCal file resource) and leaves the personal calendar
// untouched; removed and added again, it takes that list again and changes nothing.
#include "agenttestclock.h"
#include "e2eagent.h"

#include <Akonadi/AgentManager>
#include <Akonadi/Collection>
#include <Akonadi/CollectionFetchJob>
#include <Akonadi/Item>
#include <Akonadi/ItemCreateJob>
#include <Akonadi/ItemFetchJob>
#include <Akonadi/ItemFetchScope>
#include <Akonadi/ResourceSynchronizationJob>
#include <KCalendarCore/Event>
#include <KCalendarCore/Todo>
#include <QFile>
#include <QStandardPaths>
#include <QTest>
#include <akonadi/qtest_akonadi.h>
#include <algorithm>
#include <map>

using namespace Akonadi;
using E2eAgent::agentIdle;
using KCalendarCore::Event;
using KCalendarCore::Incidence;
using KCalendarCore::Todo;

namespace
{
constexpr int timeout = 30000; // an upper bound, as in interviewfollowupsagenttest
const QString icalType = QStringLiteral("akonadi_ical_resource");

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
    Collection personal_;
    Collection made_;
    std::map<Item::Id, std::pair<int, QByteArray>> personalItems_;

private Q_SLOTS:
    void initTestCase()
    {
        AkonadiTest::checkTestIsIsolated();
        const AgentInstance knut =
            AgentManager::self()->instance(QStringLiteral("akonadi_knut_resource_0"));
        QVERIFY(knut.isValid());
        auto* sync = new ResourceSynchronizationJob(knut);
        QTRY_VERIFY_WITH_TIMEOUT(sync->exec(), 4 * timeout);
        const auto collections = collectionsOf(knut.identifier());
        QCOMPARE(collections.size(), 1);
        personal_ = collections.first();

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

        // KOrganizer's default calendar takes to-dos, but it holds the interviews.
        KConfig korganizer(QStringLiteral("korganizerrc"));
        KConfigGroup(&korganizer, QStringLiteral("Calendar"))
            .writeEntry("Default Calendar", personal_.id());
        QVERIFY(korganizer.sync());
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
        QTRY_VERIFY_WITH_TIMEOUT(agentIdle(), timeout);
        QCOMPARE(E2eAgent::targetCollection(), made_.id());
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
        QTRY_VERIFY_WITH_TIMEOUT(agentIdle(), 4 * timeout);
        QCOMPARE(E2eAgent::targetCollection(), made_.id());
        QCOMPARE(icalResources().size(), 1);
        QCOMPARE(snapshot(made_), before);
        QCOMPARE(snapshot(personal_), personalItems_);
    }
};

QTEST_AKONADIMAIN(DefaultTaskListTest)

#include "defaulttasklisttest.moc"
