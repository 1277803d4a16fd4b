#include "followups/messages_locale.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <clocale>
#include <cstdlib>
#include <filesystem>
#include <system_error>
#include <utility>

#ifdef __GLIBC__
#include <gnu/libc-version.h>
#endif

namespace followups
{

namespace
{

std::vector<std::string_view> split(std::string_view list, char separator)
{
    std::vector<std::string_view> parts;
    while (!list.empty()) {
        const auto end = list.find(separator);
        if (end != 0)
            parts.push_back(list.substr(0, end));
        if (end == std::string_view::npos)
            break;
        list.remove_prefix(end + 1);
    }
    return parts;
}

// "2.36" → {2, 36}; {0, 0} when unreadable.
std::pair<int, int> majorMinor(std::string_view version)
{
    int major = 0;
    int minor = 0;
    const char* end = version.data() + version.size();
    auto [afterMajor, error] = std::from_chars(version.data(), end, major);
    if (error == std::errc{} && afterMajor != end && *afterMajor == '.')
        std::from_chars(afterMajor + 1, end, minor);
    return {major, minor};
}

bool isUtf8Codeset(std::string_view codeset)
{
    std::string folded;
    for (const char c : codeset) {
        if (c != '-')
            folded += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return folded == "utf8";
}

// The locales compiled into folders (localedef --no-archive) where glibc's setlocale looks:
// LOCPATH's folders, then /usr/lib/locale. Those in the locale archive (locale-gen's, which
// setlocale reads only without LOCPATH) are tried by name.
std::vector<std::string> installedUtf8Locales()
{
    const char* locpath = std::getenv("LOCPATH");
    auto folders = split(locpath != nullptr ? locpath : "", ':');
    folders.push_back("/usr/lib/locale");
    std::vector<std::string> names;
    for (const auto folder : folders) {
        std::error_code error;
        for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
            const std::string name = entry.path().filename().string();
            const auto dot = name.find('.');
            if (dot != std::string::npos && !name.starts_with("C.") &&
                isUtf8Codeset(std::string_view(name).substr(dot + 1, name.find('@') - dot - 1)) &&
                std::filesystem::exists(entry.path() / "LC_MESSAGES", error))
                names.push_back(name);
        }
    }
    std::ranges::sort(names);
    return names;
}

} // namespace

std::string runningLibcVersion()
{
#ifdef __GLIBC__
    return gnu_get_libc_version();
#else
    return {};
#endif
}

bool languageIsReadIn(std::string_view locale, std::string_view libcVersion)
{
    if (locale == "C" || locale == "POSIX")
        return false;
    if (!locale.starts_with("C."))
        return true;
    // glibc 2.39 made C.<codeset> ignore LANGUAGE like C (commit 2897b231a6, BZ #16621).
    const auto [major, minor] = majorMinor(libcVersion);
    return major == 2 && minor < 39;
}

std::vector<std::string> messagesLocaleCandidates(std::string_view languages,
                                                  const std::vector<std::string>& installed)
{
    std::vector<std::string> candidates;
    const auto add = [&candidates](std::string name) {
        if (std::ranges::find(candidates, name) == candidates.end())
            candidates.push_back(std::move(name));
    };
    for (auto language : split(languages, ':')) {
        // The region guessed from the language (de_DE, fr_FR, es_ES); a codeset given becomes
        // UTF-8, a modifier stays ("sr@latin" → sr_SR.UTF-8@latin).
        std::string_view modifier;
        if (const auto at = language.find('@'); at != std::string_view::npos) {
            modifier = language.substr(at);
            language = language.substr(0, at);
        }
        language = language.substr(0, language.find('.'));
        std::string name(language);
        if (language.find('_') == std::string_view::npos && !language.empty()) {
            name += '_';
            for (const char c : language)
                name += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        }
        add(name + ".UTF-8" + std::string(modifier));
    }
    for (const char* common : {"en_US.UTF-8", "en_GB.UTF-8", "C.UTF-8"})
        add(common);
    for (const auto& name : installed)
        add(name);
    return candidates;
}

std::optional<std::string> messagesLocaleFor(std::string_view languages,
                                             const std::string& libcVersion)
{
    const char* current = std::setlocale(LC_MESSAGES, nullptr);
    const std::string previous = current != nullptr ? current : "C";
    if (languageIsReadIn(previous, libcVersion))
        return previous;
    for (auto& name : messagesLocaleCandidates(languages, installedUtf8Locales())) {
        if (languageIsReadIn(name, libcVersion) &&
            std::setlocale(LC_MESSAGES, name.c_str()) != nullptr) {
            std::setlocale(LC_MESSAGES, previous.c_str());
            return std::move(name);
        }
    }
    return std::nullopt;
}

bool useMessagesLanguage(const std::string& languages, const std::string& libcVersion)
{
    setenv("LANGUAGE", languages.c_str(), 1);
    const auto locale = messagesLocaleFor(languages, libcVersion);
    return locale && std::setlocale(LC_MESSAGES, locale->c_str()) != nullptr;
}

bool onlyEnglish(std::string_view languages)
{
    const auto parts = split(languages, ':');
    return !parts.empty() && std::ranges::all_of(parts, [](std::string_view language) {
        return language.starts_with("en") && (language.size() == 2 || language[2] == '_' ||
                                              language[2] == '@' || language[2] == '.');
    });
}

} // namespace followups
