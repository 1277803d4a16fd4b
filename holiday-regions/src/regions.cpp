#include "followups/holidays/regions.h"

#include <KHolidays/HolidayRegion>
#include <QDate>
#include <QString>
#include <algorithm>
#include <cstdlib>

namespace followups::holidays
{
namespace
{

QString fromStd(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<int>(text.size()));
}

QDate toQDate(Date date)
{
    return QDate(static_cast<int>(date.year()),
                 static_cast<int>(static_cast<unsigned>(date.month())),
                 static_cast<int>(static_cast<unsigned>(date.day())));
}

Date toDate(const QDate& date)
{
    return Date{std::chrono::year{date.year()},
                std::chrono::month{static_cast<unsigned>(date.month())},
                std::chrono::day{static_cast<unsigned>(date.day())}};
}

bool isEve(const QDate& date)
{
    return date.month() == 12 && (date.day() == 24 || date.day() == 31);
}

std::optional<std::string> knownRegion(const QString& code)
{
    if (code.isEmpty() || !KHolidays::HolidayRegion::isValid(code))
        return std::nullopt;
    return code.toStdString();
}

} // namespace

std::optional<std::string> regionOfLocale(std::string_view localeName)
{
    // language[_territory][.codeset][@modifier]
    const auto end = localeName.find_first_of(".@");
    const std::string_view name = localeName.substr(0, end);
    const auto underscore = name.find('_');
    if (underscore == std::string_view::npos || underscore == 0 || underscore + 1 == name.size())
        return std::nullopt; // "C", "POSIX", "en": no country
    const QString language = fromStd(name.substr(0, underscore)).toLower();
    const QString country = fromStd(name.substr(underscore + 1)).toLower();
    return knownRegion(KHolidays::HolidayRegion::defaultRegionCode(country, language));
}

LocaleSetting dateLocaleFromEnvironment()
{
    for (const char* variable : {"LC_ALL", "LC_TIME", "LANG"}) {
        const char* value = std::getenv(variable);
        if (value != nullptr && *value != '\0')
            return {variable, value};
    }
    return {};
}

std::optional<std::string> resolveRegion(std::string_view codeOrCountry)
{
    const QString code = fromStd(codeOrCountry).trimmed();
    if (code.isEmpty())
        return std::nullopt;
    if (auto region = knownRegion(code))
        return region;
    // Only letters, digits and '-' make a country or subdivision code; anything else would send
    // KHolidays through every holiday file for nothing.
    const bool codeLike = std::all_of(code.begin(), code.end(), [](QChar c) {
        return (c.isLetterOrNumber() && c.unicode() < 0x80) || c == QLatin1Char('-');
    });
    if (!codeLike)
        return std::nullopt;
    return knownRegion(KHolidays::HolidayRegion::defaultRegionCode(code.toLower()));
}

std::vector<Date> daysOff(std::string_view region, TimeRange window, const Zone& zone)
{
    const KHolidays::HolidayRegion holidays(fromStd(region));
    if (!holidays.isValid())
        return {};
    constexpr CalendarDays margin{366};
    const QDate from =
        toQDate(addCalendarDays(localDate(window.from, zone), CalendarDays{-margin.value}));
    const QDate to = toQDate(addCalendarDays(localDate(window.to, zone), margin));
    std::vector<Date> dates;
    for (const KHolidays::Holiday& holiday : holidays.rawHolidays(from, to)) {
        const bool off = holiday.dayType() == KHolidays::Holiday::NonWorkday ||
                         isEve(holiday.observedStartDate());
        if (!off)
            continue;
        for (QDate day = holiday.observedStartDate(); day <= holiday.observedEndDate();
             day = day.addDays(1))
            dates.push_back(toDate(day));
    }
    std::sort(dates.begin(), dates.end());
    dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
    return dates;
}

} // namespace followups::holidays
