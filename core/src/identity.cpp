#include "followups/identity.h"

#include <cstdint>
#include <cstdio>

namespace followups
{

namespace
{

// 64-bit FNV-1a over a sequence of parts, each preceded by its length, so that moving text from
// one part to the next ("ab" + "c" versus "a" + "bc") always gives a different input.
class PartsHash
{
public:
    PartsHash& add(std::string_view part)
    {
        std::uint64_t length = part.size();
        for (int i = 0; i < 8; ++i) {
            addByte(static_cast<unsigned char>(length & 0xffU));
            length >>= 8U;
        }
        for (const char c : part)
            addByte(static_cast<unsigned char>(c));
        return *this;
    }

    std::string hex() const
    {
        char text[17];
        std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(state_));
        return text;
    }

private:
    void addByte(unsigned char byte)
    {
        state_ ^= byte;
        state_ *= 0x100000001b3ULL;
    }

    std::uint64_t state_ = 0xcbf29ce484222325ULL;
};

} // namespace

std::string taskUid(const InterviewKey& interview, TaskKind kind, int ordinal,
                    std::string_view deliverable, const std::optional<Person>& person)
{
    const std::string hash = PartsHash{}
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
    PartsHash hash;
    hash.add(task.summary).add(task.description);
    if (const auto* instant = std::get_if<Instant>(&task.due.value))
        hash.add("instant").add(std::to_string(instant->time_since_epoch().count()));
    else
        hash.add("date").add(formatIsoDate(std::get<Date>(task.due.value)));
    return hash.add(statusName(task.status)).hex();
}

} // namespace followups
