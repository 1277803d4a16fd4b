// The "now" of the end-to-end test. The agent under test runs with its clock stopped here
// (fixedclockagent.cpp) and the test dates its interviews from it, so every run plans the same
// tasks whatever day it runs on. A Tuesday five days before Berlin's spring DST change (29 March
// 2026): interviews four and five days later straddle it.
#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace AgentTestClock
{
inline QTimeZone zone()
{
    return QTimeZone(QByteArrayLiteral("Europe/Berlin"));
}

inline QDateTime now()
{
    return QDateTime(QDate(2026, 3, 24), QTime(9, 0), zone());
}

inline QDate today()
{
    return now().date();
}
} // namespace AgentTestClock
