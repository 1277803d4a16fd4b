#include "redeliveryjob.h"

#include "followupsagent_debug.h"
#include "incidenceconverter.h"
#include "undeliveredtasks.h"

#include <Akonadi/ItemCreateJob>
#include <Akonadi/ItemDeleteJob>
#include <Akonadi/ItemFetchJob>
#include <Akonadi/ItemFetchScope>
#include <Akonadi/ItemModifyJob>
#include <Akonadi/Session>
#include <KCalendarCore/Todo>
#include <algorithm>
#include <map>

namespace
{
KCalendarCore::Incidence::Ptr incidenceOf(const Akonadi::Item& item)
{
    return item.payload<KCalendarCore::Incidence::Ptr>();
}

// The latest content: the last modified, then the last revision.
bool olderThan(const Akonadi::Item& a, const Akonadi::Item& b)
{
    const QDateTime aModified = incidenceOf(a)->lastModified();
    const QDateTime bModified = incidenceOf(b)->lastModified();
    return aModified != bModified ? aModified < bModified : a.revision() < b.revision();
}
} // namespace

RedeliveryJob::RedeliveryJob(Akonadi::Collection target, QStringList uids,
                             std::set<Akonadi::Item::Id> synchronized, Akonadi::Session* session,
                             QObject* parent)
    : KJob(parent), target_(std::move(target)), uids_(std::move(uids)),
      synchronized_(std::move(synchronized)), session_(session)
{
}

void RedeliveryJob::start()
{
    ++outstanding_; // the read holds the job until its items are handled
    auto* job = new Akonadi::ItemFetchJob(target_, session_);
    job->fetchScope().fetchFullPayload(true);
    job->fetchScope().setFetchTags(true);
    job->fetchScope().setAncestorRetrieval(Akonadi::ItemFetchScope::None);
    connect(job, &KJob::result, this, &RedeliveryJob::itemsRead);
}

void RedeliveryJob::itemsRead(KJob* job)
{
    if (job->error()) {
        subjobDone(job);
        return;
    }
    std::map<QString, Akonadi::Item::List> byUid;
    const auto items = static_cast<Akonadi::ItemFetchJob*>(job)->items();
    std::vector<UndeliveredTasks::Task> list;
    list.reserve(static_cast<std::size_t>(items.size()));
    for (const Akonadi::Item& item : items) {
        list.push_back({item.id(), {}, !item.remoteId().isEmpty()});
    }
    const std::set<Akonadi::Item::Id> dropped = UndeliveredTasks::dropped(list, synchronized_);
    for (const Akonadi::Item& item : items) {
        if (!item.hasPayload<KCalendarCore::Incidence::Ptr>()) {
            continue;
        }
        const auto todo = incidenceOf(item).dynamicCast<KCalendarCore::Todo>();
        if (!todo || !uids_.contains(todo->uid()) || !IncidenceConverter::toExistingTask(*todo)) {
            continue;
        }
        if (item.remoteId().isEmpty() && dropped.count(item.id()) == 0) {
            unproven_.push_back(item.id()); // its creation may still be waiting in the resource
            continue;
        }
        byUid[todo->uid()].append(item);
    }
    for (const auto& [uid, uidItems] : byUid) {
        redeliver(uidItems);
    }
    subjobDone(nullptr);
}

void RedeliveryJob::redeliver(const Akonadi::Item::List& items)
{
    Akonadi::Item::List unstored;
    std::copy_if(items.begin(), items.end(), std::back_inserter(unstored),
                 [](const auto& item) { return item.remoteId().isEmpty(); });
    if (unstored.isEmpty()) {
        return; // stored meanwhile
    }
    const Akonadi::Item latest = *std::max_element(unstored.begin(), unstored.end(), olderThan);
    const auto stored = std::find_if(items.begin(), items.end(),
                                     [](const auto& item) { return !item.remoteId().isEmpty(); });
    qCDebug(FOLLOWUPS_AGENT_LOG) << "Delivering again" << incidenceOf(latest)->summary() << "(item"
                                 << latest.id() << ")";
    if (stored != items.end()) {
        if (*incidenceOf(*stored) == *incidenceOf(latest) || olderThan(latest, *stored)) {
            deleteIfUnchanged(unstored);
            return;
        }
        Akonadi::Item update = *stored;
        update.setPayload<KCalendarCore::Incidence::Ptr>(
            KCalendarCore::Incidence::Ptr(incidenceOf(latest)->clone()));
        auto* modify = new Akonadi::ItemModifyJob(update, session_);
        ++outstanding_;
        connect(modify, &KJob::result, this, [this, unstored](KJob* done) {
            if (!done->error()) {
                ++redelivered_;
                deleteIfUnchanged(unstored);
            }
            subjobDone(done);
        });
        return;
    }
    Akonadi::Item copy(latest.mimeType());
    copy.setGid(latest.gid());
    copy.setTags(latest.tags());
    copy.setFlags(latest.flags());
    copy.setPayload<KCalendarCore::Incidence::Ptr>(
        KCalendarCore::Incidence::Ptr(incidenceOf(latest)->clone()));
    auto* create = new Akonadi::ItemCreateJob(copy, target_, session_);
    ++outstanding_;
    connect(create, &KJob::result, this, [this, unstored](KJob* done) {
        if (!done->error()) {
            ++redelivered_;
            qCInfo(FOLLOWUPS_AGENT_LOG) << "Delivered again a task the resource had dropped: item"
                                        << static_cast<Akonadi::ItemCreateJob*>(done)->item().id()
                                        << "replaces" << unstored.first().id();
            deleteIfUnchanged(unstored);
        }
        subjobDone(done);
    });
}

void RedeliveryJob::deleteIfUnchanged(const Akonadi::Item::List& items)
{
    for (const Akonadi::Item& item : items) {
        auto* fetch = new Akonadi::ItemFetchJob(Akonadi::Item(item.id()), session_);
        ++outstanding_;
        connect(fetch, &KJob::result, this, [this, item](KJob* done) {
            const auto now = static_cast<Akonadi::ItemFetchJob*>(done)->items();
            if (done->error() || now.isEmpty()) {
                subjobDone(nullptr); // gone already
                return;
            }
            if (now.first().revision() != item.revision()) {
                qCInfo(FOLLOWUPS_AGENT_LOG)
                    << "Item" << item.id() << "was changed meanwhile: kept for the next round";
                subjobDone(nullptr);
                return;
            }
            auto* remove = new Akonadi::ItemDeleteJob(now.first(), session_);
            connect(remove, &KJob::result, this, &RedeliveryJob::subjobDone);
        });
    }
}

void RedeliveryJob::subjobDone(KJob* job)
{
    if (job && job->error()) {
        qCWarning(FOLLOWUPS_AGENT_LOG)
            << "Delivering a dropped task again failed:" << job->errorString();
        setError(job->error());
        setErrorText(job->errorText());
    }
    if (--outstanding_ == 0) {
        emitResult();
    }
}
