// One pass against the store: takes the product's tasks (read from the task collection, or the
// agent's copy kept current by notifications), runs ReconcilePass over the indexed interview
// events, and writes its creations, updates and cancellations. Passes run one at a time; a task is
// created only when no task with its UID is known, and creations merge by GID (= UID) on the
// server, so a copy that missed a task still never makes a duplicate.
#pragma once

#include "followupsstate.h"
#include "reconcilepass.h"

#include <Akonadi/Collection>
#include <Akonadi/Item>
#include <KJob>
#include <followups/policy.h>
#include <map>

namespace Akonadi
{
class Session;
}

class ReconcileJob : public KJob
{
    Q_OBJECT
public:
    struct Summary {
        int created = 0;
        int updated = 0;
        int cancelled = 0;
        int reinstated = 0;
        int silenced = 0; // alarms switched off on tasks the user closed
        int failed = 0;
        QString lastError;                                         // of the last failed write
        std::map<followups::InterviewKey, std::string> createdFor; // interview → SUMMARY, of
                                                                   // the tasks created
        std::map<followups::TaskKind, int> createdByKind;
        std::size_t interviews = 0;
        followups::Warnings limits; // what a limit of the planner left out, naming the invite
    };

    using TaskItems = std::map<Akonadi::Item::Id, Akonadi::Item>;

    // `known`: the product's tasks as the agent last knew them; nullptr reads the collection.
    ReconcileJob(Akonadi::Collection target, const TaskItems* known, ReconcilePass::Input input,
                 followups::Policy policy, followups::Instant now, FollowupsState& state,
                 Akonadi::Session* session, QObject* parent = nullptr);

    void start() override;
    const Summary& summary() const { return summary_; }
    // ReconcilePass::taskFingerprint of the product's tasks as the pass left them, by item id.
    const std::map<Akonadi::Item::Id, std::string>& fingerprints() const { return fingerprints_; }
    // The product's tasks as read at the start of the pass (when read), and as written by it.
    const TaskItems& readTasks() const { return read_; }
    const TaskItems& writtenTasks() const { return written_; }

private:
    void tasksFetched(KJob* job);
    void useTasks(const Akonadi::Item::List& items);
    void write(const ReconcilePass::Write& write);
    void writeDone(KJob* job, const ReconcilePass::Write& write);

    Akonadi::Collection target_;
    const TaskItems* known_;
    ReconcilePass::Input input_;
    followups::Policy policy_;
    followups::Instant now_;
    FollowupsState& state_;
    Akonadi::Session* session_;

    std::vector<followups::ExistingTask> existing_;
    Akonadi::Item::List existingItems_; // parallel to existing_
    int outstanding_ = 0;
    Summary summary_;
    std::map<followups::InterviewKey, std::string> createFor_; // interviews the pass creates for
    std::map<Akonadi::Item::Id, std::string> fingerprints_;
    TaskItems read_;
    TaskItems written_;
};
