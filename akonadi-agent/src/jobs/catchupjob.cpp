#include "catchupjob.h"

#include "followupsagent_debug.h"

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
    Akonadi::Collection::List todoCollections;
    Akonadi::Collection configured;
    for (const Akonadi::Collection& collection : collections) {
        if (collection.isVirtual()) {
            continue;
        }
        const QStringList types = collection.contentMimeTypes();
        if (types.contains(KCalendarCore::Event::eventMimeType()) &&
            (options_.watched.isEmpty() ||
             options_.watched.contains(static_cast<int>(collection.id())))) {
            pending_.append(collection);
            watchedIds_.insert(collection.id());
        }
        if (collection.id() == options_.configuredTarget) {
            configured = collection;
        }
        if (types.contains(KCalendarCore::Todo::todoMimeType()) &&
            (collection.rights() & Akonadi::Collection::CanCreateItem)) {
            todoCollections.append(collection);
        }
    }
    if (options_.configuredTarget >= 0) {
        const auto it =
            std::ranges::find(todoCollections, options_.configuredTarget, &Akonadi::Collection::id);
        if (it != todoCollections.end()) {
            target_ = *it;
        }
    } else if (!todoCollections.isEmpty()) {
        target_ = *std::ranges::min_element(todoCollections, {}, &Akonadi::Collection::id);
    }
    if (!target_.isValid()) {
        setError(NoTaskCollection);
        if (options_.configuredTarget < 0) {
            setErrorText(i18n("no writable collection takes to-dos"));
        } else if (!configured.isValid()) {
            setErrorText(i18n("the collection %1 is gone", options_.configuredTarget));
        } else if (!configured.contentMimeTypes().contains(KCalendarCore::Todo::todoMimeType())) {
            setErrorText(i18n("“%1” does not take to-dos", configured.displayName()));
        } else {
            setErrorText(i18n("“%1” is read-only", configured.displayName()));
        }
        emitResult();
        return;
    }
    qCDebug(FOLLOWUPS_AGENT_LOG) << "Watching" << watchedIds_.size()
                                 << "event collections; tasks go to" << target_.id();
    // Progress is what StallWatchdog counts as answers.
    setTotalAmount(KJob::Directories, static_cast<qulonglong>(pending_.size()) + 1);
    setProcessedAmount(KJob::Directories, 1);
    fetchNextCollection();
}

void CatchUpJob::fetchNextCollection()
{
    if (pending_.isEmpty()) {
        emitResult();
        return;
    }
    const Akonadi::Collection collection = pending_.takeFirst();
    auto* job = new Akonadi::ItemFetchJob(collection, this);
    job->fetchScope().fetchFullPayload(true);
    job->fetchScope().setAncestorRetrieval(Akonadi::ItemFetchScope::None);
    job->setDeliveryOption(Akonadi::ItemFetchJob::EmitItemsIndividually);
    connect(job, &Akonadi::ItemFetchJob::itemsReceived, this, &CatchUpJob::itemsReceived);
    connect(job, &KJob::result, this, [this, collection](KJob* fetch) {
        if (fetch->error()) {
            qCWarning(FOLLOWUPS_AGENT_LOG)
                << "Could not read collection" << collection.id() << fetch->errorString();
            complete_ = false;
        }
        setProcessedAmount(KJob::Directories, processedAmount(KJob::Directories) + 1);
        fetchNextCollection();
    });
}

void CatchUpJob::itemsReceived(const Akonadi::Item::List& items)
{
    for (const Akonadi::Item& item : items) {
        if (item.mimeType() != KCalendarCore::Event::eventMimeType()) {
            continue;
        }
        if (!item.hasPayload<KCalendarCore::Incidence::Ptr>()) {
            // Unreadable payloads are skipped: the calendar's other events still count.
            qCWarning(FOLLOWUPS_AGENT_LOG)
                << "Event item" << item.id() << "has no readable payload";
            continue;
        }
        const auto event =
            item.payload<KCalendarCore::Incidence::Ptr>().dynamicCast<KCalendarCore::Event>();
        if (!event) {
            continue;
        }
        ++eventCount_;
        index_.update(item.id(), *event, options_.policy, options_.expansion);
    }
    // After the work: StallWatchdog times only the waits for an answer.
    setProcessedAmount(KJob::Items,
                       processedAmount(KJob::Items) + static_cast<qulonglong>(items.size()));
}
