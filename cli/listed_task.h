// A task as the table and the JSON list it.
#pragma once

#include "followups/task.h"

namespace followups::cli
{

struct ListedTask {
    Task task;
    // Another app's task found in --tasks (no mark of the product): its kind is none of the
    // product's, shown as "other" in the table and null in JSON, never as a debrief.
    bool othersApp = false;
};

} // namespace followups::cli
