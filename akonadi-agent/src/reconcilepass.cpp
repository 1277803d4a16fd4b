#include "reconcilepass.h"

#include <algorithm>
#include <followups/identity.h>
#include <followups/plan_and_reconcile.h>
#include <followups/recognize.h>

std::string ReconcilePass::taskFingerprint(const followups::ExistingTask& task)
{
    std::string fingerprint = followups::contentHash(task.task);
    fingerprint += '|';
    fingerprint += task.recordedHash.value_or(std::string());
    for (const auto& category : task.task.categories) {
        fingerprint += '|';
        fingerprint += category;
    }
    return fingerprint;
}

ReconcilePass::Result ReconcilePass::run(Input input, const followups::Policy& policy,
                                         followups::Instant now, FollowupsState& state)
{
    Result result;
    followups::PassInput pass;
    pass.interviews = followups::collectInterviews(input.events, policy, result.warnings);
    pass.series = {std::move(input.seriesUids), input.expansion};
    pass.window = followups::defaultPlanningWindow(policy, now);
    pass.complete = input.allowCancel;
    result.interviews = pass.interviews.size();

    const auto& existing = *input.existing;
    followups::PassResult done =
        followups::planAndReconcile(std::move(pass), existing, state, policy, now);
    static_cast<followups::StoreMemory&>(state) = std::move(done.memory);
    result.rememberedDeletions = done.rememberedDeletions;
    result.keptUserChanges = done.keptUserChanges;
    result.prunedRecords = done.prunedRecords;

    result.limits = done.plan.warnings;
    result.warnings.insert(result.warnings.end(), done.plan.warnings.begin(),
                           done.plan.warnings.end());

    for (const auto& step : done.steps) {
        if (!followups::changesStore(step.action)) {
            continue;
        }
        if (step.action == followups::ReconcileAction::Create) {
            const auto interview =
                std::ranges::find(done.interviews, step.task.interview, &followups::Interview::key);
            result.createdFor[step.task.interview] =
                interview == done.interviews.end() ? std::string() : interview->summary;
        }
        const auto& issued = done.issuedFor(step.task.interview);
        result.writes.push_back({step.action, step.task,
                                 std::vector<std::string>(issued.begin(), issued.end()),
                                 step.existing});
    }
    return result;
}
