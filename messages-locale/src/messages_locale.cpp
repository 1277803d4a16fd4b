#include "followups/messages_locale.h"

#include "followups/ascii_text.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <clocale>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
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
    std::string withoutDashes(codeset);
    std::erase(withoutDashes, '-');
    return ascii::equalsIgnoringCase(withoutDashes, "utf8");
}

bool isUsableName(const std::string& name)
{
    const auto dot = name.find('.');
    return dot != std::string::npos && !name.starts_with("C.") &&
           isUtf8Codeset(std::string_view(name).substr(dot + 1, name.find('@') - dot - 1));
}

// The names in glibc's locale archive (locale-gen's), as `locale -a` lists them: the header's
// name table (glibc's locarchive.h), then each used entry's name in the string table.
std::vector<std::string> archivedLocales(const std::filesystem::path& archive)
{
    std::ifstream file(archive, std::ios::binary);
    std::array<std::uint32_t, 8> header{};
    if (!file.read(reinterpret_cast<char*>(header.data()), sizeof header) ||
        header[0] != 0xde020109U)
        return {};
    const std::uint32_t namehashOffset = header[2];
    const std::uint32_t namehashSize = header[4];
    if (namehashSize > 1U << 20) // far more than every locale there is: not an archive
        return {};
    std::vector<std::array<std::uint32_t, 3>> entries(namehashSize); // hash, name, record
    file.seekg(namehashOffset);
    if (!file.read(reinterpret_cast<char*>(entries.data()),
                   static_cast<std::streamsize>(entries.size() * sizeof entries[0])))
        return {};
    std::vector<std::string> names;
    for (const auto& [hash, nameOffset, record] : entries) {
        std::string name;
        if (record == 0 || !file.seekg(nameOffset) || !std::getline(file, name, '\0'))
            continue;
        names.push_back(std::move(name));
    }
    return names;
}

// The UTF-8 locales installed where glibc's setlocale looks: compiled into folders (localedef
// --no-archive) in LOCPATH's folders and /usr/lib/locale, and, without LOCPATH, those of the
// locale archive.
std::vector<std::string> installedUtf8Locales()
{
    const char* locpath = std::getenv("LOCPATH");
    auto folders = split(locpath != nullptr ? locpath : "", ':');
    folders.push_back("/usr/lib/locale");
    std::vector<std::string> names;
    for (const auto folder : folders) {
        std::error_code error;
        for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
            std::string name = entry.path().filename().string();
            if (isUsableName(name) && std::filesystem::exists(entry.path() / "LC_MESSAGES", error))
                names.push_back(std::move(name));
        }
    }
    if (locpath == nullptr || *locpath == '\0') {
        for (auto& name : archivedLocales("/usr/lib/locale/locale-archive")) {
            if (isUsableName(name))
                names.push_back(std::move(name));
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
        if (language.find('_') == std::string_view::npos && !language.empty())
            name += '_' + ascii::upper(language);
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
