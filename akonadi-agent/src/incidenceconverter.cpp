#include "incidenceconverter.h"

#include <KCalendarCore/Alarm>
#include <KCalendarCore/Attendee>
#include <KCalendarCore/Recurrence>
#include <QTimeZone>
#include <QUrl>
#include <followups/ascii_text.h>
#include <followups/identity.h>
#include <followups/person_text.h>
#include <followups/task.h>
#include <followups/task_properties.h>

using namespace std::chrono;

namespace
{
QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}
std::string toStd(const QString& text)
{
    return text.toStdString();
}

followups::Date toDate(const QDate& date)
{
    return followups::Date{year{date.year()}, month{static_cast<unsigned>(date.month())},
                           day{static_cast<unsigned>(date.day())}};
}

QDate toQDate(const followups::Date& date)
{
    return QDate(static_cast<int>(date.year()),
                 static_cast<int>(static_cast<unsigned>(date.month())),
                 static_cast<int>(static_cast<unsigned>(date.day())));
}

followups::Instant toInstant(const QDateTime& dateTime)
{
    return followups::Instant{seconds{dateTime.toSecsSinceEpoch()}};
}

QDateTime toQDateTime(followups::Instant instant, const QTimeZone& zone)
{
    return QDateTime::fromSecsSinceEpoch(instant.time_since_epoch().count(), zone);
}

QTimeZone qtZone(const followups::Zone& zone)
{
    const QTimeZone result(QByteArray::fromStdString(zone.id()));
    return result.isValid() ? result : QTimeZone::utc();
}

followups::LocalDateTime wallClock(const QDateTime& dateTime)
{
    return local_days{toDate(dateTime.date())} +
           seconds{dateTime.time().msecsSinceStartOfDay() / 1000};
}

// A timed value keeps its instant and the IANA id of its zone; a value without a zone is floating
// (the user's zone applies, decided by the core). A zoned wall-clock time is placed by the core's
// zone rules, as RFC 5545 §3.3.5 wants at DST edges: Qt takes the second of two repeated times,
// and leaves one in a spring gap invalid. Zones the core does not know (a custom VTIMEZONE) keep
// Qt's instant.
followups::EventTime timedValue(const QDateTime& dateTime)
{
    followups::EventTime value;
    if (dateTime.timeSpec() == Qt::LocalTime) {
        value.value = followups::EventTime::Floating{wallClock(dateTime)};
        return value;
    }
    value.value = toInstant(dateTime);
    if (dateTime.timeSpec() == Qt::TimeZone) {
        value.zoneId = dateTime.timeZone().id().toStdString();
        if (const auto zone = followups::Zone::fromId(value.zoneId)) {
            value.value = zone->toInstant(wallClock(dateTime));
        }
    }
    return value;
}

// A date and time were given (Qt calls a zoned time in a DST gap invalid, yet it was written).
bool isGiven(const QDateTime& dateTime)
{
    return dateTime.date().isValid() && dateTime.time().isValid();
}

std::string cutypeName(KCalendarCore::Attendee::CuType type)
{
    switch (type) {
    case KCalendarCore::Attendee::Individual:
        return "INDIVIDUAL";
    case KCalendarCore::Attendee::Group:
        return "GROUP";
    case KCalendarCore::Attendee::Resource:
        return "RESOURCE";
    case KCalendarCore::Attendee::Room:
        return "ROOM";
    case KCalendarCore::Attendee::Unknown:
        break;
    }
    return "UNKNOWN";
}

std::string roleName(KCalendarCore::Attendee::Role role)
{
    switch (role) {
    case KCalendarCore::Attendee::ReqParticipant:
        return "REQ-PARTICIPANT";
    case KCalendarCore::Attendee::OptParticipant:
        return "OPT-PARTICIPANT";
    case KCalendarCore::Attendee::NonParticipant:
        return "NON-PARTICIPANT";
    case KCalendarCore::Attendee::Chair:
        return "CHAIR";
    }
    return "REQ-PARTICIPANT";
}

