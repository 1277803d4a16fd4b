// Components set aside while streaming and read back (ical-export/src/spill_file.h).
#include "../../ical-export/src/spill_file.h"

#include <gtest/gtest.h>

using namespace followups::ical;

TEST(SpillFile, givesBackWhatWasWrittenInOrderAndOnlyWhatIsWanted)
{
    SpillFile spill;
    for (int i = 0; i < 100; ++i)
        spill.write({static_cast<std::uint64_t>(i % 3), i, i % 2, i + 1,
                     "BEGIN:VEVENT\r\nUID:" + std::to_string(i) + "\r\nEND:VEVENT\r\n"});
    std::vector<SpilledComponent> back;
    spill.readBack([](std::uint64_t key) { return key != 1; },
                   [&](SpilledComponent&& component) { back.push_back(std::move(component)); });
    ASSERT_EQ(back.size(), 67U); // keys 0 and 2 of 0, 1, 2, 0, 1, 2 …
    std::int64_t previous = -1;
    for (const auto& component : back) {
        EXPECT_NE(component.key, 1U);
        EXPECT_GT(component.order, previous);
        previous = component.order;
        EXPECT_EQ(component.calendar, component.order % 2);
        EXPECT_EQ(component.firstLine, component.order + 1);
        EXPECT_EQ(component.text,
                  "BEGIN:VEVENT\r\nUID:" + std::to_string(component.order) + "\r\nEND:VEVENT\r\n");
    }
}

TEST(SpillFile, readsBackNothingWhenNothingWasWritten)
{
    SpillFile spill;
    int calls = 0;
    spill.readBack([](std::uint64_t) { return true; }, [&](SpilledComponent&&) { ++calls; });
    EXPECT_EQ(calls, 0);
}

TEST(SpilledTexts, givesBackEachTextByItsPlaceInAnyOrder)
{
    SpilledTexts texts;
    std::vector<std::pair<SpilledTexts::Place, std::string>> put;
    // Some larger than the read-ahead window, with bytes that must come back as they were.
    for (int i = 0; i < 40; ++i) {
        std::string text(i % 10 == 9 ? 300 * 1024 : 50 + i, static_cast<char>('a' + i % 26));
        text += std::string("\0\r\n\xFF", 4);
        put.emplace_back(texts.put(text), text);
    }
    for (int i = 39; i >= 0; i -= 3)
        EXPECT_EQ(texts.get(put[static_cast<std::size_t>(i)].first),
                  put[static_cast<std::size_t>(i)].second)
            << i;
    for (int i = 0; i < 40; ++i)
        EXPECT_EQ(texts.get(put[static_cast<std::size_t>(i)].first),
                  put[static_cast<std::size_t>(i)].second)
            << i;
}
