#include "coretexts.h"

#include "followups/translation.h"

#include <libintl.h>

namespace CoreTexts
{

void bind(const char* localeDir)
{
    bindtextdomain(followups::textDomain, localeDir);
    bind_textdomain_codeset(followups::textDomain, "UTF-8");
}

} // namespace CoreTexts
