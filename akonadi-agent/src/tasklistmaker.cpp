#include "tasklistmaker.h"

#include "tasklistmaker_debug.h"

#include <Akonadi/AgentInstanceCreateJob>
#include <Akonadi/AgentManager>
#include <Akonadi/ServerManager>
#include <KLocalizedString>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusServiceWatcher>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>

using namespace std::chrono_literals;

namespace
{
// The resource's own bound for appearing on the bus; akonadi_control's start timeout is the same.
constexpr auto registrationLimit = 30s;
// Bounds the search for a free file name; a folder with this many lists is someone else's.
constexpr int fileNameLimit = 1000;
} // namespace

TaskListMaker::TaskListMaker(const QString& name, QObject* parent) : KJob(parent), name_(name) {}

QString TaskListMaker::defaultName()
{
    return i18nc("@title the task list the agent makes", "Interview follow-ups");
}

QString TaskListMaker::resourceType()
{
    return QStringLiteral("akonadi_ical_resource");
}

QString TaskListMaker::freeFilePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                           QStringLiteral("/interview-followups/");
    QString path = folder + QStringLiteral("tasks.ics");
    for (int number = 2; QFileInfo::exists(path) && number <= fileNameLimit; ++number) {
        path = folder + QStringLiteral("tasks-%1.ics").arg(number);
    }
    return path;
}

void TaskListMaker::start()
{
    const Akonadi::AgentType type = Akonadi::AgentManager::self()->type(resourceType());
    if (!type.isValid()) {
        // kdepim-runtime is not installed.
        QTimer::singleShot(0, this, [this] { fail(i18n("no iCal file resource is installed")); });
        return;
    }
    file_ = freeFilePath();
    if (!QDir().mkpath(QFileInfo(file_).absolutePath()) || QFileInfo::exists(file_)) {
        QTimer::singleShot(0, this,
                           [this] { fail(i18n("the folder of %1 can't be made", file_)); });
        return;
    }
    auto* job = new Akonadi::AgentInstanceCreateJob(type, this);
    connect(job, &KJob::result, this, &TaskListMaker::created);
    job->start();
}

void TaskListMaker::created(KJob* job)
{
    if (job->error()) {
        fail(job->errorString());
        return;
    }
    instance_ = static_cast<Akonadi::AgentInstanceCreateJob*>(job)->instance();
    qCInfo(FOLLOWUPS_TASKLIST_LOG)
        << "Made the resource" << instance_.identifier() << "for the task list";
    Q_EMIT made(resource());
    const QString service =
        Akonadi::ServerManager::agentServiceName(Akonadi::ServerManager::Resource, resource());
    if (QDBusConnection::sessionBus().interface()->isServiceRegistered(service)) {
        configure();
        return;
    }
    auto* watcher = new QDBusServiceWatcher(service, QDBusConnection::sessionBus(),
                                            QDBusServiceWatcher::WatchForRegistration, this);
    connect(watcher, &QDBusServiceWatcher::serviceRegistered, this, [this, watcher] {
        watcher->deleteLater();
        configure();
    });
    QTimer::singleShot(registrationLimit, watcher, [this, watcher] {
        watcher->deleteLater();
        fail(i18n("the new task list's resource did not start"));
    });
}

void TaskListMaker::configure()
{
    const QString service =
        Akonadi::ServerManager::agentServiceName(Akonadi::ServerManager::Resource, resource());
    const auto call = [&](const QString& method, const QVariantList& arguments = {}) {
        QDBusMessage message =
            QDBusMessage::createMethodCall(service, QStringLiteral("/Settings"),
                                           QStringLiteral("org.kde.Akonadi.ICal.Settings"), method);
        message.setArguments(arguments);
        return QDBusConnection::sessionBus().asyncCall(message);
    };
    // One connection to one peer: the calls are answered in order, so the last answer comes last.
    const QList<QDBusPendingCall> calls{call(QStringLiteral("setPath"), {file_}),
                                        call(QStringLiteral("setDisplayName"), {name_}),
                                        call(QStringLiteral("save"))};
    auto* saved = new QDBusPendingCallWatcher(calls.last(), this);
    connect(saved, &QDBusPendingCallWatcher::finished, this, [this, saved, calls] {
        saved->deleteLater();
        for (QDBusPendingCall answer : calls) {
            answer.waitForFinished(); // answered already
            if (answer.isError()) {
                fail(answer.error().message());
                return;
            }
        }
        instance_.setName(name_);
        instance_.reconfigure(); // reads the new path: makes the file and its collection
        emitResult();
    });
}

void TaskListMaker::fail(const QString& text)
{
    qCWarning(FOLLOWUPS_TASKLIST_LOG) << "Could not make a task list:" << text;
    if (instance_.isValid()) {
        // Nothing of the user's is in it yet; left, it would be an empty calendar named oddly.
        Akonadi::AgentManager::self()->removeInstance(instance_);
    }
    setError(UserDefinedError);
    setErrorText(text);
    emitResult();
}
