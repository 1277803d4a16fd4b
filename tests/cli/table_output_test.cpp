// The table form lines columns up by terminal width, also with accents and CJK text.
#include "table_output.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace followups::cli
{
namespace
{

TEST(TableOutput, displayWidthCountsCharactersNotBytes)
{
    EXPECT_EQ(displayWidth("abc"), 3u);
    EXPECT_EQ(displayWidth("Vorstellungsgespräch"), 20u);
    EXPECT_EQ(displayWidth("Acme – Engineer"), 15u);
    EXPECT_EQ(displayWidth("面接"), 4u);    // wide characters take two columns
    EXPECT_EQ(displayWidth("e\u0301"), 1u); // a combining accent takes none
}

TEST(TableOutput, columnsAlignAcrossWideAndNarrowText)
{
    const auto table = renderTable({"A", "B"}, {{"面接", "x"}, {"ä", "y"}, {"abcde", "z"}});
    EXPECT_EQ(table, "A      B\n"
                     "面接   x\n"
                     "ä      y\n"
                     "abcde  z\n");
}

TEST(TableOutput, theLastColumnIsNotPadded)
{
    EXPECT_EQ(renderTable({"A", "LONG HEADER"}, {{"1", ""}}), "A  LONG HEADER\n1\n");
}

TEST(TableOutput, shortenedCutsByColumnsAndEndsInAnEllipsis)
{
    EXPECT_EQ(shortened("abcdef", 6), "abcdef");
    EXPECT_EQ(shortened("abcdef", 4), "abc…");
    EXPECT_EQ(shortened("面接面接", 5), "面接…"); // a wide character never half shown
    EXPECT_EQ(shortened("Straße", 5), "Stra…");
    EXPECT_EQ(shortened("abc", 0), "");
}

TEST(TableOutput, wrappedBreaksAtSpacesAndIndentsTheRest)
{
    EXPECT_EQ(wrapped("one two three four", 9, 2),
              (std::vector<std::string>{"one two", "  three", "  four"}));
    // A word longer than a line is cut where the line ends.
    EXPECT_EQ(wrapped("abcdefghij", 4), (std::vector<std::string>{"abcd", "efgh", "ij"}));
    EXPECT_EQ(wrapped("", 10), (std::vector<std::string>{""}));
}

TEST(TableOutput, aTableTooWideNarrowsItsShrinkableColumnsInOrder)
{
    const TableRow header{"A", "B", "C"};
    const std::vector<TableRow> rows{{"1234", "a long text here", "another long one"}};
    // Natural: 4 + 2 + 16 + 2 + 16 = 40 columns.
    EXPECT_EQ(renderTable(header, rows, {40, false}, {{2, 4}}),
              "A     B                 C\n1234  a long text here  another long one\n");
    // 30 columns: C gives up 10 first.
    EXPECT_EQ(renderTable(header, rows, {30, false}, {{2, 4}, {1, 4}}),
              "A     B                 C\n1234  a long text here  anoth…\n");
    // 20: C down to its minimum 4, then B by the rest (no space left before the ellipsis).
    EXPECT_EQ(renderTable(header, rows, {20, false}, {{2, 4}, {1, 4}}),
              "A     B         C\n1234  a long…   ano…\n");
    // A column whose minimum is 0 goes, with its gap.
    EXPECT_EQ(renderTable(header, rows, {24, false}, {{2, 0}}),
              "A     B\n1234  a long text here\n");
}

TEST(TableOutput, markedRowsAreColouredOnlyWhenAsked)
{
    const std::vector<TableRow> rows{{"late"}, {"fine"}, {"gone"}};
    const std::vector<RowMark> marks{RowMark::Overdue, RowMark::None, RowMark::Cancelled};
    EXPECT_EQ(renderTable({"X"}, rows, {std::nullopt, true}, {}, marks),
              "X\n\x1b[1;31mlate\x1b[0m\nfine\n\x1b[2mgone\x1b[0m\n");
    EXPECT_EQ(renderTable({"X"}, rows, {std::nullopt, false}, {}, marks), "X\nlate\nfine\ngone\n");
}

TEST(TableOutput, tasksAreSortedByDueWithOverdueAndCancelledMarked)
{
    const Zone utc = Zone::utc();
    const Instant now =
        std::chrono::sys_days{std::chrono::year{2026} / 11 / 22} + std::chrono::hours{9};
    const auto task = [](std::string uid, Due due, TaskStatus status, bool othersApp = false) {
        ListedTask listed{.task = {}, .othersApp = othersApp};
        listed.task.uid = std::move(uid);
        listed.task.summary = listed.task.uid;
        listed.task.due = due;
        listed.task.status = status;
        return listed;
    };
    const std::vector<ListedTask> tasks{
        task("later", Due{now + std::chrono::hours{30}}, TaskStatus::NeedsAction),
        task("all-day-today", Due{Date{std::chrono::year{2026} / 11 / 22}},
             TaskStatus::NeedsAction),
        task("late", Due{now - std::chrono::hours{1}}, TaskStatus::NeedsAction),
        task("dropped", Due{now - std::chrono::hours{2}}, TaskStatus::Cancelled),
        task("done", Due{now - std::chrono::hours{3}}, TaskStatus::Completed),
        task("milk", Due{now + std::chrono::hours{31}}, TaskStatus::NeedsAction, true),
    };
    EXPECT_EQ(tasksTable(tasks, utc, now, {std::nullopt, true}),
              "DUE               KIND     STATUS     SUMMARY        PERSON\n"
              "2026-11-22        debrief  open       all-day-today\n"
              "2026-11-22 06:00  debrief  done       done\n"
              "\x1b[2m2026-11-22 07:00  debrief  cancelled  dropped\x1b[0m\n"
              "\x1b[1;31m2026-11-22 08:00  debrief  overdue    late\x1b[0m\n"
              "2026-11-23 15:00  debrief  open       later\n"
              "2026-11-23 16:00  other    open       milk\n");
}

} // namespace
} // namespace followups::cli
