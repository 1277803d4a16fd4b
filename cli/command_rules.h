// The `rules` command: the effective settings after the config file and the options, so a user can
// check what a config change did.
#pragma once

#include "settings.h"

namespace followups::cli
{

int runRules(const Settings& settings);

} // namespace followups::cli
