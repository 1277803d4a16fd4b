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
        for (const QString& uid : group.readEntry(QStringLiteral("Issued"), QStringList())) {
            record.issued.insert(uid.toStdString());
        }
        const auto kind = outcomeKind(group.readEntry(QStringLiteral("Outcome"), QString()));
        if (kind) {
            record.outcome = followups::Outcome{
                *kind,
                followups::parseIsoDate(
                    group.readEntry(QStringLiteral("OutcomeDate"), QString()).toStdString())};
        }
    }
}

void FollowupsState::save(const KSharedConfig::Ptr& config) const
{
    for (const auto& [key, record] : records_) {
        KConfigGroup group = config->group(groupName(key));
        group.writeEntry(QStringLiteral("Uid"), QString::fromStdString(key.uid));
        group.writeEntry(QStringLiteral("RecurrenceId"), QString::fromStdString(key.recurrenceId));
        QStringList issued;
        for (const auto& uid : record.issued) {
            issued.append(QString::fromStdString(uid));
        }
        group.writeEntry(QStringLiteral("Issued"), issued);
        if (record.outcome) {
            group.writeEntry(
                QStringLiteral("Outcome"),
                QString::fromStdString(std::string(followups::outcomeName(record.outcome->kind))));
            if (record.outcome->date) {
                group.writeEntry(
                    QStringLiteral("OutcomeDate"),
                    QString::fromStdString(followups::formatIsoDate(*record.outcome->date)));
            }
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
    auto& issued = records_[key].issued;
    const std::size_t before = issued.size();
    issued.insert(uids.begin(), uids.end());
    return issued.size() != before;
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
