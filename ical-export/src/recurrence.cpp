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

// How many candidates a rule's frequency steps through in one period, at most: libical looks at
// each (every second of a SECONDLY rule, each BYSECOND of every minute of a MINUTELY one) until
// one matches its other parts.
long candidatesPerPeriod(const icalrecurrencetype& rule)
{
    const long seconds = byListLength(rule.by_second, ICAL_BY_SECOND_SIZE);
    const long minutes = byListLength(rule.by_minute, ICAL_BY_MINUTE_SIZE) * seconds;
    const long hours = byListLength(rule.by_hour, ICAL_BY_HOUR_SIZE) * minutes;
    switch (rule.freq) {
    case ICAL_SECONDLY_RECURRENCE:
        return 1;
    case ICAL_MINUTELY_RECURRENCE:
        return seconds;
    case ICAL_HOURLY_RECURRENCE:
        return minutes;
    case ICAL_DAILY_RECURRENCE:
        return hours;
    case ICAL_WEEKLY_RECURRENCE:
        return 7 * hours;
    case ICAL_MONTHLY_RECURRENCE:
        return 31 * hours;
    default:
        return 366 * hours;
    }
}

// One period of the rule (its frequency times its interval), at most.
std::chrono::seconds periodOf(const icalrecurrencetype& rule)
{
    using std::chrono::days;
    const auto interval = std::max<long>(rule.interval, 1);
    switch (rule.freq) {
    case ICAL_SECONDLY_RECURRENCE:
        return std::chrono::seconds{interval};
    case ICAL_MINUTELY_RECURRENCE:
        return std::chrono::minutes{interval};
    case ICAL_HOURLY_RECURRENCE:
        return std::chrono::hours{interval};
    case ICAL_DAILY_RECURRENCE:
        return days{interval};
    case ICAL_WEEKLY_RECURRENCE:
        return days{7 * interval};
    case ICAL_MONTHLY_RECURRENCE:
        return days{31 * interval};
    default:
        return days{366 * interval};
    }
}

bool isSubDaily(const icalrecurrencetype& rule)
{
    return rule.freq == ICAL_SECONDLY_RECURRENCE || rule.freq == ICAL_MINUTELY_RECURRENCE ||
           rule.freq == ICAL_HOURLY_RECURRENCE;
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
              const Zone& userZone, std::size_t maxStarts)
        : start_(start), length_(length), range_(range), userZone_(userZone), maxStarts_(maxStarts)
    {
    }

    // False once past the range, or once it holds as many starts as wanted: the rule need not be
    // followed further.
    bool add(const EventTime& occurrence)
    {
        const auto begins = instantOf(occurrence, userZone_);
        if (begins > range_.to)
            return false;
        // A rule gives DTSTART again after it was added as the first occurrence.
        const bool again =
            !starts_.empty() && sameOccurrence(starts_.back(), occurrence, userZone_);
        if (begins + length_ >= range_.from && !again)
            starts_.push_back(occurrence);
        return maxStarts_ == 0 || starts_.size() < maxStarts_;
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
        // Bounded work (issue 11): libical steps through every candidate of the rule's frequency
        // until one matches or UNTIL passes, so a rule that never matches
        // (FREQ=MINUTELY;BYMONTH=2;BYMONTHDAY=30) ran for minutes. The rule ends with the range;
        // a sub-daily rule without COUNT starts at the range's period (its occurrences there are
        // those of the whole series: the same minutes and seconds, the same limits); and no rule
        // is followed over more than maxRuleCandidates candidates.
        const bool isDate = start_.isDate();
        LocalDateTime first = start_.local;
        if (isSubDaily(rule) && rule.count == 0) {
            const LocalDateTime from = start_.zone->toLocal(range_.from - length_);
            const auto period = periodOf(rule);
            if (from > first)
                first += (from - first) / period * period;
        }
        const auto span =
            periodOf(rule) * std::max(1L, maxRuleCandidates / candidatesPerPeriod(rule));
        const LocalDateTime rangeEnd = start_.zone->toLocal(range_.to);
        const LocalDateTime spanEnd = first + span;
        LocalDateTime until = std::min(rangeEnd, spanEnd);
        if (const auto ruleUntil = toLocalDateTime(rule.until);
            !icaltime_is_null_time(rule.until) && ruleUntil && *ruleUntil < until)
            until = *ruleUntil;
        const bool cut = until == spanEnd && spanEnd < rangeEnd;
        rule.until = toIcalTime(until, isDate);

        std::unique_ptr<icalrecur_iterator, IteratorDeleter> iterator(
            icalrecur_iterator_new(rule, toIcalTime(first, isDate)));
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
                break;
            const auto local = toLocalDateTime(next);
            if (!local || !add(atWallClock(start_, *local)))
                return;
        }
        if (cut)
            warnings.push_back(
                {{times.fileName(), line},
                 "RRULE followed over " + std::to_string(maxRuleCandidates) +
                     " candidate times without reaching the end of the planning window (it "
                     "repeats too often, or matches too rarely); its later occurrences are "
                     "ignored"});
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
    std::size_t maxStarts_; // 0: all
    std::vector<EventTime> starts_;
};

} // namespace

long byListLength(const short* list, int capacity)
{
    long length = 0;
    while (length < capacity && list[length] != ICAL_RECURRENCE_ARRAY_MAX)
        ++length;
    return std::max(length, 1L);
}

bool isRecurring(icalcomponent* event)
{
    return icalcomponent_get_first_property(event, ICAL_RRULE_PROPERTY) != nullptr ||
           icalcomponent_get_first_property(event, ICAL_RDATE_PROPERTY) != nullptr;
}

std::vector<EventTime> expandOccurrences(icalcomponent* event, const ComponentLines& lines,
                                         const TimeValue& start, std::chrono::seconds length,
                                         const TimeRange& range, TimeReader& times,
                                         Warnings& warnings, std::size_t maxOccurrences)
{
    // Excluded dates come off afterwards: enough are kept for them.
    std::size_t excluded = 0;
    for (auto* exdate = icalcomponent_get_first_property(event, ICAL_EXDATE_PROPERTY); exdate;
         exdate = icalcomponent_get_next_property(event, ICAL_EXDATE_PROPERTY))
        ++excluded;
    Expansion expansion(start, length, range, times.userZone(),
                        maxOccurrences == 0 ? 0 : maxOccurrences + excluded);
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
