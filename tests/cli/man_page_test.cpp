// The committed man page is the one the option table renders (so it never drifts from --help),
// and it documents every option --help shows.
#include "cli_runner.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <regex>

namespace followups::cli::testing
{
namespace
{

using ::testing::HasSubstr;

TEST(ManPage, committedPageEqualsTheGeneratedOne)
{
    const auto committed = readFile(sourcePath("docs/interview-followups.1"));
    const auto generated = readFile(FOLLOWUPS_GENERATED_MAN_PAGE);
    ASSERT_FALSE(generated.empty());
    EXPECT_EQ(committed, generated)
        << "regenerate: interview-followups --generate-man-page -o docs/interview-followups.1";
}

TEST(ManPage, documentsEveryOptionOfTheHelp)
{
    CliSandbox sandbox;
    const auto page = sandbox.run({"--generate-man-page"}).out;
    std::string help;
    for (const std::string command : {"", "plan", "interview", "rules"}) {
        const auto result =
            command.empty() ? sandbox.run({"--help"}) : sandbox.run({command, "--help"});
        help += result.out;
    }
    const std::regex longOption{"--([a-z][a-z-]*)"};
    int checked = 0;
    for (std::sregex_iterator it{help.begin(), help.end(), longOption}, end; it != end; ++it) {
        std::string roffName = "\\-\\-";
        for (const char c : (*it)[1].str())
            roffName += c == '-' ? std::string{"\\-"} : std::string{c};
        EXPECT_THAT(page, HasSubstr(roffName)) << (*it)[0];
        ++checked;
    }
    EXPECT_GT(checked, 20);
    EXPECT_THAT(page, HasSubstr(".SH EXIT STATUS"));
    EXPECT_THAT(page, HasSubstr("debrief_due_hours"));
}

} // namespace
} // namespace followups::cli::testing
