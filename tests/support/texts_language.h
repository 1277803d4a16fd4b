// Sets the language of the core's task texts inside a test process, with the build tree's
// catalogs (po/, compiled into FOLLOWUPS_BUILD_LOCALEDIR), and restores it when it goes: tests
// must not depend on the machine's generated locales, so it takes glibc's built-in C.UTF-8 locale
// (where gettext honours LANGUAGE, unlike in the C locale) and names the language in LANGUAGE.
#pragma once

#include "followups/translation.h"

#include <clocale>
#include <cstdlib>
#include <libintl.h>
#include <optional>
#include <string>

namespace followups::testing
{

class TextsLanguage
{
public:
    explicit TextsLanguage(const char* language)
    {
        if (const char* previous = std::getenv("LANGUAGE"))
            previousLanguage_ = previous;
        previousLocale_ = std::setlocale(LC_MESSAGES, nullptr);
        bindtextdomain(textDomain, FOLLOWUPS_BUILD_LOCALEDIR);
        bind_textdomain_codeset(textDomain, "UTF-8");
        std::setlocale(LC_MESSAGES, "C.UTF-8");
        use(language);
    }
    ~TextsLanguage()
    {
        if (previousLanguage_)
            setenv("LANGUAGE", previousLanguage_->c_str(), 1);
        else
            unsetenv("LANGUAGE");
        std::setlocale(LC_MESSAGES, previousLocale_.c_str());
        forgetTranslations();
    }
    TextsLanguage(const TextsLanguage&) = delete;
    TextsLanguage& operator=(const TextsLanguage&) = delete;

    // Another language, for a test that changes it midway.
    void use(const char* language)
    {
        setenv("LANGUAGE", language, 1);
        forgetTranslations();
    }

private:
    // gettext keeps the translations it found until the message catalogs change; textdomain()
    // counts as a change.
    static void forgetTranslations() { textdomain(textdomain(nullptr)); }

    std::optional<std::string> previousLanguage_;
    std::string previousLocale_;
};

} // namespace followups::testing