std::string partstatName(KCalendarCore::Attendee::PartStat status)
{
    switch (status) {
    case KCalendarCore::Attendee::NeedsAction:
        return "NEEDS-ACTION";
    case KCalendarCore::Attendee::Accepted:
        return "ACCEPTED";
    case KCalendarCore::Attendee::Declined:
        return "DECLINED";
    case KCalendarCore::Attendee::Tentative:
        return "TENTATIVE";
    case KCalendarCore::Attendee::Delegated:
        return "DELEGATED";
    case KCalendarCore::Attendee::Completed:
        return "COMPLETED";
    case KCalendarCore::Attendee::InProcess:
        return "IN-PROCESS";
    case KCalendarCore::Attendee::None:
        break;
    }
    return "NEEDS-ACTION";
}

QString joined(const std::vector<std::string>& items)
{
    QStringList list;
    for (const auto& item : items) {
        list.append(fromStd(item));
    }
    return list.join(QLatin1Char(','));
}
} // namespace

std::string IncidenceConverter::recurrenceIdText(const QDateTime& start, bool allDay,
                                                 const followups::Zone& userZone)
{
    return followups::recurrenceIdText(
        allDay ? followups::EventTime{toDate(start.date()), {}} : timedValue(start), userZone);
}

followups::CalendarEvent IncidenceConverter::toCalendarEvent(const KCalendarCore::Event& event,
                                                             const followups::SourceLocation& where,
                                                             const followups::Zone& userZone)
{
    followups::CalendarEvent result;
    result.where = where;
    result.uid = toStd(event.uid());
    if (event.hasRecurrenceId()) {
        result.recurrenceId = recurrenceIdText(event.recurrenceId(), event.allDay(), userZone);
    }
    result.sequence = event.revision();
    if (event.lastModified().isValid()) {
        // KCalendarCore keeps DTSTAMP and LAST-MODIFIED in one field.
        result.dtstamp = toInstant(event.lastModified());
        result.lastModified = result.dtstamp;
    }
    result.summary = toStd(event.summary());
    result.description = toStd(event.description());
    for (const QString& category : event.categories()) {
        result.categories.push_back(toStd(category));
    }
    const auto properties = event.customProperties();
    for (auto it = properties.cbegin(); it != properties.cend(); ++it) {
        static constexpr std::string_view prefix = "X-INTERVIEW-";
        const std::string name = it.key().toStdString();
        if (followups::ascii::startsWithIgnoringCase(name, prefix)) {
            result.interviewProperties.push_back(
                {followups::ascii::upper(name.substr(prefix.size())), toStd(it.value()), 0});
        }
    }

    const KCalendarCore::Person organizer = event.organizer();
    if (!organizer.isEmpty()) {
        result.organizer = followups::CalendarUser{
            toStd(organizer.email()), toStd(organizer.name()), "INDIVIDUAL", "CHAIR", "ACCEPTED"};
    }
    for (const KCalendarCore::Attendee& attendee : event.attendees()) {
        result.attendees.push_back({toStd(attendee.email()), toStd(attendee.name()),
                                    cutypeName(attendee.cuType()), roleName(attendee.role()),
                                    partstatName(attendee.status())});
    }

    if (isGiven(event.dtStart())) {
        if (event.allDay()) {
            result.start = followups::EventTime{toDate(event.dtStart().date()), {}};
            // KCalendarCore's all-day DTEND is the last day; the core reads DTEND exclusive.
            const QDate last = event.hasEndDate() ? event.dtEnd().date() : event.dtStart().date();
            result.end = followups::EventTime{toDate(last.addDays(1)), {}};
        } else {
            result.start = timedValue(event.dtStart());
            if (event.hasEndDate() && isGiven(event.dtEnd())) {
                result.end = timedValue(event.dtEnd());
            }
        }
    }
    result.cancelled = event.status() == KCalendarCore::Incidence::StatusCanceled;
    return result;
}

