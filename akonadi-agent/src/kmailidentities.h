// The user's KMail identities (issue 14): their addresses, aliases and names are "me" by default —
// never thanked, never read as a company, role or person — besides those the settings add.
// Each identity KMail keeps in its emailidentities file is read by KIdentityManagement's own
// Identity::readConfig. Not through IdentityManager: even read only, it writes the identities and
// the system's e-mail defaults back when the latter hold no address (its "migration"), and the
// agent never writes what the user owns.
#pragma once

#include <string>
#include <vector>

class KConfig;

namespace KMailIdentities
{
struct Me {
    std::vector<std::string> addresses; // primary addresses and aliases
    std::vector<std::string> names;     // the identities' full names
};

Me read(const KConfig& emailIdentities);
Me read(); // the user's emailidentities file, as it is now

// What KMail (every IdentityManager) broadcasts on the session bus when identities change.
inline constexpr char changeInterface[] = "org.kde.pim.IdentityManager";
inline constexpr char changeSignal[] = "identitiesChanged";
} // namespace KMailIdentities
