// Company and role as real services write them in an interview's title (SPEC §2):
//   Google         "Invitation: Interview with Jane Doe @ Tue Dec 1, 2026 2pm - 3pm (CET)",
//                  "Updated invitation: … (guest@example.com)", "Canceled event: …"
//   Outlook/Teams  "Interview - Contoso - Software Engineer", "Canceled: …"
//   Greenhouse     "Brightwave | Data Engineer | Technical Interview"
//   Lever          "Interview with Sam Rivera for Backend Engineer at Acme"
//   ATS invites    "Candidate Interview - Sam Rivera - Staff Engineer (Umbrella)"
//   Calendly       "Recruiter Screen between Sam Rivera and Dana Lee"
//   people         "Interview: Acme – Engineer", "Engineer interview with Acme",
//                  "Acme / Engineer – final round", "Phone interview – Acme (Engineer)",
//                  "Onsite interview @ Acme", "Video call w/ Acme", "Interviewing at Acme",
//                  "Phone screen: Acme <> Sam Rivera", "Vorstellungsgespräch bei Acme",
//                  "面接：Acme"
//
// How it reads them:
//  1. Decorations go: a status prefix ("Invitation:", "Canceled:", "FW:" … title_words.h), then
//     Google's trailing "(guest address)" and " @ <date and time> (<zone>)".
//  2. The title is cut into pieces at separators ("–", "—", " - ", "|", " / ", ": ", "<>", "·")
//     and brackets ("(…)", "[…]", "（…）", "【…】"), each bracket a piece of its own.
//  3. In each piece, interview keywords and stage words ("phone", "final round", "recruiter" …)
//     name neither company nor role. A stage word counts as one only beside a keyword or among
//     other stage words ("Tech Lead" stays a role; "Tech interview" is a stage). What follows
//     "at", "@", "bei" … is the company; what follows "with", "w/", "mit" … the company unless it
//     is a person; what follows "for", "pour le poste de" … the role; and what stands just before
//     such a word or a keyword ("Engineer interview with Acme", "Engineer at Acme") the role once
//     the company is known. Connectors are only read in titles that have a keyword or a stage
//     word: "Coffee with Jane" names nobody's company.
//  4. A piece that is a person (one of `personNames`: the event's attendees and organizer, and the
//     user's own names; several joined by "and"), an address, a number, a requisition id
//     ("R-104233") or a gender marker ("(m/w/d)") is neither company nor role.
//  5. The other pieces are taken in order: a piece that looks like a job title (title_words.h)
//     fills the role, another the company; a bracket fills the role only when it looks like a job
//     title and the company only when it does not ("Initech (QA Lead)", "Staff Engineer
//     (Umbrella)"). A title without any keyword or stage word is read only when it has several
//     pieces ("Acme / Engineer").
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace followups
{

struct TitleReading {
    std::string company;              // empty when the title does not name it
    std::string role;                 // empty when the title does not name it
    std::vector<std::string> persons; // the pieces read as persons, as written
};

// `interviewKeywords`: the policy's; `personNames`: names that are persons, never company or role.
TitleReading readTitle(std::string_view title, const std::vector<std::string>& interviewKeywords,
                       const std::vector<std::string>& personNames);

// The title without the decorations of step 1, for showing it: "Invitation: Interview with Jane
// Doe @ Tue Dec 1, 2026 2pm - 3pm (CET)" → "Interview with Jane Doe".
std::string_view undecoratedTitle(std::string_view title);

} // namespace followups
