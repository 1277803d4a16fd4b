#include "language.h"

#include "followups/translation.h"

#include <clocale>
#include <cstdlib>
#include <filesystem>
#include <libintl.h>
#include <system_error>

namespace followups::cli
{

namespace
{

// Where the catalogs are relative to the binary (../share/locale from bin/), so an installed tree
// can move and the build tree's CLI finds the build tree's catalogs (cmake/translations.cmake).
std::filesystem::path catalogFolder()
{
    std::error_code error;
    const std::filesystem::path binary = std::filesystem::read_symlink("/proc/self/exe", error);
    if (error)
        return FOLLOWUPS_INSTALLED_LOCALEDIR;
    return (binary.parent_path() / FOLLOWUPS_LOCALEDIR_FROM_BINDIR).lexically_normal();
}

} // namespace

std::optional<Warning> chooseLanguage(const std::string& language, const std::string& libcVersion)
{
    std::setlocale(LC_MESSAGES, "");
    bindtextdomain(textDomain, catalogFolder().c_str());
    bind_textdomain_codeset(textDomain, "UTF-8");
    if (language.empty() || useMessagesLanguage(language, libcVersion) || onlyEnglish(language))
        return std::nullopt;
    Warning english;
    english.where.file = "--language";
    english.message = "no locale besides C is installed, and the C library ignores the language "
                      "in C: the tasks stay in English; install a locale (Debian: apt install "
                      "locales-all, or apt install locales and dpkg-reconfigure locales)";
    return english;
}

} // namespace followups::cli
