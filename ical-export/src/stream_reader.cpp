// readInterviewEvents: the component scanner splits the stream, the prefilter picks what may be an
// interview, and readEvents reads only those (with the VTIMEZONEs, the METHOD of their VCALENDARs
// and the VEVENTs sharing their UIDs) from a reduced text whose lines are mapped back to the
// file's.
#include "component_scanner.h"
#include "concurrency.h"
#include "event_reader.h"
#include "followups/ical/reader.h"
#include "ical_time.h"
#include "interview_prefilter.h"
#include "reduced_calendar.h"
#include "spill_file.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <deque>
#include <functional>
#include <future>
#include <map>
#include <optional>
#include <set>
#include <unordered_set>
#include <vector>

namespace followups::ical
{
namespace
{

// A file starting with thousands of VTIMEZONEs must not keep a thread busy long after its scan.
constexpr std::size_t maxPreparedZones = 64;

// The TZID a VTIMEZONE defines (normalised, ical_time.h); empty when it has none.
std::string definedTzid(std::string_view text)
{
    const LineMap lines(text);
    if (const auto* zone = lines.component("VTIMEZONE", 0)) {
        for (const auto& property : zone->properties) {
            if (property.name == "TZID")
                return normaliseTzid(contentLineValue(property.text));
        }
    }
    return {};
}

// The TZIDs an event's properties name.
void addReferencedTzids(std::string_view text, std::set<std::string, std::less<>>& tzids)
{
    const LineMap lines(text);
    for (int index = 0; const auto* event = lines.component("VEVENT", index); ++index) {
        for (const auto& property : event->properties)
            addNamedTzids(property.text, tzids);
    }
}

// Components with the same UID get the same key. libical undoes TEXT escapes and this must never
// tell apart UIDs it reads as equal, so the key keeps only the ASCII letters and digits that are
// not escaped: every escape gives a character that is neither. Equal keys for different UIDs only
// cost a component read for nothing.
std::uint64_t uidKey(std::string_view uid)
{
    std::uint64_t key = 0xCBF29CE484222325u; // FNV-1a, without a copy of the kept characters
    bool escaped = false;
    for (const char c : uid) {
        if (escaped) {
            escaped = false;
        } else if (c == '\\') {
            escaped = true;
        } else if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
            key = (key ^ static_cast<unsigned char>(c)) * 0x100000001B3u;
        }
    }
    return key;
}

class InterviewSelection
{
public:
    explicit InterviewSelection(const std::vector<std::string>& keywords) : prefilter_(keywords) {}

    void take(const ScannedComponent& component)
    {
        const auto order = order_++;
        if (component.name == "VTIMEZONE") {
            if (timezoneTexts_.contains(component.text)) // Outlook repeats it in every invite
                return;
            keep(order, component, 0);
            timezoneTexts_.insert(kept_.back().text);
            return;
        }
        if (!component.holdsEvent)
            return;
        if (prefilter_.mayBeInterview(component.recognitionText)) {
            const auto key = uidKey(component.uid);
            candidateKeys_.insert(key);
            keep(order, component, key);
        } else if (component.recurring || component.overrides) {
            // An override or series of an interview that may come later in the file.
            referenced_.insert(component.calendar);
            spill_.write({uidKey(component.uid), order, component.calendar, component.firstLine,
                          std::string(component.text)});
        }
    }

    void calendarEnded(const ScannedCalendar& calendar)
    {
        if (referenced_.contains(calendar.index))
            calendars_[calendar.index] = calendar;
    }