std::vector<followups::CalendarEvent>
IncidenceConverter::occurrences(const KCalendarCore::Event& event,
                                const followups::TimeRange& range,
                                const followups::SourceLocation& where,
                                const followups::Zone& userZone, std::size_t maxOccurrences)
{
    followups::CalendarEvent base = toCalendarEvent(event, where, userZone);
    if (!event.recurs() || event.hasRecurrenceId() || !isGiven(event.dtStart())) {
        return {std::move(base)};
    }
    const QDateTime start = event.dtStart();
    const QDateTime end = event.hasEndDate() ? event.dtEnd() : start;
    const qint64 lengthSeconds = start.secsTo(end);
    const qint64 lengthDays = start.date().daysTo(end.date());
    // Occurrences that end inside the range may have started up to one length before it.
    const QDateTime from =
        toQDateTime(range.from, QTimeZone::utc()).addSecs(-lengthSeconds).addDays(-1);
    const QDateTime to = toQDateTime(range.to, QTimeZone::utc()).addDays(1);

    // Over growing spans from the range's start, not all at once: a secondly rule has 31 million
    // occurrences in a year, and only the first are wanted. (In KCalendarCore 5.103
    // Recurrence::getNextDateTime skips every other second of a secondly rule, and timesInInterval
    // gives a sub-daily rule occurrences before its start when asked from earlier.)
    std::vector<QDateTime> times;
    const KCalendarCore::Recurrence& recurrence = *event.recurrence();
    qint64 span = 3600;
    for (QDateTime spanStart = std::max(from, start);
         spanStart <= to && times.size() < maxOccurrences; span *= 2) {
        const QDateTime spanEnd = std::min(spanStart.addSecs(span), to);
        for (const QDateTime& time : recurrence.timesInInterval(spanStart, spanEnd)) {
            if (times.size() == maxOccurrences) {
                break;
            }
            times.push_back(time);
        }
        spanStart = spanEnd.addSecs(1);
    }
    std::vector<followups::CalendarEvent> result;
    for (const QDateTime& occurrenceStart : times) {
        followups::CalendarEvent occurrence = base;
        occurrence.recurrenceId = recurrenceIdText(occurrenceStart, event.allDay(), userZone);
        if (event.allDay()) {
            const QDate first = occurrenceStart.date();
            occurrence.start = followups::EventTime{toDate(first), {}};
            occurrence.end = followups::EventTime{toDate(first.addDays(lengthDays + 1)), {}};
        } else {
            occurrence.start = timedValue(occurrenceStart);
            if (event.hasEndDate()) {
                occurrence.end = timedValue(occurrenceStart.addSecs(lengthSeconds));
            }
        }
        result.push_back(std::move(occurrence));
    }
    return result;
}

