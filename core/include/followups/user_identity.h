// Who the user is (SPEC §2): the addresses configured (`--me`, the config file, the agent's
// settings); without any, the calendar owner that X-WR-CALNAME names when it is an address
// (Google's exports), else the address that attends at least two thirds of the events that have
// attendees, and at least two of them. The user's names are the CNs their addresses are written
// with. Nobody thanks themself: recognition never takes the user for an interviewer, a contact, a
// company or a role.
#pragma once

#include "followups/diagnostics.h"
#include "followups/event.h"
#include "followups/policy.h"

#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace followups
{

struct UserIdentity {
    enum class Source {
        Configured,    // the policy's addresses
        CalendarOwner, // X-WR-CALNAME
        Attendance,    // the address that attends most events
        Unknown,       // none of these tells
    };
    Source source = Source::Unknown;
    std::vector<std::string> addresses;
    std::vector<std::string> names; // the CNs of those addresses, as first written
    SourceLocation calendar;        // CalendarOwner: the X-WR-CALNAME line
    int attended = 0;               // Attendance: events the address attends …
    int eventsWithAttendees = 0;    // … of the events with attendees seen
};

// Collects what tells who the user is, event by event, in bounded memory: attendance is counted
// for the first `maxAddresses` distinct addresses (an address attending two thirds of the events
// is among them unless the calendar's first events are hostile; then the user is Unknown or
// another address that also attends two thirds of them).
class UserEvidence
{
public:
    static constexpr std::size_t maxAddresses = 100000;

    explicit UserEvidence(const Policy& policy);

    // A calendar's X-WR-CALNAME value; only an address counts.
    void addCalendarName(std::string_view value, const SourceLocation& where);
    // An event's ATTENDEEs and ORGANIZER (one occurrence: sources expand recurrences).
    void addEvent(const CalendarEvent& event);

    UserIdentity identify() const;

private:
    struct Attendance {
        int events = 0;
        int organized = 0; // events it organised, to prefer an invitee on a tie
        std::string name;  // its first CN that is not an address
    };

    const Policy& policy_;
    std::vector<std::pair<std::string, SourceLocation>> calendarOwners_;
    std::map<std::string, Attendance> attendance_; // by lower-cased address
    int eventsWithAttendees_ = 0;
};

// The policy with the user's addresses (if it had none) and names filled in.
Policy withUser(Policy policy, const UserIdentity& user);

} // namespace followups
