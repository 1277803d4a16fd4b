#include "policyfromsettings.h"

#include "followupsagent_debug.h"
#include "settings.h"

#include <KHolidays/HolidayRegion>
#include <QTimeZone>

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
        if (!item.trimmed().isEmpty()) {
            result.push_back(toStd(item.trimmed()));
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

// "Name <address>", a bare address, or a bare name.
followups::Person personFromText(const QString& text)
{
    followups::Person person;
    const auto open = text.indexOf(QLatin1Char('<'));
    const auto close = text.lastIndexOf(QLatin1Char('>'));
    if (open >= 0 && close > open) {
        person.name = toStd(text.left(open).trimmed());
        person.email = toStd(text.mid(open + 1, close - open - 1).trimmed());
    } else if (text.contains(QLatin1Char('@'))) {
        person.email = toStd(text.trimmed());
    } else {
        person.name = toStd(text.trimmed());
    }
    return person;
}

followups::Date toDate(const QDate& date)
{
    return followups::Date{std::chrono::year{date.year()},
                           std::chrono::month{static_cast<unsigned>(date.month())},
                           std::chrono::day{static_cast<unsigned>(date.day())}};
}

void addHolidays(followups::BusinessCalendar& calendar, const QString& configured,
                 const followups::Policy& policy, followups::Instant now)
{
    if (configured == QLatin1String("none")) {
        return;
    }
    const QString code =
        configured.isEmpty() ? KHolidays::HolidayRegion::defaultRegionCode() : configured;
    const KHolidays::HolidayRegion region(code);
    if (!region.isValid()) {
        if (!configured.isEmpty()) {
            qCWarning(FOLLOWUPS_AGENT_LOG) << "Unknown holiday region" << configured;
        }
        return;
    }
    // Business days are counted from interviews inside the window; a follow-up can land a few
    // weeks after its end, hence the margin.
    const QDate today = QDateTime::fromSecsSinceEpoch(now.time_since_epoch().count()).date();
    const QDate from = today.addDays(-policy.window.past.value - 31);
    const QDate to = today.addDays(policy.window.future.value + 120);
    const auto holidays = region.rawHolidays(from, to);
    for (const KHolidays::Holiday& holiday : holidays) {
        if (holiday.dayType() != KHolidays::Holiday::NonWorkday) {
            continue;
        }
        for (QDate day = holiday.observedStartDate(); day <= holiday.observedEndDate();
             day = day.addDays(1)) {
            calendar.addHoliday(toDate(day));
        }
    }
}
} // namespace

followups::Policy PolicyFromSettings::policy(const Settings& settings, followups::Instant now)
{
    followups::Policy policy = followups::defaultPolicy(userZone(settings.timeZone()));

    policy.myAddresses = toStdList(settings.myAddresses());
    for (const QString& reference : settings.standingReferences()) {
        if (!reference.trimmed().isEmpty()) {
            policy.standingReferences.push_back(personFromText(reference));
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

    addHolidays(policy.businessCalendar, settings.holidayRegion(), policy, now);
    return policy;
}
