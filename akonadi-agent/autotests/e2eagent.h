// The agent under test as the end-to-end tests see it on akonaditest's session bus: its instance,
// its status, its settings, adding and removing it as a user does in Akonadi's agent list,
// restarting it, and waiting for it. Shared by the end-to-end tests (interviewfollowupsagenttest,
// defaulttasklisttest).
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
#include <QElapsedTimer>
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

// The agent's status as the agent process says it (AgentInstance::Status); -1 when none answers.
inline int agentStatus()
{
    const QDBusReply<int> status = askAgentStatus(QStringLiteral("status"));
    return status.isValid() ? status.value() : -1;
}

// The agent process now on the bus (its unique name, never reused): another one after a restart.
inline QString agentProcess()
{
    const QDBusReply<QString> owner =
        QDBusConnection::sessionBus().interface()->serviceOwner(agentService());
    return owner.isValid() ? owner.value() : QString();
}

// Waits until `condition` holds, then returns true at once; false when it did not within `timeout`
// ms. Unlike QTRY_VERIFY, which evaluates its condition once more after it held, it never looks
// again: a condition on the agent's status (agentIdle()) holds only until the agent's next step,
// which can start at any moment (a pass brought by the notifications of its own writes), and that
// second look failed the test ("the requested timeout (30000 ms) was too short, 30000 ms would have
// been sufficient"). As in QTRY_VERIFY, `timeout` counts the waits between looks, not the looks
// (each a D-Bus call or a fetch, as slow as a wait on a busy machine).
template <typename Condition> bool waitFor(Condition condition, int timeout)
{
    constexpr int step = 50;
    for (int waited = 0; waited < timeout; waited += step) {
        if (condition()) {
            return true;
        }
        QTest::qWait(step);
    }
    return condition();
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

// Restarts the agent as a new login does; returns whether a new agent process owns the agent's bus
// name within `timeout` ms (waiting for the old one to go missed restarts quicker than a poll).
// akonadi_control ignores a restart asked while its copy of the agent's status says Running
// (AgentProcessInstance::restartWhenIdle), and that copy comes later than the agent's own: asked
// while the agent runs no step, and again every 5 s while the old process stays.
inline bool restartAgent(int timeout)
{
    const QString before = agentProcess();
    QElapsedTimer sinceAsked;
    const auto restartedAskingWhenIdle = [&] {
        const QString now = agentProcess();
        if (!now.isEmpty() && now != before) {
            return true;
        }
        const int status = agentStatus();
        if ((!sinceAsked.isValid() || sinceAsked.elapsed() > 5000) && status >= 0 &&
            status != Akonadi::AgentInstance::Running) {
            agent().restart();
            sinceAsked.start();
        }
        return false;
    };
    return !before.isEmpty() && waitFor(restartedAskingWhenIdle, timeout);
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
