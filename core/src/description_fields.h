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
    // The DESCRIPTION property's line for a DESCRIPTION line (0 when unknown): its text lines are
    // escaped "\n" on one (folded) property, so the file has no line of their own. An X-
    // property: its own line.
    SourceLocation where;
    int lineInDescription = 0; // 1-based; 0 for an X- property
};

// DESCRIPTION lines first, in order, then the X-INTERVIEW-* properties in order.
std::vector<Field> readFields(const CalendarEvent& event);

} // namespace followups