    // The reduced calendars, in batches of about eventsPerBatch events, so that libical never
    // holds more than one batch: the VEVENTs sharing a UID always go in the same batch (an
    // override needs its series), every batch gets the VTIMEZONEs of the TZIDs its events name.
    void forEachBatch(const std::function<void(ReducedCalendar&&)>& read)
    {
        spill_.readBack([&](std::uint64_t key) { return candidateKeys_.contains(key); },
                        [&](SpilledComponent&& spilled) {
                            kept_.push_back({spilled.order,
                                             spilled.calendar,
                                             spilled.firstLine,
                                             spilled.key,
                                             false,
                                             texts_.put(spilled.text),
                                             {},
                                             {}});
                        });
        // From here on, memory is the batches' own: what only the scan needed goes now.
        candidateKeys_ = {};
        std::vector<Kept> inOrder(std::make_move_iterator(kept_.begin()),
                                  std::make_move_iterator(kept_.end()));
        timezoneTexts_.clear();
        kept_.clear();
        std::sort(inOrder.begin(), inOrder.end(),
                  [](const Kept& a, const Kept& b) { return a.order < b.order; });

        std::map<std::uint64_t, int> batchOfKey;
        std::vector<int> batchOf(inOrder.size(), -1); // -1: in every batch (VTIMEZONE)
        int batches = 0;
        int eventsInBatch = eventsPerBatch;
        for (size_t i = 0; i < inOrder.size(); ++i) {
            if (inOrder[i].timezone)
                continue;
            if (const auto known = batchOfKey.find(inOrder[i].key); known != batchOfKey.end()) {
                batchOf[i] = known->second;
                continue;
            }
            if (eventsInBatch >= eventsPerBatch) {
                ++batches;
                eventsInBatch = 0;
            }
            batchOf[i] = batches - 1;
            batchOfKey.emplace(inOrder[i].key, batches - 1);
            ++eventsInBatch;
        }
        batchOfKey = {};

        for (int batch = 0; batch < batches; ++batch) {
            // The batch's events, and of the VTIMEZONEs those its events name: libical's tree of
            // a file's 100,000 unused zones, in every batch, took 500 MB.
            std::map<std::size_t, std::string> texts;
            std::set<std::string, std::less<>> tzids;
            for (size_t i = 0; i < inOrder.size(); ++i) {
                if (batchOf[i] == batch) {
                    const auto& text = texts.emplace(i, texts_.get(inOrder[i].place)).first->second;
                    addReferencedTzids(text, tzids);
                }
            }
            ReducedCalendar reduced;
            int open = -1;
            for (size_t i = 0; i < inOrder.size(); ++i) {
                const auto& component = inOrder[i];
                if (batchOf[i] != -1 && batchOf[i] != batch)
                    continue;
                if (component.timezone && !component.tzid.empty() &&
                    !tzids.contains(component.tzid))
                    continue;
                if (component.calendar != open) {
                    closeCalendar(reduced, open);
                    open = component.calendar;
                    if (open >= 0)
                        reduced.openCalendar(calendars_[open]);
                }
                if (component.timezone)
                    reduced.add(component.text, component.firstLine);
                else
                    reduced.add(texts.at(i), component.firstLine);
            }
            closeCalendar(reduced, open);
            read(std::move(reduced));
        }
    }

private:
    struct Kept {
        std::int64_t order;
        int calendar;
        int firstLine;
        std::uint64_t key;
        bool timezone;
        SpilledTexts::Place place; // an event's text, on disk until its batch is read
        std::string text;          // a VTIMEZONE's: the batches naming its TZID need it
        std::string tzid;          // a VTIMEZONE's; empty: unknown, so every batch gets it
    };

    // Each batch costs libical's tree of it while it is read, and reading the file's VTIMEZONEs
    // again (their zones are built once): small batches keep two threads evenly busy and memory
    // low (docs/performance.md has the measurements).
    static constexpr int eventsPerBatch = 64;

    // A VCALENDAR that the file never closed stays open here too: readEvents then closes it as it
    // closes it in the whole file.
    void closeCalendar(ReducedCalendar& reduced, int index)
    {
        if (index >= 0 && calendars_[index].endLine != 0)
            reduced.closeCalendar(calendars_[index].endLine);
    }

    void keep(std::int64_t order, const ScannedComponent& component, std::uint64_t key)
    {
        referenced_.insert(component.calendar);
        if (component.name == "VTIMEZONE")
            kept_.push_back({order,
                             component.calendar,
                             component.firstLine,
                             key,
                             true,
                             {},
                             std::string(component.text),
                             definedTzid(component.text)});
        else
            kept_.push_back({order,
                             component.calendar,
                             component.firstLine,
                             key,
                             false,
                             texts_.put(component.text),
                             {},
                             {}});
    }

