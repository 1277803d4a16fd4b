// The `Key: value` lines of an interview's DESCRIPTION and its `X-INTERVIEW-<KEY>` properties
// (SPEC §2), read into one list so both spellings of a key behave the same.
//
// A DESCRIPTION line counts when, after leading white space and a list bullet ("- ", "* ", "• "),
// it starts with a known key followed by a colon; keys compare case-insensitively and ignore
// spaces, hyphens and underscores ("Follow-ups", "follow ups", "FOLLOW_UPS"). Other lines (meeting
// links, prose) are not fields. Unknown `X-INTERVIEW-*` keys are ignored here.
#pragma once

#include "followups/diagnostics.h"
#include "followups/event.h"

#include <string>
#include <vector>

namespace followups
{

enum class FieldKey {
    Company,      // Company
    Role,         // Role, Position
    Interviewers, // Interviewers, Interviewer
    Contact,      // Contact
    References,   // References, Reference
    Decision,     // Decision, Decision by, Decision date
    ContactBy,    // Contact by
    Deliverable,  // Deliverable, Deliverables
    Outcome,      // Outcome
    FollowUps,    // Follow-ups, Follow-up
};

struct Field {
    FieldKey key;
    std::string value; // trimmed
    // A DESCRIPTION line: the DESCRIPTION property's line plus the line's index in the text (the
    // best a reader can tell; 0 when the property's line is unknown). An X- property: its line.
    SourceLocation where;
};

// DESCRIPTION lines first, in order, then the X-INTERVIEW-* properties in order.
std::vector<Field> readFields(const CalendarEvent& event);

} // namespace followups
