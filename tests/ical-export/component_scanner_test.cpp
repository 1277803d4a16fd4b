// The streaming reader's first step (ical-export/src/component_scanner.h): components split out of
// a byte stream fed in chunks of any size, as written, with what the reader selects them by.
#include "../../ical-export/src/component_scanner.h"

#include <gtest/gtest.h>

using namespace followups;
using namespace followups::ical;

namespace
{

struct Component {
    std::string name;
    std::string text;
    int firstLine;
    int calendar;
    bool holdsEvent;
    std::string recognitionText;
    std::string uid;
    bool recurring;
    bool overrides;
};

struct Scan {
    std::vector<Component> components;
    std::vector<ScannedCalendar> calendars;
    Warnings warnings;
    bool sawCalendar = false;
};

Scan scan(std::string_view text, std::size_t chunkSize, ScanLimits limits = {})
{
    Scan result;
    ComponentScanner scanner(
        "test.ics", result.warnings,
        [&](const ScannedComponent& c) {
            result.components.push_back({c.name, std::string(c.text), c.firstLine, c.calendar,
                                         c.holdsEvent, std::string(c.recognitionText), c.uid,
                                         c.recurring, c.overrides});
        },
        [&](const ScannedCalendar& calendar) { result.calendars.push_back(calendar); }, limits);
    for (std::size_t at = 0; at < text.size(); at += chunkSize)
        scanner.feed(text.substr(at, chunkSize));
    scanner.finish();
    result.sawCalendar = scanner.sawCalendar();
    return result;
}

std::vector<std::string> messages(const Warnings& warnings)
{
    std::vector<std::string> result;
    for (const auto& warning : warnings)
        result.push_back(formatWarning(warning));
    return result;
}

const std::string calendar = "\xEF\xBB\xBF"
                             "BEGIN:VCALENDAR\r\n"                // 1
                             "METHOD:CANCEL\r\n"                  // 2
                             "BEGIN:VTIMEZONE\r\n"                // 3
                             "TZID:Europe/Berlin\r\n"             // 4
                             "END:VTIMEZONE\r\n"                  // 5
                             "begin:vevent\r\n"                   // 6
                             "UID:weekly@example.org\r\n"         // 7
                             "SUMMARY:Inter\r\n"                  // 8
                             " view: Acme\r\n"                    // 9
                             "RRULE:FREQ=WEEKLY\r\n"              // 10
                             "X-INTERVIEW-ROLE:Engineer\r\n"      // 11
                             "DESCRIPTION:not looked at\r\n"      // 12
                             "BEGIN:VALARM\r\n"                   // 13
                             "SUMMARY:the alarm's\r\n"            // 14
                             "END:VALARM\r\n"                     // 15
                             "END:VEVENT\r\n"                     // 16
                             "BEGIN:VEVENT\r\n"                   // 17
                             "UID:weekly@example.org\r\n"         // 18
                             "RECURRENCE-ID:20261208T130000Z\r\n" // 19
                             "CATEGORIES:Work\r\n"                // 20
                             "END:VEVENT\r\n"                     // 21
                             "END:VCALENDAR\r\n";                 // 22

} // namespace

TEST(ComponentScanner, givesEachComponentAsWrittenWithWhatTellsAnInterview)
{
    const Scan result = scan(calendar, calendar.size());
    EXPECT_TRUE(result.warnings.empty()) << ::testing::PrintToString(messages(result.warnings));
    EXPECT_TRUE(result.sawCalendar);
    ASSERT_EQ(result.components.size(), 3U);

    const Component& zone = result.components[0];
    EXPECT_EQ(zone.name, "VTIMEZONE");
    EXPECT_EQ(zone.firstLine, 3);
    EXPECT_FALSE(zone.holdsEvent);

    const Component& series = result.components[1];
    EXPECT_EQ(series.name, "VEVENT"); // upper case, as written in lower case
    EXPECT_EQ(series.firstLine, 6);
    EXPECT_EQ(series.calendar, 0);
    EXPECT_TRUE(series.holdsEvent);
    EXPECT_EQ(series.text.substr(0, 14), "begin:vevent\r\n");
    EXPECT_TRUE(series.text.ends_with("END:VEVENT\r\n"));
    // Unfolded, each line ending in LF, the alarm's SUMMARY too; DESCRIPTION left out.
    EXPECT_EQ(series.recognitionText, "SUMMARY:Interview: Acme\nX-INTERVIEW-ROLE:Engineer\n"
                                      "SUMMARY:the alarm's\n");
    EXPECT_EQ(series.uid, "weekly@example.org");
    EXPECT_TRUE(series.recurring);
    EXPECT_FALSE(series.overrides);

    const Component& override = result.components[2];
    EXPECT_EQ(override.firstLine, 17);
    EXPECT_TRUE(override.overrides);
    EXPECT_FALSE(override.recurring);
    EXPECT_EQ(override.recognitionText, "CATEGORIES:Work\n");

    ASSERT_EQ(result.calendars.size(), 1U);
    EXPECT_EQ(result.calendars[0].beginLine, 1);
    EXPECT_EQ(result.calendars[0].endLine, 22);
    ASSERT_EQ(result.calendars[0].methods.size(), 1U);
    EXPECT_EQ(result.calendars[0].methods[0].line, 2);
}

