#include "catchupjob.h"

#include "followupsagent_debug.h"
#include "incidenceconverter.h"

#include <Akonadi/CollectionFetchJob>
#include <Akonadi/CollectionFetchScope>
#include <Akonadi/ItemFetchJob>
#include <Akonadi/ItemFetchScope>
#include <KCalendarCore/Event>
#include <KCalendarCore/Todo>
#include <KLocalizedString>
#include <algorithm>

CatchUpJob::CatchUpJob(Options options, QObject* parent)
    : KJob(parent), options_(std::move(options))
{
}

void CatchUpJob::start()
{
    auto* job = new Akonadi::CollectionFetchJob(Akonadi::Collection::root(),
                                                Akonadi::CollectionFetchJob::Recursive, this);
    job->fetchScope().setContentMimeTypes(
        {KCalendarCore::Event::eventMimeType(), KCalendarCore::Todo::todoMimeType()});
    connect(job, &KJob::result, this, &CatchUpJob::collectionsFetched);
}

void CatchUpJob::collectionsFetched(KJob* job)
{
    if (job->error()) {
        setError(job->error());
        setErrorText(job->errorText());
        emitResult();
        return;
    }
    const auto collections = static_cast<Akonadi::CollectionFetchJob*>(job)->collections();
    const bool choosing = options_.configuredTarget < 0;
    Akonadi::Collection configured;
    for (const Akonadi::Collection& collection : collections) {
        if (collection.isVirtual()) {
            continue;
        }
        const QStringList types = collection.contentMimeTypes();
        const bool takesTodos = types.contains(KCalendarCore::Todo::todoMimeType());
        const bool writable = collection.rights() & Akonadi::Collection::CanCreateItem;
        const bool watched = types.contains(KCalendarCore::Event::eventMimeType()) &&
                             (options_.watched.isEmpty() ||
                              options_.watched.contains(static_cast<int>(collection.id())));
        if (watched) {
            watchedIds_.insert(collection.id());
        }
        if (collection.id() == options_.configuredTarget) {
            configured = collection;
            if (takesTodos && writable) {
                target_ = collection;
            }
        }
        if (choosing && takesTodos) {
            TaskListChoice::Candidate about;
            about.id = collection.id();
            about.writable = writable;
            about.madeForTheAgent = !options_.madeForTheAgent.isEmpty() &&
                                    collection.resource() == options_.madeForTheAgent;
            candidates_[collection.id()] = {collection, about};
        }
        // A writable candidate's events too: does it hold interviews? A read-only one is never
        // taken, so it is not read.
        if (watched || (choosing && takesTodos && writable)) {
            pending_.append(collection);
        }
    }
    if (!choosing && !target_.isValid()) {
        setError(NoTaskCollection);
        if (!configured.isValid()) {
            setErrorText(i18n("the collection %1 is gone", options_.configuredTarget));
        } else if (!configured.contentMimeTypes().contains(KCalendarCore::Todo::todoMimeType())) {
            setErrorText(i18n("“%1” does not take to-dos", configured.displayName()));
        } else {
            setErrorText(i18n("“%1” is read-only", configured.displayName()));
        }
        emitResult();
        return;
    }
    qCDebug(FOLLOWUPS_AGENT_LOG) << "Watching" << watchedIds_.size() << "event collections;"
                                 << (choosing ? "choosing a task list among" : "tasks go to")
                                 << (choosing ? qint64(candidates_.size()) : target_.id());
    // Progress is what StallWatchdog counts as answers.
    setTotalAmount(KJob::Directories, static_cast<qulonglong>(pending_.size()) + 1);
    setProcessedAmount(KJob::Directories, 1);
    fetchNextCollection();
}

