// The tasks' texts come from the core, which looks its words up in its own gettext catalog
// (followups/translation.h), not in the agent's KI18n one: the agent binds that catalog once, and
// the locale KI18n follows (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) chooses the language of both.
#pragma once

namespace CoreTexts
{

// Binds the core's text domain to `localeDir` (the installed share/locale by default), in UTF-8.
void bind(const char* localeDir = FOLLOWUPS_INSTALLED_LOCALEDIR);

} // namespace CoreTexts
