#include "followupsstate.h"

#include <KConfigGroup>
#include <algorithm>
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

bool holdsRecords(const KSharedConfig::Ptr& config)
{
    const QStringList groups = config->groupList();
    return std::ranges::any_of(
        groups, [](const QString& name) { return name.startsWith(QLatin1String("Interview ")); });
}

} // namespace

KSharedConfig::Ptr FollowupsState::openForTaskList(qint64 collection)
{
    return KSharedConfig::openStateConfig(
        QStringLiteral("akonadi_interview_followups_tasklist_%1staterc").arg(collection));
}

bool FollowupsState::takeOverLegacy(const KSharedConfig::Ptr& legacy,
                                    const KSharedConfig::Ptr& taskList)
{
    if (!holdsRecords(legacy) || holdsRecords(taskList)) {
        return false;
    }
    FollowupsState state;
    state.load(legacy);
    state.save(taskList);
    FollowupsState().save(legacy); // drops its records
    return true;
}

void FollowupsState::load(const KSharedConfig::Ptr& config)
{
    *this = FollowupsState();
    const QStringList groups = config->groupList();
    for (const QString& name : groups) {
        if (!name.startsWith(QLatin1String("Interview "))) {
            continue;
        }
        const KConfigGroup group = config->group(name);
        const followups::InterviewKey key{
            group.readEntry(QStringLiteral("Uid"), QString()).toStdString(),
            group.readEntry(QStringLiteral("RecurrenceId"), QString()).toStdString()};
        Record record;
        record.issued = uidSet(group.readEntry(QStringLiteral("Issued"), QStringList()));
        record.failedCreations =
            uidSet(group.readEntry(QStringLiteral("FailedCreations"), QStringList()));
        const auto kind = followups::outcomeFromName(
            group.readEntry(QStringLiteral("Outcome"), QString()).toStdString());
        if (kind) {
            record.outcome =
                followups::Outcome{*kind, readDate(group, QStringLiteral("OutcomeDate"))};
        }
        record.lastSeen = readDate(group, QStringLiteral("LastSeen"));
        restore(key, std::move(record));
    }
}

void FollowupsState::save(const KSharedConfig::Ptr& config) const
{
    std::set<QString> kept;
    for (const auto& [key, record] : records()) {
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
