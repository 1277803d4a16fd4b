#include "followups/identity.h"

#include "stable_hash.h"

namespace followups
{

std::string taskUid(const InterviewKey& interview, TaskKind kind, int ordinal,
                    std::string_view deliverable, const std::optional<Person>& person)
{
    const std::string hash = StableHash{}
                                 .add(interview.uid)
                                 .add(interview.recurrenceId)
                                 .add(kindName(kind))
                                 .add(std::to_string(ordinal))
                                 .add(deliverable)
                                 .add(person ? personKey(*person) : std::string{})
                                 .hex();
    return "ifu-" + std::string(kindName(kind)) + '-' + hash + "@interview-followups";
}

std::string contentHash(const Task& task)
{
    StableHash hash;
    hash.add(task.summary).add(task.description);
    if (const auto* instant = std::get_if<Instant>(&task.due.value))
        hash.add("instant").add(std::to_string(instant->time_since_epoch().count()));
    else
        hash.add("date").add(formatIsoDate(std::get<Date>(task.due.value)));
    return hash.add(statusName(task.status)).hex();
}

} // namespace followups
