// The language of the tasks' texts (cli/language.cpp): the locale's, as gettext reads it, or
// --language; the built binary reads the build tree's catalogs next to it. Without a language the
// output is the English one, byte for byte. The runs set no locale but glibc's built-in C.UTF-8,
// so they pass on a machine where no locale was generated.
#include "cli_runner.h"
#include "test_calendars.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

namespace followups::cli::testing
{
namespace
{

using ::testing::HasSubstr;
using ::testing::Not;

class Language : public ::testing::Test
{
protected:
    Language() { sandbox.write("cal.ics", calendar(acmeInterview())); }

    RunResult plan(std::vector<std::string> options,
                   const std::map<std::string, std::string>& environment = {}) const
    {
        std::vector<std::string> arguments{"plan", "cal.ics", "--now", fixedNow};
        arguments.insert(arguments.end(), options.begin(), options.end());
        return sandbox.run(arguments, {}, environment);
    }

    // The summary of the task of `kind` in a JSON output.
    static std::string summaryOf(const RunResult& run, const std::string& kind)
    {
        const auto json = nlohmann::json::parse(run.out);
        for (const auto& task : json["tasks"]) {
            if (task["kind"] == kind)
                return task["summary"];
        }
        return {};
    }

    CliSandbox sandbox;
};

TEST_F(Language, theLocaleChoosesIt)
{
    const auto german = plan({"--format", "json"}, {{"LANGUAGE", "de"}, {"LC_ALL", "C.UTF-8"}});
    ASSERT_EQ(german.exitCode, 0) << german.err;
    EXPECT_EQ(summaryOf(german, "thank-you"),
              "Dankesnachricht an Jane Doe senden (Acme – Engineer)");
    EXPECT_EQ(summaryOf(german, "debrief"), "Notizen zum Vorstellungsgespräch festhalten (Acme – "
                                            "Engineer)");
    // What programs read back stays as it is.
    const auto json = nlohmann::json::parse(german.out);
    EXPECT_EQ(json["tasks"][0]["categories"],
              nlohmann::json({"Job search", "Interview follow-up"}));
    EXPECT_THAT(german.out, HasSubstr("\"kind\": \"thank-you\""));
}

TEST_F(Language, theOptionChoosesItWithoutAnyLocale)
{
    const auto german = plan({"--format", "json", "--language", "de"});
    ASSERT_EQ(german.exitCode, 0) << german.err;
    EXPECT_EQ(summaryOf(german, "follow-up"),
              "Bei Rita Recruiter wegen der Entscheidung nachfragen (Acme – Engineer)");
    EXPECT_THAT(german.out, HasSubstr("Fällig: Fr., 11. Dez. 2026"));

    const auto french = plan({"--format", "json", "--language", "fr"});
    EXPECT_EQ(summaryOf(french, "thank-you"),
              "Envoyer un message de remerciement à Jane Doe (Acme – Engineer)");
    const auto spanish = plan({"--format", "json", "--language", "es"});
    EXPECT_EQ(summaryOf(spanish, "debrief"),
              "Anotar sus impresiones de la entrevista (Acme – Engineer)");

    // Over the locale's, and in the .ics too.
    const auto ics = plan({"--language", "es"}, {{"LANGUAGE", "de"}, {"LC_ALL", "C.UTF-8"}});
    EXPECT_THAT(ics.out, HasSubstr("SUMMARY:Enviar una nota de agradecimiento a Jane Doe"));
}

TEST_F(Language, withoutOneTheTextsAreTheEnglishOnes)
{
    const auto plain = plan({});
    ASSERT_EQ(plain.exitCode, 0) << plain.err;
    EXPECT_THAT(plain.out,
                HasSubstr("SUMMARY:Send a thank-you note to Jane Doe (Acme – Engineer)"));
    EXPECT_EQ(plan({}, {{"LANG", "C"}}).out, plain.out);
    EXPECT_EQ(plan({"--language", "en"}).out, plain.out);
    // A language without a catalog.
    EXPECT_EQ(plan({"--language", "pt_BR"}).out, plain.out);
    // gettext's rule: in the C locale LANGUAGE is not read, so C's output stays fixed.
    EXPECT_EQ(plan({}, {{"LANGUAGE", "de"}, {"LC_ALL", "C"}}).out, plain.out);
}

TEST_F(Language, aValueThatIsNoLanguageIsAUsageError)
{
    const auto run = plan({"--language", "de;rm -rf"});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_THAT(run.err, HasSubstr("not a language code"));
    EXPECT_EQ(plan({"--language", ""}).exitCode, 2);
}

// The user switched languages: the tasks written before are rewritten in place, not added again,
// and the next run changes nothing.
TEST_F(Language, aNewLanguageRewritesTheTasksInPlace)
{
    ASSERT_EQ(plan({"-o", "tasks.ics"}).exitCode, 0);
    const auto english = sandbox.read("tasks.ics");
    const auto german = plan({"--language", "de", "--tasks", "tasks.ics", "-o", "tasks.ics"});
    ASSERT_EQ(german.exitCode, 0) << german.err;
    const auto rewritten = sandbox.read("tasks.ics");

    const auto count = [](const std::string& text, const std::string& what) {
        std::size_t n = 0;
        for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
            ++n;
        return n;
    };
    EXPECT_EQ(count(rewritten, "BEGIN:VTODO"), count(english, "BEGIN:VTODO"));
    EXPECT_EQ(count(rewritten, "SEQUENCE:1\r\n"), count(english, "BEGIN:VTODO"));
    EXPECT_THAT(rewritten, HasSubstr("SUMMARY:Dankesnachricht an Jane Doe senden"));
    EXPECT_THAT(rewritten, Not(HasSubstr("SUMMARY:Send")));
    for (auto at = english.find("\r\nUID:"); at != std::string::npos;
         at = english.find("\r\nUID:", at + 1))
        EXPECT_THAT(rewritten, HasSubstr(english.substr(at, english.find("\r\n", at + 2) - at)));

    ASSERT_EQ(plan({"--language", "de", "--tasks", "tasks.ics", "-o", "tasks.ics"}).exitCode, 0);
    EXPECT_EQ(sandbox.read("tasks.ics"), rewritten);
}

} // namespace
} // namespace followups::cli::testing
