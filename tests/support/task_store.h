// A task store in memory, for the reconciliation tests: the steps applied the way the agent and the
// CLI apply them. What the product writes is recorded with its hash and the UIDs issued for its
// interview (X-IFU-ISSUED); what it keeps stays as it was; what the user deleted stays deleted.
#pragma once

#include "followups/identity.h"
#include "followups/reconcile.h"

#include <functional>
#include <string>
#include <vector>

namespace followups::testing
{

using IssuedOf = std::function<std::vector<std::string>(const Task&)>;

inline std::vector<ExistingTask> storeAfter(const std::vector<ReconcileStep>& steps,
                                            const IssuedOf& issuedOf)
{
    std::vector<ExistingTask> stored;
    for (const ReconcileStep& step : steps) {
        if (step.action == ReconcileAction::SilenceAlarm) // only the alarm goes, the mark stays
            stored.push_back({step.task, step.existing->recordedHash, step.existing->issuedSiblings,
                              step.existing->originalText});
        else if (changesStore(step.action))
            stored.push_back({step.task, contentHash(step.task), issuedOf(step.task), {}});
        else if (step.action != ReconcileAction::KeepDeleted)
            stored.push_back(*step.existing);
    }
    return stored;
}

} // namespace followups::testing
