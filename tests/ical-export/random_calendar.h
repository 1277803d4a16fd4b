// A seeded generator of calendars that exercise what the streaming reader must get right: the
// keywords of several languages and scripts in SUMMARY, CATEGORIES (escaped too) and X-INTERVIEW-*
// properties, words that only look like keywords, recurring series whose overrides are interviews
// while the series is not (and the reverse), overrides written before their series, cancelled
// copies in a METHOD:CANCEL calendar, all-day and Windows-zone events, and lines folded at any
// byte. Same seed, same calendar.
#pragma once

#include <algorithm>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

namespace followups::testing
{

struct RandomCalendarShape {
    bool lfOnly = false;
    bool byteOrderMark = false;
};

class RandomCalendar
{
public:
    RandomCalendar(unsigned seed, RandomCalendarShape shape) : random_(seed), shape_(shape) {}

    std::string make(int events)
    {
        std::vector<std::vector<std::string>> main;
        std::vector<std::vector<std::string>> cancellations;
        for (int i = 0; i < events; ++i)
            addEvent(i, main, cancellations);
        std::string text = shape_.byteOrderMark ? "\xEF\xBB\xBF" : "";
        text += calendar(main, {});
        if (!cancellations.empty())
            text += calendar(cancellations, "METHOD:CANCEL");
        return text;
    }

private:
    int pick(int count) { return std::uniform_int_distribution<int>(0, count - 1)(random_); }

    std::string start(int dayOffset, int hour)
    {
        const int day = 1 + dayOffset % 28;
        const int month = 1 + (dayOffset / 28) % 12;
        const int year = 2026 + dayOffset / 336;
        char text[32];
        std::snprintf(text, sizeof text, "%04d%02d%02dT%02d0000", year, month, day, hour);
        return text;
    }

    std::string interviewSummary()
    {
        static const char* summaries[] = {
            "Interview: Acme \xE2\x80\x93 Engineer",
            "VORSTELLUNGSGESPR\xC3\x84"
            "CH bei Globex",
            "Vorstellungsgespr\xC3\xA4"
            "ch bei Initech",
            "\xD0\xA1\xD0\x9E\xD0\x91\xD0\x95\xD0\xA1\xD0\x95\xD0\x94\xD0\x9E\xD0\x92\xD0\x90\xD0"
            "\x9D"
            "\xD0\x98\xD0\x95: Hooli",
            "\xE9\x9D\xA2\xE6\x8E\xA5: Tyrell",
            "Entretien chez Umbrella",
            "Data Scientist interview with Stark",
            "job\\ninterview Wayne",
        };
        return summaries[pick(8)];
    }

    std::vector<std::string> event(const std::string& uid, const std::string& dtstart, int hour,
                                   const std::string& summary)
    {
        std::vector<std::string> lines{"BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:20261101T000000Z"};
        const bool windows = pick(4) == 0;
        const std::string zone = windows ? "W. Europe Standard Time" : "Europe/Berlin";
        lines.push_back("DTSTART;TZID=" + zone + ":" + dtstart);
        lines.push_back("DTEND;TZID=" + zone + ":" + dtstart.substr(0, 9) +
                        (hour + 1 < 10 ? "0" : "") + std::to_string(hour + 1) + "0000");
        lines.push_back("SUMMARY:" + summary);
        lines.push_back("DESCRIPTION:Agenda\\, notes\\nDecision: +10d\\nContact: hr@acme.example");
        lines.push_back("ORGANIZER;CN=Recruiter:mailto:jobs@acme.example");
        lines.push_back("ATTENDEE;CN=Pat Doe;PARTSTAT=ACCEPTED:mailto:pat@acme.example");
        lines.push_back("ATTENDEE;CN=Me;PARTSTAT=ACCEPTED:mailto:me@example.org");
        return lines;
    }

    void addEvent(int i, std::vector<std::vector<std::string>>& main,
                  std::vector<std::vector<std::string>>& cancellations)
    {
        const std::string uid = "gen-" + std::to_string(i) + "@example.org";
        const int day = pick(600);
        const int hour = 8 + pick(9);
        const auto dtstart = start(day, hour);
        const int kind = pick(20);
        auto close = [](std::vector<std::string> lines) {
            lines.push_back("END:VEVENT");
            return lines;
        };
        if (kind < 11) { // an ordinary meeting, some with words that only look like keywords
            static const char* summaries[] = {"Weekly sync", "Interviewer training",
                                              "Prep for the review", "Intervals and ranges"};
            main.push_back(close(event(uid, dtstart, hour, summaries[pick(4)])));
        } else if (kind < 14) { // an interview
            main.push_back(close(event(uid, dtstart, hour, interviewSummary())));
        } else if (kind == 14) { // marked by CATEGORIES (escaped) or an X-INTERVIEW- property
            auto lines = event(uid, dtstart, hour, "Call with Acme");
            lines.push_back(pick(2) ? "CATEGORIES:Work,Inter\\view" : "x-interview-company:Acme");
            main.push_back(close(lines));
        } else if (kind < 18) { // a series and an override, one of them an interview
            const bool seriesIsInterview = kind == 15;
            auto series =
                event(uid, dtstart, hour, seriesIsInterview ? interviewSummary() : "Team lunch");
            series.push_back("RRULE:FREQ=DAILY;COUNT=4");
            auto moved = event(uid, start(day + 1, hour), hour,
                               seriesIsInterview ? "Team lunch" : interviewSummary());
            moved.push_back("RECURRENCE-ID;TZID=Europe/Berlin:" + start(day + 1, hour));
            moved.push_back("SEQUENCE:1");
            if (kind == 17) { // the override first, as Google writes it
                main.push_back(close(moved));
                main.push_back(close(series));
            } else {
                main.push_back(close(series));
                main.push_back(close(moved));
            }
        } else { // an interview cancelled later by a copy, its summary changed or not
            const auto summary = interviewSummary();
            main.push_back(close(event(uid, dtstart, hour, summary)));
            auto copy = event(uid, dtstart, hour, pick(2) ? summary : "Cancelled: call");
            copy.push_back("SEQUENCE:2");
            cancellations.push_back(close(copy));
        }
    }

    std::string calendar(const std::vector<std::vector<std::string>>& events,
                         const std::string& method)
    {
        std::vector<std::string> lines{"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//gen//EN"};
        if (!method.empty())
            lines.push_back(method);
        for (const auto& event : events)
            lines.insert(lines.end(), event.begin(), event.end());
        lines.push_back("END:VCALENDAR");
        std::string text;
        const std::string end = shape_.lfOnly ? "\n" : "\r\n";
        for (const auto& line : lines)
            text += folded(line, end);
        return text;
    }

    // Folded at random bytes (sometimes inside a keyword or a UTF-8 character), or not at all.
    std::string folded(const std::string& line, const std::string& end)
    {
        if (pick(3) == 0)
            return line + end;
        std::string text;
        size_t position = 0;
        while (line.size() - position > 8) {
            const size_t width =
                std::min(line.size() - position - 1, 1 + static_cast<size_t>(pick(20)));
            text += line.substr(position, width) + end + (pick(2) ? " " : "\t");
            position += width;
        }
        return text + line.substr(position) + end;
    }

    std::mt19937 random_;
    RandomCalendarShape shape_;
};

} // namespace followups::testing
