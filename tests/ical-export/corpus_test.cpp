// readEvents over the real-world files of tests/data/corpus. Every file must be read without a
// crash; the files named in the cases below are checked against values worked out by hand from
// their text (the comments show the arithmetic).
#include "followups/ical/reader.h"
#include "ical_corpus.h"

#include <algorithm>
#include <gtest/gtest.h>

namespace followups::ical
{
namespace
{

using namespace std::chrono;
using namespace std::chrono_literals;
using followups::testing::icalCorpusFile;
using followups::testing::icalCorpusFiles;
using followups::testing::readBytes;

struct Read {
    std::string name;
    EventsRead result;
};

Read readCorpus(const std::string& prefix, const Zone& userZone = Zone::utc())
{
    const auto path = icalCorpusFile(prefix);
    ReadOptions options;
    options.userZone = userZone;
    options.expansion = {sys_days{2000y / 1 / 1}, sys_days{2040y / 1 / 1}};
    const auto name = path.filename().string();
    return {name, readEvents(readBytes(path), name, options)};
}

Instant instant(const std::optional<EventTime>& time)
{
    return std::get<Instant>(time.value().value);
}

int warningsAt(const Read& read, int line, const std::string& fragment)
{
    return static_cast<int>(
        std::count_if(read.result.warnings.begin(), read.result.warnings.end(), [&](const auto& w) {
            return w.where.file == read.name && w.where.line == line &&
                   w.message.find(fragment) != std::string::npos;
        }));
}

bool anyWarningMentions(const Read& read, const std::string& fragment)
{
    return std::any_of(
        read.result.warnings.begin(), read.result.warnings.end(),
        [&](const auto& w) { return w.message.find(fragment) != std::string::npos; });
}

TEST(IcalCorpus, EveryFileIsReadWithoutAnError)
{
    const auto files = icalCorpusFiles();
    ASSERT_GE(files.size(), 26u);
    for (const auto& path : files) {
        SCOPED_TRACE(path.filename().string());
        const auto read = readEvents(readBytes(path), path.filename().string(), {});
        EXPECT_FALSE(read.error);
        for (const auto& warning : read.warnings) {
            EXPECT_EQ(warning.where.file, path.filename().string());
            EXPECT_GT(warning.where.line, 0) << warning.message;
        }
    }
}

TEST(IcalCorpus, OutlookWindowsZoneSeriesWithOverride01)
{
    const auto read = readCorpus("01_");
    ASSERT_FALSE(read.result.error);
    EXPECT_FALSE(anyWarningMentions(read, "time zone"));
    const auto& events = read.result.events;
    // Fridays 23 Jan … 31 Jul 2026 (UNTIL 09:00Z = 11:00 CEST, the last start): 28, minus the
    // EXDATE of 3 April.
    ASSERT_EQ(events.size(), 27u);
    // 11:00 W. Europe (CET, +01:00) = 10:00 UTC.
    EXPECT_EQ(instant(events[0].start), sys_days{2026y / 1 / 23} + 10h);
    EXPECT_EQ(instant(events[0].end), sys_days{2026y / 1 / 23} + 11h);
    EXPECT_EQ(events[0].start->zoneId, "Europe/Berlin");
    EXPECT_EQ(events[0].recurrenceId, "20260123T100000Z");
    // The override of 30 Jan 11:00 moved to 10:30 CET = 09:30 UTC, with its own SEQUENCE.
    EXPECT_EQ(events[1].recurrenceId, "20260130T100000Z");
    EXPECT_EQ(instant(events[1].start), sys_days{2026y / 1 / 30} + 9h + 30min);
    EXPECT_EQ(events[1].sequence, 1);
    EXPECT_EQ(events[1].where.line, 69);
    // Summer: 11:00 CEST (+02:00) = 09:00 UTC; 3 April (EXDATE, written floating) is skipped.
    const auto april = std::find_if(events.begin(), events.end(), [](const auto& e) {
        return instant(e.start) >= sys_days{2026y / 4 / 1};
    });
    ASSERT_NE(april, events.end());
    EXPECT_EQ(instant(april->start), sys_days{2026y / 4 / 10} + 9h);
    EXPECT_EQ(instant(events.back().start), sys_days{2026y / 7 / 31} + 9h);
    EXPECT_EQ(events[0].attendees.size(), 3u);
}

TEST(IcalCorpus, UndefinedTzidsWarnWithTheirLine03And05)
{
    const auto exchange = readCorpus("03_");
    EXPECT_EQ(warningsAt(exchange, 8, "(GMT+10:00) Canberra, Melbourne, Sydney"), 1);
    EXPECT_EQ(warningsAt(exchange, 27, "(UTC-05:00) Eastern Time (US & Canada)"), 1);
    EXPECT_EQ(warningsAt(exchange, 27, "Outlook display name"), 1);
    ASSERT_FALSE(exchange.result.events.empty());
    const auto* floating =
        std::get_if<EventTime::Floating>(&exchange.result.events[0].start->value);
    ASSERT_NE(floating, nullptr);
    EXPECT_EQ(floating->local, local_days{2020y / 10 / 28} + 13h + 30min);

    const auto office = readCorpus("05_");
    EXPECT_EQ(warningsAt(office, 38, "Customized Time Zone"), 1);
    EXPECT_EQ(warningsAt(office, 39, "Customized Time Zone"), 1);
    ASSERT_EQ(office.result.events.size(), 1u);
    EXPECT_TRUE(std::holds_alternative<EventTime::Floating>(office.result.events[0].start->value));
}

TEST(IcalCorpus, OddButDefinedTzidsMatchTheirVtimezone12_21_23)
{
    // The TZIDs are odd (non-ASCII, quoted, trailing space) but each has its VTIMEZONE in the
    // file, so they convert without a zone warning. 12 has no UID: that is warned about instead.
    const auto brasilia = readCorpus("12_");
    ASSERT_EQ(brasilia.result.events.size(), 1u);
    // May is outside Brasília's southern-summer DST: 13:30 at -03:00 = 16:30 UTC.
    EXPECT_EQ(instant(brasilia.result.events[0].start), sys_days{2017y / 5 / 11} + 16h + 30min);
    EXPECT_EQ(warningsAt(brasilia, 19, "UID"), 1);
    EXPECT_FALSE(anyWarningMentions(brasilia, "time zone"));

    const auto groupwise = readCorpus("21_");
    ASSERT_EQ(groupwise.result.events.size(), 1u);
    // 17:00 Mitteleuropäische Sommerzeit (+02:00) = 15:00 UTC.
    EXPECT_EQ(instant(groupwise.result.events[0].start), sys_days{2026y / 7 / 1} + 15h);
    EXPECT_FALSE(anyWarningMentions(groupwise, "time zone"));

    const auto cyrillic = readCorpus("23_");
    ASSERT_EQ(cyrillic.result.events.size(), 1u);
    // 30 May 2008 is in the DAYLIGHT part (+06:00): 15:00 local = 09:00 UTC.
    EXPECT_EQ(instant(cyrillic.result.events[0].start), sys_days{2008y / 5 / 30} + 9h);
    EXPECT_FALSE(anyWarningMentions(cyrillic, "time zone"));
}

TEST(IcalCorpus, EscapedCommaTzidsMatchTheirVtimezone06And25)
{
    const auto bangkok = readCorpus("06_");
    EXPECT_FALSE(anyWarningMentions(bangkok, "time zone"));
    ASSERT_EQ(bangkok.result.events.size(), 1u);
    // 09:00 at +07:00 = 02:00 UTC; 12:00 = 05:00 UTC.
    EXPECT_EQ(instant(bangkok.result.events[0].start), sys_days{2019y / 4 / 30} + 2h);
    EXPECT_EQ(instant(bangkok.result.events[0].end), sys_days{2019y / 4 / 30} + 5h);

    const auto tijuana = readCorpus("25_");
    EXPECT_FALSE(anyWarningMentions(tijuana, "time zone"));
    ASSERT_EQ(tijuana.result.events.size(), 1u);
    const auto& event = tijuana.result.events[0];
    // 11 Oct 2004 is before the last Sunday of October: daylight time, -07:00.
    EXPECT_EQ(instant(event.start), sys_days{2004y / 10 / 12} + 5h + 30min);
    EXPECT_EQ(instant(event.end), sys_days{2004y / 10 / 12} + 7h);
    EXPECT_EQ(event.description, "How about this description?\n\n--meher\n");
    ASSERT_TRUE(event.organizer);
    EXPECT_EQ(event.organizer->address, "meher.tendjoukian@verdisoft.com");
    EXPECT_EQ(event.organizer->name, "Meher Tendjoukian");
    ASSERT_EQ(event.attendees.size(), 2u);
    EXPECT_EQ(event.attendees[0].address, "Tendjoukian@yahoo.de");
}

TEST(IcalCorpus, BomAndEmptyCalendar13)
{
    const auto read = readCorpus("13_");
    EXPECT_FALSE(read.result.error);
    EXPECT_TRUE(read.result.events.empty());
}

TEST(IcalCorpus, MissingUidAndDtstartAreWarnedWithLines14)
{
    const auto read = readCorpus("14_");
    ASSERT_EQ(read.result.events.size(), 3u);
    EXPECT_EQ(read.result.events[0].uid, "123456");
    EXPECT_EQ(warningsAt(read, 7, "UID"), 0);
    EXPECT_EQ(warningsAt(read, 16, "UID"), 1);
    EXPECT_EQ(warningsAt(read, 16, "DTSTART"), 0);
    EXPECT_EQ(warningsAt(read, 20, "UID"), 1);
    EXPECT_EQ(warningsAt(read, 20, "DTSTART"), 1);
    EXPECT_FALSE(read.result.events[2].start);
}

TEST(IcalCorpus, SeriesWithOverridesAndOneCancelledOccurrence16)
{
    const auto read = readCorpus("16_");
    const auto& events = read.result.events;
    // Mondays 30 Jun … 4 Aug 2014 at 07:00 Berlin (CEST) = 05:00 UTC; UNTIL 6 Aug 06:00Z.
    ASSERT_EQ(events.size(), 6u);
    EXPECT_EQ(instant(events[0].start), sys_days{2014y / 6 / 30} + 5h);
    EXPECT_EQ(events[1].recurrenceId, "20140707T050000Z");
    EXPECT_EQ(instant(events[1].start), sys_days{2014y / 7 / 7} + 7h); // moved to 09:00 CEST
    EXPECT_FALSE(events[1].cancelled);
    EXPECT_EQ(events[2].recurrenceId, "20140714T050000Z");
    EXPECT_TRUE(events[2].cancelled);
    EXPECT_FALSE(events[3].cancelled);
    EXPECT_EQ(instant(events[5].start), sys_days{2014y / 8 / 4} + 5h);
    EXPECT_EQ(instant(events[5].end), sys_days{2014y / 8 / 4} + 10h);
}

TEST(IcalCorpus, FoldedParametersKeepPartstatAndCn17)
{
    const auto read = readCorpus("17_");
    ASSERT_EQ(read.result.events.size(), 1u);
    const auto& attendees = read.result.events[0].attendees;
    ASSERT_EQ(attendees.size(), 6u);
    EXPECT_EQ(attendees[0].name, "Henry Cabot");
    EXPECT_EQ(attendees[0].partstat, "TENTATIVE");
    EXPECT_EQ(attendees[1].name, "The Big Cheese");
    EXPECT_EQ(attendees[1].partstat, "DELEGATED");
    EXPECT_EQ(attendees[1].role, "NON-PARTICIPANT");
    EXPECT_EQ(attendees[2].name, "Jane Doe");
    EXPECT_EQ(attendees[2].partstat, "ACCEPTED");
    EXPECT_EQ(attendees[2].address, "jdoe@example.com");
    EXPECT_EQ(attendees[3].address, "jqpublic@example.com");
    EXPECT_EQ(attendees[4].partstat, "DECLINED");
    EXPECT_EQ(attendees[5].partstat, "TENTATIVE");
    // 09:30 Berlin summer time = 07:30 UTC.
    EXPECT_EQ(instant(read.result.events[0].start), sys_days{2014y / 4 / 9} + 7h + 30min);
}

TEST(IcalCorpus, BareAllDayMultiDayEvent18)
{
    const auto read = readCorpus("18_");
    EXPECT_FALSE(read.result.error);
    ASSERT_EQ(read.result.events.size(), 1u);
    const auto& event = read.result.events[0];
    EXPECT_EQ(event.summary, "Another Event");
    EXPECT_EQ(std::get<Date>(event.start->value), 2014y / 4 / 9);
    EXPECT_EQ(std::get<Date>(event.end->value), 2014y / 4 / 12);
    EXPECT_EQ(event.dtstamp, sys_days{2014y / 4 / 1} + 23h + 48min + 17s);
}

TEST(IcalCorpus, GoogleOverrideWithTzidBeforeItsSeries19)
{
    const auto read = readCorpus("19_");
    const auto& events = read.result.events;
    // Daily ×3 from 1 Feb 2026 10:00 New York (EST, -05:00) = 15:00 UTC; the 2 Feb one edited.
    ASSERT_EQ(events.size(), 3u);
    EXPECT_EQ(events[0].summary, "Initial Title");
    EXPECT_EQ(instant(events[0].start), sys_days{2026y / 2 / 1} + 15h);
    EXPECT_EQ(events[1].summary, "Edited Title");
    EXPECT_EQ(events[1].recurrenceId, "20260202T150000Z");
    EXPECT_EQ(events[1].where.line, 26);
    EXPECT_EQ(events[2].summary, "Initial Title");
    EXPECT_EQ(instant(events[2].start), sys_days{2026y / 2 / 3} + 15h);
}

TEST(IcalCorpus, FifteenCalendarsWithMethodCancel20)
{
    const auto read = readCorpus("20_");
    const auto& events = read.result.events;
    ASSERT_EQ(events.size(), 14u); // 14 VEVENTs; the 15th calendar holds a VFREEBUSY
    const auto at = [&](int line) {
        return std::find_if(events.begin(), events.end(),
                            [&](const auto& e) { return e.where.line == line; });
    };
    ASSERT_NE(at(207), events.end());
    EXPECT_TRUE(at(207)->cancelled); // METHOD:CANCEL
    ASSERT_NE(at(227), events.end());
    EXPECT_FALSE(at(227)->cancelled); // METHOD:COUNTER after it
    EXPECT_EQ(at(227)->duration, 2h);
    EXPECT_EQ(at(7)->attendees.size(), 6u);
    EXPECT_EQ(at(7)->attendees[0].address, "A@example.com");
}

TEST(IcalCorpus, UnquotedEasternStandardTime24)
{
    const auto read = readCorpus("24_");
    EXPECT_FALSE(anyWarningMentions(read, "time zone"));
    ASSERT_EQ(read.result.events.size(), 1u);
    // 28 Oct 2024 is before the first Sunday of November: EDT, -04:00. 17:00 = 21:00 UTC.
    EXPECT_EQ(instant(read.result.events[0].start), sys_days{2024y / 10 / 28} + 21h);
    EXPECT_EQ(read.result.events[0].start->zoneId, "America/New_York");
}

} // namespace
} // namespace followups::ical
