#include "followups/diagnostics.h"

namespace followups
{

std::string formatWarning(const Warning& warning)
{
    if (warning.where.file.empty())
        return warning.message;
    std::string text = warning.where.file;
    if (warning.where.line > 0)
        text += ':' + std::to_string(warning.where.line);
    return text + ": " + warning.message;
}

} // namespace followups
