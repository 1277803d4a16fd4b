// The interview-shaped events of the watched calendars (followups::looksLikeInterview), by Akonadi
// item id, kept in memory so every pass can plan over all interviews (the rules that span a
// process — next round, outcome on the last round, accepted offer — look at every interview, not
// only the one that changed) and tell who the user is from them when no address is configured.
// Other events are not kept: only whether they override an occurrence of a series.
#pragma once

#include <KCalendarCore/Event>
#include <QtGlobal>
#include <followups/event.h>
#include <followups/planner.h>
#include <followups/policy.h>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

class EventIndex
{
public:
    // Replaces what the item contributed. Returns whether the set of interview events changed.
    bool update(qint64 itemId, const KCalendarCore::Event& event, const followups::Policy& policy,
                const followups::TimeRange& expansion);
    bool remove(qint64 itemId);
    void clear() { entries_.clear(); }

    // Every interview occurrence; an occurrence of a series that another item overrides (same UID
    // and RECURRENCE-ID) is left out in favour of the override.
    std::vector<followups::CalendarEvent> events() const;
    // UIDs of every recurring interview series known, to keep tasks of occurrences outside the
    // expansion range.
    std::set<std::string> seriesUids() const;
    std::size_t interviewCount() const;

private:
    struct Entry {
        std::vector<followups::CalendarEvent> interviews;
        std::optional<followups::InterviewKey> overrides; // set for a RECURRENCE-ID override
        std::string seriesUid; // a recurring interview, even with no occurrence in range
    };
    std::unordered_map<qint64, Entry> entries_;
};
