// The human-readable form: aligned columns for a terminal. Not a stable interface (use --format
// json in scripts).
#pragma once

#include "followups/task.h"
#include "followups/time.h"
#include "listed_task.h"

#include <string>
#include <string_view>
#include <vector>

namespace followups::cli
{

using TableRow = std::vector<std::string>;

// Columns padded to the widest cell, by terminal width (wide CJK characters count two); the last
// column is not padded. Each cell is one line, without control characters or terminal escape
// sequences (singleLineText).
std::string renderTable(const TableRow& header, const std::vector<TableRow>& rows);

// DUE (local, in `zone`), KIND ("other" for another app's task), STATUS, SUMMARY, PERSON.
std::string tasksTable(const std::vector<ListedTask>& tasks, const Zone& zone);

// How many terminal columns `text` (UTF-8) takes.
std::size_t displayWidth(std::string_view text);

} // namespace followups::cli
