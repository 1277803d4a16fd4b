#include "interviewfollowupsagent.h"

#include "coretexts.h"
#include "creationnotifier.h"
#include "followupsagent_debug.h"
#include "incidenceconverter.h"
#include "jobs/catchupjob.h"
#include "jobs/reconcilejob.h"
#include "jobs/redeliveryjob.h"
#include "kmailidentities.h"
#include "policyfromsettings.h"
#include "reconcilepass.h"
#include "settings.h"
#include "settingsadaptor.h"
#include "tasklistchoice.h"
#include "tasklistmaker.h"

#include <Akonadi/AgentManager>
#include <Akonadi/ChangeRecorder>
#include <Akonadi/ItemFetchScope>
#include <Akonadi/ResourceSynchronizationJob>
#include <Akonadi/Session>
#include <KCalendarCore/Event>
#include <KCalendarCore/Todo>
#include <KLocalizedString>
#include <QApplication>
#include <QDBusConnection>
#include <QFile>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <optional>
#include <utility>

using namespace std::chrono_literals;

namespace
{
// The resource replays changes now: one it has not stored is one it dropped.
bool readyForChanges(const Akonadi::AgentInstance& resource)
{
    return resource.isValid() && resource.isOnline() &&
           resource.status() == Akonadi::AgentInstance::Idle;
}

BrokenTaskList::Report reportOf(Akonadi::AgentInstance::Status status)
{
    switch (status) {
    case Akonadi::AgentInstance::Idle:
        return BrokenTaskList::Report::Idle;
    case Akonadi::AgentInstance::Running:
        return BrokenTaskList::Report::Running;
    case Akonadi::AgentInstance::Broken:
        return BrokenTaskList::Report::Broken;
    case Akonadi::AgentInstance::NotConfigured:
        break;
    }
    return BrokenTaskList::Report::Other;
}

// One of the product's tasks (X-IFU markers), as the core reads it; none for a user's own to-do.
std::optional<followups::ExistingTask> productTaskOf(const Akonadi::Item& item)
{
    if (!item.hasPayload<KCalendarCore::Incidence::Ptr>()) {
        return std::nullopt;
    }
    const auto todo =
        item.payload<KCalendarCore::Incidence::Ptr>().dynamicCast<KCalendarCore::Todo>();
    return todo ? IncidenceConverter::toExistingTask(*todo) : std::nullopt;
}

bool isWatched(Akonadi::Collection::Id collection)
{
    const QList<int> watched = Settings::watchedCollections();
    return watched.isEmpty() || watched.contains(static_cast<int>(collection));
}
} // namespace

followups::Instant InterviewFollowupsAgent::wallClock()
{
    return followups::Instant{std::chrono::seconds{QDateTime::currentSecsSinceEpoch()}};
}

