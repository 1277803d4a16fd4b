#include "eventindex.h"

#include "incidenceconverter.h"

#include <followups/recognize.h>

namespace
{
bool sameEvents(const std::vector<followups::CalendarEvent>& a,
                const std::vector<followups::CalendarEvent>& b)
{
    // Cheap structural comparison of what planning reads; a false "changed" only costs a pass.
    if (a.size() != b.size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i].uid != b[i].uid || a[i].recurrenceId != b[i].recurrenceId ||
            a[i].sequence != b[i].sequence || a[i].summary != b[i].summary ||
            a[i].description != b[i].description || a[i].categories != b[i].categories ||
            a[i].cancelled != b[i].cancelled || a[i].dtstamp != b[i].dtstamp ||
            a[i].attendees.size() != b[i].attendees.size()) {
            return false;
        }
    }
    return true;
}
} // namespace

bool EventIndex::update(qint64 itemId, const KCalendarCore::Event& event,
                        const followups::Policy& policy, const followups::TimeRange& expansion)
{
    const followups::SourceLocation where{"akonadi:?item=" + std::to_string(itemId), 0};
    Entry entry;
    if (event.hasRecurrenceId()) {
        entry.overrides = followups::InterviewKey{
            event.uid().toStdString(), IncidenceConverter::recurrenceIdText(
                                           event.recurrenceId(), event.allDay(), policy.userZone)};
    }
    // Recognition words are the same in every occurrence: test the master once, expand only
    // what looks like an interview. Whether it is one can depend on who the user is, which a pass
    // tells from all the events (followups/user_identity.h).
    if (followups::looksLikeInterview(
            IncidenceConverter::toCalendarEvent(event, where, policy.userZone), policy)) {
        entry.interviews = IncidenceConverter::occurrences(
            event, expansion, where, policy.userZone,
            static_cast<std::size_t>(std::max(policy.seriesLimit, 0)) + 1);
        if (event.recurs() && !event.hasRecurrenceId()) {
            entry.seriesUid = event.uid().toStdString();
        }
    }

    const auto it = entries_.find(itemId);
    const bool hadSomething = it != entries_.end();
    if (!entry.overrides && entry.interviews.empty() && entry.seriesUid.empty()) {
        if (hadSomething) {
            entries_.erase(it);
        }
        return hadSomething;
    }
    const bool changed = !hadSomething || !sameEvents(it->second.interviews, entry.interviews) ||
                         it->second.overrides != entry.overrides ||
                         it->second.seriesUid != entry.seriesUid;
    entries_[itemId] = std::move(entry);
    return changed;
}

bool EventIndex::remove(qint64 itemId)
{
    return entries_.erase(itemId) > 0;
}

std::vector<followups::CalendarEvent> EventIndex::events() const
{
    std::set<followups::InterviewKey> overridden;
    for (const auto& [id, entry] : entries_) {
        if (entry.overrides) {
            overridden.insert(*entry.overrides);
        }
    }
    std::vector<followups::CalendarEvent> result;
    for (const auto& [id, entry] : entries_) {
        for (const auto& event : entry.interviews) {
            const bool fromSeries = !entry.overrides && event.recurrenceId.has_value();
            if (fromSeries && overridden.contains({event.uid, *event.recurrenceId})) {
                continue;
            }
            result.push_back(event);
        }
    }
    return result;
}

std::set<std::string> EventIndex::seriesUids() const
{
    std::set<std::string> result;
    for (const auto& [id, entry] : entries_) {
        if (!entry.seriesUid.empty()) {
            result.insert(entry.seriesUid);
        }
    }
    return result;
}

std::size_t EventIndex::interviewCount() const
{
    std::size_t count = 0;
    for (const auto& [id, entry] : entries_) {
        count += entry.interviews.size();
    }
    return count;
}
