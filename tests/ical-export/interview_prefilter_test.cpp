// The streaming reader's prefilter (ical-export/src/interview_prefilter.h) against the core's own
// recognition: no event the core recognises as an interview is rejected. Each VEVENT the scanner
// finds is parsed on its own by libical and recognised by the core (isInterview); wherever the core
// says yes, the prefilter must have said "may be" on that component's text. On the shared corpus,
// the repository's .ics files and generated calendars (with the shipped keywords, with hard ones,
// and with the words of each file's own titles), and on generated titles that put the keywords
// where escapes, folding, case and white space make them hardest to see.
#include "../../ical-export/src/component_scanner.h"
#include "../../ical-export/src/interview_prefilter.h"
#include "followups/ascii_text.h"
#include "followups/ical/reader.h"
#include "followups/recognize.h"
#include "ical_corpus.h"
#include "random_calendar.h"
#include "repository_calendars.h"

#include <gtest/gtest.h>
#include <random>
#include <set>

namespace followups::testing
{
namespace
{

using namespace std::chrono;

// Wide enough for every occurrence of the files' series (they span 2003 to 2030).
const TimeRange expansion{sys_days{year{1990} / 1 / 1}, sys_days{year{2040} / 1 / 1}};

struct Checked {
    int interviews = 0; // events the core recognised
    int rejected = 0;   // components the prefilter turned away
};

// Every VEVENT (or component holding one) of `text`: the prefilter's verdict on it, and the core's
// on every event libical reads from it alone.
Checked expectNoInterviewRejected(const std::string& text, const std::string& name,
                                  const Policy& policy)
{
    const ical::InterviewPrefilter prefilter(policy.keywords.interview);
    Checked checked;
    Warnings warnings;
    ical::ComponentScanner scanner(
        name, warnings,
        [&](const ical::ScannedComponent& component) {
            if (!component.holdsEvent)
                return;
            const bool mayBe = prefilter.mayBeInterview(component.recognitionText);
            checked.rejected += mayBe ? 0 : 1;
            const std::string alone = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" +
                                      std::string(component.text) + "END:VCALENDAR\r\n";
            const auto read = ical::readEvents(alone, name, {policy.userZone, expansion});
            for (const auto& event : read.events) {
                if (!isInterview(event, policy))
                    continue;
                ++checked.interviews;
                EXPECT_TRUE(mayBe)
                    << name << " line " << component.firstLine << ": the core recognises \""
                    << event.summary << "\", the prefilter rejected it";
            }
        },
        [](const ical::ScannedCalendar&) {});
    scanner.feed(text);
    scanner.finish();
    return checked;
}

Policy defaultKeywords()
{
    return defaultPolicy(Zone::utc());
}

// The words of the file's own titles and categories as interview keywords (no exclusions), so that
// a calendar without interviews still puts its real-world text through the check.
Policy keywordsOfTheFile(const std::string& text, const std::string& name)
{
    Policy policy = defaultKeywords();
    policy.keywords.interview.clear();
    policy.keywords.exclusion.clear();
    std::set<std::string> words;
    for (const auto& event : ical::readEvents(text, name, {Zone::utc(), expansion}).events) {
        std::string all = event.summary;
        for (const auto& category : event.categories)
            all += ' ' + category;
        for (std::size_t at = 0; at < all.size();) {
            const std::size_t end = std::min(all.find(' ', at), all.size());
            if (end - at >= 3)
                words.insert(all.substr(at, end - at));
            at = end + 1;
        }
    }
    policy.keywords.interview.assign(words.begin(), words.end());
    return policy;
}

// Keywords that are hard to see in raw text: case that changes length when folded, full-width and
// composed letters, keywords with inner spaces and punctuation, a one-letter script.
Policy hardKeywords()
{
    Policy policy = defaultKeywords();
    policy.keywords.interview = {
        "Gespräch", "STRASSE-TERMIN", "ＳＣＲＥＥＮ", "job talk", "Ö1; panel", "面", "İnterview"};
    return policy;
}

TEST(InterviewPrefilter, rejectsNoInterviewOfTheCorpus)
{
    const auto files = icalCorpusFiles();
    ASSERT_GE(files.size(), 20u);
    int interviews = 0;
    for (const auto& file : files) {
        const auto text = readBytes(file);
        const auto name = file.filename().string();
        expectNoInterviewRejected(text, name, defaultKeywords());
        interviews +=
            expectNoInterviewRejected(text, name, keywordsOfTheFile(text, name)).interviews;
    }
    EXPECT_GT(interviews, 100); // the check did look at events the core took
}

// Every .ics of the repository's tests and examples (fuzz seeds and test data included).
TEST(InterviewPrefilter, rejectsNoInterviewOfTheRepositorysCalendars)
{
    const auto files = repositoryCalendars(FOLLOWUPS_SOURCE_TREE);
    int interviews = 0;
    int ownWords = 0;
    for (const auto& file : files) {
        const auto text = readBytes(file);
        const auto name = file.filename().string();
        interviews += expectNoInterviewRejected(text, name, defaultKeywords()).interviews;
        expectNoInterviewRejected(text, name, hardKeywords());
        ownWords += expectNoInterviewRejected(text, name, keywordsOfTheFile(text, name)).interviews;
    }
    EXPECT_GE(files.size(), 5U);
    EXPECT_GE(interviews, 5);
    EXPECT_GE(ownWords, 10);
}

TEST(InterviewPrefilter, rejectsNoInterviewOfGeneratedCalendars)
{
    for (unsigned seed = 1; seed <= 6; ++seed) {
        const RandomCalendarShape shape{seed % 2 == 0, seed % 3 == 0};
        const auto text = RandomCalendar(seed, shape).make(300);
        const auto name = "generated-" + std::to_string(seed) + ".ics";
        const auto checked = expectNoInterviewRejected(text, name, defaultKeywords());
        EXPECT_GT(checked.interviews, 0) << name;
        EXPECT_GT(checked.rejected, 0) << name; // it does filter
        expectNoInterviewRejected(text, name, hardKeywords());
    }
}

// A title or category holding a keyword as a client may write it: any case, escapes and white
// space between and around its words, and the line folded at any byte (inside a UTF-8 character
// too, as RFC 5545 lets simple writers do).
class TitleWriter
{
public:
    explicit TitleWriter(unsigned seed) : random_(seed) {}

