#include "policy_keys.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>

namespace followups::cli
{

namespace
{

// Wide enough for any real use, narrow enough that no sum of them overflows a date.
constexpr int maxHours = 24 * 365;
constexpr int maxDays = 3650;

// clang-format off
constexpr std::array offsets{
    OffsetKey{"debrief_due_hours", "debrief due this many hours after the interview's end",
              0, maxHours, [](Offsets& o) -> int& { return o.debriefDue.value; }},
    OffsetKey{"debrief_alarm_after_end_hours", "debrief reminder this many hours after the end",
              0, maxHours, [](Offsets& o) -> int& { return o.debriefAlarmAfterEnd.value; }},
    OffsetKey{"thank_you_due_hours", "thank-you due this many hours after the end",
              0, maxHours, [](Offsets& o) -> int& { return o.thankYouDue.value; }},
    OffsetKey{"thank_you_hard_limit_hours", "the thank-you's hard limit said in its text",
              0, maxHours, [](Offsets& o) -> int& { return o.thankYouHardLimit.value; }},
    OffsetKey{"thank_you_alarm_before_due_hours", "thank-you reminder this many hours before due",
              0, maxHours, [](Offsets& o) -> int& { return o.thankYouAlarmBeforeDue.value; }},
    OffsetKey{"reference_heads_up_due_hours", "reference heads-up due this many hours after the end",
              0, maxHours, [](Offsets& o) -> int& { return o.referenceHeadsUpDue.value; }},
    OffsetKey{"reference_heads_up_alarm_before_due_hours",
              "reference heads-up reminder this many hours before due",
              0, maxHours, [](Offsets& o) -> int& { return o.referenceHeadsUpAlarmBeforeDue.value; }},
    OffsetKey{"deliverable_alarm_days_before",
              "deliverable reminder at the morning time this many days before the due day",
              0, maxDays, [](Offsets& o) -> int& { return o.deliverableAlarmDaysBefore.value; }},
    OffsetKey{"follow_up_after_decision_business_days",
              "first follow-up this many business days after the decision date",
              0, maxDays, [](Offsets& o) -> int& { return o.followUpAfterDecision.value; }},
    OffsetKey{"follow_up_without_decision_days",
              "first follow-up this many days after the end when no decision date was given",
              0, maxDays, [](Offsets& o) -> int& { return o.followUpWithoutDecision.value; }},
    OffsetKey{"follow_up_repeat_business_days",
              "each further follow-up this many business days after the previous one",
              0, maxDays, [](Offsets& o) -> int& { return o.followUpRepeat.value; }},
    OffsetKey{"follow_up_count", "how many follow-ups at most",
              0, 3, [](Offsets& o) -> int& { return o.followUpCount; }},
    OffsetKey{"feedback_after_outcome_business_days",
              "feedback request this many business days after a rejection",
              0, maxDays, [](Offsets& o) -> int& { return o.feedbackAfterOutcome.value; }},
    OffsetKey{"reference_thank_you_after_outcome_business_days",
              "reference thank-you this many business days after a final outcome",
              0, maxDays, [](Offsets& o) -> int& { return o.referenceThankYouAfterOutcome.value; }},
    OffsetKey{"withdraw_notice_after_acceptance_business_days",
              "withdraw notice this many business days after accepting another offer",
              0, maxDays, [](Offsets& o) -> int& { return o.withdrawNoticeAfterAcceptance.value; }},
};
// clang-format on

} // namespace

std::span<const OffsetKey> offsetKeys()
{
    return offsets;
}

const OffsetKey* findOffsetKey(std::string_view name)
{
    const auto found = std::find_if(offsets.begin(), offsets.end(),
                                    [&](const auto& key) { return key.name == name; });
    return found == offsets.end() ? nullptr : &*found;
}

std::string rangeText(const OffsetKey& key)
{
    return "between " + std::to_string(key.minimum) + " and " + std::to_string(key.maximum);
}

std::string ruleKey(TaskKind kind)
{
    std::string key{kindName(kind)};
    std::replace(key.begin(), key.end(), '-', '_');
    return key;
}

std::optional<TaskKind> kindFromRuleKey(std::string_view key)
{
    for (const auto kind : allTaskKinds) {
        if (ruleKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

std::optional<TimeOfDay> parseTimeOfDay(std::string_view text)
{
    if (text.size() != 5 || text[2] != ':')
        return std::nullopt;
    int hours = 0;
    int minutes = 0;
    const auto parsedHours = std::from_chars(text.data(), text.data() + 2, hours);
    const auto parsedMinutes = std::from_chars(text.data() + 3, text.data() + 5, minutes);
    if (parsedHours.ptr != text.data() + 2 || parsedMinutes.ptr != text.data() + 5 || hours > 23 ||
        minutes > 59 || hours < 0 || minutes < 0)
        return std::nullopt;
    return TimeOfDay{hours * 60 + minutes};
}

std::string formatTimeOfDay(TimeOfDay time)
{
    char text[8];
    std::snprintf(text, sizeof text, "%02d:%02d", static_cast<int>(time.count() / 60),
                  static_cast<int>(time.count() % 60));
    return text;
}

} // namespace followups::cli
