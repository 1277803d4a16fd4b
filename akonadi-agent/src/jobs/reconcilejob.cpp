#include "reconcilejob.h"

#include "followupsagent_debug.h"
#include "incidenceconverter.h"

#include <Akonadi/ItemCreateJob>
#include <Akonadi/ItemFetchJob>
#include <Akonadi/ItemFetchScope>
#include <Akonadi/ItemModifyJob>
#include <Akonadi/Session>
#include <KCalendarCore/Todo>

ReconcileJob::ReconcileJob(Akonadi::Collection target, const TaskItems* known,
                           ReconcilePass::Input input, followups::Policy policy,
                           followups::Instant now, FollowupsState& state, Akonadi::Session* session,
                           QObject* parent)
    : KJob(parent), target_(std::move(target)), known_(known), input_(std::move(input)),
      policy_(std::move(policy)), now_(now), state_(state), session_(session)
{
}

void ReconcileJob::start()
{
    if (known_) {
        Akonadi::Item::List items;
        for (const auto& [id, item] : *known_) {
            items.append(item);
        }
        QMetaObject::invokeMethod(
            this, [this, items] { useTasks(items); }, Qt::QueuedConnection);
        return;
    }
    auto* job = new Akonadi::ItemFetchJob(target_, session_);
    job->fetchScope().fetchFullPayload(true);
    job->fetchScope().setAncestorRetrieval(Akonadi::ItemFetchScope::None);
    connect(job, &KJob::result, this, &ReconcileJob::tasksFetched);
}

void ReconcileJob::tasksFetched(KJob* job)
{
    if (job->error()) {
        setError(job->error());
        setErrorText(job->errorText());
        emitResult();
        return;
    }
    const auto items = static_cast<Akonadi::ItemFetchJob*>(job)->items();
    useTasks(items);
}

void ReconcileJob::useTasks(const Akonadi::Item::List& items)
{
    for (const Akonadi::Item& item : items) {
        if (!item.hasPayload<KCalendarCore::Incidence::Ptr>()) {
            continue;
        }
        const auto todo =
            item.payload<KCalendarCore::Incidence::Ptr>().dynamicCast<KCalendarCore::Todo>();
        if (!todo) {
            continue;
        }
        if (auto existing = IncidenceConverter::toExistingTask(*todo)) {
            fingerprints_[item.id()] = ReconcilePass::taskFingerprint(*existing);
            if (!known_) {
                read_[item.id()] = item;
            }
            existing_.push_back(std::move(*existing));
            existingItems_.append(item);
        }
    }

    input_.existing = &existing_;
    const ReconcilePass::Result result =
        ReconcilePass::run(std::move(input_), policy_, now_, state_);
    // Warnings quote invites (a SUMMARY, an address): debug level only.
    for (const auto& warning : result.warnings) {
        qCDebug(FOLLOWUPS_AGENT_LOG).noquote()
            << QString::fromStdString(followups::formatWarning(warning));
    }
    summary_.interviews = result.interviews;
    summary_.limits = result.limits;
    createFor_ = result.createdFor;
    qCDebug(FOLLOWUPS_AGENT_LOG) << result.interviews << "interviews," << existing_.size()
                                 << "existing tasks," << result.writes.size() << "writes,"
                                 << result.keptUserChanges << "kept as the user left them,"
                                 << result.rememberedDeletions << "deletions remembered,"
                                 << result.prunedRecords << "state records pruned";
    if (result.writes.empty()) {
        emitResult();
        return;
    }
    // The pass's work is done: StallWatchdog times the writes' answers from here.
    setTotalAmount(KJob::Items, result.writes.size());
    for (const auto& step : result.writes) {
        write(step);
    }
}

void ReconcileJob::write(const ReconcilePass::Write& step)
{
    KJob* job = nullptr;
    if (step.action == followups::ReconcileAction::Create) {
        KCalendarCore::Todo::Ptr todo(new KCalendarCore::Todo);
        IncidenceConverter::applyTask(*todo, step.task, step.issued, policy_.userZone);
        Akonadi::Item item(KCalendarCore::Todo::todoMimeType());
        item.setGid(todo->uid());
        item.setPayload<KCalendarCore::Incidence::Ptr>(todo);
        auto* create = new Akonadi::ItemCreateJob(item, target_, session_);
        create->setMerge(Akonadi::ItemCreateJob::GID);
        job = create;
    } else {
        Akonadi::Item item = existingItems_.at(static_cast<int>(step.existing - existing_.data()));
        const auto old = item.payload<KCalendarCore::Incidence::Ptr>();
        KCalendarCore::Todo::Ptr todo(static_cast<KCalendarCore::Todo*>(old->clone()));
        if (step.action == followups::ReconcileAction::SilenceAlarm) {
            IncidenceConverter::switchOffAlarms(*todo); // the rest stays as the user left it
        } else {
            IncidenceConverter::applyTask(*todo, step.task, step.issued, policy_.userZone);
        }
        item.setPayload<KCalendarCore::Incidence::Ptr>(todo);
        job = new Akonadi::ItemModifyJob(item, session_);
    }
    ++outstanding_;
    connect(job, &KJob::result, this, [this, step](KJob* done) { writeDone(done, step); });
}

void ReconcileJob::writeDone(KJob* job, const ReconcilePass::Write& step)
{
    if (job->error()) {
        // A concurrent edit by the user fails the revision check: the next pass sees the edit.
        qCWarning(FOLLOWUPS_AGENT_LOG) << "Writing task" << QString::fromStdString(step.task.uid)
                                       << "failed:" << job->errorString();
        ++summary_.failed;
        summary_.lastError = job->errorString();
        if (step.action == followups::ReconcileAction::Create) {
            state_.creationFailed(step.task.interview, step.task.uid);
        }
    } else {
        const Akonadi::Item stored = step.action == followups::ReconcileAction::Create
                                         ? static_cast<Akonadi::ItemCreateJob*>(job)->item()
                                         : static_cast<Akonadi::ItemModifyJob*>(job)->item();
        const auto todo =
            stored.payload<KCalendarCore::Incidence::Ptr>().dynamicCast<KCalendarCore::Todo>();
        if (const auto written = todo ? IncidenceConverter::toExistingTask(*todo) : std::nullopt) {
            fingerprints_[stored.id()] = ReconcilePass::taskFingerprint(*written);
            written_[stored.id()] = stored;
        }
        switch (step.action) {
        case followups::ReconcileAction::Create:
            state_.addIssued(step.task.interview, {step.task.uid});
            summary_.createdFor[step.task.interview] = createFor_[step.task.interview];
            ++summary_.created;
            ++summary_.createdByKind[step.task.kind];
            break;
        case followups::ReconcileAction::Update:
            ++summary_.updated;
            break;
        case followups::ReconcileAction::Cancel:
            ++summary_.cancelled;
            break;
        case followups::ReconcileAction::Reinstate:
            ++summary_.reinstated;
            break;
        case followups::ReconcileAction::SilenceAlarm:
            ++summary_.silenced;
            break;
        default:
            break;
        }
    }
    setProcessedAmount(KJob::Items, processedAmount(KJob::Items) + 1);
    if (--outstanding_ == 0) {
        emitResult();
    }
}