TEST(ComponentScanner, givesTheSameWhateverTheChunkSize)
{
    const Scan whole = scan(calendar, calendar.size());
    for (const std::size_t chunk : {1, 2, 3, 7, 13, 64}) {
        SCOPED_TRACE(chunk);
        const Scan pieces = scan(calendar, chunk);
        ASSERT_EQ(pieces.components.size(), whole.components.size());
        for (std::size_t i = 0; i < whole.components.size(); ++i) {
            EXPECT_EQ(pieces.components[i].text, whole.components[i].text);
            EXPECT_EQ(pieces.components[i].recognitionText, whole.components[i].recognitionText);
            EXPECT_EQ(pieces.components[i].firstLine, whole.components[i].firstLine);
            EXPECT_EQ(pieces.components[i].uid, whole.components[i].uid);
        }
        EXPECT_EQ(messages(pieces.warnings), messages(whole.warnings));
    }
}

TEST(ComponentScanner, takesBareEventsAndWarnsAboutTextOutsideComponents)
{
    const Scan result = scan("garbage\nBEGIN:VEVENT\nUID:bare\nEND:VEVENT\n", 5);
    EXPECT_TRUE(result.sawCalendar);
    ASSERT_EQ(result.components.size(), 1U);
    EXPECT_EQ(result.components[0].calendar, -1);
    EXPECT_EQ(result.components[0].firstLine, 2);
    ASSERT_EQ(result.warnings.size(), 1U);
    EXPECT_EQ(result.warnings[0].where.line, 1);
}

TEST(ComponentScanner, saysWhenTheInputIsNoCalendar)
{
    EXPECT_FALSE(scan("just some text\n", 4).sawCalendar);
}

TEST(ComponentScanner, skipsWhatIsTooLargeOrTooDeepWithAWarning)
{
    ScanLimits limits;
    limits.maxLineBytes = 40;
    limits.maxComponentBytes = 120;
    limits.maxDepth = 3;
    const std::string description = "DESCRIPTION:" + std::string(20, 'y') + "\n";
    std::string text = "BEGIN:VCALENDAR\n";           // 1
    text += "BEGIN:VEVENT\n";                         // 2
    text += "SUMMARY:" + std::string(60, 'x') + "\n"; // 3: too long
    text += "UID:long-line\n";                        // 4
    text += "END:VEVENT\n";                           // 5
    text += "BEGIN:VEVENT\n";                         // 6: too large
    for (int i = 0; i < 4; ++i)
        text += description;  // 7 to 10
    text += "END:VEVENT\n";   // 11
    text += "BEGIN:VEVENT\n"; // 12: holds a component too deep
    text += "BEGIN:VALARM\nBEGIN:X-DEEPER\nEND:X-DEEPER\nEND:VALARM\nEND:VEVENT\n";
    text += "END:VCALENDAR\n";
    const Scan result = scan(text, 9, limits);
    // The event with the long line comes without it; the large one and the deep one not at all.
    ASSERT_EQ(result.components.size(), 1U);
    EXPECT_EQ(result.components[0].uid, "long-line");
    EXPECT_EQ(result.components[0].recognitionText, "");
    const auto warned = messages(result.warnings);
    ASSERT_EQ(warned.size(), 3U) << ::testing::PrintToString(warned);
    EXPECT_EQ(result.warnings[0].where.line, 3);
    EXPECT_NE(warned[0].find("line longer than"), std::string::npos);
    EXPECT_EQ(result.warnings[1].where.line, 6);
    EXPECT_NE(warned[1].find("larger than"), std::string::npos);
    EXPECT_EQ(result.warnings[2].where.line, 12);
    EXPECT_NE(warned[2].find("nested deeper than 3"), std::string::npos);
}

TEST(ComponentScanner, readsNothingAfterANulByte)
{
    const std::string text = std::string("BEGIN:VEVENT\nUID:a\nEND:VEVENT\nBEGIN:VEVENT\0", 44) +
                             "\nUID:b\nEND:VEVENT\n";
    const Scan result = scan(text, 6);
    ASSERT_EQ(result.components.size(), 2U); // the second as far as it got, truncated
    EXPECT_EQ(result.components[0].uid, "a");
    EXPECT_EQ(result.components[1].uid, "");
    bool warnedNul = false;
    for (const auto& message : messages(result.warnings))
        warnedNul = warnedNul || message.find("NUL byte") != std::string::npos;
    EXPECT_TRUE(warnedNul);
}
