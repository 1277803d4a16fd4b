// Shared by the end-to-end tests (interviewfollowupsagenttest, defaulttasklisttest).
#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QStringList>
#include <QTextDocumentFragment>
#include <QVariantMap>

// The session's notification server (freedesktop.org Desktop Notifications), played by the test
// on akonaditest's session bus: what KNotification in the agent sends arrives here. It reads
// markup ("body-markup", as Plasma's does) when FOLLOWUPS_TEST_BODY_MARKUP is set, else bodies are
// plain text; KNotification asks once per process, so each ctest run plays one kind of server.
class NotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Received {
        uint id;
        QString summary;
        QString body;
        QStringList actions; // key, label, key, label …
    };
    QList<Received> received;
    const bool readsMarkup = qEnvironmentVariableIsSet("FOLLOWUPS_TEST_BODY_MARKUP");

    bool registerOnSessionBus()
    {
        auto bus = QDBusConnection::sessionBus();
        return bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), this,
                                  QDBusConnection::ExportAllSlots |
                                      QDBusConnection::ExportAllSignals) &&
               bus.registerService(QStringLiteral("org.freedesktop.Notifications"));
    }

    // The body as the user reads it: a server that reads markup shows its text.
    QString shown(const Received& notification) const
    {
        return readsMarkup ? QTextDocumentFragment::fromHtml(notification.body).toPlainText()
                           : notification.body;
    }

    // Bodies, as shown, of the notifications received whose shown body starts so.
    QStringList bodiesStartingWith(const QString& start) const
    {
        QStringList bodies;
        for (const auto& notification : received) {
            if (shown(notification).startsWith(start)) {
                bodies.append(shown(notification));
            }
        }
        return bodies;
    }

    // The user clicks the notification's button with this label; false when it has none.
    bool invoke(const Received& notification, const QString& label)
    {
        const qsizetype at = notification.actions.indexOf(label);
        if (at < 1 || at % 2 != 1) {
            return false;
        }
        Q_EMIT ActionInvoked(notification.id, notification.actions.at(at - 1));
        return true;
    }

public Q_SLOTS:
    uint Notify(const QString& appName, uint replacesId, const QString& appIcon,
                const QString& summary, const QString& body, const QStringList& actions,
                const QVariantMap& hints, int timeout)
    {
        Q_UNUSED(appName)
        Q_UNUSED(replacesId)
        Q_UNUSED(appIcon)
        Q_UNUSED(hints)
        Q_UNUSED(timeout)
        const auto id = static_cast<uint>(received.size() + 1);
        received.append({id, summary, body, actions});
        return id;
    }
    QStringList GetCapabilities()
    {
        QStringList capabilities{QStringLiteral("body"), QStringLiteral("actions")};
        if (readsMarkup) {
            capabilities.append(QStringLiteral("body-markup"));
        }
        return capabilities;
    }
    QString GetServerInformation(QString& vendor, QString& version, QString& specVersion)
    {
        vendor = QStringLiteral("interview-followups tests");
        version = QStringLiteral("1");
        specVersion = QStringLiteral("1.2");
        return QStringLiteral("test notification server");
    }
    void CloseNotification(uint id) { Q_EMIT NotificationClosed(id, 3); }

Q_SIGNALS:
    void NotificationClosed(uint id, uint reason);
    void ActionInvoked(uint id, const QString& actionKey);
};
