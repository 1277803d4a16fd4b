// Sets the language of the core's task texts inside a test process, with the build tree's
// catalogs (po/, compiled into FOLLOWUPS_BUILD_LOCALEDIR), and restores it when it goes. It
// chooses the messages locale as the product does (followups/messages_locale.h); on a machine
// with no locale in which the C library reads LANGUAGE (Debian 13 without generated locales) it
// gives setlocale the build tree's test locale (FOLLOWUPS_TEST_LOCPATH, cmake/test_locale.cmake).
#pragma once

#include "followups/messages_locale.h"
#include "followups/translation.h"

#include <clocale>
#include <cstdlib>
#include <gtest/gtest.h>
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

class TextsLanguage
{
public:
    explicit TextsLanguage(const char* language)
        : previousLanguage_(variable("LANGUAGE")), previousLocpath_(variable("LOCPATH")),
          previousLocale_(std::setlocale(LC_MESSAGES, nullptr))
    {
        bindtextdomain(textDomain, FOLLOWUPS_BUILD_LOCALEDIR);
        bind_textdomain_codeset(textDomain, "UTF-8");
        use(language);
    }
    ~TextsLanguage()
    {
        restore("LANGUAGE", previousLanguage_);
        restore("LOCPATH", previousLocpath_);
        std::setlocale(LC_MESSAGES, previousLocale_.c_str());
        forgetTranslations();
    }
    TextsLanguage(const TextsLanguage&) = delete;
    TextsLanguage& operator=(const TextsLanguage&) = delete;

    // Another language, for a test that changes it midway.
    void use(const char* language)
    {
        if (const auto locpath = testLocpathFor(language))
            setenv("LOCPATH", locpath->c_str(), 1);
        EXPECT_TRUE(useMessagesLanguage(language))
            << "no messages locale for " << language << ", not even " << FOLLOWUPS_TEST_LOCPATH;
        forgetTranslations();
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
