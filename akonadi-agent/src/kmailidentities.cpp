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
    // KConfig lists groups in no set order (KF6's differs from KF5's); KMail numbers them.
    QStringList groups = emailIdentities.groupList().filter(identityGroup);
    const auto number = [](const QString& group) {
        return group.section(QLatin1Char('#'), -1).toInt();
    };
    std::sort(groups.begin(), groups.end(),
              [&](const QString& a, const QString& b) { return number(a) < number(b); });
    for (const QString& group : std::as_const(groups)) {
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
