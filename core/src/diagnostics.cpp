#include "followups/diagnostics.h"

#include "followups/safe_text.h"

namespace followups
{

std::string formatWarning(const Warning& warning)
{
    // Messages quote the input (a SUMMARY, a bad value), which must not reach a terminal raw.
    if (warning.where.file.empty())
        return singleLineText(warning.message);
    std::string text = warning.where.file;
    if (warning.where.line > 0)
        text += ':' + std::to_string(warning.where.line);
    return singleLineText(text + ": " + warning.message);
}

} // namespace followups
