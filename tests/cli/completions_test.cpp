// Shell completions (issue 13: none shipped): the committed bash and zsh scripts are the ones the
// option table renders, they know every option --help shows, both shells parse them, and bash
// completes what a user types.
#include "cli_runner.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <memory>
#include <regex>
#include <sstream>
#include <sys/wait.h>

namespace followups::cli::testing
{
namespace
{

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

const std::string bashScript = "completions/interview-followups.bash";
const std::string zshScript = "completions/_interview-followups";

struct Shell {
    int exitCode;
    std::string out;
};

// Runs a shell command line in `folder`, capturing standard output and the exit code.
Shell runShell(const std::string& shell, const std::string& script,
               const std::filesystem::path& folder)
{
    const std::string command = "cd '" + folder.string() + "' && " + shell + " -c '" + script + "'";
    std::unique_ptr<FILE, int (*)(FILE*)> pipe{::popen(command.c_str(), "r"), ::pclose};
    Shell result{-1, {}};
    if (!pipe)
        return result;
    std::array<char, 4096> buffer{};
    for (std::size_t got; (got = std::fread(buffer.data(), 1, buffer.size(), pipe.get())) > 0;)
        result.out.append(buffer.data(), got);
    const int status = ::pclose(pipe.release());
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

class BashCompletion : public ::testing::Test
{
protected:
    // What bash offers for the words typed so far, the last one being completed.
    std::vector<std::string> complete(const std::vector<std::string>& typed)
    {
        std::string words = "interview-followups";
        for (const auto& word : typed)
            words += " \"" + word + "\"";
        const std::string script = "source " + sourcePath(bashScript).string() + "; COMP_WORDS=(" +
                                   words + "); COMP_CWORD=" + std::to_string(typed.size()) +
                                   "; _interview_followups; printf \"%s\\n\" \"${COMPREPLY[@]}\"";
        const auto result = runShell("bash", script, sandbox.folder());
        EXPECT_EQ(result.exitCode, 0) << result.out;
        std::vector<std::string> offered;
        std::istringstream lines{result.out};
        for (std::string line; std::getline(lines, line);) {
            if (!line.empty())
                offered.push_back(line);
        }
        std::sort(offered.begin(), offered.end());
        return offered;
    }
    CliSandbox sandbox;
};

TEST(Completions, committedScriptsEqualTheGeneratedOnes)
{
    CliSandbox sandbox;
    for (const auto& [shell, path] : {std::pair{"bash", bashScript}, {"zsh", zshScript}}) {
        const auto generated = sandbox.run({"--generate-completion", shell});
        ASSERT_EQ(generated.exitCode, 0) << generated.err;
        EXPECT_EQ(readFile(sourcePath(path)), generated.out)
            << "regenerate: interview-followups --generate-completion " << shell << " -o " << path;
    }
}

TEST(Completions, knowEveryOptionOfTheHelp)
{
    CliSandbox sandbox;
    std::string help;
    for (const std::string command : {"", "plan", "interview", "rules"})
        help += (command.empty() ? sandbox.run({"--help"}) : sandbox.run({command, "--help"})).out;
    const std::string bash = readFile(sourcePath(bashScript));
    const std::string zsh = readFile(sourcePath(zshScript));
    const std::regex longOption{"--[a-z][a-z-]*"};
    int checked = 0;
    for (std::sregex_iterator it{help.begin(), help.end(), longOption}, end; it != end; ++it) {
        const std::string name = it->str();
        // bash: a word of its lists; zsh: a spec "NAME[description]" or "NAME=[description]".
        EXPECT_TRUE(std::regex_search(bash, std::regex{name + "[ \"|)]"})) << name;
        EXPECT_TRUE(zsh.find(name + '[') != std::string::npos ||
                    zsh.find(name + "=[") != std::string::npos)
            << name;
        ++checked;
    }
    EXPECT_GT(checked, 20);
}

TEST(Completions, bothShellsParseTheirScript)
{
    CliSandbox sandbox;
    EXPECT_EQ(
        runShell("bash", "bash -n " + sourcePath(bashScript).string(), sandbox.folder()).exitCode,
        0);
    EXPECT_EQ(
        runShell("bash", "zsh -n " + sourcePath(zshScript).string(), sandbox.folder()).exitCode, 0)
        << "zsh is needed for this check (.ci/install-deps installs it)";
}

TEST_F(BashCompletion, commandsFirst)
{
    EXPECT_THAT(complete({""}), ElementsAre("interview", "plan", "rules"));
    EXPECT_THAT(complete({"pl"}), ElementsAre("plan"));
}

TEST_F(BashCompletion, eachCommandsOwnOptionsAndTheSharedOnes)
{
    EXPECT_THAT(complete({"interview", "--out"}), ElementsAre("--outcome", "--output"));
    EXPECT_THAT(complete({"plan", "--out"}), ElementsAre("--output"));
    EXPECT_THAT(complete({"plan", "--holidays"}), ElementsAre("--holidays", "--holidays-region"));
}

TEST_F(BashCompletion, fixedValues)
{
    EXPECT_THAT(complete({"plan", "--format", ""}), ElementsAre("ics", "json", "table"));
    EXPECT_THAT(complete({"--as", "e"}), ElementsAre("events"));
    EXPECT_THAT(complete({"plan", "--disable", "ref"}),
                ElementsAre("reference-heads-up", "reference-thank-you"));
    EXPECT_THAT(complete({"plan", "--offset", "follow_up_c"}), ElementsAre("follow_up_count="));
    EXPECT_THAT(complete({"interview", "--company", ""}), IsEmpty()); // free text
}

TEST_F(BashCompletion, calendarFilesForPlanAnyFileForOutput)
{
    sandbox.write("calendar.ics", "");
    sandbox.write("notes.txt", "");
    sandbox.write("folder/inside.ics", "");
    EXPECT_THAT(complete({"plan", ""}), ElementsAre("calendar.ics", "folder"));
    EXPECT_THAT(complete({"plan", "x.ics", "-o", ""}),
                ElementsAre("calendar.ics", "folder", "notes.txt"));
    EXPECT_THAT(complete({"plan", "--holidays", "c"}), ElementsAre("calendar.ics"));
}

} // namespace
} // namespace followups::cli::testing
