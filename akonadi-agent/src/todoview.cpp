#include "todoview.h"

#include "followupsagent_debug.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDeadlineTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

using namespace std::chrono_literals;

namespace
{
const QString service = QStringLiteral("org.kde.korganizer");
const QString program = QStringLiteral("korganizer");

bool running()
{
    return QDBusConnection::sessionBus().interface()->isServiceRegistered(service);
}

// KOrganizer takes its bus name before its window exports /Calendar: a starting KOrganizer is
// asked again until it answers or the deadline passes.
void showTodoView(QDeadlineTimer deadline)
{
    const QDBusPendingCall call =
        QDBusConnection::sessionBus().asyncCall(QDBusMessage::createMethodCall(
            service, QStringLiteral("/Calendar"), QStringLiteral("org.kde.Korganizer.Calendar"),
            QStringLiteral("showTodoView")));
    auto* watcher = new QDBusPendingCallWatcher(call);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, watcher, [watcher, deadline] {
        watcher->deleteLater();
        if (!watcher->isError()) {
            return;
        }
        if (deadline.hasExpired()) {
            qCWarning(FOLLOWUPS_AGENT_LOG)
                << "KOrganizer did not show its to-do view:" << watcher->error().message();
            return;
        }
        QTimer::singleShot(500ms, [deadline] { showTodoView(deadline); });
    });
}
} // namespace

bool TodoView::available()
{
    return running() || !QStandardPaths::findExecutable(program).isEmpty();
}

void TodoView::show()
{
    if (running()) {
        showTodoView(QDeadlineTimer(0));
        return;
    }
    if (!QProcess::startDetached(program, {})) {
        qCWarning(FOLLOWUPS_AGENT_LOG) << "Could not start KOrganizer";
        return;
    }
    showTodoView(QDeadlineTimer(1min));
}