InterviewFollowupsAgent::InterviewFollowupsAgent(const QString& id, Clock clock,
                                                 std::chrono::milliseconds stallLimit)
    : Akonadi::AgentBase(id), clock_(std::move(clock)), stallWatchdog_(stallLimit)
{
    KLocalizedString::setApplicationDomain(TRANSLATION_DOMAIN);
    CoreTexts::bind();
    Settings::instance(config());
    new SettingsAdaptor(Settings::self());
    QDBusConnection::sessionBus().registerObject(QStringLiteral("/Settings"), Settings::self(),
                                                 QDBusConnection::ExportAdaptors);

    // Kept when the agent is removed, as the task lists' memory is: an agent added again finds
    // the list it made and knows whether the user was told of a problem.
    agentState_ = KSharedConfig::openStateConfig(id + QStringLiteral("staterc"));
    writeProblem_ = WriteProblem(agentState_->group(QStringLiteral("Notices")));

    // The agent's own writes come back as notifications; they need no pass.
    writeSession_ = new Akonadi::Session(id.toUtf8() + QByteArrayLiteral("-writer"), this);
    changeRecorder()->setChangeRecordingEnabled(false);
    changeRecorder()->setMimeTypeMonitored(KCalendarCore::Event::eventMimeType());
    changeRecorder()->setMimeTypeMonitored(KCalendarCore::Todo::todoMimeType());
    changeRecorder()->itemFetchScope().fetchFullPayload(true);
    changeRecorder()->itemFetchScope().setAncestorRetrieval(Akonadi::ItemFetchScope::Parent);
    changeRecorder()->ignoreSession(writeSession_);

    // Coalesces a burst of changes (an import, a sync) into one pass.
    passTimer_.setSingleShot(true);
    passTimer_.setInterval(50ms);
    connect(&passTimer_, &QTimer::timeout, this, &InterviewFollowupsAgent::wantPass);
    // The planning window moves with the clock, and recurrences are expanded inside it.
    refreshTimer_.setInterval(6h);
    connect(&refreshTimer_, &QTimer::timeout, this, &InterviewFollowupsAgent::wantCatchUp);
    refreshTimer_.start();
    retryTimer_.setSingleShot(true);
    connect(&retryTimer_, &QTimer::timeout, this, &InterviewFollowupsAgent::wantCatchUp);
    rereadTimer_.setSingleShot(true);
    connect(&rereadTimer_, &QTimer::timeout, this, &InterviewFollowupsAgent::wantCatchUp);
    redeliveryTimer_.setSingleShot(true);
    connect(&redeliveryTimer_, &QTimer::timeout, this, &InterviewFollowupsAgent::redeliveryCheck);
    connect(Akonadi::AgentManager::self(), &Akonadi::AgentManager::instanceStatusChanged, this,
            &InterviewFollowupsAgent::taskListResourceChanged);
    connect(Akonadi::AgentManager::self(), &Akonadi::AgentManager::instanceStatusChanged, this,
            &InterviewFollowupsAgent::taskListResourceReported);
    connect(Akonadi::AgentManager::self(), &Akonadi::AgentManager::instanceOnline, this,
            [this](const Akonadi::AgentInstance& resource, bool) {
                taskListResourceChanged(resource);
            });

    // Settings saved on D-Bus (/Settings): the file watch will report that same save.
    connect(Settings::self(), &KCoreConfigSkeleton::configChanged, this, [this] {
        settingsRead_ = settingsFileContent();
        wantCatchUp();
    });
    // The configuration dialog (another process: Kontact, akonadiconsole) writes the file and asks
    // for a reload; a hand edit comes with no request, so the file is watched too.
    connect(this, &AgentBase::reloadConfiguration, this, &InterviewFollowupsAgent::reloadSettings);
    settingsPath_ = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
                    QLatin1Char('/') + config()->name();
    settingsRead_ = settingsFileContent();
    settingsWatch_.addFile(settingsPath_);
    connect(&settingsWatch_, &KDirWatch::dirty, this, &InterviewFollowupsAgent::reloadSettings);
    connect(&settingsWatch_, &KDirWatch::created, this, &InterviewFollowupsAgent::reloadSettings);
    // KMail announces changed identities; the catch-up reads them again.
    QDBusConnection::sessionBus().connect(
        QString(), QString(), QString::fromLatin1(KMailIdentities::changeInterface),
        QString::fromLatin1(KMailIdentities::changeSignal), this, SLOT(identitiesChanged()));
    connect(Akonadi::ServerManager::self(), &Akonadi::ServerManager::stateChanged, this,
            &InterviewFollowupsAgent::serverStateChanged);
    connect(&stallWatchdog_, &StallWatchdog::stalled, this, &InterviewFollowupsAgent::stepStalled);

    // The first catch-up waits for the change monitor's subscription to be in place: a change made
    // after the catch-up's read must be notified, and Akonadi's Monitor (22.12 and 24.12 alike)
    // does not send a subscription change made while its subscription is being set up. The task
    // collection monitorTarget() added in that window never reached the server, so its rights
    // changes never arrived (the end-to-end test's read-only scenario failed by chance).
    connect(changeRecorder(), &Akonadi::Monitor::monitorReady, this, [this] {
        qCDebug(FOLLOWUPS_AGENT_LOG) << "Change monitor ready";
        wantCatchUp();
    });
}

InterviewFollowupsAgent::~InterviewFollowupsAgent() = default;

void InterviewFollowupsAgent::itemAdded(const Akonadi::Item& item,
                                        const Akonadi::Collection& collection)
{
    itemSeen(item, collection.id());
    changeProcessed();
}

void InterviewFollowupsAgent::itemChanged(const Akonadi::Item& item, const QSet<QByteArray>&)
{
    itemSeen(item, item.parentCollection().id());
    changeProcessed();
}

void InterviewFollowupsAgent::itemsRemoved(const Akonadi::Item::List& items)
{
    // Removal notifications don't always carry the MIME type; only indexed events are forgotten.
    for (const Akonadi::Item& item : items) {
        forget(item.id());
        taskGone(item.id());
    }
    changeProcessed();
}