    std::string event(int index, const std::vector<std::string>& keywords)
    {
        const std::string& keyword = keywords[pick(keywords.size())];
        std::string value = pick(2) ? "Acme " : "";
        value += recased(keyword);
        value += pick(2) ? " – Engineer" : "";
        std::string lines = "BEGIN:VEVENT\r\nUID:t" + std::to_string(index) +
                            "@example.org\r\nDTSTART:20261201T130000Z\r\n";
        lines += folded((pick(3) == 0 ? "CATEGORIES:Work," : "SUMMARY:") + escaped(value));
        return lines + "END:VEVENT\r\n";
    }

private:
    std::size_t pick(std::size_t count)
    {
        return std::uniform_int_distribution<std::size_t>(0, count - 1)(random_);
    }

    // Upper, lower or as written, letter by letter for ASCII; the rest as written or upper-cased
    // where a known letter has a longer or shorter capital.
    std::string recased(const std::string& keyword)
    {
        std::string result;
        for (std::size_t i = 0; i < keyword.size(); ++i) {
            const char c = keyword[i];
            if (keyword.compare(i, 2, "\xC3\xA4") == 0 && pick(2)) { // ä → Ä
                result += "\xC3\x84";
                ++i;
            } else if (keyword.compare(i, 2, "\xC3\x9F") == 0 && pick(2)) { // ß → ẞ
                result += "\xE1\xBA\x9E";
                ++i;
            } else if (c == ' ') {
                result += std::vector<std::string>{" ", "  ", "\t", "\xC2\xA0", "\\n"}[pick(5)];
            } else {
                result += pick(2) ? ascii::toUpper(c) : ascii::toLower(c);
            }
        }
        return result;
    }

    // RFC 5545 TEXT escapes for what must be escaped; "\n" written by recased stays an escape.
    static std::string escaped(const std::string& text)
    {
        std::string result;
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (text.compare(i, 2, "\\n") == 0) {
                result += "\\n";
                ++i;
            } else if (text[i] == ',' || text[i] == ';' || text[i] == '\\') {
                result += '\\';
                result += text[i];
            } else {
                result += text[i];
            }
        }
        return result;
    }

    std::string folded(const std::string& line)
    {
        std::string result;
        for (std::size_t i = 0; i < line.size(); ++i) {
            if (i > 0 && pick(6) == 0)
                result += pick(2) ? "\r\n " : "\r\n\t";
            result += line[i];
        }
        return result + "\r\n";
    }

    std::mt19937 random_;
};

TEST(InterviewPrefilter, rejectsNoGeneratedTitleHoldingAKeyword)
{
    for (const Policy& policy : {defaultKeywords(), hardKeywords()}) {
        for (unsigned seed = 1; seed <= 4; ++seed) {
            TitleWriter writer(seed);
            std::string text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n";
            for (int i = 0; i < 400; ++i)
                text += writer.event(i, policy.keywords.interview);
            text += "END:VCALENDAR\r\n";
            const auto checked =
                expectNoInterviewRejected(text, "titles-" + std::to_string(seed), policy);
            EXPECT_GT(checked.interviews, 100);
        }
    }
}

TEST(InterviewPrefilter, looksForTheKeywordsWhereverTheCoreWould)
{
    const ical::InterviewPrefilter prefilter(hardKeywords().keywords.interview);
    // Case folded (also where folding changes the length), escapes and white space between words.
    EXPECT_TRUE(prefilter.mayBeInterview("SUMMARY:GESPRÄCH mit Acme\n"));
    EXPECT_TRUE(prefilter.mayBeInterview("SUMMARY:Stra\xE1\xBA\x9E"
                                         "E-Termin\n"));
    EXPECT_TRUE(prefilter.mayBeInterview("SUMMARY:ｓｃｒｅｅｎ\n"));
    EXPECT_TRUE(prefilter.mayBeInterview("SUMMARY:Job\\n talk\n"));
    EXPECT_TRUE(prefilter.mayBeInterview("CATEGORIES:panel\n"));
    EXPECT_TRUE(prefilter.mayBeInterview("X-INTERVIEW-COMPANY:Acme\n"));
    EXPECT_FALSE(prefilter.mayBeInterview("SUMMARY:Standup\n"));
    EXPECT_FALSE(prefilter.mayBeInterview("SUMMARY:Strasse\n"));
}

} // namespace
} // namespace followups::testing
