// The language of the tasks' texts (cli/language.cpp): the locale's, as gettext reads it, or
// --language; the built binary reads the build tree's catalogs next to it. Without a language the
// output is the English one, byte for byte. --language takes any installed locale in which the C
// library reads it (messages-locale/); the runs find the machine's, and on a machine that has none
// (Debian 13 without generated locales) either expect the warning or are given the build tree's
// test locale through LOCPATH (texts_language.h).
#include "cli_runner.h"
#include "language.h"
#include "test_calendars.h"
#include "texts_language.h"

#include <algorithm>
#include <clocale>
#include <cstdlib>
#include <filesystem>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <unistd.h>
#include <vector>

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

    // The environment in which the CLI finds a messages locale for `language`.
    static std::map<std::string, std::string> withALocaleFor(const char* language)
    {
        if (const auto locpath = followups::testing::testLocpathFor(language))
            return {{"LOCPATH", *locpath}};
        return {};
    }

    // LANGUAGE=`language` in a messages locale where the C library reads it: the machine's, as
    // the CLI would choose it, else the build tree's test locale.
    static std::map<std::string, std::string> sessionIn(const char* language)
    {
        auto environment = withALocaleFor(language);
        environment["LC_MESSAGES"] =
            environment.empty() ? *followups::messagesLocaleFor(language) : "en_US.UTF-8";
        environment["LANGUAGE"] = language;
        return environment;
    }

    CliSandbox sandbox;
};

constexpr const char* noLocaleWarning = "--language: no locale besides C is installed";

