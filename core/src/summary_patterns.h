// Company and role as people write them in an interview's SUMMARY (SPEC §2):
//   "Interview: Acme – Engineer", "Interview - Acme / Engineer", "Interview: Engineer at Acme",
//   "Engineer interview with Acme", "Interview with Acme – Engineer", "Acme interview",
//   "Acme / Engineer – final round", "Vorstellungsgespräch bei Acme", "面接：Acme".
// Dashes are "–", "—" and a spaced " - " (so "Front-end" stays whole); "with", "at" and their
// common translations join role and company. Words that only say what kind of interview it is
// ("Phone", "final round", "Technical") name neither. A "Canceled:"-style prefix is skipped.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace followups
{

struct CompanyAndRole {
    std::string company; // empty when the summary does not name it
    std::string role;    // empty when the summary does not name it
};

// `interviewKeywords` locate the keyword the patterns are built around. Without one in the
// summary (an event marked by category), only "Company / Role …" and "Company – Role" are read.
CompanyAndRole companyAndRoleFromSummary(std::string_view summary,
                                         const std::vector<std::string>& interviewKeywords);

} // namespace followups
