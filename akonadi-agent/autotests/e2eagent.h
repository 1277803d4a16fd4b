// The agent under test as the end-to-end tests see it on akonaditest's session bus: its instance,
// its status, its settings, and adding and removing it as a user does in Akonadi's agent list.
// Shared by the end-to-end tests (interviewfollowupsagenttest, defaulttasklisttest).
#pragma once

#include <Akonadi/AgentInstance>
#include <Akonadi/AgentInstanceCreateJob>
#include <Akonadi/AgentManager>
#include <Akonadi/ServerManager>
#include <KConfig>
#include <KConfigGroup>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusInterface>
#include <QDBusReply>
#include <QTest>

namespace E2eAgent
{
inline const QString agentType = QStringLiteral("akonadi_interview_followups_agent");
inline const QString me = QStringLiteral("me@example.org");

inline Akonadi::AgentInstance agent()
{
    return Akonadi::AgentManager::self()->instance(agentType);
}

inline QString agentService()
{
    return Akonadi::ServerManager::agentServiceName(Akonadi::ServerManager::Agent, agentType);
}

// Asked of the agent process itself: AgentManager's copy of the status comes later, through the
// control process, and a restarted agent starts with its predecessor's.
inline QDBusMessage askAgentStatus(const QString& method)
{
    return QDBusConnection::sessionBus().call(QDBusMessage::createMethodCall(
        agentService(), QStringLiteral("/"), QStringLiteral("org.freedesktop.Akonadi.Agent.Status"),
        method));
}

// Ready: no catch-up or pass is running, and the last one ended well ("Following up N
// interviews"; the agent is Running during each).
inline bool agentIdle()
{
    const QDBusReply<int> status = askAgentStatus(QStringLiteral("status"));
    const QDBusReply<QString> message = askAgentStatus(QStringLiteral("statusMessage"));
    return status.isValid() && status.value() == Akonadi::AgentInstance::Idle &&
           message.isValid() && message.value().startsWith(QLatin1String("Following up"));
}

// The agent's settings on D-Bus, as a settings UI reaches them.
inline QDBusInterface& settings()
{
    static QDBusInterface* settings = nullptr;
    delete settings; // a re-added agent is a new D-Bus peer
    settings = new QDBusInterface(agentService(), QStringLiteral("/Settings"),
                                  QStringLiteral("org.kde.Akonadi.InterviewFollowups.Settings"));
    return *settings;
}

inline qint64 targetCollection()
{
    const QDBusReply<qlonglong> target = settings().call(QStringLiteral("targetCollection"));
    return target.isValid() ? target.value() : -2;
}

// The user's own settings, as a settings dialog writes them (the agent's config file), without a
// task list: before the agent is added, so that its first pass plans with them.
inline bool writeUserSettings()
{
    // The agent's config file is named after its instance, in akonaditest's Akonadi instance.
    KConfig config(Akonadi::ServerManager::addNamespace(agentType) + QStringLiteral("rc"));
    if (config.hasGroup(QStringLiteral("Collections"))) {
        return false; // a removed agent's settings are gone
    }
    KConfigGroup identity(&config, QStringLiteral("Identity"));
    identity.writeEntry("MyAddresses", QStringList{me});
    identity.writeEntry("TimeZone", QStringLiteral("Europe/Berlin"));
    KConfigGroup(&config, QStringLiteral("Calendar"))
        .writeEntry("HolidayRegion", QStringLiteral("none"));
    return config.sync();
}

// Returns whether the agent was added (Akonadi's agent list, "Add").
inline bool addAgent()
{
    auto* job = new Akonadi::AgentInstanceCreateJob(Akonadi::AgentManager::self()->type(agentType));
    if (!job->exec()) {
        qWarning() << job->errorString();
        return false;
    }
    return true;
}

// Returns whether the agent is gone (Akonadi's agent list, "Remove"): its instance and process.
inline bool removeAgent(int timeout)
{
    Akonadi::AgentManager::self()->removeInstance(agent());
    return QTest::qWaitFor(
        [] {
            return !agent().isValid() &&
                   !QDBusConnection::sessionBus().interface()->isServiceRegistered(agentService());
        },
        timeout);
}
} // namespace E2eAgent
