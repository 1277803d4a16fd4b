#include "coretexts.h"

#include "followups/messages_locale.h"
#include "followups/translation.h"
#include "followupsagent_debug.h"

#include <clocale>
#include <cstdlib>
#include <libintl.h>

namespace CoreTexts
{

void bind(const char* localeDir)
{
    bindtextdomain(followups::textDomain, localeDir);
    bind_textdomain_codeset(followups::textDomain, "UTF-8");

    // LANGUAGE itself is left alone: KI18n swaps it for each lookup of its own.
    const char* language = std::getenv("LANGUAGE");
    if (language == nullptr || *language == '\0' || followups::onlyEnglish(language))
        return;
    if (const auto locale = followups::messagesLocaleFor(language))
        std::setlocale(LC_MESSAGES, locale->c_str());
    else
        qCWarning(FOLLOWUPS_AGENT_LOG).nospace()
            << "LANGUAGE is " << language
            << ", but no locale besides C is installed, in which the C library ignores it: tasks "
               "and notifications stay in English. Install a locale (Debian: locales-all).";
}

} // namespace CoreTexts
