// The words of each task (SPEC §3): summary and description carry the advice, the interview's
// company, role, date and people, and a contact link to act on at once.
#pragma once

#include "followups/interview.h"
#include "followups/policy.h"
#include "followups/task.h"

#include <string>

namespace followups
{

// RFC 6068 mailto: with a prefilled subject; RFC 3966 tel: for a phone number; empty otherwise.
std::string contactUrl(const Person& person, std::string_view subject);

// A thank-you written past its hard limit: the summary and the description say it is late and
// still worth a short note (SPEC §3), the rest of the text as it was.
void sayLate(Task& task);

// Fills summary, description and url of a task whose kind, person, ordinal and due are set.
void writeTaskTexts(Task& task, const Interview& interview, const Policy& policy,
                    std::string_view deliverable = {});

} // namespace followups
