// Plain property values of a libical component (ical-export/src/component_fields.h).
#include "../../ical-export/src/component_fields.h"

#include <gtest/gtest.h>
#include <memory>

using namespace followups::ical;

namespace
{

struct Freed {
    void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};
using Component = std::unique_ptr<icalcomponent, Freed>;

const char* const event =
    "BEGIN:VEVENT\r\n"
    "UID:acme-1@example.com\r\n"
    "SUMMARY:Interview\\, round 2\\nAcme\r\n"
    "DTSTART:20261201T130000Z\r\n"
    "CATEGORIES:Acme\\, Inc,Job search, ,Interview\r\n"
    "CATEGORIES:Second line\r\n"
    "X-IFU-KIND:thank-you\r\n"
    "X-IFU-ISSUED:a\\,b\r\n"
    "ATTENDEE;CN=\"'Jane Doe'\";PARTSTAT=ACCEPTED:mailto:jane@acme.example\r\n"
    "END:VEVENT\r\n";

Component parsed()
{
    return Component(icalparser_parse_string(event));
}

} // namespace

TEST(ComponentFields, readsTextValuesWithTheirEscapesUndone)
{
    const Component component = parsed();
    ASSERT_TRUE(component);
    EXPECT_EQ(textOf(component.get(), ICAL_SUMMARY_PROPERTY), "Interview, round 2\nAcme");
    EXPECT_EQ(textOf(component.get(), ICAL_UID_PROPERTY), "acme-1@example.com");
    EXPECT_EQ(textOf(component.get(), ICAL_DTSTART_PROPERTY), "20261201T130000Z");
    EXPECT_EQ(textOf(component.get(), ICAL_LOCATION_PROPERTY), "");
}

TEST(ComponentFields, findsAnXPropertyByItsNameInAnyCase)
{
    const Component component = parsed();
    EXPECT_EQ(xPropertyOf(component.get(), "x-ifu-kind"), "thank-you");
    EXPECT_EQ(xPropertyOf(component.get(), "X-IFU-ISSUED"), "a,b");
    EXPECT_FALSE(xPropertyOf(component.get(), "X-IFU-HASH"));
}

TEST(ComponentFields, splitsCategoriesOnlyAtUnescapedCommas)
{
    const LineMap lines(event);
    EXPECT_EQ(categoriesOf(*lines.component("VEVENT", 0)),
              (std::vector<std::string>{"Acme, Inc", "Job search", "Interview", "Second line"}));
}

TEST(ComponentFields, readsParametersWithoutTheirQuotes)
{
    const Component component = parsed();
    auto* attendee = icalcomponent_get_first_property(component.get(), ICAL_ATTENDEE_PROPERTY);
    ASSERT_NE(attendee, nullptr);
    // Outlook quotes names twice: both pairs go.
    EXPECT_EQ(parameterOf(attendee, ICAL_CN_PARAMETER), "Jane Doe");
    EXPECT_EQ(parameterOf(attendee, ICAL_PARTSTAT_PARAMETER), "ACCEPTED");
    EXPECT_EQ(parameterOf(attendee, ICAL_ROLE_PARAMETER), "");
    EXPECT_EQ(unquoted("  \"a\"  "), "a");
    EXPECT_EQ(unquoted("\"a'"), "\"a'");
}
