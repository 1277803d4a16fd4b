#include "stallwatchdog.h"

StallWatchdog::StallWatchdog(std::chrono::milliseconds limit, QObject* parent) : QObject(parent)
{
    silence_.setSingleShot(true);
    silence_.setInterval(limit);
    connect(&silence_, &QTimer::timeout, this, [this] {
        if (step_) {
            Q_EMIT stalled(step_);
            silence_.start(); // told again if it is still silent
        }
    });
}

void StallWatchdog::watch(KJob* step)
{
    if (step_) {
        disconnect(step_, nullptr, this, nullptr);
    }
    step_ = step;
    // A step reports progress after the work an answer brought, so only its waits are timed.
    connect(step, &KJob::processedAmountChanged, this, [this] { silence_.start(); });
    connect(step, &KJob::totalAmountChanged, this, [this] { silence_.start(); });
    connect(step, &KJob::result, this, [this] { silence_.stop(); });
    silence_.start();
}