    InterviewPrefilter prefilter_;
    std::int64_t order_ = 0;
    std::deque<Kept> kept_; // stable addresses: timezoneTexts_ points into it
    std::unordered_set<std::string_view> timezoneTexts_;
    std::set<std::uint64_t> candidateKeys_;
    std::set<int> referenced_;
    std::map<int, ScannedCalendar> calendars_;
    SpillFile spill_;
    SpilledTexts texts_;
};

} // namespace

EventsRead readInterviewEvents(const ReadChunk& readChunk, std::string_view fileName,
                               const StreamOptions& options)
{
    EventsRead result;
    Warnings scanWarnings;
    InterviewSelection selection(options.interviewKeywords);
    // Building a zone from a VTIMEZONE expands its observances, most of the reading time of a
    // small batch. Calendars give their VTIMEZONEs first: those are built on another thread while
    // the scan goes on, for every batch.
    VtimezoneCache zones;
    std::vector<std::string> leadingTimezones;
    std::atomic<bool> scanEnded = false;
    std::future<void> preparing;
    // Also when reading the input throws: the future waits for the preparing thread as it goes.
    const struct ScanEnd {
        std::atomic<bool>& ended;
        ~ScanEnd() { ended = true; }
    } scanEnd{scanEnded};
    const auto select = [&](const ScannedComponent& found) {
        if (!preparing.valid()) {
            if (found.name == "VTIMEZONE" && leadingTimezones.size() < maxPreparedZones)
                leadingTimezones.emplace_back(found.text);
            else if (found.holdsEvent && !leadingTimezones.empty())
                preparing = onSecondCore([&] {
                    for (const auto& text : leadingTimezones) {
                        if (scanEnded)
                            return; // the rest are built when first used
                        zones.prepare(text);
                    }
                });
        }
        if (found.holdsEvent)
            ++result.eventCount;
        selection.take(found);
    };
    ComponentScanner scanner(fileName, scanWarnings, select, [&](const ScannedCalendar& calendar) {
        for (const auto& name : calendar.names)
            result.calendarNames.push_back({name.text, {std::string(fileName), name.line}});
        selection.calendarEnded(calendar);
    });

    std::vector<char> buffer(std::max<std::size_t>(options.chunkSize, 1));
    while (!scanner.stopped()) {
        const auto got = readChunk(buffer.data(), buffer.size());
        if (got == 0)
            break;
        scanner.feed({buffer.data(), got});
    }
    scanner.finish();
    scanEnded = true;
    if (preparing.valid() && !leftToTaker(preparing))
        preparing.get();

    if (!scanner.sawCalendar()) {
        std::optional<Warning> error{std::in_place}; // see parsed_calendar.cpp on GCC 12
        error->where = {std::string(fileName), 1};
        error->message = "not an iCalendar file (no BEGIN:VCALENDAR nor BEGIN:VEVENT)";
        result.error = std::move(error);
        return result;
    }
    result.warnings = std::move(scanWarnings);
    std::set<std::pair<int, std::string>> warned; // every batch reads the VTIMEZONEs again
    const auto take = [&](EventsRead read) {
        result.seriesUids.merge(read.seriesUids);
        for (auto& warning : read.warnings) {
            if (warned.emplace(warning.where.line, warning.message).second)
                result.warnings.push_back(std::move(warning));
        }
        if (options.takeEvents)
            options.takeEvents(std::move(read.events));
        else
            std::move(read.events.begin(), read.events.end(), std::back_inserter(result.events));
    };
    // libical reading the batches is most of the time: two are read at once, on two threads, and
    // taken in order, so that events and warnings come as from one thread.
    std::future<EventsRead> previous;
    selection.forEachBatch([&](ReducedCalendar&& reduced) {
        auto reading = onSecondCore([&, reduced = std::move(reduced)] {
            auto read = readEvents(reduced.text(), fileName, options.read, zones);
            reduced.mapLines(read);
            return read;
        });
        if (previous.valid())
            take(previous.get());
        previous = std::move(reading);
    });
    if (previous.valid())
        take(previous.get());
    return result;
}

} // namespace followups::ical
