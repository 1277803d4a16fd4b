#include "recurrence.h"

#include <algorithm>
#include <cstdlib>
#include <memory>

namespace followups::ical
{
namespace
{

struct IteratorDeleter {
    void operator()(icalrecur_iterator* iterator) const { icalrecur_iterator_free(iterator); }
};

// The occurrence at `local` on the wall clock of the series' start.
EventTime atWallClock(const TimeValue& start, LocalDateTime local)
{
    if (start.isDate())
        return {Date{std::chrono::floor<std::chrono::days>(local)}, {}};
    if (std::holds_alternative<EventTime::Floating>(start.time.value))
        return {EventTime::Floating{local}, {}};
    return {start.zone->toInstant(local), start.time.zoneId};
}

Date dateOf(const EventTime& time, const Zone& userZone)
{
    if (const auto* date = std::get_if<Date>(&time.value))
        return *date;
    return localDate(instantOf(time, userZone), userZone);
}

class Expansion
{
public:
    Expansion(const TimeValue& start, std::chrono::seconds length, const TimeRange& range,
              const Zone& userZone)
        : start_(start), length_(length), range_(range), userZone_(userZone)
    {
    }

    // False once past the range: the rule need not be followed further.
    bool add(const EventTime& occurrence)
    {
        const auto begins = instantOf(occurrence, userZone_);
        if (begins > range_.to)
            return false;
        if (begins + length_ >= range_.from)
            starts_.push_back(occurrence);
        return true;
    }

    void followRule(icalrecurrencetype rule, int line, TimeReader& times, Warnings& warnings)
    {
        if (!icaltime_is_null_time(rule.until) && icaltime_is_utc(rule.until)) {
            if (const auto until = toLocalDateTime(rule.until)) {
                const auto wallClock = start_.zone->toLocal(Instant{until->time_since_epoch()});
                rule.until = toIcalTime(wallClock, start_.isDate());
            }
        } else if (!icaltime_is_null_time(rule.until)) {
            rule.until.zone = nullptr;
            if (start_.isDate())
                rule.until.is_date = 1;
        }
        std::unique_ptr<icalrecur_iterator, IteratorDeleter> iterator(
            icalrecur_iterator_new(rule, toIcalTime(start_.local, start_.isDate())));
        if (!iterator) {
            warnings.push_back({{times.fileName(), line}, "unreadable RRULE ignored"});
            return;
        }
        for (int step = 0;; ++step) {
            if (step == maxRecurrenceIterations) {
                warnings.push_back({{times.fileName(), line},
                                    "RRULE expansion stopped after " +
                                        std::to_string(maxRecurrenceIterations) + " occurrences"});
                return;
            }
            const auto next = icalrecur_iterator_next(iterator.get());
            if (icaltime_is_null_time(next))
                return;
            const auto local = toLocalDateTime(next);
            if (!local || !add(atWallClock(start_, *local)))
                return;
        }
    }

    void remove(const EventTime& excluded)
    {
        std::erase_if(starts_, [&](const EventTime& occurrence) {
            return sameOccurrence(occurrence, excluded, userZone_);
        });
    }

    std::vector<EventTime> sorted()
    {
        // Instants computed once: a floating time costs a zone lookup each time.
        std::vector<std::pair<Instant, size_t>> order;
        order.reserve(starts_.size());
        for (size_t i = 0; i < starts_.size(); ++i)
            order.emplace_back(instantOf(starts_[i], userZone_), i);
        std::sort(order.begin(), order.end());
        std::vector<EventTime> unique;
        for (const auto& [begins, index] : order) {
            if (unique.empty() || !sameOccurrence(unique.back(), starts_[index], userZone_))
                unique.push_back(std::move(starts_[index]));
        }
        return unique;
    }

private:
    const TimeValue& start_;
    std::chrono::seconds length_;
    TimeRange range_;
    const Zone& userZone_;
    std::vector<EventTime> starts_;
};

} // namespace

bool isRecurring(icalcomponent* event)
{
    return icalcomponent_get_first_property(event, ICAL_RRULE_PROPERTY) != nullptr ||
           icalcomponent_get_first_property(event, ICAL_RDATE_PROPERTY) != nullptr;
}

std::vector<EventTime> expandOccurrences(icalcomponent* event, const ComponentLines& lines,
                                         const TimeValue& start, std::chrono::seconds length,
                                         const TimeRange& range, TimeReader& times,
                                         Warnings& warnings)
{
    Expansion expansion(start, length, range, times.userZone());
    expansion.add(start.time); // DTSTART is always the first occurrence (RFC 5545 3.8.5.3)

    int ruleIndex = 0;
    for (auto* rule = icalcomponent_get_first_property(event, ICAL_RRULE_PROPERTY); rule;
         rule = icalcomponent_get_next_property(event, ICAL_RRULE_PROPERTY))
        expansion.followRule(icalproperty_get_rrule(rule), lines.lineOf("RRULE", ruleIndex++),
                             times, warnings);

    auto lineOfValue = [&](icalproperty* property, const char* name) {
        char* value = icalproperty_get_value_as_string_r(property);
        const int line = lines.lineContaining(name, value ? value : "");
        free(value);
        return line;
    };
    for (auto* rdate = icalcomponent_get_first_property(event, ICAL_RDATE_PROPERTY); rdate;
         rdate = icalcomponent_get_next_property(event, ICAL_RDATE_PROPERTY)) {
        if (const auto value = times.read(rdate, lineOfValue(rdate, "RDATE"), warnings))
            expansion.add(inSeriesZone(value->time, start));
    }
    for (auto* exdate = icalcomponent_get_first_property(event, ICAL_EXDATE_PROPERTY); exdate;
         exdate = icalcomponent_get_next_property(event, ICAL_EXDATE_PROPERTY)) {
        if (const auto value = times.read(exdate, lineOfValue(exdate, "EXDATE"), warnings))
            expansion.remove(inSeriesZone(value->time, start));
    }
    return expansion.sorted();
}

EventTime inSeriesZone(const EventTime& value, const TimeValue& seriesStart)
{
    const auto* floating = std::get_if<EventTime::Floating>(&value.value);
    if (!floating || !std::holds_alternative<Instant>(seriesStart.time.value))
        return value;
    return atWallClock(seriesStart, floating->local);
}

bool sameOccurrence(const EventTime& a, const EventTime& b, const Zone& userZone)
{
    const bool aIsDate = std::holds_alternative<Date>(a.value);
    const bool bIsDate = std::holds_alternative<Date>(b.value);
    if (aIsDate || bIsDate)
        return dateOf(a, userZone) == dateOf(b, userZone);
    return instantOf(a, userZone) == instantOf(b, userZone);
}

EventTime shiftLike(const EventTime& time, const EventTime& from, const EventTime& to,
                    const Zone& userZone)
{
    using std::chrono::sys_days;
    if (const auto* date = std::get_if<Date>(&time.value)) {
        const auto days = sys_days{*date} - sys_days{dateOf(from, userZone)};
        return {Date{sys_days{dateOf(to, userZone)} + days}, time.zoneId};
    }
    const auto* floating = std::get_if<EventTime::Floating>(&time.value);
    const auto* fromFloating = std::get_if<EventTime::Floating>(&from.value);
    const auto* toFloating = std::get_if<EventTime::Floating>(&to.value);
    if (floating && fromFloating && toFloating)
        return {EventTime::Floating{toFloating->local + (floating->local - fromFloating->local)},
                time.zoneId};
    const auto elapsed = instantOf(time, userZone) - instantOf(from, userZone);
    return {instantOf(to, userZone) + elapsed, time.zoneId};
}

} // namespace followups::ical
