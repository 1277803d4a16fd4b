// The fuzz target's inputs replayed as an ordinary test (fmtlib's habit), so every CI build (also
// with -DFOLLOWUPS_SANITIZE=ON) runs them: each corpus file whole, truncated every 97 bytes, and
// with bytes replaced by the characters iCalendar's syntax hangs on.
#include "ical_corpus.h"
#include "read_everything.h"

#include <algorithm>
#include <gtest/gtest.h>

namespace followups::testing
{
namespace
{

constexpr size_t truncationStep = 97;
constexpr size_t mutationsPerFile = 48;
constexpr char syntaxBytes[] = {'\n', ':', ';', ',', '"', '\\', ' ', '\0', '\xC3', '='};

TEST(FuzzReplay, CorpusFilesWholeTruncatedAndMutated)
{
    for (const auto& path : icalCorpusFiles()) {
        SCOPED_TRACE(path.filename().string());
        const auto bytes = readBytes(path);
        readEverything(bytes);
        for (size_t length = 0; length < bytes.size(); length += truncationStep)
            readEventsAndTasks(std::string_view(bytes).substr(0, length));
        // Positions spread over the whole file, a bounded number of them to keep the test short.
        const size_t step = std::max<size_t>(1, bytes.size() / mutationsPerFile);
        size_t variant = 0;
        for (size_t position = 0; position < bytes.size(); position += step) {
            auto mutated = bytes;
            mutated[position] = syntaxBytes[variant++ % sizeof syntaxBytes];
            readEventsAndTasks(mutated);
            mutated[position] = static_cast<char>(~bytes[position]);
            readEventsAndTasks(mutated);
        }
    }
}

TEST(FuzzReplay, HostileShapes)
{
    const std::string shapes[] = {
        "",
        "\xEF\xBB\xBF",
        "BEGIN:VCALENDAR",
        "END:VCALENDAR\nEND:VEVENT\nBEGIN:VEVENT\n",
        std::string(1000, '\n') + "BEGIN:VEVENT\nDTSTART:20260101T000000Z\nRRULE:FREQ=SECONDLY\n"
                                  "END:VEVENT\n",
        "BEGIN:VEVENT\nDTSTART;VALUE=DATE:20260101\nRRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30\n"
        "END:VEVENT\n",
        "BEGIN:VEVENT\nDTSTART;TZID=\"\":99991231T235959\nDTEND:00000101T000000\n"
        "RECURRENCE-ID:20260101\nEXDATE:garbage\nRDATE;VALUE=PERIOD:20260101T000000Z/PT1H\n"
        "END:VEVENT\n",
        "BEGIN:VCALENDAR\nBEGIN:VTIMEZONE\nTZID:x\nEND:VTIMEZONE\nBEGIN:VEVENT\n"
        "DTSTART;TZID=x:20260101T100000\nRRULE:FREQ=DAILY;COUNT=5\nEND:VEVENT\nEND:VCALENDAR\n",
        "BEGIN:VTODO\nUID:-event\nX-IFU-KIND:nonsense\nX-IFU-DUE:2026\nBEGIN:VALARM\n"
        "TRIGGER;VALUE=DATE-TIME:20260101T000000\nEND:VALARM\nEND:VTODO\n",
    };
    for (const auto& shape : shapes)
        readEverything(shape);
}

} // namespace
} // namespace followups::testing
