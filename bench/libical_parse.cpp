// The libical baseline: the same job done the straightforward way, parsing the whole file with
// icalparser_parse_string and walking every VEVENT's summary and start, as the other parsers in
// compare.py do. It prints how many events had both, so the walk can't be optimised away.
#include <cstdio>
#include <fstream>
#include <iterator>
#include <libical/ical.h>
#include <string>

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s FILE.ics\n", argv[0]);
        return 2;
    }
    std::ifstream in(argv[1], std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "%s: cannot open\n", argv[1]);
        return 1;
    }
    const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    icalcomponent* calendar = icalparser_parse_string(text.c_str());
    if (calendar == nullptr) {
        std::fprintf(stderr, "%s: not parsed\n", argv[1]);
        return 1;
    }
    long count = 0;
    for (icalcomponent* event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT);
         event != nullptr;
         event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
        const char* summary = icalcomponent_get_summary(event);
        if (summary != nullptr && *summary != '\0' &&
            !icaltime_is_null_time(icalcomponent_get_dtstart(event))) {
            ++count;
        }
    }
    icalcomponent_free(calendar);
    std::printf("%ld\n", count);
    return 0;
}