void IncidenceConverter::applyTask(KCalendarCore::Todo& todo, const followups::Task& task,
                                   const std::vector<std::string>& issued,
                                   const followups::Zone& zone)
{
    const QTimeZone timeZone = qtZone(zone);
    todo.setUid(fromStd(task.uid));
    todo.setSummary(fromStd(task.summary), false);
    todo.setDescription(fromStd(task.description), false);
    if (const auto* date = std::get_if<followups::Date>(&task.due.value)) {
        todo.setDtDue(QDateTime(toQDate(*date), QTime(0, 0), timeZone));
        todo.setAllDay(true);
    } else {
        todo.setDtDue(toQDateTime(std::get<followups::Instant>(task.due.value), timeZone));
        todo.setAllDay(false);
    }
    switch (task.status) {
    case followups::TaskStatus::NeedsAction:
        if (todo.isCompleted()) {
            todo.setCompleted(false);
        }
        todo.setStatus(KCalendarCore::Incidence::StatusNeedsAction);
        break;
    case followups::TaskStatus::Completed:
        todo.setCompleted(true);
        break;
    case followups::TaskStatus::Cancelled:
        todo.setStatus(KCalendarCore::Incidence::StatusCanceled);
        break;
    }
    todo.setPriority(task.priority);

    QStringList categories;
    for (const auto& category : task.categories) {
        categories.append(fromStd(category));
    }
    todo.setCategories(categories);

    todo.setRelatedTo(fromStd(task.interview.uid), KCalendarCore::Incidence::RelTypeParent);
    if (task.interview.recurrenceId.empty()) {
        todo.removeNonKDECustomProperty(followups::property::interviewRecurrenceId);
    } else {
        todo.setNonKDECustomProperty(followups::property::interviewRecurrenceId,
                                     fromStd(task.interview.recurrenceId));
    }
    todo.clearContacts();
    if (task.person && !task.person->empty()) {
        todo.addContact(fromStd(followups::contactText(*task.person)));
    }
    // Percent-encoded in and out, so the link reads back byte for byte as the core wrote it.
    todo.setUrl(task.url.empty() ? QUrl() : QUrl::fromEncoded(QByteArray::fromStdString(task.url)));
    todo.setRevision(task.sequence);

    // Only an open task keeps a reminder: Kontact's daemon fires any enabled alarm it finds.
    todo.clearAlarms();
    if (followups::carriesAlarm(task)) {
        const KCalendarCore::Alarm::Ptr alarm = todo.newAlarm();
        alarm->setDisplayAlarm(fromStd(task.summary));
        alarm->setTime(toQDateTime(*task.alarm, timeZone));
        alarm->setEnabled(true);
    }

    todo.setNonKDECustomProperty(followups::property::kind,
                                 fromStd(std::string(followups::kindName(task.kind))));
    todo.setNonKDECustomProperty(followups::property::ordinal, QString::number(task.ordinal));
    todo.setNonKDECustomProperty(followups::property::issued, joined(issued));
    todo.setNonKDECustomProperty(followups::property::hash, fromStd(followups::contentHash(task)));
}

void IncidenceConverter::switchOffAlarms(KCalendarCore::Todo& todo)
{
    for (const KCalendarCore::Alarm::Ptr& alarm : todo.alarms()) {
        alarm->setEnabled(false);
    }
}

std::optional<followups::ExistingTask>
IncidenceConverter::toExistingTask(const KCalendarCore::Todo& todo)
{
    const auto kind =
        followups::kindFromName(toStd(todo.nonKDECustomProperty(followups::property::kind)));
    if (!kind) {
        return std::nullopt;
    }
    followups::ExistingTask existing;
    followups::Task& task = existing.task;
    task.uid = toStd(todo.uid());
    task.kind = *kind;
    task.ordinal = todo.nonKDECustomProperty(followups::property::ordinal).toInt();
    task.summary = toStd(todo.summary());
    task.description = toStd(todo.description());
    if (todo.allDay()) {
        task.due.value = toDate(todo.dtDue().date());
    } else {
        task.due.value = toInstant(todo.dtDue());
    }
    // The first enabled alarm: one the user switched off reminds of nothing.
    for (const KCalendarCore::Alarm::Ptr& alarm : todo.alarms()) {
        if (alarm->enabled()) {
            task.alarm = toInstant(alarm->time());
            break;
        }
    }
    if (todo.status() == KCalendarCore::Incidence::StatusCanceled) {
        task.status = followups::TaskStatus::Cancelled;
    } else if (todo.isCompleted()) {
        task.status = followups::TaskStatus::Completed;
    }
    task.priority = todo.priority();
    for (const QString& category : todo.categories()) {
        task.categories.push_back(toStd(category));
    }
    task.interview = {toStd(todo.relatedTo(KCalendarCore::Incidence::RelTypeParent)),
                      toStd(todo.nonKDECustomProperty(followups::property::interviewRecurrenceId))};
    const QStringList contacts = todo.contacts();
    if (!contacts.isEmpty()) {
        task.person = followups::personFromContact(toStd(contacts.first()));
    }
    task.url = todo.url().toEncoded().toStdString();
    task.sequence = todo.revision();

    const QString hash = todo.nonKDECustomProperty(followups::property::hash);
    if (!hash.isEmpty()) {
        existing.recordedHash = toStd(hash);
    }
    const QString issued = todo.nonKDECustomProperty(followups::property::issued);
    for (const QString& uid : issued.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        existing.issuedSiblings.push_back(toStd(uid));
    }
    return existing;
}
