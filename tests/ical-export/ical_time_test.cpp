// TZID resolution and value conversion (ical_time.h): VTIMEZONE of the file first, then IANA, then
// Windows names; anything else a warning and floating time.
#include "../../ical-export/src/ical_time.h"

#include <cstdio>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <memory>
#include <ostream>
#include <string>
#include <tuple>
#include <vector>

namespace followups::ical
{
namespace
{

using namespace std::chrono;
using namespace std::chrono_literals;

struct ComponentFree {
    void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};

class TimeReaderTest : public ::testing::Test
{
protected:
    // Parses a calendar and reads the DTSTART of its first VEVENT.
    std::optional<TimeValue> dtstart(const std::string& text, const Zone& userZone = Zone::utc())
    {
        root_.reset(icalparser_parse_string(text.c_str()));
        reader_ = std::make_unique<TimeReader>(root_.get(), userZone, "test.ics", zones_);
        auto* event = icalcomponent_get_first_component(root_.get(), ICAL_VEVENT_COMPONENT);
        auto* property = icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY);
        return reader_->read(property, 7, warnings_);
    }

    std::unique_ptr<icalcomponent, ComponentFree> root_;
    VtimezoneCache zones_;
    std::unique_ptr<TimeReader> reader_;
    Warnings warnings_;
};

// Fixed +07:00 all year, as Exchange writes Bangkok.
const std::string bangkokVtimezone = "BEGIN:VTIMEZONE\n"
                                     "TZID:(UTC+07:00) Bangkok\\, Hanoi\\, Jakarta\n"
                                     "BEGIN:STANDARD\n"
                                     "DTSTART:16010101T000000\n"
                                     "TZOFFSETFROM:+0700\n"
                                     "TZOFFSETTO:+0700\n"
                                     "END:STANDARD\n"
                                     "END:VTIMEZONE\n";

std::string calendar(const std::string& vtimezones, const std::string& dtstart)
{
    return "BEGIN:VCALENDAR\n" + vtimezones + "BEGIN:VEVENT\nUID:x\n" + dtstart +
           "\nEND:VEVENT\nEND:VCALENDAR\n";
}

TEST(NormaliseTzid, TrimsUnquotesAndUnescapesCommas)
{
    EXPECT_EQ(normaliseTzid("  \"(UTC+07:00) Bangkok, Hanoi\" "), "(UTC+07:00) Bangkok, Hanoi");
    EXPECT_EQ(normaliseTzid("Pacific Time (US & Canada)\\, Tijuana"),
              "Pacific Time (US & Canada), Tijuana");
    EXPECT_EQ(normaliseTzid("Mitteleuropäische Zeit "), "Mitteleuropäische Zeit");
}

TEST_F(TimeReaderTest, QuotedTzidWithCommasMatchesItsEscapedVtimezone)
{
    const auto value = dtstart(calendar(bangkokVtimezone, "DTSTART;TZID=\"(UTC+07:00) Bangkok, "
                                                          "Hanoi, Jakarta\":20190430T090000"));
    ASSERT_TRUE(value);
    // 09:00 at +07:00 is 02:00 UTC.
    EXPECT_EQ(std::get<Instant>(value->time.value), sys_days{2019y / 4 / 30} + 2h);
    EXPECT_TRUE(warnings_.empty());
}

TEST_F(TimeReaderTest, VtimezoneOfTheFileWinsOverTheIanaRulesOfTheSameName)
{
    // A deliberately wrong "Europe/Berlin" (+05:00): the file's own definition is what its author's
    // client used to write the times.
    const std::string odd = "BEGIN:VTIMEZONE\nTZID:Europe/Berlin\nBEGIN:STANDARD\n"
                            "DTSTART:16010101T000000\nTZOFFSETFROM:+0500\nTZOFFSETTO:+0500\n"
                            "END:STANDARD\nEND:VTIMEZONE\n";
    const auto value = dtstart(calendar(odd, "DTSTART;TZID=Europe/Berlin:20260115T100000"));
    ASSERT_TRUE(value);
    EXPECT_EQ(std::get<Instant>(value->time.value), sys_days{2026y / 1 / 15} + 5h);
    EXPECT_EQ(value->time.zoneId, "Europe/Berlin");
}

TEST_F(TimeReaderTest, ZonePreparedFromItsTextServesTheFileThatHoldsIt)
{
    // The streaming reader prepares zones from the VTIMEZONEs' text while it scans; a batch that
    // holds the same VTIMEZONE must find that zone instead of building (and expanding) another.
    const std::string text = "BEGIN:VTIMEZONE\r\nTZID:W. Europe Standard Time\r\n"
                             "BEGIN:STANDARD\r\nDTSTART:16010101T030000\r\nTZOFFSETFROM:+0200\r\n"
                             "TZOFFSETTO:+0100\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\n"
                             "END:STANDARD\r\nBEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\n"
                             "TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n"
                             "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\nEND:DAYLIGHT\r\n"
                             "END:VTIMEZONE\r\n";
    zones_.prepare(text);
    ASSERT_EQ(zones_.size(), 1u);
    const auto value =
        dtstart(calendar(text, "DTSTART;TZID=W. Europe Standard Time:20260715T100000"));
    EXPECT_EQ(zones_.size(), 1u);
    ASSERT_TRUE(value);
    EXPECT_EQ(std::get<Instant>(value->time.value), sys_days{2026y / 7 / 15} + 8h);
    zones_.prepare("BEGIN:VEVENT\r\nUID:not-a-zone\r\nEND:VEVENT\r\n");
    EXPECT_EQ(zones_.size(), 1u);
}

// A mutated VTIMEZONE without TZID, met while the streaming reader prepares zones ahead of use:
// libical refuses it and leaves its copy with the caller (ASan's leak check in CI failed whenever
// the preparing thread reached such a zone before the scan ended).
TEST_F(TimeReaderTest, VtimezoneWithoutTzidIsRefusedWithoutLeakingItsCopy)
{
    zones_.prepare("BEGIN:VTIMEZONE\r\nBEGIN:STANDARD\r\nDTSTART:16010101T030000\r\n"
                   "TZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\n"
                   "END:VTIMEZONE\r\n");
    EXPECT_EQ(zones_.size(), 1u); // remembered as unbuildable, so not tried again
}

TEST_F(TimeReaderTest, IanaNameWithoutVtimezone)
{
    // 14 July 2014, Berlin in summer time (+02:00): 07:00 local is 05:00 UTC.
    const auto value = dtstart(calendar("", "DTSTART;TZID=Europe/Berlin:20140714T070000"));
    ASSERT_TRUE(value);
    EXPECT_EQ(std::get<Instant>(value->time.value), sys_days{2014y / 7 / 14} + 5h);
    EXPECT_EQ(value->time.zoneId, "Europe/Berlin");
    EXPECT_TRUE(warnings_.empty());
}

TEST_F(TimeReaderTest, WindowsNameWithoutVtimezoneThroughIcu)
{
    // Eastern Standard Time = America/New_York; 28 Oct 2024 is still EDT (-04:00).
    const auto value = dtstart(calendar("", "DTSTART;TZID=Eastern Standard Time:20241028T170000"));
    ASSERT_TRUE(value);
    EXPECT_EQ(std::get<Instant>(value->time.value), sys_days{2024y / 10 / 28} + 21h);
    EXPECT_EQ(value->time.zoneId, "America/New_York");
}

TEST_F(TimeReaderTest, UnknownTzidWarnsWithLineAndReadsFloating)
{
    const auto berlin = *Zone::fromId("Europe/Berlin");
    const auto value =
        dtstart(calendar("", "DTSTART;TZID=Customized Time Zone:20240426T140000"), berlin);
    ASSERT_TRUE(value);
    const auto* floating = std::get_if<EventTime::Floating>(&value->time.value);
    ASSERT_NE(floating, nullptr);
    EXPECT_EQ(floating->local, local_days{2024y / 4 / 26} + 14h);
    ASSERT_EQ(warnings_.size(), 1u);
    EXPECT_EQ(warnings_[0].where.file, "test.ics");
    EXPECT_EQ(warnings_[0].where.line, 7);
    EXPECT_NE(warnings_[0].message.find("Customized Time Zone"), std::string::npos);
    // Floating values take the user's zone: 14:00 Berlin summer time is 12:00 UTC.
    EXPECT_EQ(instantOf(value->time, berlin), sys_days{2024y / 4 / 26} + 12h);
}

TEST_F(TimeReaderTest, UtcFloatingAndDateValues)
{
    auto value = dtstart(calendar("", "DTSTART:20261105T140000Z"));
    ASSERT_TRUE(value);
    EXPECT_EQ(std::get<Instant>(value->time.value), sys_days{2026y / 11 / 5} + 14h);
    EXPECT_TRUE(value->time.zoneId.empty());

    value = dtstart(calendar("", "DTSTART:20261105T140000"));
    ASSERT_TRUE(value);
    EXPECT_TRUE(std::holds_alternative<EventTime::Floating>(value->time.value));

    value = dtstart(calendar("", "DTSTART;VALUE=DATE:20261105"));
    ASSERT_TRUE(value);
    EXPECT_EQ(std::get<Date>(value->time.value), 2026y / 11 / 5);
    EXPECT_TRUE(warnings_.empty());
}

TEST_F(TimeReaderTest, ImpossibleDateIsAWarningNotAGuess)
{
    const auto value = dtstart(calendar("", "DTSTART:20260231T100000Z"));
    EXPECT_FALSE(value);
    ASSERT_EQ(warnings_.size(), 1u);
    EXPECT_EQ(warnings_[0].where.line, 7);
}

// A zone repeating every second grew past 1 GB and never ended (issue 11): refused before libical
// expands it, with a warning naming it; its TZID is then read as the zone it names, if any.
TEST_F(TimeReaderTest, ZonesThatWouldRunAwayAreRefusedWithAWarning)
{
    const auto zone = [](const std::string& tzid, const std::string& observance) {
        return "BEGIN:VTIMEZONE\nTZID:" + tzid +
               "\nBEGIN:STANDARD\nDTSTART:19700101T000000\nTZOFFSETFROM:+0100\n"
               "TZOFFSETTO:+0100\n" +
               observance + "END:STANDARD\nEND:VTIMEZONE\n";
    };
    std::string rdates; // every day of 1990–2019: 10,957 transitions
    for (sys_days day = sys_days{1990y / 1 / 1}; day < sys_days{2020y / 1 / 1}; day += days{1}) {
        const year_month_day date{day};
        char text[32];
        std::snprintf(text, sizeof text, "RDATE:%04d%02u%02uT000000\n",
                      static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                      static_cast<unsigned>(date.day()));
        rdates += text;
    }
    const std::vector<std::tuple<std::string, std::string, std::string>> cases{
        {"Every second", "RRULE:FREQ=SECONDLY\n", "SECONDLY"},
        {"Every minute", "RRULE:FREQ=MINUTELY;INTERVAL=5\n", "MINUTELY"},
        {"Europe/Berlin", "RRULE:FREQ=HOURLY\n", "HOURLY"},
        {"Daily", "RRULE:FREQ=DAILY\n", "more than 10000"},
        {"Every day listed", rdates, "more than 10000"},
    };
    for (const auto& [tzid, observance, reason] : cases) {
        SCOPED_TRACE(tzid);
        warnings_.clear();
        const auto value =
            dtstart(calendar(zone(tzid, observance), "DTSTART;TZID=" + tzid + ":20261105T140000"));
        ASSERT_TRUE(value);
        ASSERT_FALSE(warnings_.empty());
        EXPECT_THAT(formatWarning(warnings_.front()),
                    ::testing::HasSubstr("test.ics:7: VTIMEZONE \"" + tzid + "\" ignored"));
        EXPECT_THAT(warnings_.front().message, ::testing::HasSubstr(reason));
        EXPECT_EQ(zones_.size(), 0u); // nothing built
        if (tzid == "Europe/Berlin")  // the IANA zone it names
            EXPECT_EQ(std::get<Instant>(value->time.value), sys_days{2026y / 11 / 5} + 13h);
        else
            EXPECT_TRUE(std::holds_alternative<EventTime::Floating>(value->time.value));
    }
    // A real zone's yearly rules are far below the cap.
    warnings_.clear();
    const auto yearly = dtstart(calendar(zone("Yearly", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\n"),
                                         "DTSTART;TZID=Yearly:20261105T140000"));
    ASSERT_TRUE(yearly);
    EXPECT_TRUE(warnings_.empty());
}

TEST_F(TimeReaderTest, DatesOutsideTheSupportedYearsAreAWarningNotZeros)
{
    for (const char* value : {"30010101T000000Z", "18991231T000000Z"}) {
        warnings_.clear();
        EXPECT_FALSE(dtstart(calendar("", std::string("DTSTART:") + value)));
        ASSERT_EQ(warnings_.size(), 1u);
        EXPECT_THAT(warnings_.front().message, ::testing::HasSubstr("1900 to 2999"));
    }
}

// RFC 5545 §3.3.5 at the DST edges, in every path a TZID can take: a wall-clock time that occurs
// twice (fall back) is the first occurrence; one that does not exist (spring forward) is shifted
// forward by the gap. 2026: Berlin springs forward on 29 March at 02:00 CET (01:00 UTC) and falls
// back on 25 October at 03:00 CEST (01:00 UTC); New York springs forward on 8 March at 02:00 EST
// (07:00 UTC) and falls back on 1 November at 02:00 EDT (06:00 UTC). The expected instants below
// are worked out by hand from those rules, not by a library.

// As Google Calendar writes its zones: the IANA id as TZID, observances from 1970.
const std::string googleBerlin = "BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n"
                                 "X-LIC-LOCATION:Europe/Berlin\r\n"
                                 "BEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n"
                                 "TZNAME:CEST\r\nDTSTART:19700329T020000\r\n"
                                 "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\n"
                                 "BEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n"
                                 "TZNAME:CET\r\nDTSTART:19701025T030000\r\n"
                                 "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\n"
                                 "END:VTIMEZONE\r\n";
const std::string googleNewYork = "BEGIN:VTIMEZONE\r\nTZID:America/New_York\r\n"
                                  "X-LIC-LOCATION:America/New_York\r\n"
                                  "BEGIN:DAYLIGHT\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400\r\n"
                                  "TZNAME:EDT\r\nDTSTART:19700308T020000\r\n"
                                  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r\nEND:DAYLIGHT\r\n"
                                  "BEGIN:STANDARD\r\nTZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500\r\n"
                                  "TZNAME:EST\r\nDTSTART:19701101T020000\r\n"
                                  "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\r\nEND:STANDARD\r\n"
                                  "END:VTIMEZONE\r\n";
// As Exchange and Outlook write them: the Windows name as TZID, observances from 1601.
const std::string exchangeBerlin = "BEGIN:VTIMEZONE\r\nTZID:W. Europe Standard Time\r\n"
                                   "BEGIN:STANDARD\r\nDTSTART:16010101T030000\r\n"
                                   "TZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n"
                                   "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10\r\n"
                                   "END:STANDARD\r\nBEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\n"
                                   "TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n"
                                   "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3\r\n"
                                   "END:DAYLIGHT\r\nEND:VTIMEZONE\r\n";
const std::string exchangeNewYork = "BEGIN:VTIMEZONE\r\nTZID:Eastern Standard Time\r\n"
                                    "BEGIN:STANDARD\r\nDTSTART:16010101T020000\r\n"
                                    "TZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500\r\n"
                                    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11\r\n"
                                    "END:STANDARD\r\nBEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\n"
                                    "TZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400\r\n"
                                    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3\r\n"
                                    "END:DAYLIGHT\r\nEND:VTIMEZONE\r\n";

struct DstEdge {
    std::string name;
    std::string vtimezone;     // empty: no VTIMEZONE in the file
    std::string tzidParameter; // ";TZID=…", empty for floating
    std::string userZone;      // floating values take it
    std::string wallClock;     // DTSTART's value
    Instant expected;
};

void PrintTo(const DstEdge& edge, std::ostream* out)
{
    *out << edge.name;
}

class DstEdgeTest : public TimeReaderTest, public ::testing::WithParamInterface<DstEdge>
{
};

TEST_P(DstEdgeTest, RepeatedTimeIsTheFirstAndMissingTimeMovesForwardByTheGap)
{
    const DstEdge& edge = GetParam();
    const Zone user = *Zone::fromId(edge.userZone);
    const auto value = dtstart(
        calendar(edge.vtimezone, "DTSTART" + edge.tzidParameter + ":" + edge.wallClock), user);
    ASSERT_TRUE(value);
    EXPECT_EQ(formatRfc3339(instantOf(value->time, user), Zone::utc()),
              formatRfc3339(edge.expected, Zone::utc()));
    EXPECT_TRUE(warnings_.empty());
}

// The same edges, each written five ways.
std::vector<DstEdge> dstEdges()
{
    struct Written {
        std::string how;
        std::string vtimezone;
        std::string tzid;
    };
    struct Edge {
        std::string what;
        std::string userZone;
        const std::vector<Written>& ways;
        std::string wallClock;
        Instant expected;
    };
    const std::vector<Written> berlin{
        {"GoogleVtimezone", googleBerlin, ";TZID=Europe/Berlin"},
        {"ExchangeVtimezone", exchangeBerlin, ";TZID=W. Europe Standard Time"},
        {"IanaName", "", ";TZID=Europe/Berlin"},
        {"WindowsName", "", ";TZID=W. Europe Standard Time"},
        {"Floating", "", ""}};
    const std::vector<Written> newYork{
        {"GoogleVtimezone", googleNewYork, ";TZID=America/New_York"},
        {"ExchangeVtimezone", exchangeNewYork, ";TZID=Eastern Standard Time"},
        {"IanaName", "", ";TZID=America/New_York"},
        {"WindowsName", "", ";TZID=Eastern Standard Time"},
        {"Floating", "", ""}};
    const std::vector<Edge> edges{
        // 02:30 occurs at +02:00 (00:30 UTC), then again at +01:00 (01:30 UTC): the first.
        {"BerlinFallBack", "Europe/Berlin", berlin, "20261025T023000",
         sys_days{2026y / 10 / 25} + 30min},
        // 02:30 does not exist; an hour later on the new clock is 03:30 CEST, 01:30 UTC.
        {"BerlinSpringForward", "Europe/Berlin", berlin, "20260329T023000",
         sys_days{2026y / 3 / 29} + 1h + 30min},
        // Just outside the edges: an ordinary time before each.
        {"BerlinBeforeFallBack", "Europe/Berlin", berlin, "20261025T013000",
         sys_days{2026y / 10 / 24} + 23h + 30min},
        {"BerlinAfterSpringForward", "Europe/Berlin", berlin, "20260329T033000",
         sys_days{2026y / 3 / 29} + 1h + 30min},
        // 01:30 occurs at -04:00 (05:30 UTC), then again at -05:00 (06:30 UTC): the first.
        {"NewYorkFallBack", "America/New_York", newYork, "20261101T013000",
         sys_days{2026y / 11 / 1} + 5h + 30min},
        // 02:30 does not exist; 03:30 EDT is 07:30 UTC.
        {"NewYorkSpringForward", "America/New_York", newYork, "20260308T023000",
         sys_days{2026y / 3 / 8} + 7h + 30min},
        {"NewYorkAfterFallBack", "America/New_York", newYork, "20261101T023000",
         sys_days{2026y / 11 / 1} + 7h + 30min},
    };
    std::vector<DstEdge> result;
    for (const Edge& edge : edges) {
        for (const Written& way : edge.ways)
            result.push_back({edge.what + "_" + way.how, way.vtimezone, way.tzid, edge.userZone,
                              edge.wallClock, edge.expected});
    }
    return result;
}

INSTANTIATE_TEST_SUITE_P(EveryPath, DstEdgeTest, ::testing::ValuesIn(dstEdges()),
                         [](const auto& edge) { return edge.param.name; });

} // namespace
} // namespace followups::ical
