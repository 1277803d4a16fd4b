// Measures, against a real Akonadi server started by akonaditest (see run-akonadi-bench.sh):
//  1. catch-up at the agent's first start over the calendar the runner loaded (10,000 events,
//     1% interviews), until every interview's tasks are written (payloads already in the server's
//     cache; the resource's first delivery is timed separately);
//  2. catch-up at a restart with nothing to do;
//  3. latency from saving an interview to all its tasks existing (20 samples).
#include <Akonadi/AgentInstance>
#include <Akonadi/AgentInstanceCreateJob>
#include <Akonadi/AgentManager>
#include <Akonadi/CollectionFetchJob>
#include <Akonadi/ItemCreateJob>
#include <Akonadi/ItemFetchJob>
#include <Akonadi/ItemFetchScope>
#include <Akonadi/Monitor>
#include <KCalendarCore/Event>
#include <KCalendarCore/Todo>
#include <QApplication>
#include <QElapsedTimer>
#include <QTimeZone>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Akonadi;

namespace
{
const QString agentType = QStringLiteral("akonadi_interview_followups_agent");

bool waitFor(const std::function<bool()>& condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 2);
    }
    return true;
}

AgentInstance agent()
{
    return AgentManager::self()->instance(agentType);
}

bool agentIdle()
{
    const AgentInstance instance = agent();
    return instance.isValid() && instance.status() == AgentInstance::Idle &&
           instance.statusMessage().startsWith(QLatin1String("Following up"));
}

Collection collectionNamed(const QString& name)
{
    auto* job = new CollectionFetchJob(Collection::root(), CollectionFetchJob::Recursive);
    job->exec();
    const auto collections = job->collections();
    for (const Collection& collection : collections) {
        if (collection.name() == name) {
            return collection;
        }
    }
    return {};
}

int itemCount(const Collection& collection)
{
    auto* job = new ItemFetchJob(collection);
    job->fetchScope().fetchFullPayload(false);
    job->exec();
    return static_cast<int>(job->items().size());
}

int run()
{
    const Collection interviews = collectionNamed(QStringLiteral("Interviews"));
    const Collection tasks = collectionNamed(QStringLiteral("Tasks"));
    if (!interviews.isValid() || !tasks.isValid()) {
        std::fprintf(stderr, "collections not found\n");
        return 1;
    }
    std::printf("calendar: %d events\n", itemCount(interviews));

    // The test resource hands payloads out on first request: read them once so the numbers below
    // are the agent's and the server's, not the resource's first delivery.
    QElapsedTimer timer;
    timer.start();
    auto* warm = new ItemFetchJob(interviews);
    warm->fetchScope().fetchFullPayload(true);
    warm->exec();
    std::printf("resource delivers every payload once (cold cache, not the agent): %lld ms\n",
                timer.elapsed());

    timer.restart();
    auto* create = new AgentInstanceCreateJob(AgentManager::self()->type(agentType));
    if (!create->exec() || !waitFor(agentIdle, 600000)) {
        std::fprintf(stderr, "agent did not become ready\n");
        return 1;
    }
    std::printf("first start: catch-up and %d tasks written in %lld ms (%s)\n", itemCount(tasks),
                timer.elapsed(), qPrintable(agent().statusMessage()));

    timer.restart();
    agent().restart();
    if (!waitFor([] { return !agentIdle(); }, 60000) || !waitFor(agentIdle, 600000)) {
        std::fprintf(stderr, "agent did not come back\n");
        return 1;
    }
    std::printf("restart with nothing to do: back to idle in %lld ms, %d tasks\n", timer.elapsed(),
                itemCount(tasks));

    Monitor monitor;
    monitor.setCollectionMonitored(tasks);
    monitor.itemFetchScope().fetchFullPayload(true);
    QString awaited;
    int seen = 0;
    QObject::connect(&monitor, &Monitor::itemAdded, [&](const Item& item, const Collection&) {
        const auto todo = item.payload<KCalendarCore::Incidence::Ptr>();
        if (todo && todo->relatedTo() == awaited) {
            ++seen;
        }
    });
    waitFor([] { return false; }, 300); // monitor ready

    QList<qint64> latencies;
    const QTimeZone zone(QByteArrayLiteral("Europe/Berlin"));
    for (int i = 0; i < 20; ++i) {
        awaited = QStringLiteral("latency-%1@bench").arg(i);
        seen = 0;
        KCalendarCore::Event::Ptr event(new KCalendarCore::Event);
        event->setUid(awaited);
        event->setSummary(QStringLiteral("Interview: Latency%1 – Engineer").arg(i));
        const QDateTime start(QDate::currentDate().addDays(1 + i), QTime(14, 0), zone);
        event->setDtStart(start);
        event->setDtEnd(start.addSecs(3600));
        event->addAttendee(KCalendarCore::Attendee(QStringLiteral("Alice"),
                                                   QStringLiteral("alice@latency.example")));
        Item item(KCalendarCore::Event::eventMimeType());
        item.setPayload<KCalendarCore::Incidence::Ptr>(event);
        timer.restart();
        auto* job = new ItemCreateJob(item, interviews);
        job->start();
        // debrief, one thank-you, two follow-ups
        if (!waitFor([&] { return seen >= 4; }, 30000)) {
            std::fprintf(stderr, "tasks of %s did not appear\n", qPrintable(awaited));
            return 1;
        }
        latencies.append(timer.elapsed());
    }
    std::sort(latencies.begin(), latencies.end());
    std::printf("latency save → all tasks exist (20 interviews): median %lld ms, p95 %lld ms, "
                "min %lld ms, max %lld ms\n",
                latencies.at(10), latencies.at(18), latencies.first(), latencies.last());
    return 0;
}
} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    int result = 1;
    QTimer::singleShot(0, &app, [&] {
        result = run();
        app.quit();
    });
    app.exec();
    return result;
}
