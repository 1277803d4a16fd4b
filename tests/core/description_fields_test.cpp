// `Key: value` lines and X-INTERVIEW-* properties (core/src/description_fields.h).
#include "../../core/src/description_fields.h"

#include <gtest/gtest.h>

using namespace followups;

namespace
{

CalendarEvent withDescription(std::string description, int line = 20)
{
    CalendarEvent event;
    event.where = SourceLocation{"cal.ics", 5};
    event.description = std::move(description);
    event.descriptionLine = line;
    return event;
}

} // namespace

TEST(ReadFields, knownKeysWithTheirLines)
{
    const std::vector<Field> fields = readFields(withDescription(
        "Hi!\r\nJoin: https://meet.example/x\r\n  - Decision by:  2026-11-20 \r\n* Company: Acme\n"
        "\u2022 follow ups: off\nCONTACT-BY: +1w\nPosition: Engineer\nInterviewer: Jane"));
    ASSERT_EQ(fields.size(), 6u);
    EXPECT_EQ(fields[0].key, FieldKey::Decision);
    EXPECT_EQ(fields[0].value, "2026-11-20");
    EXPECT_EQ(fields[0].where.file, "cal.ics");
    EXPECT_EQ(fields[0].where.line, 20); // the DESCRIPTION property's line
    EXPECT_EQ(fields[0].lineInDescription, 3);
    EXPECT_EQ(fields[1].key, FieldKey::Company);
    EXPECT_EQ(fields[1].where.line, 20);
    EXPECT_EQ(fields[1].lineInDescription, 4);
    EXPECT_EQ(fields[2].key, FieldKey::FollowUps);
    EXPECT_EQ(fields[3].key, FieldKey::ContactBy);
    EXPECT_EQ(fields[4].key, FieldKey::Role);
    EXPECT_EQ(fields[5].key, FieldKey::Interviewers);
    EXPECT_EQ(fields[5].lineInDescription, 8);
}

TEST(ReadFields, unknownDescriptionLineIsUnknown)
{
    EXPECT_EQ(readFields(withDescription("")).size(), 0u);
    const std::vector<Field> fields = readFields(withDescription("Decision\nx: y", 0));
    EXPECT_TRUE(fields.empty());
    ASSERT_EQ(readFields(withDescription("Outcome: offer", 0)).size(), 1u);
    EXPECT_EQ(readFields(withDescription("Outcome: offer", 0))[0].where.line, 0);
}

TEST(ReadFields, propertiesAfterTheDescription)
{
    CalendarEvent event = withDescription("Company: Acme");
    event.interviewProperties = {{"COMPANY", " Acme Labs ", 41},
                                 {"DECISION-BY", "+5d", 42},
                                 {"UNHEARD-OF", "x", 43},
                                 {"FOLLOW-UPS", "OFF", 44}};
    const std::vector<Field> fields = readFields(event);
    ASSERT_EQ(fields.size(), 4u);
    EXPECT_EQ(fields[0].value, "Acme");
    EXPECT_EQ(fields[1].key, FieldKey::Company);
    EXPECT_EQ(fields[1].value, "Acme Labs");
    EXPECT_EQ(fields[1].where.line, 41);
    EXPECT_EQ(fields[1].lineInDescription, 0);
    EXPECT_EQ(fields[2].key, FieldKey::Decision);
    EXPECT_EQ(fields[3].key, FieldKey::FollowUps);
    EXPECT_EQ(fields[3].where.line, 44);
}
