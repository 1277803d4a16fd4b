// One field-by-field comparison of a task read back with the task that was written, for the
// round-trip tests of the readers and the writer.
#pragma once

#include "followups/task.h"

#include <gtest/gtest.h>

namespace followups::testing
{

inline void expectSameTask(const Task& read, const Task& written)
{
    SCOPED_TRACE(written.uid);
    EXPECT_EQ(read.uid, written.uid);
    EXPECT_EQ(read.kind, written.kind);
    EXPECT_EQ(read.ordinal, written.ordinal);
    EXPECT_EQ(read.summary, written.summary);
    EXPECT_EQ(read.description, written.description);
    EXPECT_TRUE(read.due == written.due);
    // A file holds the alarm a task carries: none for a cancelled or completed one.
    EXPECT_EQ(read.alarm, carriesAlarm(written) ? written.alarm : std::nullopt);
    EXPECT_EQ(read.status, written.status);
    EXPECT_EQ(read.priority, written.priority);
    EXPECT_EQ(read.categories, written.categories);
    EXPECT_EQ(read.interview, written.interview);
    ASSERT_EQ(read.person.has_value(), written.person.has_value());
    if (written.person) {
        EXPECT_EQ(read.person->name, written.person->name);
        EXPECT_EQ(read.person->email, written.person->email);
        EXPECT_EQ(read.person->phone, written.person->phone);
    }
    EXPECT_EQ(read.url, written.url);
    EXPECT_EQ(read.sequence, written.sequence);
}

} // namespace followups::testing
