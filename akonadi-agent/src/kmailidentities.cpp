#include "kmailidentities.h"

#include <KConfig>
#include <KConfigGroup>
#include <QRegularExpression>
#include <algorithm>
#if QT_VERSION_MAJOR >= 6
#include <KIdentityManagementCore/Identity>
using KIdentityManagementCore::Identity;
#else
#include <KIdentityManagement/Identity>
using KIdentityManagement::Identity;
#endif

KMailIdentities::Me KMailIdentities::read(const KConfig& emailIdentities)
{
    // The groups IdentityManager reads.
    static const QRegularExpression identityGroup(QStringLiteral("^Identity #\\d+$"));
    Me me;
    const auto add = [](std::vector<std::string>& list, const QString& text) {
        const std::string value = text.trimmed().toStdString();
        if (!value.empty() && std::ranges::find(list, value) == list.end()) {
            list.push_back(value);
        }
    };
    for (const QString& group : emailIdentities.groupList().filter(identityGroup)) {
        Identity identity;
        identity.readConfig(emailIdentities.group(group));
        if (identity.primaryEmailAddress().trimmed().isEmpty()) {
            continue; // an identity without an address tells nothing about the user
        }
        add(me.addresses, identity.primaryEmailAddress());
        for (const QString& alias : identity.emailAliases()) {
            add(me.addresses, alias);
        }
        add(me.names, identity.fullName());
    }
    return me;
}

KMailIdentities::Me KMailIdentities::read()
{
    return read(KConfig(QStringLiteral("emailidentities")));
}
