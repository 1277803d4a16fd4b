// What an e-mail address tells about its owner (SPEC §2): whether it is a machine that sends
// notifications rather than a person, and which company its domain names.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace followups
{

// No-reply and notification senders (noreply@, do-not-reply@, notifications@,
// calendar-notification@ …) and Google's calendar resources and group calendars
// (…@resource.calendar.google.com, …@group.calendar.google.com): never thanked, never a contact.
bool isNotificationAddress(std::string_view address);

// The company an address's domain names, as a last resort when nothing else names it:
// "jane@careers.acme-corp.co.uk" → "Acme Corp", "talent@northwind-labs.com" → "Northwind Labs".
// Empty for public mail providers (gmail.com, outlook.com, yahoo.*, gmx.*, web.de, proton.me …),
// calendar services and notification senders, which name no employer.
std::string companyFromAddress(std::string_view address);

// A role mailbox: the local part (before any "+tag") is one of `localParts` (case-insensitively),
// alone or before a ".", "-" or "_" ("talent-emea@…").
bool isRoleMailbox(std::string_view address, const std::vector<std::string>& localParts);

// An address at one of `domains` or at a subdomain of one ("interviews@hire.lever.co").
bool isServiceAddress(std::string_view address, const std::vector<std::string>& domains);

} // namespace followups
