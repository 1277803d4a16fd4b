#include "table_output.h"

#include "followups/safe_text.h"

#include <algorithm>
#include <cstdio>
#include <tuple>

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

// Short words a reader takes in at a glance; an open task past its due time is "overdue".
std::string statusText(const Task& task, bool overdue)
{
    if (overdue)
        return "overdue";
    switch (task.status) {
    case TaskStatus::NeedsAction:
        return "open";
    case TaskStatus::Completed:
        return "done";
    case TaskStatus::Cancelled:
        return "cancelled";
    }
    return {};
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

// One UTF-8 character at the start of `text`: its length in bytes and in terminal columns.
struct Character {
    std::size_t bytes;
    std::size_t columns;
};
Character firstCharacter(std::string_view text)
{
    const auto lead = static_cast<unsigned char>(text[0]);
    const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    char32_t c = length == 1 ? lead : lead & (0x7F >> length);
    for (std::size_t k = 1; k < length && k < text.size(); ++k)
        c = (c << 6) | (static_cast<unsigned char>(text[k]) & 0x3F);
    const bool combining = c >= 0x0300 && c <= 0x036F;
    return {std::min(length, text.size()), combining ? 0u : isWide(c) ? 2u : 1u};
}

} // namespace

std::size_t displayWidth(std::string_view text)
{
    std::size_t width = 0;
    while (!text.empty()) {
        const Character character = firstCharacter(text);
        width += character.columns;
        text.remove_prefix(character.bytes);
    }
    return width;
}

std::string shortened(std::string_view text, std::size_t width)
{
    if (displayWidth(text) <= width)
        return std::string{text};
    constexpr std::string_view ellipsis = "…";
    std::string result;
    std::size_t used = 0;
    while (!text.empty() && width > 0) {
        const Character character = firstCharacter(text);
        if (used + character.columns > width - 1)
            break;
        result.append(text.substr(0, character.bytes));
        used += character.columns;
        text.remove_prefix(character.bytes);
    }
    while (!result.empty() && result.back() == ' ')
        result.pop_back();
    return width == 0 ? std::string{} : result + std::string{ellipsis};
}

std::vector<std::string> wrapped(std::string_view text, std::size_t width, std::size_t indent)
{
    std::vector<std::string> lines;
    std::string line;
    std::size_t used = 0;
    const auto lineWidth = [&] {
        return lines.empty() ? width : std::max<std::size_t>(width, indent + 1) - indent;
    };
    const auto finish = [&] {
        lines.push_back((lines.empty() ? std::string{} : std::string(indent, ' ')) + line);
        line.clear();
        used = 0;
    };
    while (!text.empty()) {
        const auto space = text.find(' ');
        std::string_view word = text.substr(0, space);
        text = space == std::string_view::npos ? std::string_view{} : text.substr(space + 1);
        while (!word.empty()) {
            const std::size_t wordWidth = displayWidth(word);
            const std::size_t gap = used == 0 ? 0 : 1;
            if (used + gap + wordWidth <= lineWidth()) {
                line.append(gap, ' ').append(word);
                used += gap + wordWidth;
                break;
            }
            if (used > 0) {
                finish();
                continue;
            }
            // A word wider than a whole line: as much of it as fits, the rest on the next line.
            std::size_t bytes = 0;
            for (std::size_t columns = 0; bytes < word.size();) {
                const Character character = firstCharacter(word.substr(bytes));
                if (columns + character.columns > lineWidth() && bytes > 0)
                    break;
                columns += character.columns;
                bytes += character.bytes;
            }
            line.append(word.substr(0, bytes));
            word.remove_prefix(bytes);
            finish();
        }
    }
    if (!line.empty() || lines.empty())
        finish();
    return lines;
}

