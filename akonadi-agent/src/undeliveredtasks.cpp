#include "undeliveredtasks.h"

#include <algorithm>
#include <set>

UndeliveredTasks::UndeliveredTasks(std::chrono::milliseconds grace, int attemptLimit)
    : grace_(grace), attemptLimit_(attemptLimit)
{
}

void UndeliveredTasks::observe(const std::vector<Task>& tasks, Clock::time_point now)
{
    std::map<QString, qint64> unstored;
    std::set<QString> stored;
    for (const Task& task : tasks) {
        if (task.stored) {
            stored.insert(task.uid);
        } else {
            unstored[task.uid] = task.item;
        }
    }
    bool progress = false; // the resource stored one: it may be working through a burst
    for (auto it = tasks_.begin(); it != tasks_.end();) {
        if (unstored.count(it->first) > 0) {
            ++it;
            continue;
        }
        progress = progress || stored.count(it->first) > 0;
        it = tasks_.erase(it);
    }
    if (progress) {
        resourceBusy(now);
    }
    for (const auto& [uid, item] : unstored) {
        Tracked& tracked = tasks_[uid];
        if (tracked.item != item) { // new, or a new item holds it (a re-delivered copy)
            tracked.item = item;
            tracked.since = now;
        }
    }
}

void UndeliveredTasks::resourceBusy(Clock::time_point now)
{
    for (auto& [uid, tracked] : tasks_) {
        tracked.since = std::max(tracked.since, now);
    }
}

UndeliveredTasks::Clock::duration UndeliveredTasks::wait(const Tracked& tracked) const
{
    return grace_ * (1 << tracked.attempts);
}

QStringList UndeliveredTasks::due(Clock::time_point now) const
{
    QStringList result;
    for (const auto& [uid, tracked] : tasks_) {
        if (tracked.attempts < attemptLimit_ && now - tracked.since >= wait(tracked)) {
            result.append(uid);
        }
    }
    return result;
}

std::optional<UndeliveredTasks::Clock::time_point> UndeliveredTasks::nextDue() const
{
    std::optional<Clock::time_point> next;
    for (const auto& [uid, tracked] : tasks_) {
        if (tracked.attempts < attemptLimit_) {
            const Clock::time_point at = tracked.since + wait(tracked);
            next = next ? std::min(*next, at) : at;
        }
    }
    return next;
}

void UndeliveredTasks::attempted(const QString& uid, Clock::time_point now)
{
    const auto found = tasks_.find(uid);
    if (found != tasks_.end()) {
        ++found->second.attempts;
        found->second.since = now;
    }
}

QStringList UndeliveredTasks::exhausted() const
{
    QStringList result;
    for (const auto& [uid, tracked] : tasks_) {
        if (tracked.attempts >= attemptLimit_) {
            result.append(uid);
        }
    }
    return result;
}

void UndeliveredTasks::resetAttempts()
{
    for (auto& [uid, tracked] : tasks_) {
        tracked.attempts = 0;
    }
}
