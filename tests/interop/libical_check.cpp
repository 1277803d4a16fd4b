// libical's own parser on the writer's samples: no parse errors (X-LIC-ERROR), and the UIDs,
// due/start instants and alarm instants of the manifest.
//
// Usage: libical_check SAMPLE_DIR   (reads SAMPLE_DIR/manifest.json and the files it names)
#include <filesystem>
#include <fstream>
#include <iostream>
#include <libical/ical.h>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <string_view>

namespace
{

using nlohmann::json;

int failures = 0;

template <typename A, typename B>
void expectEqual(const A& actual, const B& expected, const std::string& what)
{
    if (actual == expected)
        return;
    ++failures;
    std::cerr << "FAIL " << what << ": got " << actual << ", expected " << expected << '\n';
}

long long instant(icaltimetype time)
{
    return static_cast<long long>(icaltime_as_timet_with_zone(time, time.zone));
}

// The alarm's absolute time: an absolute trigger, or the offset from DTSTART/DUE (RELATED).
long long alarmTime(icalcomponent* item, icalcomponent* alarm)
{
    icalproperty* trigger = icalcomponent_get_first_property(alarm, ICAL_TRIGGER_PROPERTY);
    const icaltriggertype value = icalproperty_get_trigger(trigger);
    if (!icaltime_is_null_time(value.time))
        return instant(value.time);
    icalparameter* related = icalproperty_get_first_parameter(trigger, ICAL_RELATED_PARAMETER);
    const bool end = related && icalparameter_get_related(related) == ICAL_RELATED_END;
    const icaltimetype base = !end ? icalcomponent_get_dtstart(item)
                              : icalcomponent_isa(item) == ICAL_VTODO_COMPONENT
                                  ? icalcomponent_get_due(item)
                                  : icalcomponent_get_dtend(item);
    return instant(base) + icaldurationtype_as_int(value.duration);
}

std::string xProperty(icalcomponent* component, std::string_view name)
{
    for (icalproperty* p = icalcomponent_get_first_property(component, ICAL_X_PROPERTY); p;
         p = icalcomponent_get_next_property(component, ICAL_X_PROPERTY)) {
        if (icalproperty_get_x_name(p) == name)
            return icalproperty_get_x(p);
    }
    return {};
}

void checkFile(const std::filesystem::path& path, const json& expected)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    std::unique_ptr<icalcomponent, void (*)(icalcomponent*)> calendar{
        icalparser_parse_string(text.str().c_str()), icalcomponent_free};
    if (!calendar) {
        ++failures;
        std::cerr << "FAIL " << path << ": libical parsed nothing\n";
        return;
    }
    expectEqual(icalcomponent_count_errors(calendar.get()), 0, path.string() + " X-LIC-ERRORs");

    const bool todos = expected["component"] == "VTODO";
    const icalcomponent_kind kind = todos ? ICAL_VTODO_COMPONENT : ICAL_VEVENT_COMPONENT;
    std::map<std::string, icalcomponent*> byUid;
    for (icalcomponent* c = icalcomponent_get_first_component(calendar.get(), kind); c;
         c = icalcomponent_get_next_component(calendar.get(), kind))
        byUid[icalcomponent_get_uid(c)] = c;
    expectEqual(byUid.size(), expected["items"].size(), path.string() + " component count");

    for (const json& item : expected["items"]) {
        const std::string uid = item["uid"];
        const auto found = byUid.find(uid);
        if (found == byUid.end()) {
            ++failures;
            std::cerr << "FAIL " << uid << " missing\n";
            continue;
        }
        icalcomponent* c = found->second;
        expectEqual(std::string{icalcomponent_get_summary(c)}, item["summary"].get<std::string>(),
                    uid + " SUMMARY");
        expectEqual(xProperty(c, "X-IFU-HASH"), item["hash"].get<std::string>(),
                    uid + " X-IFU-HASH");
        if (todos && item.contains("due_date")) {
            const icaltimetype due = icalcomponent_get_due(c);
            char iso[11];
            std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", due.year, due.month, due.day);
            expectEqual(due.is_date, 1, uid + " DUE is a DATE");
            expectEqual(std::string{iso}, item["due_date"].get<std::string>(), uid + " DUE");
        } else if (todos) {
            expectEqual(instant(icalcomponent_get_due(c)), item["due"].get<long long>(),
                        uid + " DUE");
        } else {
            expectEqual(instant(icalcomponent_get_dtstart(c)), item["start"].get<long long>(),
                        uid + " DTSTART");
            expectEqual(instant(icalcomponent_get_dtend(c)), item["end"].get<long long>(),
                        uid + " DTEND");
        }
        int alarms = 0;
        for (icalcomponent* a = icalcomponent_get_first_component(c, ICAL_VALARM_COMPONENT); a;
             a = icalcomponent_get_next_component(c, ICAL_VALARM_COMPONENT)) {
            ++alarms;
            expectEqual(alarmTime(c, a), item["alarm"].get<long long>(), uid + " alarm");
        }
        expectEqual(alarms, item["alarm"].is_null() ? 0 : 1, uid + " VALARM count");
    }
}

int checkAll(const std::filesystem::path& dir)
{
    std::ifstream manifestFile(dir / "manifest.json");
    const json manifest = json::parse(manifestFile);
    for (const json& file : manifest["files"])
        checkFile(dir / file["path"].get<std::string>(), file);
    std::cout << (failures ? "libical: FAILED " : "libical: ok ") << failures << " failure(s)\n";
    return failures ? 1 : 0;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::cerr << "usage: libical_check SAMPLE_DIR\n";
        return 2;
    }
    try {
        return checkAll(argv[1]);
    } catch (const std::exception& error) { // an unreadable or malformed manifest
        std::cerr << "libical_check: " << error.what() << '\n';
        return 2;
    }
}
