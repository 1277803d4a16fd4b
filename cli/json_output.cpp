#include "json_output.h"

#include "policy_keys.h"

#include <map>
#include <nlohmann/json.hpp>

namespace followups::cli
{

namespace
{

using Json = nlohmann::ordered_json;

Json textOrNull(const std::string& text)
{
    return text.empty() ? Json(nullptr) : Json(text);
}

Json personJson(const std::optional<Person>& person)
{
    if (!person)
        return nullptr;
    Json json;
    json["name"] = textOrNull(person->name);
    json["email"] = textOrNull(person->email);
    json["phone"] = textOrNull(person->phone);
    return json;
}

Json dueJson(const Due& due, const Zone& zone)
{
    if (const auto* date = std::get_if<Date>(&due.value))
        return formatIsoDate(*date);
    return formatRfc3339(std::get<Instant>(due.value), zone);
}

Json interviewStartJson(const Interview& interview, const Zone& zone)
{
    if (interview.allDay)
        return formatIsoDate(localDate(interview.start, zone));
    return formatRfc3339(interview.start, zone);
}

Json taskJson(const ListedTask& listed, const Interview* interview, const Zone& zone)
{
    const Task& task = listed.task;
    Json json;
    json["uid"] = task.uid;
    json["kind"] = listed.othersApp ? Json(nullptr) : Json(kindName(task.kind));
    json["summary"] = task.summary;
    json["description"] = task.description;
    json["due"] = dueJson(task.due, zone);
    json["alarm"] = carriesAlarm(task) ? Json(formatRfc3339(*task.alarm, zone)) : Json(nullptr);
    json["interview_uid"] = task.interview.uid;
    json["interview_recurrence_id"] = textOrNull(task.interview.recurrenceId);
    json["company"] = interview ? textOrNull(interview->company) : Json(nullptr);
    json["role"] = interview ? textOrNull(interview->role) : Json(nullptr);
    json["interview_summary"] = interview ? Json(interview->summary) : Json(nullptr);
    json["interview_start"] = interview ? interviewStartJson(*interview, zone) : Json(nullptr);
    json["person"] = personJson(task.person);
    json["status"] = statusName(task.status);
    json["sequence"] = task.sequence;
    json["priority"] = task.priority;
    json["categories"] = task.categories;
    json["url"] = textOrNull(task.url);
    return json;
}

Json warningJson(const Warning& warning)
{
    Json json;
    json["file"] = textOrNull(warning.where.file);
    json["line"] = warning.where.line > 0 ? Json(warning.where.line) : Json(nullptr);
    json["message"] = warning.message;
    return json;
}

std::string dump(const Json& json)
{
    // Invalid UTF-8 from an input file is replaced rather than aborting the run.
    return json.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

} // namespace

std::string tasksJson(const std::vector<ListedTask>& tasks, const Warnings& warnings,
                      const std::vector<ReconcileStep>* steps,
                      const std::vector<Interview>& interviews, const Zone& zone)
{
    std::map<InterviewKey, const Interview*> byKey;
    for (const auto& interview : interviews)
        byKey.emplace(interview.key, &interview);
    Json json;
    json["tasks"] = Json::array();
    for (const auto& listed : tasks) {
        const auto found = listed.othersApp ? byKey.end() : byKey.find(listed.task.interview);
        json["tasks"].push_back(
            taskJson(listed, found == byKey.end() ? nullptr : found->second, zone));
    }
    json["warnings"] = Json::array();
    for (const auto& warning : warnings)
        json["warnings"].push_back(warningJson(warning));
    if (steps != nullptr) {
        json["changes"] = Json::array();
        for (const auto& step : *steps)
            json["changes"].push_back(
                {{"uid", step.task.uid}, {"action", actionName(step.action)}});
    }
    return dump(json);
}

std::string rulesJson(const Policy& policy, const std::string& configPath,
                      const std::string& meFrom, const std::optional<std::string>& holidaysRegion,
                      const std::string& holidaysRegionSource)
{
    Json json;
    json["config_file"] = textOrNull(configPath);
    json["zone"] = policy.userZone.id();
    json["me"] = policy.myAddresses;
    json["me_from"] = meFrom;
    json["morning"] = formatTimeOfDay(policy.morning);
    json["workday_end"] = formatTimeOfDay(policy.workdayEnd);
    json["references"] = Json::array();
    for (const auto& person : policy.standingReferences)
        json["references"].push_back(personJson(person));
    json["holidays_region"] = holidaysRegion ? Json(*holidaysRegion) : Json(nullptr);
    json["holidays_region_source"] = holidaysRegionSource;
    json["holidays"] = Json::array();
    for (const auto& date : policy.businessCalendar.holidays())
        json["holidays"].push_back(formatIsoDate(date));
    json["keywords"]["interview"] = policy.keywords.interview;
    json["keywords"]["exclusion"] = policy.keywords.exclusion;
    json["keywords"]["candidate"] = policy.keywords.candidate;
    json["keywords"]["no_follow_ups_category"] = policy.keywords.noFollowUpsCategory;
    json["addresses"]["role_mailboxes"] = policy.roleMailboxes;
    json["addresses"]["services"] = policy.serviceDomains;
    for (const auto kind : allTaskKinds)
        json["rules"][ruleKey(kind)] = policy.rules.enabled(kind);
    auto offsets = policy.offsets;
    for (const auto& key : offsetKeys())
        json["offsets"][std::string{key.name}] = key.field(offsets);
    json["window"]["past_days"] = policy.window.past.value;
    json["window"]["future_days"] = policy.window.future.value;
    json["limits"]["per_interview"] = policy.perInterviewLimit;
    json["limits"]["per_series"] = policy.seriesLimit;
    json["limits"]["tasks_per_run"] = policy.taskLimit;
    return dump(json);
}

} // namespace followups::cli
