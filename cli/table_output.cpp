#include "table_output.h"

#include "followups/safe_text.h"

#include <algorithm>
#include <cstdio>

namespace followups::cli
{

namespace
{

bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
           (c >= 0x20000 && c <= 0x3FFFD);
}

std::string formatLocal(Instant instant, const Zone& zone)
{
    const auto local = zone.toLocal(instant);
    const auto day = std::chrono::floor<std::chrono::days>(local);
    const std::chrono::hh_mm_ss time{local - day};
    char clock[8];
    std::snprintf(clock, sizeof clock, " %02d:%02d", static_cast<int>(time.hours().count()),
                  static_cast<int>(time.minutes().count()));
    return formatIsoDate(Date{std::chrono::sys_days{day.time_since_epoch()}}) + clock;
}

std::string personText(const std::optional<Person>& person)
{
    if (!person)
        return "";
    if (person->name.empty())
        return person->email.empty() ? person->phone : person->email;
    if (person->email.empty())
        return person->name;
    return person->name + " <" + person->email + ">";
}

} // namespace

std::size_t displayWidth(std::string_view text)
{
    std::size_t width = 0;
    for (std::size_t i = 0; i < text.size();) {
        const auto lead = static_cast<unsigned char>(text[i]);
        const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        char32_t c = length == 1 ? lead : lead & (0x7F >> length);
        for (std::size_t k = 1; k < length && i + k < text.size(); ++k)
            c = (c << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
        const bool combining = c >= 0x0300 && c <= 0x036F;
        width += combining ? 0 : isWide(c) ? 2 : 1;
        i += length;
    }
    return width;
}

namespace
{

std::string alignedColumns(const TableRow& header, const std::vector<TableRow>& rows)
{
    std::vector<std::size_t> widths(header.size(), 0);
    const auto measure = [&](const TableRow& row) {
        for (std::size_t column = 0; column < row.size() && column < widths.size(); ++column)
            widths[column] = std::max(widths[column], displayWidth(row[column]));
    };
    measure(header);
    std::for_each(rows.begin(), rows.end(), measure);

    std::string out;
    const auto print = [&](const TableRow& row) {
        std::string line;
        for (std::size_t column = 0; column < row.size(); ++column) {
            line += row[column];
            if (column + 1 < row.size())
                line.append(widths[column] - displayWidth(row[column]) + 2, ' ');
        }
        while (!line.empty() && line.back() == ' ')
            line.pop_back();
        out += line + "\n";
    };
    print(header);
    std::for_each(rows.begin(), rows.end(), print);
    return out;
}

} // namespace

std::string renderTable(const TableRow& header, const std::vector<TableRow>& rows)
{
    // Cells hold text from invites and task files: on a terminal, an escape sequence would
    // recolour, retitle, hyperlink or write the clipboard, and a line break would forge a row.
    std::vector<TableRow> cleanRows;
    cleanRows.reserve(rows.size());
    for (const TableRow& row : rows) {
        TableRow& clean = cleanRows.emplace_back();
        for (const std::string& cell : row)
            clean.push_back(singleLineText(cell));
    }
    return alignedColumns(header, cleanRows);
}

std::string tasksTable(const std::vector<ListedTask>& tasks, const Zone& zone)
{
    std::vector<TableRow> rows;
    for (const auto& [task, othersApp] : tasks) {
        const auto* date = std::get_if<Date>(&task.due.value);
        rows.push_back(
            {date ? formatIsoDate(*date) : formatLocal(std::get<Instant>(task.due.value), zone),
             othersApp ? "other" : std::string{kindName(task.kind)},
             std::string{statusName(task.status)}, task.summary, personText(task.person)});
    }
    return renderTable({"DUE", "KIND", "STATUS", "SUMMARY", "PERSON"}, rows);
}

} // namespace followups::cli