TEST_F(Language, theLocaleChoosesIt)
{
    const auto german = plan({"--format", "json"}, sessionIn("de"));
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

// No locale in the environment (LANG, LC_ALL unset): the CLI takes an installed one for the
// messages, when the machine has one.
TEST_F(Language, theOptionChoosesItWithoutAnyLocale)
{
    const auto german = plan({"--format", "json", "--language", "de"});
    ASSERT_EQ(german.exitCode, 0) << german.err;
    if (!followups::messagesLocaleFor("de")) {
        EXPECT_THAT(german.err, HasSubstr(noLocaleWarning));
        EXPECT_EQ(summaryOf(german, "follow-up"),
                  "Follow up with Rita Recruiter on the decision (Acme – Engineer)");
        return;
    }
    EXPECT_THAT(german.err, Not(HasSubstr(noLocaleWarning)));
    EXPECT_EQ(summaryOf(german, "follow-up"),
              "Bei Rita Recruiter wegen der Entscheidung nachfragen (Acme – Engineer)");
    EXPECT_THAT(german.out, HasSubstr("Fällig: Fr., 11. Dez. 2026"));

    const auto french = plan({"--format", "json", "--language", "fr"});
    EXPECT_EQ(summaryOf(french, "thank-you"),
              "Envoyer un message de remerciement à Jane Doe (Acme – Engineer)");
    const auto spanish = plan({"--format", "json", "--language", "es"});
    EXPECT_EQ(summaryOf(spanish, "debrief"),
              "Anotar sus impresiones de la entrevista (Acme – Engineer)");
}

// Over the locale's, and in the .ics too; the machine-readable fields (kinds, dates, numbers,
// categories) are the same in every language.
TEST_F(Language, theOptionOverridesTheLocaleAndOnlyTheWordsChange)
{
    const auto session = sessionIn("de");
    const auto ics = plan({"--language", "es"}, session);
    ASSERT_EQ(ics.exitCode, 0) << ics.err;
    EXPECT_THAT(ics.out, HasSubstr("SUMMARY:Enviar una nota de agradecimiento a Jane Doe"));

    const auto german = nlohmann::json::parse(plan({"--format", "json"}, session).out);
    const auto spanish =
        nlohmann::json::parse(plan({"--format", "json", "--language", "es"}, session).out);
    ASSERT_EQ(spanish["tasks"].size(), german["tasks"].size());
    for (std::size_t i = 0; i < german["tasks"].size(); ++i) {
        auto words = german["tasks"][i];
        auto translated = spanish["tasks"][i];
        EXPECT_NE(words["summary"], translated["summary"]);
        for (const char* text : {"summary", "description", "url"}) {
            words.erase(text);
            translated.erase(text);
        }
        EXPECT_EQ(translated, words);
    }
    // In the .ics: every line but the texts' (with their folded continuations) and the hash of
    // the texts the product wrote (X-IFU-HASH, how it tells them from the user's edits).
    const auto machineLines = [](const std::string& calendar) {
        std::vector<std::string> lines;
        bool text = false;
        for (std::size_t at = 0; at < calendar.size();) {
            const auto end = calendar.find("\r\n", at);
            const std::string line = calendar.substr(at, end - at);
            at = end == std::string::npos ? calendar.size() : end + 2;
            if (!line.starts_with(' '))
                text = line.starts_with("SUMMARY") || line.starts_with("DESCRIPTION") ||
                       line.starts_with("URL") || line.starts_with("X-IFU-HASH");
            if (!text && !line.starts_with(' '))
                lines.push_back(line);
        }
        return lines;
    };
    const auto germanIcs = plan({}, session);
    EXPECT_NE(germanIcs.out, ics.out);
    EXPECT_EQ(machineLines(ics.out), machineLines(germanIcs.out));
}

// Debian 13 without generated locales: no locale lets the C library read a language. The plan is
// made all the same, in English, and one warning says how to install a locale. (The test hides the
// locale archive with LOCPATH; on Debian 12, whose C library reads LANGUAGE in C.UTF-8, German
// comes all the same, and the next test shows what a later C library does there.)
TEST_F(Language, withoutAnInstalledLocaleTheOptionWarnsAndTheTextsStayEnglish)
{
    sandbox.write("no-locales/README", "LOCPATH: setlocale finds no locale here\n");
    const std::string noLocales = sandbox.path("no-locales").string();
    const std::map<std::string, std::string> noLocale{{"LOCPATH", noLocales}};
    setenv("LOCPATH", noLocales.c_str(), 1);
    const bool found = followups::messagesLocaleFor("de").has_value();
    unsetenv("LOCPATH");

    const auto english = plan({}, noLocale);
    const auto asked = plan({"--language", "de"}, noLocale);
    ASSERT_EQ(asked.exitCode, 0) << asked.err;
    if (found) {
        EXPECT_THAT(asked.out, HasSubstr("SUMMARY:Dankesnachricht an Jane Doe senden"));
        EXPECT_THAT(asked.err, Not(HasSubstr(noLocaleWarning)));
        return;
    }
    EXPECT_EQ(asked.out, english.out);
    EXPECT_THAT(asked.err, HasSubstr(std::string(noLocaleWarning) +
                                     ", and the C library ignores "
                                     "the language in C: the tasks stay in English; install a "
                                     "locale (Debian: apt install locales-all"));
    const auto json =
        nlohmann::json::parse(plan({"--format", "json", "--language", "de"}, noLocale).out);
    EXPECT_TRUE(std::ranges::any_of(json["warnings"], [](const nlohmann::json& warning) {
        return warning["file"] == "--language";
    })) << json["warnings"];
    // English needs no locale; --quiet silences the warning like the others.
    EXPECT_THAT(plan({"--language", "en"}, noLocale).err, Not(HasSubstr(noLocaleWarning)));
    EXPECT_THAT(plan({"--language", "de", "--quiet"}, noLocale).err,
                Not(HasSubstr(noLocaleWarning)));
}

// chooseLanguage() itself, as with Debian 13's C library (2.41), where C.UTF-8 does not count, on
// any machine: without a locale it warns and leaves the environment's (C) locale to gettext.
TEST(ChooseLanguage, warnsWhenNoInstalledLocaleLetsTheCLibraryReadTheLanguage)
{
    const auto emptyFolder =
        std::filesystem::temp_directory_path() / ("no-locales-" + std::to_string(getpid()));
    std::filesystem::create_directories(emptyFolder);
    setenv("LOCPATH", emptyFolder.c_str(), 1);
    const bool found = followups::messagesLocaleFor("de", "2.41").has_value();
    const std::string environmentLocale = std::setlocale(LC_MESSAGES, "");
    const auto warning = chooseLanguage("de", "2.41");
    const std::string messagesLocale = std::setlocale(LC_MESSAGES, nullptr);
    const auto english = chooseLanguage("en_GB:en", "2.41");
    unsetenv("LOCPATH");
    unsetenv("LANGUAGE");
    std::setlocale(LC_MESSAGES, "C");
    std::filesystem::remove(emptyFolder);

    EXPECT_EQ(english, std::nullopt);
    if (found) { // a machine with a locale folder in /usr/lib/locale
        EXPECT_EQ(warning, std::nullopt);
        return;
    }
    ASSERT_TRUE(warning);
    EXPECT_EQ(formatWarning(*warning),
              "--language: no locale besides C is installed, and the C library ignores the "
              "language in C: the tasks stay in English; install a locale (Debian: apt install "
              "locales-all, or apt install locales and dpkg-reconfigure locales)");
    EXPECT_EQ(messagesLocale, environmentLocale);
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
    const auto environment = withALocaleFor("de");
    ASSERT_EQ(plan({"-o", "tasks.ics"}, environment).exitCode, 0);
    const auto english = sandbox.read("tasks.ics");
    const auto german =
        plan({"--language", "de", "--tasks", "tasks.ics", "-o", "tasks.ics"}, environment);
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

    ASSERT_EQ(
        plan({"--language", "de", "--tasks", "tasks.ics", "-o", "tasks.ics"}, environment).exitCode,
        0);
    EXPECT_EQ(sandbox.read("tasks.ics"), rewritten);
}

} // namespace
} // namespace followups::cli::testing
