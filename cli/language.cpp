#include "language.h"

#include "followups/translation.h"

#include <clocale>
#include <cstdlib>
#include <filesystem>
#include <libintl.h>
#include <string_view>
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

bool isPlainCLocale(const char* name)
{
    return name == nullptr || std::string_view(name) == "C" || std::string_view(name) == "POSIX";
}

} // namespace

void chooseLanguage(const std::string& language)
{
    const char* messagesLocale = std::setlocale(LC_MESSAGES, "");
    if (!language.empty()) {
        setenv("LANGUAGE", language.c_str(), 1);
        // gettext ignores LANGUAGE in the C locale; C.UTF-8 is built into glibc since 2.35.
        if (isPlainCLocale(messagesLocale))
            std::setlocale(LC_MESSAGES, "C.UTF-8");
    }
    bindtextdomain(textDomain, catalogFolder().c_str());
    bind_textdomain_codeset(textDomain, "UTF-8");
}

} // namespace followups::cli
