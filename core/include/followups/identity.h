// Stable task identities and the fingerprint of what the product wrote (SPEC §4).
// Pure functions; safe on any thread.
#pragma once

#include "followups/interview.h"
#include "followups/task.h"

#include <optional>
#include <string>
#include <string_view>

namespace followups
{

// Derived from the interview's UID and occurrence, the kind, the ordinal, the deliverable's text
// and the person (personKey). The same inputs always give the same UID, across runs and machines.
std::string taskUid(const InterviewKey& interview, TaskKind kind, int ordinal,
                    std::string_view deliverable, const std::optional<Person>& person);

// A hash of the fields the product sets and a user may change (summary, description, due, status).
// Stored with the task; a task whose fields no longer give the stored hash was edited by the user.
std::string contentHash(const Task& task);

} // namespace followups
