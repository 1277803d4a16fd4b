// One pass against the store: reads the product's tasks from the task collection, runs
// ReconcilePass over the indexed interview events, and writes its creations, updates and
// cancellations. Passes are run one at a time by the agent, and each re-reads the task collection
// before creating, so the same task is never created twice; creations also merge by GID (= UID)
// on the server as a second guard.
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
        int failed = 0;
        std::map<followups::InterviewKey, std::string> createdFor; // interview → SUMMARY
        std::map<followups::TaskKind, int> createdByKind;
        std::size_t interviews = 0;
    };

    ReconcileJob(Akonadi::Collection target, ReconcilePass::Input input, followups::Policy policy,
                 followups::Instant now, FollowupsState& state, Akonadi::Session* session,
                 QObject* parent = nullptr);

    void start() override;
    const Summary& summary() const { return summary_; }
    // ReconcilePass::taskFingerprint of the product's tasks as the pass left them, by item id.
    const std::map<Akonadi::Item::Id, std::string>& fingerprints() const { return fingerprints_; }

private:
    void tasksFetched(KJob* job);
    void write(const ReconcilePass::Write& write);
    void writeDone(KJob* job, const ReconcilePass::Write& write);

    Akonadi::Collection target_;
    ReconcilePass::Input input_;
    followups::Policy policy_;
    followups::Instant now_;
    FollowupsState& state_;
    Akonadi::Session* session_;

    std::vector<followups::ExistingTask> existing_;
    Akonadi::Item::List existingItems_; // parallel to existing_
    int outstanding_ = 0;
    Summary summary_;
    std::map<Akonadi::Item::Id, std::string> fingerprints_;
};
