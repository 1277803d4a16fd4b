#include "followups/store_memory.h"

namespace followups
{

namespace
{
const std::set<std::string> noUids;
const std::optional<Outcome> noOutcome;
} // namespace

const std::set<std::string>& StoreMemory::issued(const InterviewKey& key) const
{
    const auto it = records_.find(key);
    return it == records_.end() ? noUids : it->second.issued;
}

bool StoreMemory::wasIssued(const InterviewKey& key, const std::string& uid) const
{
    return issued(key).contains(uid);
}

bool StoreMemory::addIssued(const InterviewKey& key, const std::set<std::string>& uids)
{
    Record& record = records_[key];
    const std::size_t before = record.issued.size();
    record.issued.insert(uids.begin(), uids.end());
    for (const auto& uid : uids)
        record.failedCreations.erase(uid);
    return record.issued.size() != before;
}

void StoreMemory::creationFailed(const InterviewKey& key, const std::string& uid)
{
    records_[key].failedCreations.insert(uid);
}

const std::set<std::string>& StoreMemory::failedCreations(const InterviewKey& key) const
{
    const auto it = records_.find(key);
    return it == records_.end() ? noUids : it->second.failedCreations;
}

void StoreMemory::seen(const InterviewKey& key, Date today)
{
    const auto it = records_.find(key);
    if (it != records_.end())
        it->second.lastSeen = today;
}

std::size_t StoreMemory::prune(Date today)
{
    const auto cutoff = std::chrono::sys_days{today} - std::chrono::days{pruneAfterDays};
    std::size_t pruned = 0;
    for (auto it = records_.begin(); it != records_.end();) {
        auto& lastSeen = it->second.lastSeen;
        if (!lastSeen)
            lastSeen = today;
        if (std::chrono::sys_days{*lastSeen} < cutoff) {
            it = records_.erase(it);
            ++pruned;
        } else {
            ++it;
        }
    }
    return pruned;
}

const std::optional<Outcome>& StoreMemory::outcome(const InterviewKey& key) const
{
    const auto it = records_.find(key);
    return it == records_.end() ? noOutcome : it->second.outcome;
}

void StoreMemory::setOutcome(const InterviewKey& key, const Outcome& outcome)
{
    records_[key].outcome = outcome;
}

void StoreMemory::restore(const InterviewKey& key, Record record)
{
    records_[key] = std::move(record);
}

} // namespace followups
