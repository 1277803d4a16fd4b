// The language gettext translates into, chosen inside a test process as the product chooses it
// (followups/messages_locale.h: LANGUAGE, and a messages locale in which the C library reads it),
// and restored when it goes. On a machine with no such locale (Debian 13 without generated
// locales) setlocale is given the build tree's test locale (FOLLOWUPS_TEST_LOCPATH,
// cmake/test_locale.cmake). Free of any test framework: the GoogleTest suites (texts_language.h)
// and the agent's Qt tests (KI18n reads its catalogs through the same gettext) share it.
#pragma once

#include "followups/messages_locale.h"

#include <clocale>
#include <cstdlib>
#include <libintl.h>
#include <optional>
#include <string>

namespace followups::testing
{

// The environment a child process needs to find a messages locale for `language`: none on a
// machine that has one, else LOCPATH naming the build tree's test locale.
inline std::optional<std::string> testLocpathFor(const char* language)
{
    if (messagesLocaleFor(language))
        return std::nullopt;
    return FOLLOWUPS_TEST_LOCPATH;
}

class MessagesLanguage
{
public:
    MessagesLanguage()
        : previousLanguage_(variable("LANGUAGE")), previousLocpath_(variable("LOCPATH")),
          previousLocale_(std::setlocale(LC_MESSAGES, nullptr))
    {
    }
    ~MessagesLanguage()
    {
        restore("LANGUAGE", previousLanguage_);
        restore("LOCPATH", previousLocpath_);
        std::setlocale(LC_MESSAGES, previousLocale_.c_str());
        forgetTranslations();
    }
    MessagesLanguage(const MessagesLanguage&) = delete;
    MessagesLanguage& operator=(const MessagesLanguage&) = delete;

    // Returns whether a messages locale was found for `language`, not even the test locale.
    [[nodiscard]] bool use(const char* language)
    {
        if (const auto locpath = testLocpathFor(language))
            setenv("LOCPATH", locpath->c_str(), 1);
        const bool found = useMessagesLanguage(language);
        forgetTranslations();
        return found;
    }

private:
    static std::optional<std::string> variable(const char* name)
    {
        const char* value = std::getenv(name);
        return value != nullptr ? std::optional<std::string>(value) : std::nullopt;
    }
    static void restore(const char* name, const std::optional<std::string>& value)
    {
        if (value)
            setenv(name, value->c_str(), 1);
        else
            unsetenv(name);
    }
    // gettext keeps the translations it found until the message catalogs change; textdomain()
    // counts as a change.
    static void forgetTranslations() { textdomain(textdomain(nullptr)); }

    std::optional<std::string> previousLanguage_;
    std::optional<std::string> previousLocpath_;
    std::string previousLocale_;
};

} // namespace followups::testing
