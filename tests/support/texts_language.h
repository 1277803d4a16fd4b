// Sets the language of the core's task texts inside a test process, with the build tree's
// catalogs (po/, compiled into FOLLOWUPS_BUILD_LOCALEDIR), and restores it when it goes. It
// chooses the messages locale as the product does (messages_language.h).
#pragma once

#include "followups/translation.h"
#include "messages_language.h"

#include <gtest/gtest.h>
#include <libintl.h>

namespace followups::testing
{

class TextsLanguage
{
public:
    explicit TextsLanguage(const char* language)
    {
        bindtextdomain(textDomain, FOLLOWUPS_BUILD_LOCALEDIR);
        bind_textdomain_codeset(textDomain, "UTF-8");
        use(language);
    }

    // Another language, for a test that changes it midway.
    void use(const char* language)
    {
        EXPECT_TRUE(messages_.use(language))
            << "no messages locale for " << language << ", not even " << FOLLOWUPS_TEST_LOCPATH;
    }

private:
    MessagesLanguage messages_;
};

} // namespace followups::testing
