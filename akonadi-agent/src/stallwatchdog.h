// Akonadi's client library waits for ever on a job queued in a session whose connection dropped
// before it logged in: SessionPrivate::socketDisconnected (Akonadi 22.12 and 24.12 alike) fails
// only the job already sent, and nothing reconnects. The server drops such a connection when it
// cannot write its greeting ("Protocol Exception sending "hello" … Server write timeout"), which a
// restarted agent met in about one end-to-end run in six. So a step is watched: one that gets no
// answer for `limit` is reported as stalled, and the agent clears its sessions (which kills their
// jobs and forces a reconnect) and starts again. Answers are the step's progress signals
// (processed or total amount changed), sent after the work an answer brought: a long read that
// streams items, or a pass computing for long, never counts as stalled.
#pragma once

#include <KJob>
#include <QPointer>
#include <QTimer>
#include <chrono>

class StallWatchdog : public QObject
{
    Q_OBJECT
public:
    explicit StallWatchdog(std::chrono::milliseconds limit, QObject* parent = nullptr);

    // Watches `step` until its result (one step at a time: a new one replaces the last).
    void watch(KJob* step);

Q_SIGNALS:
    void stalled(KJob* step);

private:
    QTimer silence_;
    QPointer<KJob> step_;
};