void CatchUpJob::chooseTaskList()
{
    if (unreadCandidate_.isValid()) {
        // It may hold the product's tasks: choosing without it could write them all again.
        setError(CandidateUnread);
        setErrorText(i18n("“%1” could not be read", unreadCandidate_.displayName()));
        return;
    }
    std::vector<TaskListChoice::Candidate> candidates;
    for (const auto& [id, collectionAndAbout] : candidates_) {
        candidates.push_back(collectionAndAbout.second);
    }
    choice_ = TaskListChoice::choose(candidates, options_.korganizerDefault);
    if (!choice_->alsoHolding.empty()) {
        qCInfo(FOLLOWUPS_AGENT_LOG)
            << "The product's tasks are in several task lists:" << choice_->id << "holds most ("
            << choice_->productTasks << "), others:"
            << QList<qint64>(choice_->alsoHolding.begin(), choice_->alsoHolding.end());
    }
    if (choice_->how == TaskListChoice::How::MakeNew) {
        setError(TaskListWanted);
        setErrorText(i18n("no task list is configured and none fits"));
        return;
    }
    target_ = candidates_.at(choice_->id).first;
    qCInfo(FOLLOWUPS_AGENT_LOG).noquote().nospace()
        << "Tasks go to " << target_.id() << ", " << TaskListChoice::describe(choice_->how);
}

void CatchUpJob::fetchNextCollection()
{
    if (pending_.isEmpty()) {
        if (options_.configuredTarget < 0) {
            chooseTaskList();
        }
        emitResult();
        return;
    }
    const Akonadi::Collection collection = pending_.takeFirst();
    auto* job = new Akonadi::ItemFetchJob(collection, this);
    job->fetchScope().fetchFullPayload(true);
    job->fetchScope().setAncestorRetrieval(Akonadi::ItemFetchScope::None);
    job->setDeliveryOption(Akonadi::ItemFetchJob::EmitItemsIndividually);
    connect(job, &Akonadi::ItemFetchJob::itemsReceived, this,
            [this, id = collection.id()](const Akonadi::Item::List& items) {
                itemsReceived(items, id);
            });
    connect(job, &KJob::result, this, [this, collection](KJob* fetch) {
        if (fetch->error()) {
            qCWarning(FOLLOWUPS_AGENT_LOG)
                << "Could not read collection" << collection.id() << fetch->errorString();
            if (watchedIds_.contains(collection.id())) {
                complete_ = false;
            }
            const auto candidate = candidates_.find(collection.id());
            if (candidate != candidates_.end() && candidate->second.second.writable) {
                unreadCandidate_ = collection;
            }
        }
        setProcessedAmount(KJob::Directories, processedAmount(KJob::Directories) + 1);
        fetchNextCollection();
    });
}

void CatchUpJob::itemsReceived(const Akonadi::Item::List& items, Akonadi::Collection::Id collection)
{
    const bool watched = watchedIds_.contains(collection);
    const auto candidate = candidates_.find(collection);
    for (const Akonadi::Item& item : items) {
        const bool isEvent = item.mimeType() == KCalendarCore::Event::eventMimeType();
        const bool isTodo = item.mimeType() == KCalendarCore::Todo::todoMimeType();
        const bool isCandidate = candidate != candidates_.end();
        if (!(isEvent && (watched || isCandidate)) && !(isTodo && isCandidate)) {
            continue;
        }
        if (!item.hasPayload<KCalendarCore::Incidence::Ptr>()) {
            // Unreadable payloads are skipped: the calendar's other events still count.
            qCWarning(FOLLOWUPS_AGENT_LOG) << "Item" << item.id() << "has no readable payload";
            continue;
        }
        const auto incidence = item.payload<KCalendarCore::Incidence::Ptr>();
        if (isTodo) {
            const auto todo = incidence.dynamicCast<KCalendarCore::Todo>();
            if (todo && IncidenceConverter::toExistingTask(*todo)) {
                ++candidate->second.second.productTasks;
            }
            continue;
        }
        const auto event = incidence.dynamicCast<KCalendarCore::Event>();
        if (!event) {
            continue;
        }
        // A new item in a fresh index: the index changed exactly when it is an interview. An
        // unwatched candidate's events are only counted, so that a calendar of interviews is not
        // taken for the tasks.
        EventIndex unwatched;
        EventIndex& index = watched ? index_ : unwatched;
        eventCount_ += watched ? 1 : 0;
        if (index.update(item.id(), *event, options_.policy, options_.expansion) && isCandidate) {
            ++candidate->second.second.interviews;
        }
    }
    // After the work: StallWatchdog times only the waits for an answer.
    setProcessedAmount(KJob::Items,
                       processedAmount(KJob::Items) + static_cast<qulonglong>(items.size()));
}
