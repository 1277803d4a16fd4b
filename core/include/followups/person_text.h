// People as text: the one module every reader and writer of a person uses (core, ical-export, the
// agent's converter and settings), so that each form is read and written one way:
//  - as users write them in `Interviewers:`, `Contact:` and `References:` lines (SPEC §2) and in
//    the agent's list of standing references: parsePerson, parsePersonList;
//  - as the product writes a task's contact (CONTACT in iCalendar, a contact in Akonadi; SPEC §5):
//    "Name <address>", the address an e-mail address, else a phone number: contactText, read back
//    (also when a user typed it into their app) by personFromContact.
// Pure functions; safe on any thread.
#pragma once

#include "followups/interview.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace followups
{

// "jane.doe@acme.com" → "Jane Doe": the local part without a "+tag", split at dots, underscores
// and hyphens, each piece capitalised. Empty when there is no local part.
std::string nameFromAddress(std::string_view address);

// One person: "Jane Doe <jane@acme.com>", "jane@acme.com" (also "mailto:…"), "Jane Doe", a phone
// number ("+49 30 1234567", "tel:…") with an optional name before it. A missing name is derived
// from the address. nullopt when nothing is written.
std::optional<Person> parsePerson(std::string_view text);

// People separated by commas or semicolons (not those inside <…>).
std::vector<Person> parsePersonList(std::string_view text);

// "Jane Doe <jane@acme.example>", "Jane Doe <+49 30 1234567>"; the name or the address alone when
// the other is unknown.
std::string contactText(const Person& person);

// contactText's inverse: personFromContact(contactText(p)) == p for every person with an e-mail
// address or a phone number (not both), whose name is no phone number and holds no '<'. A bare
// address or phone number is one, anything else a name.
// `altrep`, the URL a store keeps beside the text (iCalendar's ALTREP: "mailto:…", "tel:…"), fills
// the address or the number the text lacks. nullopt when nothing is written.
std::optional<Person> personFromContact(std::string_view text, std::string_view altrep = {});

// The address without a "mailto:" scheme (any case) and the spaces around it.
std::string_view withoutMailto(std::string_view address);

} // namespace followups
