// KCalendarCore (Kontact's parser) on the writer's samples: loads each file with ICalFormat into a
// MemoryCalendar without error, and finds the manifest's UIDs, summaries, categories, dues or
// starts, statuses, and one enabled alarm whose Alarm::time() is the manifest's instant, or none
// where the manifest has none: Kontact's reminder daemon fires every enabled alarm it finds.
//
// Usage: interop_kcalendarcore_check SAMPLE_DIR
#include <KCalendarCore/Exceptions>
#include <KCalendarCore/ICalFormat>
#include <KCalendarCore/MemoryCalendar>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTimeZone>
#include <iostream>

namespace
{

int failures = 0;

void fail(const QString& what, const QString& got, const QString& expected)
{
    ++failures;
    std::cerr << "FAIL " << qPrintable(what) << ": got " << qPrintable(got) << ", expected "
              << qPrintable(expected) << '\n';
}

void expectEqual(const QString& got, const QString& expected, const QString& what)
{
    if (got != expected)
        fail(what, got, expected);
}

void expectEqual(qint64 got, qint64 expected, const QString& what)
{
    if (got != expected)
        fail(what, QString::number(got), QString::number(expected));
}

QString statusName(const KCalendarCore::Incidence::Ptr& incidence)
{
    switch (incidence->status()) {
    case KCalendarCore::Incidence::StatusNone:
        return {};
    case KCalendarCore::Incidence::StatusNeedsAction:
        return QStringLiteral("NEEDS-ACTION");
    case KCalendarCore::Incidence::StatusCompleted:
        return QStringLiteral("COMPLETED");
    case KCalendarCore::Incidence::StatusCanceled:
        return QStringLiteral("CANCELLED");
    default:
        return QStringLiteral("other");
    }
}

void checkIncidence(const KCalendarCore::Incidence::Ptr& incidence, const QJsonObject& item)
{
    const QString uid = item[QStringLiteral("uid")].toString();
    expectEqual(incidence->summary(), item[QStringLiteral("summary")].toString(), uid + " summary");
    expectEqual(incidence->nonKDECustomProperty("X-IFU-HASH"),
                item[QStringLiteral("hash")].toString(), uid + " X-IFU-HASH");
    QStringList categories;
    for (const QJsonValue category : item[QStringLiteral("categories")].toArray())
        categories << category.toString();
    expectEqual(incidence->categories().join(QLatin1Char('|')), categories.join(QLatin1Char('|')),
                uid + " categories");
    expectEqual(statusName(incidence), item[QStringLiteral("status")].toString(), uid + " status");

    if (incidence->type() == KCalendarCore::IncidenceBase::TypeTodo) {
        const auto todo = incidence.staticCast<KCalendarCore::Todo>();
        if (item.contains(QStringLiteral("due_date"))) {
            if (!todo->allDay())
                fail(uid + " all-day", QStringLiteral("timed"), QStringLiteral("all-day"));
            expectEqual(todo->dtDue().date().toString(Qt::ISODate),
                        item[QStringLiteral("due_date")].toString(), uid + " due date");
        } else {
            expectEqual(todo->dtDue().toSecsSinceEpoch(),
                        item[QStringLiteral("due")].toVariant().toLongLong(), uid + " due");
        }
    } else {
        const auto event = incidence.staticCast<KCalendarCore::Event>();
        expectEqual(event->dtStart().toSecsSinceEpoch(),
                    item[QStringLiteral("start")].toVariant().toLongLong(), uid + " start");
        expectEqual(event->dtEnd().toSecsSinceEpoch(),
                    item[QStringLiteral("end")].toVariant().toLongLong(), uid + " end");
    }

    const KCalendarCore::Alarm::List alarms = incidence->alarms();
    const bool reminds = !item[QStringLiteral("alarm")].isNull();
    expectEqual(alarms.size(), reminds ? 1 : 0, uid + " alarm count");
    for (const KCalendarCore::Alarm::Ptr& alarm : alarms) {
        if (!alarm->enabled())
            fail(uid + " alarm enabled", QStringLiteral("false"), QStringLiteral("true"));
        expectEqual(alarm->time().toSecsSinceEpoch(),
                    item[QStringLiteral("alarm")].toVariant().toLongLong(), uid + " alarm time");
        if (alarm->type() != KCalendarCore::Alarm::Display)
            fail(uid + " alarm type", QString::number(alarm->type()), QStringLiteral("Display"));
    }
}

void checkFile(const QString& path, const QJsonObject& expected)
{
    auto calendar = KCalendarCore::MemoryCalendar::Ptr::create(QTimeZone::utc());
    KCalendarCore::ICalFormat format;
    if (!format.load(calendar, path) || format.exception()) {
        fail(path + " load",
             format.exception() ? format.exception()->arguments().join(u' ')
                                : QStringLiteral("load() failed"),
             QStringLiteral("no error"));
        return;
    }
    const bool todos = expected[QStringLiteral("component")].toString() == QLatin1String("VTODO");
    const QJsonArray items = expected[QStringLiteral("items")].toArray();
    expectEqual(todos ? calendar->rawTodos().size() : calendar->rawEvents().size(), items.size(),
                path + " count");
    if (!(todos ? calendar->rawEvents().isEmpty() : calendar->rawTodos().isEmpty()))
        fail(path + " other component type", QStringLiteral("present"), QStringLiteral("none"));

    for (const QJsonValue value : items) {
        const QJsonObject item = value.toObject();
        const QString uid = item[QStringLiteral("uid")].toString();
        const KCalendarCore::Incidence::Ptr incidence =
            todos ? KCalendarCore::Incidence::Ptr(calendar->todo(uid))
                  : KCalendarCore::Incidence::Ptr(calendar->event(uid));
        if (!incidence)
            fail(uid, QStringLiteral("missing"), QStringLiteral("present"));
        else
            checkIncidence(incidence, item);
    }
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::cerr << "usage: interop_kcalendarcore_check SAMPLE_DIR\n";
        return 2;
    }
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    QFile manifestFile(dir.filePath(QStringLiteral("manifest.json")));
    if (!manifestFile.open(QIODevice::ReadOnly)) {
        std::cerr << "cannot read the manifest in " << argv[1] << '\n';
        return 2;
    }
    const QJsonObject manifest = QJsonDocument::fromJson(manifestFile.readAll()).object();
    for (const QJsonValue file : manifest[QStringLiteral("files")].toArray()) {
        const QJsonObject entry = file.toObject();
        checkFile(dir.filePath(entry[QStringLiteral("path")].toString()), entry);
    }
    std::cout << (failures ? "KCalendarCore: FAILED " : "KCalendarCore: ok ") << failures
              << " failure(s)\n";
    return failures ? 1 : 0;
}
