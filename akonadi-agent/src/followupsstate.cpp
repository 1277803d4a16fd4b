#include "followupsstate.h"

#include <KConfigGroup>
#include <followups/time.h>

namespace
{
// One group per interview occurrence. Group names can't hold every byte of a UID safely, so the
// key is stored in the group's entries and the name is a stable encoding of it.
QString groupName(const followups::InterviewKey& key)
{
    const QByteArray raw = QByteArray::fromStdString(key.uid + '\n' + key.recurrenceId);
    return QStringLiteral("Interview ") +
           QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding));
}

std::optional<followups::OutcomeKind> outcomeKind(const QString& name)
{
    for (auto kind : {followups::OutcomeKind::Rejected, followups::OutcomeKind::Offer,
                      followups::OutcomeKind::Accepted, followups::OutcomeKind::Withdrawn}) {
        if (name == QLatin1String(followups::outcomeName(kind).data(),
                                  static_cast<int>(followups::outcomeName(kind).size()))) {
            return kind;
        }
    }
    return std::nullopt;
}

std::set<std::string> uidSet(const QStringList& list)
{
    std::set<std::string> uids;
    for (const QString& uid : list) {
        uids.insert(uid.toStdString());
    }
    return uids;
}

QStringList uidList(const std::set<std::string>& uids)
{
    QStringList list;
    for (const auto& uid : uids) {
        list.append(QString::fromStdString(uid));
    }
    return list;
}

std::optional<followups::Date> readDate(const KConfigGroup& group, const QString& entry)
{
    return followups::parseIsoDate(group.readEntry(entry, QString()).toStdString());
}

void writeDate(KConfigGroup& group, const QString& entry,
               const std::optional<followups::Date>& date)
{
    if (date) {
        group.writeEntry(entry, QString::fromStdString(followups::formatIsoDate(*date)));
    } else {
        group.deleteEntry(entry);
    }
}

const std::set<std::string> noUids;
const std::optional<followups::Outcome> noOutcome;
} // namespace

void FollowupsState::load(const KSharedConfig::Ptr& config)
{
    records_.clear();
    const QStringList groups = config->groupList();
    for (const QString& name : groups) {
        if (!name.startsWith(QLatin1String("Interview "))) {
            continue;
        }
        const KConfigGroup group = config->group(name);
        const followups::InterviewKey key{
            group.readEntry(QStringLiteral("Uid"), QString()).toStdString(),
            group.readEntry(QStringLiteral("RecurrenceId"), QString()).toStdString()};
        Record& record = records_[key];
        record.issued = uidSet(group.readEntry(QStringLiteral("Issued"), QStringList()));
        record.failedCreations =
            uidSet(group.readEntry(QStringLiteral("FailedCreations"), QStringList()));
        const auto kind = outcomeKind(group.readEntry(QStringLiteral("Outcome"), QString()));
        if (kind) {
            record.outcome =
                followups::Outcome{*kind, readDate(group, QStringLiteral("OutcomeDate"))};
        }
        record.lastSeen = readDate(group, QStringLiteral("LastSeen"));
    }
}

void FollowupsState::save(const KSharedConfig::Ptr& config) const
{
    std::set<QString> kept;
    for (const auto& [key, record] : records_) {
        kept.insert(groupName(key));
        KConfigGroup group = config->group(groupName(key));
        group.writeEntry(QStringLiteral("Uid"), QString::fromStdString(key.uid));
        group.writeEntry(QStringLiteral("RecurrenceId"), QString::fromStdString(key.recurrenceId));
        group.writeEntry(QStringLiteral("Issued"), uidList(record.issued));
        if (record.failedCreations.empty()) {
            group.deleteEntry(QStringLiteral("FailedCreations"));
        } else {
            group.writeEntry(QStringLiteral("FailedCreations"), uidList(record.failedCreations));
        }
        if (record.outcome) {
            group.writeEntry(
                QStringLiteral("Outcome"),
                QString::fromStdString(std::string(followups::outcomeName(record.outcome->kind))));
            writeDate(group, QStringLiteral("OutcomeDate"), record.outcome->date);
        }
        writeDate(group, QStringLiteral("LastSeen"), record.lastSeen);
    }
    // Pruned records.
    for (const QString& name : config->groupList()) {
        if (name.startsWith(QLatin1String("Interview ")) && !kept.contains(name)) {
            config->deleteGroup(name);
        }
    }
    config->sync();
}

const std::set<std::string>& FollowupsState::issued(const followups::InterviewKey& key) const
{
    const auto it = records_.find(key);
    return it == records_.end() ? noUids : it->second.issued;
}

bool FollowupsState::addIssued(const followups::InterviewKey& key,
                               const std::set<std::string>& uids)
{
    Record& record = records_[key];
    const std::size_t before = record.issued.size();
    record.issued.insert(uids.begin(), uids.end());
    for (const auto& uid : uids) {
        record.failedCreations.erase(uid);
    }
    return record.issued.size() != before;
}

void FollowupsState::creationFailed(const followups::InterviewKey& key, const std::string& uid)
{
    records_[key].failedCreations.insert(uid);
}

const std::set<std::string>&
FollowupsState::failedCreations(const followups::InterviewKey& key) const
{
    const auto it = records_.find(key);
    return it == records_.end() ? noUids : it->second.failedCreations;
}

void FollowupsState::seen(const followups::InterviewKey& key, followups::Date today)
{
    const auto it = records_.find(key);
    if (it != records_.end()) {
        it->second.lastSeen = today;
    }
}

std::size_t FollowupsState::prune(followups::Date today)
{
    const auto cutoff = std::chrono::sys_days{today} - std::chrono::days{pruneAfterDays};
    std::size_t pruned = 0;
    for (auto it = records_.begin(); it != records_.end();) {
        auto& lastSeen = it->second.lastSeen;
        if (!lastSeen) {
            lastSeen = today;
        }
        if (std::chrono::sys_days{*lastSeen} < cutoff) {
            it = records_.erase(it);
            ++pruned;
        } else {
            ++it;
        }
    }
    return pruned;
}

bool FollowupsState::wasIssued(const followups::InterviewKey& key, const std::string& uid) const
{
    return issued(key).contains(uid);
}

const std::optional<followups::Outcome>&
FollowupsState::outcome(const followups::InterviewKey& key) const
{
    const auto it = records_.find(key);
    return it == records_.end() ? noOutcome : it->second.outcome;
}

void FollowupsState::setOutcome(const followups::InterviewKey& key,
                                const followups::Outcome& outcome)
{
    records_[key].outcome = outcome;
}
