// A limit of the planner left follow-ups out (Plan::warnings: a recurring "interview" with more
// occurrences than the limit per series, more tasks than the limit per run): the user hears of
// each once, naming the invite, not once per pass.
#pragma once

#include <QString>
#include <followups/diagnostics.h>
#include <set>
#include <string>

class LimitNotice
{
public:
    // Returns whether this report sent the notification (the first time this warning came).
    bool report(const followups::Warning& warning);

    static QString text(const followups::Warning& warning);

private:
    std::set<std::string> reported_; // warning messages
};
