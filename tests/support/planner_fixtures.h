// Interviews built by hand for the planner and texts tests: a Berlin user, an Acme interview on
// Tuesday 3 November 2026, 14:00–15:00 CET (13:00–14:00 UTC), and lookups into a plan.
#pragma once

#include "followups/planner.h"
#include "followups/policy.h"

#include <algorithm>
#include <chrono>
#include <string>
#include <string_view>
#include <vector>

namespace followups::testing
{

inline Zone zoneNamed(std::string_view id)
{
    return Zone::fromId(id).value();
}
inline Zone berlin()
{
    return zoneNamed("Europe/Berlin");
}

inline Date date(int y, unsigned m, unsigned d)
{
    return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}
inline Instant utc(int y, unsigned m, unsigned d, int hour, int minute = 0)
{
    return std::chrono::sys_days{date(y, m, d)} + std::chrono::hours{hour} +
           std::chrono::minutes{minute};
}
inline Instant wallClock(const Zone& zone, int y, unsigned m, unsigned d, int hour, int minute = 0)
{
    return atLocalTime(date(y, m, d), TimeOfDay{hour * 60 + minute}, zone);
}

inline Person person(std::string name, std::string email = {}, std::string phone = {})
{
    return Person{std::move(name), std::move(email), std::move(phone)};
}

// 14:00–15:00 Berlin on Tue 3 Nov 2026 unless moved.
inline Interview acmeInterview(std::string uid = "acme-1@example.com",
                               Instant start = utc(2026, 11, 3, 13),
                               Instant end = utc(2026, 11, 3, 14))
{
    Interview interview;
    interview.key = InterviewKey{std::move(uid), ""};
    interview.summary = "Interview: Acme – Engineer";
    interview.company = "Acme";
    interview.role = "Engineer";
    interview.start = start;
    interview.end = end;
    interview.zoneId = "Europe/Berlin";
    return interview;
}

inline Policy berlinPolicy()
{
    return defaultPolicy(berlin());
}

// A clock a day after the standard interview: everything in November 2026 is in the window.
inline Instant novemberNow()
{
    return utc(2026, 11, 4, 12);
}

inline Plan planAt(const std::vector<Interview>& interviews, const Policy& policy,
                   Instant now = novemberNow())
{
    return planFollowUps(interviews, policy, now, defaultPlanningWindow(policy, now));
}

inline std::vector<Task> tasksOf(const Plan& plan, TaskKind kind)
{
    std::vector<Task> found;
    std::copy_if(plan.tasks.begin(), plan.tasks.end(), std::back_inserter(found),
                 [kind](const Task& task) { return task.kind == kind; });
    return found;
}

inline std::vector<Task> tasksOf(const Plan& plan, TaskKind kind, const InterviewKey& interview)
{
    std::vector<Task> found = tasksOf(plan, kind);
    std::erase_if(found, [&](const Task& task) { return task.interview != interview; });
    return found;
}

inline Date dueDate(const Task& task)
{
    return std::get<Date>(task.due.value);
}
inline Instant dueInstant(const Task& task)
{
    return std::get<Instant>(task.due.value);
}

} // namespace followups::testing
