#include "brokentasklist.h"

#include <utility>

BrokenTaskList::Change BrokenTaskList::reported(Report report, const QString& message)
{
    if (report == Report::Broken) {
        const bool began = state_ == State::Well;
        if (began) {
            message_ = message;
        }
        state_ = State::Broken;
        return began ? Change::Broke : Change::None;
    }
    if (state_ == State::Broken && report == Report::Running) {
        state_ = State::BrokenRunning;
    } else if (state_ == State::BrokenRunning && report == Report::Idle) {
        state_ = State::Recovering;
        return Change::Recovering;
    }
    return Change::None;
}

BrokenTaskList::Change BrokenTaskList::restart(Report current, const QString& message)
{
    state_ = State::Well;
    message_.clear();
    unconfirmed_.clear();
    return current == Report::Broken ? reported(current, message) : Change::None;
}

bool BrokenTaskList::confirmed(bool synchronized)
{
    if (state_ != State::Recovering) {
        return state_ == State::Well; // broken again meanwhile, or confirmed already
    }
    state_ = synchronized ? State::Well : State::Broken;
    return synchronized;
}

void BrokenTaskList::tasksKnown(const std::map<std::string, followups::InterviewKey>& tasks)
{
    if (holding()) {
        unconfirmed_.insert(tasks.begin(), tasks.end());
    }
}

std::map<std::string, followups::InterviewKey> BrokenTaskList::takeUnconfirmed()
{
    if (holding()) {
        return {};
    }
    return std::exchange(unconfirmed_, {});
}
