// The tasks' texts come from the core, which looks its words up in its own gettext catalog
// (followups/translation.h), not in the agent's KI18n one: the agent binds that catalog once, and
// the locale KI18n follows (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) chooses the language of both.
#pragma once

namespace CoreTexts
{

// Binds the core's text domain to `localeDir` (the installed share/locale by default), in UTF-8.
// When the session names its language in LANGUAGE but its messages locale is one in which the C
// library ignores LANGUAGE (C, and C.UTF-8 since glibc 2.39), takes an installed locale for the
// messages (followups/messages_locale.h): KI18n's catalogs are read through the same gettext, so
// the notifications and the tasks then both come in that language.
void bind(const char* localeDir = FOLLOWUPS_INSTALLED_LOCALEDIR);

} // namespace CoreTexts
