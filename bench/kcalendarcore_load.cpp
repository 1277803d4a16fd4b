// The KCalendarCore alternative (what Kontact uses): load the file into a memory calendar and walk
// every event's summary and start, as the other parsers in compare.sh do.
#include <KCalendarCore/ICalFormat>
#include <KCalendarCore/MemoryCalendar>
#include <QCoreApplication>
#include <QTimeZone>
#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s FILE.ics\n", argv[0]);
        return 2;
    }
    auto calendar = KCalendarCore::MemoryCalendar::Ptr::create(QTimeZone::utc());
    KCalendarCore::ICalFormat format;
    if (!format.load(calendar, QString::fromLocal8Bit(argv[1]))) {
        std::fprintf(stderr, "%s: not loaded\n", argv[1]);
        return 1;
    }
    long count = 0;
    const auto events = calendar->rawEvents();
    for (const auto& event : events) {
        if (!event->summary().isEmpty() && event->dtStart().isValid()) {
            ++count;
        }
    }
    std::printf("%ld\n", count);
    return 0;
}
