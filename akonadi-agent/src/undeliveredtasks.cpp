#include "undeliveredtasks.h"

#include <algorithm>
#include <set>
#include <utility>

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
            tracked.synchronized = false;
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
        if (tracked.attempts < attemptLimit_ &&
            (tracked.synchronized || now - tracked.since >= wait(tracked))) {
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
            const Clock::time_point at =
                tracked.synchronized ? tracked.since : tracked.since + wait(tracked);
            next = next ? std::min(*next, at) : at;
        }
    }
    return next;
}

std::set<qint64> UndeliveredTasks::attempted(const QStringList& uids, Clock::time_point now)
{
    std::set<qint64> synchronized;
    for (const QString& uid : uids) {
        const auto found = tasks_.find(uid);
        if (found == tasks_.end()) {
            continue;
        }
        Tracked& tracked = found->second;
        if (std::exchange(tracked.synchronized, false)) {
            synchronized.insert(tracked.item);
        }
        ++tracked.attempts;
        tracked.since = now;
    }
    return synchronized;
}

void UndeliveredTasks::resourceSynchronized(const std::vector<qint64>& items, Clock::time_point now)
{
    for (auto& [uid, tracked] : tasks_) {
        if (std::find(items.begin(), items.end(), tracked.item) != items.end()) {
            tracked.synchronized = true;
            tracked.since = now;
        }
    }
}

std::set<qint64> UndeliveredTasks::dropped(const std::vector<Task>& list,
                                           const std::set<qint64>& synchronized)
{
    qint64 lastStored = -1;
    for (const Task& task : list) {
        if (task.stored) {
            lastStored = std::max(lastStored, task.item);
        }
    }
    std::set<qint64> result;
    for (const Task& task : list) {
        if (!task.stored && (task.item < lastStored || synchronized.count(task.item) > 0)) {
            result.insert(task.item);
        }
    }
    return result;
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
