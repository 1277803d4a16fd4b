// The human-readable form: aligned columns for a terminal. Not a stable interface (use --format
// json in scripts).
#pragma once

#include "followups/task.h"
#include "followups/time.h"
#include "listed_task.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace followups::cli
{

using TableRow = std::vector<std::string>;

// How a table meets where it is shown.
struct TableStyle {
    std::optional<std::size_t> width; // terminal columns to fit in; nullopt: no limit
    bool colour = false;              // marked rows in colour (a terminal, no NO_COLOR)
};

enum class RowMark { None, Overdue, Cancelled };

// A column that gives way when the table is wider than the style's width: its cells are
// shortened with "…", down to `minimum` columns (0: the column is left out).
struct ShrinkableColumn {
    std::size_t column;
    std::size_t minimum;
};

// Columns padded to the widest cell, by terminal width (wide CJK characters count two); the last
// column is not padded. Each cell is one line, without control characters or terminal escape
// sequences (singleLineText). Too wide for `style.width`, the `shrinkable` columns give way, in
// their order. `marks` (one per row, or none) colour the rows when `style.colour` is set.
std::string renderTable(const TableRow& header, const std::vector<TableRow>& rows,
                        const TableStyle& style = {},
                        const std::vector<ShrinkableColumn>& shrinkable = {},
                        const std::vector<RowMark>& marks = {});

// DUE (local, in `zone`), KIND ("other" for another app's task), STATUS (open, overdue, done,
// cancelled), SUMMARY, PERSON; by due time (an all-day due from the start of its day), then kind
// and UID. An open task due before `now` is overdue (an all-day one once its day has passed);
// overdue and cancelled rows are marked. Too wide, the person's column narrows and goes, then the
// summary shortens.
std::string tasksTable(const std::vector<ListedTask>& tasks, const Zone& zone, Instant now,
                       const TableStyle& style = {});

// `text` broken at spaces into lines of at most `width` terminal columns (a word longer than
// that is cut), the lines after the first indented by `indent` columns, which count.
std::vector<std::string> wrapped(std::string_view text, std::size_t width, std::size_t indent = 0);

// How many terminal columns `text` (UTF-8) takes.
std::size_t displayWidth(std::string_view text);

// `text` cut to at most `width` terminal columns, ending in "…" when cut.
std::string shortened(std::string_view text, std::size_t width);

} // namespace followups::cli