namespace
{

std::vector<std::size_t> columnWidths(const TableRow& header, const std::vector<TableRow>& rows)
{
    std::vector<std::size_t> widths(header.size(), 0);
    const auto measure = [&](const TableRow& row) {
        for (std::size_t column = 0; column < row.size() && column < widths.size(); ++column)
            widths[column] = std::max(widths[column], displayWidth(row[column]));
    };
    measure(header);
    std::for_each(rows.begin(), rows.end(), measure);
    return widths;
}

constexpr std::size_t columnGap = 2;

// A column narrowed to nothing is left out, its gap too.
std::size_t tableWidth(const std::vector<std::size_t>& widths)
{
    std::size_t total = 0;
    std::size_t shown = 0;
    for (const std::size_t width : widths) {
        total += width;
        shown += width > 0 ? 1 : 0;
    }
    return total + columnGap * (shown == 0 ? 0 : shown - 1);
}

// Narrows the shrinkable columns, in order, until the table fits `limit` or each is down to its
// minimum.
void fit(std::vector<std::size_t>& widths, std::size_t limit,
         const std::vector<ShrinkableColumn>& shrinkable)
{
    for (const ShrinkableColumn& column : shrinkable) {
        const std::size_t total = tableWidth(widths);
        if (total <= limit)
            return;
        std::size_t& width = widths.at(column.column);
        if (width > column.minimum)
            width -= std::min(width - column.minimum, total - limit);
    }
}

// SGR sequences, written by the tool itself, never from cell text.
std::string_view colourOf(RowMark mark)
{
    switch (mark) {
    case RowMark::Overdue:
        return "\x1b[1;31m"; // bold red
    case RowMark::Cancelled:
        return "\x1b[2m"; // faint
    case RowMark::None:
        break;
    }
    return {};
}
constexpr std::string_view colourReset = "\x1b[0m";

std::string alignedLine(const TableRow& row, const std::vector<std::size_t>& widths)
{
    std::string line;
    for (std::size_t column = 0; column < row.size(); ++column) {
        if (widths[column] == 0)
            continue;
        const std::string cell = shortened(row[column], widths[column]);
        line.append(line.empty() ? 0 : columnGap, ' ').append(cell);
        line.append(widths[column] - displayWidth(cell), ' ');
    }
    while (!line.empty() && line.back() == ' ')
        line.pop_back();
    return line;
}

} // namespace

std::string renderTable(const TableRow& header, const std::vector<TableRow>& rows,
                        const TableStyle& style, const std::vector<ShrinkableColumn>& shrinkable,
                        const std::vector<RowMark>& marks)
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
    std::vector<std::size_t> widths = columnWidths(header, cleanRows);
    if (style.width)
        fit(widths, *style.width, shrinkable);

    std::string out = alignedLine(header, widths) + "\n";
    for (std::size_t i = 0; i < cleanRows.size(); ++i) {
        const std::string_view colour =
            style.colour && i < marks.size() ? colourOf(marks[i]) : std::string_view{};
        const std::string line = alignedLine(cleanRows[i], widths);
        if (colour.empty())
            out.append(line).append("\n");
        else
            out.append(colour).append(line).append(colourReset).append("\n");
    }
    return out;
}

std::string tasksTable(const std::vector<ListedTask>& tasks, const Zone& zone, Instant now,
                       const TableStyle& style)
{
    const auto dueInstant = [&](const Task& task) {
        if (const auto* date = std::get_if<Date>(&task.due.value))
            return atLocalTime(*date, TimeOfDay{0}, zone);
        return std::get<Instant>(task.due.value);
    };
    std::vector<const ListedTask*> sorted;
    sorted.reserve(tasks.size());
    for (const ListedTask& listed : tasks)
        sorted.push_back(&listed);
    std::stable_sort(sorted.begin(), sorted.end(), [&](const ListedTask* a, const ListedTask* b) {
        return std::tuple{dueInstant(a->task), a->task.kind, a->task.uid} <
               std::tuple{dueInstant(b->task), b->task.kind, b->task.uid};
    });

    const Date today = localDate(now, zone);
    std::vector<TableRow> rows;
    std::vector<RowMark> marks;
    for (const ListedTask* listed : sorted) {
        const Task* task = &listed->task;
        const auto* date = std::get_if<Date>(&task->due.value);
        const bool overdue = task->status == TaskStatus::NeedsAction &&
                             (date ? *date < today : std::get<Instant>(task->due.value) < now);
        rows.push_back(
            {date ? formatIsoDate(*date) : formatLocal(std::get<Instant>(task->due.value), zone),
             listed->othersApp ? "other" : std::string{kindName(task->kind)},
             statusText(*task, overdue), task->summary, personText(task->person)});
        marks.push_back(overdue                                 ? RowMark::Overdue
                        : task->status == TaskStatus::Cancelled ? RowMark::Cancelled
                                                                : RowMark::None);
    }
    // The summary says what to do and to whom (the person's name is in it): it keeps most of
    // the room. The person's column gives way first, then goes; then the summary shortens.
    constexpr std::size_t summary = 3;
    constexpr std::size_t person = 4;
    return renderTable({"DUE", "KIND", "STATUS", "SUMMARY", "PERSON"}, rows, style,
                       {{person, 24}, {summary, 40}, {person, 0}, {summary, 12}}, marks);
}

} // namespace followups::cli
