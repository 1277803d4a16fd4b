#include "policyfromsettings.h"

#include "followupsagent_debug.h"
#include "settings.h"

#include <QTimeZone>
#include <algorithm>
#include <followups/ascii_text.h>
#include <followups/holidays/regions.h>
#include <followups/person_text.h>
#include <optional>
#include <string>

namespace
{
std::string toStd(const QString& text)
{
    return text.toStdString();
}

std::vector<std::string> toStdList(const QStringList& list)
{
    std::vector<std::string> result;
    result.reserve(static_cast<std::size_t>(list.size()));
    for (const QString& item : list) {
        const std::string text = toStd(item);
        if (const std::string_view trimmed = followups::ascii::trim(text); !trimmed.empty()) {
            result.emplace_back(trimmed);
        }
    }
    return result;
}

followups::Zone userZone(const QString& configured)
{
    const QByteArray id =
        configured.isEmpty() ? QTimeZone::systemTimeZoneId() : configured.toUtf8();
    if (auto zone = followups::Zone::fromId(id.toStdString())) {
        return *zone;
    }
    qCWarning(FOLLOWUPS_AGENT_LOG) << "Unknown time zone" << id << "- using UTC";
    return followups::Zone::utc();
}

// The configured region; empty: the region of the user's locale, as the CLI defaults to it;
// "none": no holidays.
std::optional<std::string> holidayRegion(const QString& configured)
{
    if (configured == QLatin1String("none")) {
        return std::nullopt;
    }
    if (configured.isEmpty()) {
        return followups::holidays::regionOfLocale(
            followups::holidays::dateLocaleFromEnvironment().value);
    }
    auto region = followups::holidays::resolveRegion(configured.toStdString());
    if (!region) {
        qCWarning(FOLLOWUPS_AGENT_LOG) << "Unknown holiday region" << configured;
    }
    return region;
}
} // namespace

followups::Policy PolicyFromSettings::policy(const Settings& settings, followups::Instant now,
                                             const KMailIdentities::Me& identities)
{
    followups::Policy policy = followups::defaultPolicy(userZone(settings.timeZone()));

    policy.myAddresses = identities.addresses;
    for (std::string& address : toStdList(settings.myAddresses())) {
        if (std::ranges::find(policy.myAddresses, address) == policy.myAddresses.end()) {
            policy.myAddresses.push_back(std::move(address));
        }
    }
    policy.myNames = identities.names;
    for (const QString& reference : settings.standingReferences()) {
        if (auto person = followups::parsePerson(toStd(reference))) {
            policy.standingReferences.push_back(std::move(*person));
        }
    }
    if (!settings.interviewKeywords().isEmpty()) {
        policy.keywords.interview = toStdList(settings.interviewKeywords());
    }
    if (!settings.exclusionWords().isEmpty()) {
        policy.keywords.exclusion = toStdList(settings.exclusionWords());
    }

    auto& rules = policy.rules;
    rules.debrief = settings.debriefEnabled();
    rules.thankYou = settings.thankYouEnabled();
    rules.referenceHeadsUp = settings.referenceHeadsUpEnabled();
    rules.deliverable = settings.deliverableEnabled();
    rules.followUp = settings.followUpEnabled();
    rules.feedback = settings.feedbackEnabled();
    rules.referenceThankYou = settings.referenceThankYouEnabled();
    rules.withdrawNotice = settings.withdrawNoticeEnabled();

    auto& offsets = policy.offsets;
    offsets.debriefDue = {settings.debriefDueHours()};
    offsets.debriefAlarmAfterEnd = {settings.debriefAlarmAfterEndHours()};
    offsets.thankYouDue = {settings.thankYouDueHours()};
    offsets.thankYouHardLimit = {settings.thankYouHardLimitHours()};
    offsets.thankYouAlarmBeforeDue = {settings.thankYouAlarmBeforeDueHours()};
    offsets.referenceHeadsUpDue = {settings.referenceHeadsUpDueHours()};
    offsets.referenceHeadsUpAlarmBeforeDue = {settings.referenceHeadsUpAlarmBeforeDueHours()};
    offsets.deliverableAlarmDaysBefore = {settings.deliverableAlarmDaysBefore()};
    offsets.followUpAfterDecision = {settings.followUpAfterDecisionBusinessDays()};
    offsets.followUpWithoutDecision = {settings.followUpWithoutDecisionDays()};
    offsets.followUpRepeat = {settings.followUpRepeatBusinessDays()};
    offsets.followUpCount = settings.followUpCount();
    offsets.feedbackAfterOutcome = {settings.feedbackAfterOutcomeBusinessDays()};
    offsets.referenceThankYouAfterOutcome = {settings.referenceThankYouAfterOutcomeBusinessDays()};
    offsets.withdrawNoticeAfterAcceptance = {settings.withdrawNoticeAfterAcceptanceBusinessDays()};

    policy.morning = followups::TimeOfDay{settings.morningMinutes()};
    policy.workdayEnd = followups::TimeOfDay{settings.workdayEndMinutes()};
    policy.window.past = {settings.pastDays()};
    policy.window.future = {settings.futureDays()};
    policy.perInterviewLimit = settings.perInterviewLimit();
    policy.seriesLimit = settings.seriesLimit();
    policy.taskLimit = settings.taskLimit();

    if (const auto region = holidayRegion(settings.holidayRegion())) {
        const auto window = followups::defaultPlanningWindow(policy, now);
        for (const followups::Date day :
             followups::holidays::daysOff(*region, window, policy.userZone)) {
            policy.businessCalendar.addHoliday(day);
        }
    }
    return policy;
}
