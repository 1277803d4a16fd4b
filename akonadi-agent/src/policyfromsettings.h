// The one place where the agent's KConfig settings become the core's Policy.
#pragma once

#include "kmailidentities.h"

#include <followups/policy.h>

class Settings;

namespace PolicyFromSettings
{
// The user's zone (setting, else the system's), offsets, switches, keywords, addresses (the KMail
// identities' and the settings'), references, planning window and the KHolidays region's
// non-working days around the window.
followups::Policy policy(const Settings& settings, followups::Instant now,
                         const KMailIdentities::Me& identities = {});
} // namespace PolicyFromSettings
