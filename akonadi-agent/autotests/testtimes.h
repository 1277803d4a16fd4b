// Times for the agent's tests without a server: a user in Berlin, and Qt's dates and times as the
// core's.
#pragma once

#include <QDateTime>
#include <QTimeZone>
#include <followups/time.h>

inline const followups::Zone berlinZone = *followups::Zone::fromId("Europe/Berlin");

inline QTimeZone berlin()
{
    return QTimeZone(QByteArrayLiteral("Europe/Berlin"));
}

inline followups::Instant instantOf(const QDateTime& dateTime)
{
    return followups::Instant{std::chrono::seconds{dateTime.toSecsSinceEpoch()}};
}

inline followups::Date dateOf(QDate date)
{
    return followups::Date{std::chrono::year{date.year()},
                           std::chrono::month{static_cast<unsigned>(date.month())},
                           std::chrono::day{static_cast<unsigned>(date.day())}};
}
