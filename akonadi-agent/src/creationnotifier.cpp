#include "creationnotifier.h"

#include "notification.h"

#include <KLocalizedString>

QString CreationNotifier::text(const ReconcileJob::Summary& summary)
{
    QStringList interviews;
    const std::string* previousUid = nullptr;
    for (const auto& [key, name] : summary.createdFor) {
        // The occurrences of a series (adjacent in key order) are one invite to the user.
        if (previousUid && *previousUid == key.uid) {
            continue;
        }
        previousUid = &key.uid;
        interviews.append(QString::fromStdString(name.empty() ? key.uid : name));
    }
    QStringList kinds;
    for (const auto& [kind, count] : summary.createdByKind) {
        const QString name = QString::fromStdString(followups::kindLabel(kind));
        kinds.append(count == 1 ? name
                                : i18nc("@item a number of tasks and their kind: 2 thank-you",
                                        "%1 %2", count, name));
    }
    return i18np("Created %1 follow-up task for %2: %3.", "Created %1 follow-up tasks for %2: %3.",
                 summary.created, interviews.join(QStringLiteral("; ")),
                 kinds.join(QStringLiteral(", ")));
}

void CreationNotifier::notify(const ReconcileJob::Summary& summary)
{
    if (summary.created > 0) {
        Notification::send(QStringLiteral("tasksCreated"), text(summary));
    }
}
