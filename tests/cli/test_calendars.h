// Small iCalendar inputs for the end-to-end tests, written the way clients write them (CRLF).
#pragma once

#include <string>

namespace followups::cli::testing
{

// One VCALENDAR around `vevents` (each a full BEGIN:VEVENT … END:VEVENT block, LF or CRLF).
inline std::string calendar(const std::string& vevents)
{
    std::string crlf;
    const std::string text =
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//test//cli//EN\n" + vevents + "END:VCALENDAR\n";
    for (const char c : text) {
        if (c == '\n')
            crlf += "\r\n";
        else
            crlf += c;
    }
    return crlf;
}

// An interview at Acme on 2026-12-01 13:00–14:00 UTC with one interviewer and a recruiter as
// organizer. DESCRIPTION is the event's 12th line in calendar().
inline std::string acmeInterview(const std::string& description = "Decision: 2026-12-08",
                                 const std::string& start = "20261201T130000Z",
                                 const std::string& end = "20261201T140000Z")
{
    return "BEGIN:VEVENT\n"
           "UID:acme-1@example.com\n"
           "DTSTAMP:20261101T000000Z\n"
           "DTSTART:" +
           start + "\nDTEND:" + end +
           "\n"
           "SUMMARY:Interview: Acme – Engineer\n"
           "ORGANIZER;CN=Rita Recruiter:mailto:rita@acme.example\n"
           "ATTENDEE;CN=Jane Doe:mailto:jane@acme.example\n"
           "DESCRIPTION:" +
           description +
           "\n"
           "END:VEVENT\n";
}

inline constexpr char fixedNow[] = "2026-11-22T09:00:00Z";

} // namespace followups::cli::testing
