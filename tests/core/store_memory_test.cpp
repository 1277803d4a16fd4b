// What a store remembers of each interview (core/include/followups/store_memory.h).
#include "followups/store_memory.h"
#include "planner_fixtures.h"

#include <gtest/gtest.h>

using namespace followups;
using namespace followups::testing;

namespace
{
const InterviewKey acme{"acme", ""};
const InterviewKey globex{"globex", "20261105T130000Z"};
} // namespace

TEST(StoreMemory, remembersWhatWasIssuedPerInterview)
{
    StoreMemory memory;
    EXPECT_TRUE(memory.addIssued(acme, {"a", "b"}));
    EXPECT_FALSE(memory.addIssued(acme, {"a"}));
    EXPECT_TRUE(memory.wasIssued(acme, "b"));
    EXPECT_FALSE(memory.wasIssued(globex, "b"));
    EXPECT_TRUE(memory.issued(globex).empty());
}

TEST(StoreMemory, aCreationConfirmedLaterIsNoLongerFailed)
{
    StoreMemory memory;
    memory.creationFailed(acme, "c");
    EXPECT_EQ(memory.failedCreations(acme), std::set<std::string>{"c"});
    EXPECT_FALSE(memory.wasIssued(acme, "c"));
    memory.addIssued(acme, {"c"});
    EXPECT_TRUE(memory.failedCreations(acme).empty());
    EXPECT_TRUE(memory.wasIssued(acme, "c"));
}

TEST(StoreMemory, notesOnlyTheInterviewsItHasRecordsOf)
{
    StoreMemory memory;
    memory.addIssued(acme, {"a"});
    memory.seen(acme, date(2026, 11, 2));
    memory.seen(globex, date(2026, 11, 2));
    EXPECT_EQ(memory.records().size(), 1U);
    EXPECT_EQ(memory.records().at(acme).lastSeen, date(2026, 11, 2));
}

TEST(StoreMemory, prunesRecordsNotCurrentForLongerThanTheGrace)
{
    StoreMemory memory;
    memory.addIssued(acme, {"a"});
    memory.setOutcome(globex, {OutcomeKind::Offer, std::nullopt});
    memory.seen(acme, date(2026, 11, 2));
    // globex was never seen: dated by the first prune, then kept for the grace.
    EXPECT_EQ(memory.prune(date(2026, 12, 2)), 0U);
    EXPECT_EQ(memory.records().at(globex).lastSeen, date(2026, 12, 2));
    EXPECT_EQ(memory.prune(date(2026, 12, 3)), 1U); // acme: 31 days
    EXPECT_FALSE(memory.records().contains(acme));
    EXPECT_EQ(memory.prune(date(2027, 1, 1)), 0U);
    EXPECT_EQ(memory.prune(date(2027, 1, 2)), 1U);
    EXPECT_TRUE(memory.records().empty());
}

TEST(StoreMemory, restoresWhatAStoreSaved)
{
    StoreMemory::Record record;
    record.issued = {"a"};
    record.failedCreations = {"b"};
    record.outcome = Outcome{OutcomeKind::Rejected, date(2026, 11, 9)};
    record.lastSeen = date(2026, 11, 10);
    StoreMemory memory;
    memory.restore(globex, record);
    EXPECT_TRUE(memory.wasIssued(globex, "a"));
    EXPECT_EQ(memory.failedCreations(globex), std::set<std::string>{"b"});
    ASSERT_TRUE(memory.outcome(globex));
    EXPECT_EQ(memory.outcome(globex)->date, date(2026, 11, 9));
    EXPECT_EQ(memory.records().at(globex).lastSeen, date(2026, 11, 10));
}