void InterviewFollowupsAgent::itemsMoved(const Akonadi::Item::List& items,
                                         const Akonadi::Collection& source,
                                         const Akonadi::Collection& destination)
{
    for (const Akonadi::Item& item : items) {
        if (item.mimeType() == KCalendarCore::Todo::todoMimeType() &&
            (source.id() == target_.id() || destination.id() == target_.id())) {
            if (destination.id() == target_.id()) {
                taskSeen(item);
            } else {
                taskGone(item.id());
            }
            schedulePass();
        } else if (!isWatched(destination.id())) {
            forget(item.id());
        } else {
            itemSeen(item, destination.id());
        }
    }
    changeProcessed();
}

void InterviewFollowupsAgent::collectionAdded(const Akonadi::Collection& collection,
                                              const Akonadi::Collection&)
{
    // The task list made for the agent has appeared: the catch-up takes it.
    if (!target_.isValid() && collection.resource() == madeTaskList()) {
        wantCatchUp();
    }
    changeProcessed();
}

void InterviewFollowupsAgent::collectionChanged(const Akonadi::Collection& collection)
{
    qCDebug(FOLLOWUPS_AGENT_LOG) << "Collection" << collection.id() << "changed, rights"
                                 << collection.rights();
    // Its rights or content types changed: writable again after an outage, or no more.
    if (collection.id() == monitoredTarget_ &&
        (!target_.isValid() || collection.rights() != target_.rights() ||
         collection.contentMimeTypes() != target_.contentMimeTypes())) {
        wantCatchUp();
    }
    changeProcessed();
}

void InterviewFollowupsAgent::collectionRemoved(const Akonadi::Collection& collection)
{
    // Item notifications don't follow a collection's removal: re-read everything.
    if (watched_.contains(collection.id()) || collection.id() == target_.id()) {
        wantCatchUp();
    }
    changeProcessed();
}

void InterviewFollowupsAgent::aboutToQuit()
{
    QApplication::closeAllWindows();
    Akonadi::AgentBase::aboutToQuit();
}

void InterviewFollowupsAgent::itemSeen(const Akonadi::Item& item,
                                       Akonadi::Collection::Id collection)
{
    if (item.mimeType() == KCalendarCore::Todo::todoMimeType()) {
        // The user edited, completed or tagged (outcome category) one of the product's tasks.
        if (collection == target_.id()) {
            const auto task = productTaskOf(item);
            const auto known = taskFingerprints_.find(item.id());
            if (task && taskSeen(item) &&
                (known == taskFingerprints_.end() ||
                 known->second != ReconcilePass::taskFingerprint(*task))) {
                schedulePass();
            }
        }
        return;
    }
    if (item.mimeType() != KCalendarCore::Event::eventMimeType() || !isWatched(collection)) {
        return;
    }
    if (!item.hasPayload<KCalendarCore::Incidence::Ptr>()) {
        // Unreadable: keep what was known of it rather than cancel its tasks on a parse error.
        qCWarning(FOLLOWUPS_AGENT_LOG) << "Event item" << item.id() << "has no readable payload";
        return;
    }
    const auto event =
        item.payload<KCalendarCore::Incidence::Ptr>().dynamicCast<KCalendarCore::Event>();
    if (!event) {
        return;
    }
    const Akonadi::Item::Id id = item.id();
    whenIndexed([this, id, event] {
        if (index_.update(id, *event, policy_, expansionRange(policy_))) {
            schedulePass();
        }
    });
}

void InterviewFollowupsAgent::forget(Akonadi::Item::Id id)
{
    whenIndexed([this, id] {
        if (index_.remove(id)) {
            schedulePass();
        }
    });
}

bool InterviewFollowupsAgent::taskSeen(const Akonadi::Item& item)
{
    // A notification sent before one of our own writes can arrive after the pass that wrote it
    // (the resource storing its remote id while the pass cancels the task): never let an older
    // revision replace what the pass left.
    const auto known = taskItems_.find(item.id());
    if (known != taskItems_.end() && known->second.revision() > item.revision()) {
        return false;
    }
    taskItems_[item.id()] = item;
    if (steps_.state() == StepScheduler::State::Reconciling) {
        taskCopy_ = TaskCopy::Stale; // the pass may have read the task before this change
    }
    return true;
}

void InterviewFollowupsAgent::taskGone(Akonadi::Item::Id id)
{
    if (taskItems_.erase(id) > 0 && steps_.state() == StepScheduler::State::Reconciling) {
        taskCopy_ = TaskCopy::Stale;
    }
}

void InterviewFollowupsAgent::whenIndexed(std::function<void()> change)
{
    if (steps_.state() == StepScheduler::State::CatchingUp) {
        deferred_.push_back(std::move(change));
    } else {
        change();
    }
}

followups::TimeRange InterviewFollowupsAgent::expansionRange(const followups::Policy& policy) const
{
    return followups::defaultPlanningWindow(policy, clock_());
}

