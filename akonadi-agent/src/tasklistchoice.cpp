#include "tasklistchoice.h"

#include <KConfig>
#include <KConfigGroup>
#include <algorithm>

namespace TaskListChoice
{

Choice choose(const std::vector<Candidate>& candidates, qint64 korganizerDefault)
{
    std::vector<Candidate> usable;
    std::ranges::copy_if(candidates, std::back_inserter(usable),
                         [](const Candidate& c) { return c.writable; });
    // Most tasks first, then the oldest collection: the same choice on every start.
    std::ranges::sort(usable, [](const Candidate& a, const Candidate& b) {
        return a.productTasks != b.productTasks ? a.productTasks > b.productTasks : a.id < b.id;
    });
    Choice choice;
    if (!usable.empty() && usable.front().productTasks > 0) {
        choice.how = How::Adopted;
        choice.id = usable.front().id;
        choice.productTasks = usable.front().productTasks;
        for (auto it = usable.begin() + 1; it != usable.end() && it->productTasks > 0; ++it) {
            choice.alsoHolding.push_back(it->id);
        }
        return choice;
    }
    const auto noInterviews = [](const Candidate& c) { return c.interviews == 0; };
    const auto made = std::ranges::find_if(
        usable, [&](const Candidate& c) { return c.madeForTheAgent && noInterviews(c); });
    if (made != usable.end()) {
        choice.how = How::MadeForTheAgent;
        choice.id = made->id;
        return choice;
    }
    const auto korganizer = std::ranges::find_if(
        usable, [&](const Candidate& c) { return c.id == korganizerDefault && noInterviews(c); });
    if (korganizerDefault >= 0 && korganizer != usable.end()) {
        choice.how = How::KOrganizerDefault;
        choice.id = korganizer->id;
        return choice;
    }
    return choice;
}

qint64 korganizerDefaultCalendar()
{
    const KConfig korganizer(QStringLiteral("korganizerrc"));
    return KConfigGroup(&korganizer, QStringLiteral("Calendar"))
        .readEntry("Default Calendar", qint64(-1));
}

QString describe(How how)
{
    switch (how) {
    case How::Adopted:
        return QStringLiteral("the task list holding the product's tasks");
    case How::MadeForTheAgent:
        return QStringLiteral("the task list made for the agent");
    case How::KOrganizerDefault:
        return QStringLiteral("KOrganizer's default calendar");
    case How::MakeNew:
        return QStringLiteral("a new task list");
    }
    return {};
}

} // namespace TaskListChoice
