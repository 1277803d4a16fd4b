// The one converter between KCalendarCore incidences and the core's types: events in (one
// followups::CalendarEvent per occurrence), tasks out (followups::Task → Todo) and back
// (Todo → followups::ExistingTask). The product's X- properties ride on the to-dos as non-KDE
// custom properties, so they survive in the user's calendar and in exports:
//   X-IFU-HASH           contentHash of what the product wrote (a different hash: a user edit)
//   X-IFU-ISSUED         comma-separated UIDs issued for the same interview (deletion memory)
//   X-IFU-KIND           the kind's stable name ("thank-you")
//   X-IFU-ORDINAL        follow-up 1, 2 …
//   X-IFU-RECURRENCE-ID  the interview occurrence, next to RELATED-TO (which holds the UID)
// The names are shared with ical-export (followups/task_properties.h).
#pragma once

#include <KCalendarCore/Event>
#include <KCalendarCore/Todo>
#include <followups/event.h>
#include <followups/planner.h>
#include <followups/reconcile.h>
#include <optional>
#include <string>
#include <vector>

namespace IncidenceConverter
{

// The event as one CalendarEvent, without expanding recurrences. An event carrying a RECURRENCE-ID
// (an override of one occurrence) gets that occurrence's key.
// Floating times are placed in `userZone` only for the RECURRENCE-ID text (as ical-export does).
followups::CalendarEvent toCalendarEvent(const KCalendarCore::Event& event,
                                         const followups::SourceLocation& where,
                                         const followups::Zone& userZone);

// One CalendarEvent per occurrence starting inside `range` for a recurring event (EXDATEs and
// RRULE limits applied by KCalendarCore::Recurrence), the first `maxOccurrences` at most (an
// hourly "interview" is 9,481 occurrences in a year, 200,000 tasks; the planner takes
// Policy::seriesLimit of a series and one more tells it there are more), else the single event
// whatever its date (the planner decides about the window).
std::vector<followups::CalendarEvent> occurrences(const KCalendarCore::Event& event,
                                                  const followups::TimeRange& range,
                                                  const followups::SourceLocation& where,
                                                  const followups::Zone& userZone,
                                                  std::size_t maxOccurrences);

// followups::recurrenceIdText of an occurrence's original start as KCalendarCore gives it:
// "20261105T140000Z" (UTC; a floating time placed in `userZone`), "20261105" for all-day.
std::string recurrenceIdText(const QDateTime& start, bool allDay, const followups::Zone& userZone);

// Writes the task's fields onto `todo`: for a new to-do and for one the product wrote before (the
// task's categories include those the user added: followups::reconcile keeps them). Due and alarm
// appear in `zone`.
void applyTask(KCalendarCore::Todo& todo, const followups::Task& task,
               const std::vector<std::string>& issued, const followups::Zone& zone);

// Switches off every alarm of the to-do, keeping the alarms (the user may switch one on again) and
// everything else, X-IFU-HASH included: how a ReconcileAction::SilenceAlarm step is written.
void switchOffAlarms(KCalendarCore::Todo& todo);

// The to-do as the reconciler sees it; nullopt when the product did not write it (no X-IFU-KIND).
std::optional<followups::ExistingTask> toExistingTask(const KCalendarCore::Todo& todo);

} // namespace IncidenceConverter