void InterviewFollowupsAgent::identitiesChanged()
{
    wantCatchUp();
}

QByteArray InterviewFollowupsAgent::settingsFileContent() const
{
    QFile file(settingsPath_);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void InterviewFollowupsAgent::reloadSettings()
{
    QByteArray content = settingsFileContent();
    if (content == settingsRead_) {
        return;
    }
    settingsRead_ = std::move(content);
    qCDebug(FOLLOWUPS_AGENT_LOG) << "Reading the settings again";
    Settings::self()->load(); // reparses the file
    wantCatchUp();
}

bool InterviewFollowupsAgent::switchedOff()
{
    if (Settings::enabled()) {
        return false;
    }
    if (steps_.state() == StepScheduler::State::Idle) {
        Q_EMIT status(Idle, i18n("Switched off in its settings"));
    }
    return true;
}

void InterviewFollowupsAgent::wantCatchUp()
{
    start(steps_.catchUpWanted());
}

void InterviewFollowupsAgent::schedulePass()
{
    if (!passTimer_.isActive()) {
        passTimer_.start();
    }
}

void InterviewFollowupsAgent::wantPass()
{
    if (target_.isValid()) { // else the next catch-up finds one, and ends with a pass
        start(steps_.passWanted());
    }
}

void InterviewFollowupsAgent::start(StepScheduler::Step step)
{
    switch (step) {
    case StepScheduler::Step::CatchUp:
        startCatchUp();
        break;
    case StepScheduler::Step::Pass:
        startPass();
        break;
    case StepScheduler::Step::None:
        if (steps_.state() == StepScheduler::State::Idle) {
            switchedOff(); // the last step ended: its status gives way to "switched off"
        }
        break;
    }
}

void InterviewFollowupsAgent::startCatchUp()
{
    if (switchedOff()) { // nothing is read until the user switches it on: then it catches up
        start(steps_.catchUpEnded(false, Akonadi::ServerManager::isRunning()));
        return;
    }
    qCDebug(FOLLOWUPS_AGENT_LOG) << "Catching up";
    Q_EMIT status(Running, i18n("Reading calendars"));
    CatchUpJob::Options options;
    options.watched = Settings::watchedCollections();
    options.configuredTarget = Settings::targetCollection();
    if (options.configuredTarget < 0) {
        options.korganizerDefault = TaskListChoice::korganizerDefaultCalendar();
        options.madeForTheAgent = madeTaskList();
    }
    policy_ = PolicyFromSettings::policy(*Settings::self(), clock_(), KMailIdentities::read());
    options.policy = policy_;
    options.expansion = expansionRange(policy_);
    auto* job = new CatchUpJob(std::move(options), this);
    connect(job, &KJob::result, this, [this, job] { catchUpDone(*job); });
    stallWatchdog_.watch(job);
    job->start();
}

void InterviewFollowupsAgent::catchUpDone(CatchUpJob& job)
{
    if (std::exchange(stepLost_, false)) {
        deferred_.clear();
        start(steps_.stepLost(Akonadi::ServerManager::isRunning()));
        return;
    }
    if (job.error()) {
        deferred_.clear();
        if (job.error() == CatchUpJob::TaskListWanted ||
            job.error() == CatchUpJob::NoTaskCollection) {
            target_ = Akonadi::Collection(); // nothing is written until there is one
        }
        if (job.error() == CatchUpJob::TaskListWanted) {
            qCInfo(FOLLOWUPS_AGENT_LOG) << "No task list fits";
            makeTaskList();
        } else {
            qCWarning(FOLLOWUPS_AGENT_LOG) << "Catch-up failed:" << job.errorString();
            Q_EMIT status(Broken, job.errorString());
            if (job.error() == CatchUpJob::NoTaskCollection) {
                writeProblem_.report(WriteProblem::Cause::TaskList,
                                     WriteProblem::text(job.errorString()));
            }
            retryLater(); // the server or the task collection may come back
        }
        start(steps_.catchUpEnded(false, Akonadi::ServerManager::isRunning()));
        return;
    }
    index_ = job.takeIndex();
    target_ = job.target();
    undelivered_.resetAttempts();
    if (job.choice()) {
        keepTaskList();
    }
    useTaskListState(target_.id());
    writeProblem_.taskListUsable();
    monitorTarget();
    followTaskListResource();
    taskCopy_ = TaskCopy::Stale;
    watched_ = job.watchedCollections();
    indexComplete_ = job.complete();
    // A calendar that could not be read (removed during the catch-up, or its resource failing)
    // holds back every cancellation: read again soon, less often while it stays so.
    if (indexComplete_) {
        rereadDelay_ = firstRereadDelay;
    } else if (!rereadTimer_.isActive()) {
        rereadTimer_.start(rereadDelay_);
        rereadDelay_ = std::min(2 * rereadDelay_, lastRetryDelay);
    }
    qCDebug(FOLLOWUPS_AGENT_LOG) << "Catch-up read" << job.eventCount() << "events,"
                                 << index_.interviewCount() << "interview occurrences";
    // Changes that arrived during the catch-up, on top of what it read.
    auto deferred = std::move(deferred_);
    deferred_.clear();
    for (auto& change : deferred) {
        change();
    }
    start(steps_.catchUpEnded(true, Akonadi::ServerManager::isRunning()));
}

void InterviewFollowupsAgent::keepTaskList()
{
    // Written into the settings, so that the choice stays whatever appears later; not a change
    // of the settings that needs another catch-up.
    const QSignalBlocker blocker(Settings::self());
    Settings::setTargetCollection(target_.id());
    Settings::self()->save();
    settingsRead_ = settingsFileContent();
}

void InterviewFollowupsAgent::useTaskListState(Akonadi::Collection::Id taskList)
{
    if (taskList == stateTaskList_) {
        return;
    }
    stateConfig_ = FollowupsState::openForTaskList(taskList);
    if (FollowupsState::takeOverLegacy(agentState_, stateConfig_)) {
        qCInfo(FOLLOWUPS_AGENT_LOG)
            << "The agent's memory now belongs to the task list" << taskList;
    }
    state_.load(stateConfig_);
    stateTaskList_ = taskList;
}

QString InterviewFollowupsAgent::madeTaskList() const
{
    return agentState_->group(QStringLiteral("TaskList")).readEntry("Resource", QString());
}

void InterviewFollowupsAgent::makeTaskList()
{
    const Akonadi::AgentInstance made = Akonadi::AgentManager::self()->instance(madeTaskList());
    if (made.isValid() && made.status() != Akonadi::AgentInstance::Broken) {
        // Made, its collection not there yet: its arrival (collectionAdded) brings a catch-up.
        Q_EMIT status(Running, i18n("Waiting for the new task list"));
        retryLater();
        return;
    }
    if (made.isValid()) {
        noTaskList(made.statusMessage());
        return;
    }
    if (makingTaskList_) {
        return;
    }
    makingTaskList_ = true;
    Q_EMIT status(Running, i18n("Making a task list for the follow-ups"));
    auto* maker = new TaskListMaker(TaskListMaker::defaultName(), this);
    connect(maker, &TaskListMaker::made, this, [this](const QString& resource) {
        KConfigGroup group = agentState_->group(QStringLiteral("TaskList"));
        group.writeEntry("Resource", resource);
        group.sync();
        changeRecorder()->setResourceMonitored(resource.toUtf8());
    });
    connect(maker, &KJob::result, this, [this, maker] {
        makingTaskList_ = false;
        if (maker->error()) {
            noTaskList(maker->errorString());
        } else {
            retryLater(); // should its collection's notification not come
        }
    });
    maker->start();
}

void InterviewFollowupsAgent::noTaskList(const QString& why)
{
    qCWarning(FOLLOWUPS_AGENT_LOG) << "No task list:" << why;
    Q_EMIT status(NotConfigured, i18n("No task list: choose one in the settings"));
    writeProblem_.report(WriteProblem::Cause::TaskList, WriteProblem::noTaskListText());
    retryLater();
}

void InterviewFollowupsAgent::startPass()
{
    if (switchedOff()) {
        start(steps_.passEnded(Akonadi::ServerManager::isRunning()));
        return;
    }
    if (brokenTaskList_.holding()) { // what is planned waits: nothing is lost
        Q_EMIT status(Broken, holdingStatus());
        start(steps_.passEnded(Akonadi::ServerManager::isRunning()));
        return;
    }
    Q_EMIT status(Running, i18n("Updating follow-up tasks"));
    ReconcilePass::Input input;
    input.events = index_.events();
    input.seriesUids = index_.seriesUids();
    input.expansion = expansionRange(policy_);
    input.allowCancel = indexComplete_;

    const bool readsTasks = taskCopy_ == TaskCopy::Stale;
    taskCopy_ = TaskCopy::Current; // unless a task notification arrives during the pass
    auto* job = new ReconcileJob(target_, readsTasks ? nullptr : &taskItems_, std::move(input),
                                 policy_, clock_(), state_, writeSession_, this);
    connect(job, &KJob::result, this, [this, job, readsTasks] { passDone(*job, readsTasks); });
    stallWatchdog_.watch(job);
    job->start();
}

void InterviewFollowupsAgent::passDone(const ReconcileJob& job, bool readTasks)
{
    state_.save(stateConfig_);
    taskFingerprints_ = job.fingerprints();
    if (readTasks) {
        taskItems_ = job.readTasks();
    }
    for (const auto& [id, item] : job.writtenTasks()) {
        // The resource's notification of storing a new task (its remote id) can come first.
        const auto known = taskItems_.find(id);
        if (known == taskItems_.end() || known->second.revision() <= item.revision()) {
            taskItems_[id] = item;
        }
    }
    // Written while the resource broke: maybe given a remote id that no file holds. (Read only
    // then: it parses every task.)
    if (brokenTaskList_.holding()) {
        brokenTaskList_.tasksKnown(productTasks());
    }
    const auto& summary = job.summary();
    if (job.error() || summary.failed > 0) {
        taskCopy_ = TaskCopy::Stale; // our copy may be older than the store
    }
    if (std::exchange(stepLost_, false)) { // its killed writes are no problem of the collection
        start(steps_.stepLost(Akonadi::ServerManager::isRunning()));
        return;
    }
    writesDone(summary.created + summary.updated + summary.cancelled + summary.reinstated +
                   summary.silenced,
               job.error() != 0 || summary.failed > 0,
               job.error() ? job.errorString() : summary.lastError);
    if (job.error()) {
        qCWarning(FOLLOWUPS_AGENT_LOG) << "Pass failed:" << job.errorString();
        Q_EMIT status(Broken, job.errorString());
    } else {
        qCDebug(FOLLOWUPS_AGENT_LOG)
            << "Pass done:" << summary.created << "created," << summary.updated << "updated,"
            << summary.cancelled << "cancelled," << summary.reinstated << "reinstated,"
            << summary.silenced << "alarms switched off," << summary.failed << "failed";
        if (brokenTaskList_.holding()) { // the resource broke during the pass
            Q_EMIT status(Broken, holdingStatus());
        } else {
            Q_EMIT status(Idle, i18np("Following up %1 interview", "Following up %1 interviews",
                                      static_cast<int>(summary.interviews)));
        }
        if (Settings::notifyCreated()) {
            CreationNotifier::notify(summary);
        }
        for (const auto& limit : summary.limits) {
            limitNotice_.report(limit);
        }
        if (startRedelivery()) {
            return; // the step ends with it
        }
    }
    start(steps_.passEnded(Akonadi::ServerManager::isRunning()));
}

std::map<std::string, followups::InterviewKey> InterviewFollowupsAgent::productTasks() const
{
    std::map<std::string, followups::InterviewKey> tasks;
    for (const auto& [id, item] : taskItems_) {
        if (const auto task = productTaskOf(item)) {
            tasks.emplace(task->task.uid, task->task.interview);
        }
    }
    return tasks;
}

void InterviewFollowupsAgent::observeDelivery(UndeliveredTasks::Clock::time_point now)
{
    std::vector<UndeliveredTasks::Task> tasks;
    for (const auto& [id, item] : taskItems_) {
        if (const auto task = productTaskOf(item)) { // never a user's own to-do
            tasks.push_back(
                {id, QString::fromStdString(task->task.uid), !item.remoteId().isEmpty()});
        }
    }
    undelivered_.observe(tasks, now);
    const QStringList exhausted = undelivered_.exhausted();
    if (!exhausted.isEmpty() &&
        writeProblem_.report(WriteProblem::Cause::Writes,
                             WriteProblem::text(i18np("its resource did not store %1 task",
                                                      "its resource did not store %1 tasks",
                                                      static_cast<int>(exhausted.size()))))) {
        qCWarning(FOLLOWUPS_AGENT_LOG)
            << exhausted.size() << "tasks are still not stored by the task list's resource";
    }
    // Busy or offline, the resource may still replay them: only those it was seen to pass (a
    // synchronisation since) stay due.
    if (!readyForChanges(Akonadi::AgentManager::self()->instance(target_.resource()))) {
        undelivered_.resourceBusy(now);
    }
}

bool InterviewFollowupsAgent::startRedelivery()
{
    const auto now = UndeliveredTasks::Clock::now();
    observeDelivery(now);
    const QStringList due = undelivered_.due(now);
    if (due.isEmpty()) {
        armRedelivery(now);
        return false;
    }
    qCInfo(FOLLOWUPS_AGENT_LOG) << due.size()
                                << "tasks are not stored by the task list's resource (no remote id "
                                   "while it was idle): delivering again those it dropped";
    auto* job =
        new RedeliveryJob(target_, due, undelivered_.attempted(due, now), writeSession_, this);
    connect(job, &KJob::result, this, [this, job] { redeliveryDone(*job); });
    stallWatchdog_.watch(job);
    job->start();
    return true;
}

void InterviewFollowupsAgent::redeliveryDone(const RedeliveryJob& job)
{
    taskCopy_ = TaskCopy::Stale; // its writes were made in the write session: no notification
    if (std::exchange(stepLost_, false)) {
        start(steps_.stepLost(Akonadi::ServerManager::isRunning()));
        return;
    }
    qCInfo(FOLLOWUPS_AGENT_LOG) << "Delivered" << job.redelivered() << "dropped tasks again";
    if (job.error()) {
        qCWarning(FOLLOWUPS_AGENT_LOG) << "Delivering dropped tasks failed:" << job.errorString();
    } else if (job.redelivered() > 0) {
        writeProblem_.resolved();
    }
    if (!job.unproven().empty()) {
        synchronizeTaskList(job.unproven());
    }
    armRedelivery(UndeliveredTasks::Clock::now());
    start(steps_.passEnded(Akonadi::ServerManager::isRunning()));
}

// No later write of the list shows that the resource replayed these creations (a burst of tasks,
// all dropped, and nothing after): a synchronisation does. Akonadi's ResourceScheduler runs every
// change replay it has queued before it (the change-replay queue comes first, and a replay
// schedules the next one before it ends), and a replay ends after its remote id is stored; a full
// synchronisation never deletes an item without a remote id (ItemSync), so the dropped tasks and
// the user's edits to them stay. ResourceSynchronizationJob reports its completion; it gives up
// after 30 s, and the next round asks again.
void InterviewFollowupsAgent::synchronizeTaskList(std::vector<Akonadi::Item::Id> items)
{
    if (taskListSync_) {
        return;
    }
    qCInfo(FOLLOWUPS_AGENT_LOG) << items.size()
                                << "tasks still have no remote id: asking the task list's resource "
                                   "to synchronise";
    auto* job = new Akonadi::ResourceSynchronizationJob(
        Akonadi::AgentManager::self()->instance(target_.resource()), this);
    taskListSync_ = job;
    connect(job, &KJob::result, this, [this, items = std::move(items)](KJob* done) {
        const auto now = UndeliveredTasks::Clock::now();
        if (done->error()) {
            qCInfo(FOLLOWUPS_AGENT_LOG)
                << "The task list's resource did not synchronise:" << done->errorString();
        } else {
            undelivered_.resourceSynchronized(items, now);
        }
        armRedelivery(now);
    });
    job->start();
}

void InterviewFollowupsAgent::redeliveryCheck()
{
    const auto now = UndeliveredTasks::Clock::now();
    observeDelivery(now);
    if (!undelivered_.due(now).isEmpty()) {
        schedulePass(); // which ends with the re-delivery
        return;
    }
    armRedelivery(now);
}

void InterviewFollowupsAgent::taskListResourceChanged(const Akonadi::AgentInstance& resource)
{
    if (resource.identifier() != target_.resource() || undelivered_.isEmpty()) {
        return;
    }
    const auto now = UndeliveredTasks::Clock::now();
    if (!readyForChanges(resource)) {
        undelivered_.resourceBusy(now);
    }
    armRedelivery(now);
}

void InterviewFollowupsAgent::followTaskListResource()
{
    if (target_.resource() == followedResource_) {
        return;
    }
    followedResource_ = target_.resource();
    const Akonadi::AgentInstance resource =
        Akonadi::AgentManager::self()->instance(followedResource_);
    if (brokenTaskList_.restart(reportOf(resource.status()), resource.statusMessage()) ==
        BrokenTaskList::Change::Broke) {
        taskListBroke();
    }
}

void InterviewFollowupsAgent::taskListResourceReported(const Akonadi::AgentInstance& resource)
{
    if (resource.identifier() != followedResource_ || followedResource_.isEmpty()) {
        return;
    }
    switch (brokenTaskList_.reported(reportOf(resource.status()), resource.statusMessage())) {
    case BrokenTaskList::Change::Broke:
        taskListBroke();
        break;
    case BrokenTaskList::Change::Recovering:
        confirmTaskList(resource);
        break;
    case BrokenTaskList::Change::None:
        break;
    }
}

void InterviewFollowupsAgent::taskListBroke()
{
    qCWarning(FOLLOWUPS_AGENT_LOG)
        << "The task list's resource" << followedResource_
        << "says it is broken; holding the writes:" << brokenTaskList_.message();
    brokenTaskList_.tasksKnown(productTasks());
    writeProblem_.report(
        WriteProblem::Cause::Resource,
        WriteProblem::resourceBrokenText(target_.displayName(), brokenTaskList_.message()));
    if (steps_.state() == StepScheduler::State::Idle) {
        Q_EMIT status(Broken, holdingStatus());
    }
}

QString InterviewFollowupsAgent::holdingStatus() const
{
    return i18n("Holding the follow-up tasks: the task list “%1” reports: %2",
                target_.displayName(), brokenTaskList_.message());
}

void InterviewFollowupsAgent::confirmTaskList(const Akonadi::AgentInstance& resource)
{
    // The resource ended a task well (it read its file again): a synchronisation of the agent's
    // own confirms it, and its end means the resource's own synchronisation has ended too (its
    // tasks run in order), with the items whose remote ids the file lacked deleted.
    qCInfo(FOLLOWUPS_AGENT_LOG) << "The task list's resource" << resource.identifier()
                                << "may work again: synchronising it";
    auto* sync = new Akonadi::ResourceSynchronizationJob(resource, this);
    connect(sync, &KJob::result, this, [this, sync, id = resource.identifier()] {
        if (id != followedResource_) {
            return; // another task list meanwhile
        }
        if (!brokenTaskList_.confirmed(sync->error() == 0)) {
            qCInfo(FOLLOWUPS_AGENT_LOG)
                << "The task list's resource is still broken" << sync->errorString();
            return;
        }
        // The tasks the synchronisation deleted are not the user's deletions: created again.
        const auto unconfirmed = brokenTaskList_.takeUnconfirmed();
        for (const auto& [uid, interview] : unconfirmed) {
            state_.creationFailed(interview, uid);
        }
        state_.save(stateConfig_);
        qCInfo(FOLLOWUPS_AGENT_LOG) << "The task list's resource works again;" << unconfirmed.size()
                                    << "tasks written meanwhile are checked";
        writeProblem_.end(WriteProblem::Cause::Resource,
                          WriteProblem::resourceWorksText(target_.displayName()));
        wantCatchUp();
    });
    sync->start();
}

void InterviewFollowupsAgent::armRedelivery(UndeliveredTasks::Clock::time_point now)
{
    const auto next = undelivered_.nextDue();
    if (!next) {
        redeliveryTimer_.stop();
        return;
    }
    redeliveryTimer_.start(
        std::max(std::chrono::duration_cast<std::chrono::milliseconds>(*next - now),
                 std::chrono::milliseconds{0}));
}

void InterviewFollowupsAgent::writesDone(int written, bool failed, const QString& failure)
{
    if (!failed) {
        failedPasses_ = 0;
        retryDelay_ = firstRetryDelay;
        retryTimer_.stop();
        if (written > 0) {
            writeProblem_.resolved();
        }
        return;
    }
    // A write refused once (the user edited the task meanwhile: a revision conflict) is fine by
    // the next pass, which reads the tasks again; a second failing pass in a row is a problem with
    // the collection itself.
    if (++failedPasses_ >= 2) {
        writeProblem_.report(WriteProblem::Cause::Writes, WriteProblem::text(failure));
    }
    retryLater();
}

void InterviewFollowupsAgent::retryLater()
{
    if (!retryTimer_.isActive()) {
        retryTimer_.start(retryDelay_);
        retryDelay_ = std::min(2 * retryDelay_, lastRetryDelay);
    }
}

void InterviewFollowupsAgent::stepStalled()
{
    qCWarning(FOLLOWUPS_AGENT_LOG) << "No answer from the Akonadi server; reconnecting";
    // Killing the sessions' jobs ends the step (with an error); a catch-up then starts again.
    stepLost_ = true;
    Akonadi::Session::defaultSession()->clear();
    writeSession_->clear();
    Q_EMIT status(Running, i18n("No answer from Akonadi; reconnecting"));
}

void InterviewFollowupsAgent::monitorTarget()
{
    if (target_.id() == monitoredTarget_) {
        return;
    }
    if (monitoredTarget_ >= 0) {
        changeRecorder()->setCollectionMonitored(Akonadi::Collection(monitoredTarget_), false);
    }
    changeRecorder()->setCollectionMonitored(target_, true);
    monitoredTarget_ = target_.id();
}

void InterviewFollowupsAgent::serverStateChanged(Akonadi::ServerManager::State state)
{
    // Notifications sent while it was away are lost: its return brings a catch-up.
    start(state == Akonadi::ServerManager::Running ? steps_.serverRunning()
                                                   : steps_.serverStopped());
}
