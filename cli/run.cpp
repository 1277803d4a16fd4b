#include "run.h"

#include "command_interview.h"
#include "command_plan.h"
#include "command_rules.h"
#include "completions.h"
#include "failure.h"
#include "followups/holidays/regions.h"
#include "followups/ical/reader.h"
#include "input_output.h"
#include "language.h"
#include "man_page.h"
#include "options.h"
#include "output_file.h"
#include "settings.h"

#include <iostream>
#include <optional>

namespace followups::cli
{

namespace
{

// The region's days off, and those of the holidays file on top. Holidays are input: a file that
// can't be read rejects the run.
void loadHolidays(Settings& settings)
{
    auto& calendar = settings.policy.businessCalendar;
    if (const auto& region = settings.holidayRegion.region) {
        for (const auto date :
             holidays::daysOff(*region, settings.window, settings.policy.userZone))
            calendar.addHoliday(date);
    }
    if (!settings.holidaysPath)
        return;
    const auto& path = *settings.holidaysPath;
    for (const auto date :
         ical::readHolidayDates(readInput(path, holidaysFileLimit), path, settings.warnings))
        calendar.addHoliday(date);
}

int runCommand(const RawOptions& raw)
{
    auto settings = makeSettings(raw);
    if (auto warning = chooseLanguage(raw.language))
        settings.warnings.push_back(std::move(*warning));
    // From before --tasks is read (which may be this file) until the file is replaced.
    std::optional<OutputLock> lock;
    if (settings.outputPath)
        lock.emplace(*settings.outputPath);
    loadHolidays(settings);
    switch (settings.command) {
    case CommandName::Plan:
        return runPlan(settings);
    case CommandName::Interview:
        return runInterview(settings);
    case CommandName::Rules:
        return runRules(settings);
    case CommandName::None:
        break;
    }
    throw UsageError("a command is required: plan, interview or rules (see --help)");
}

// --help and --version: written, or an error (`--help >/dev/full` exited 0 having printed nothing).
int printed(int exitCode)
{
    std::cout.flush();
    if (std::cout)
        return exitCode;
    std::cerr << "interview-followups: -: cannot write to standard output\n";
    return exitInputRejected;
}

} // namespace

int run(int argc, const char* const* argv)
{
    RawOptions raw;
    const auto app = makeApp(raw);
    try {
        app->parse(argc, argv);
    } catch (const CLI::CallForHelp& help) {
        return printed(app->exit(help));
    } catch (const CLI::CallForAllHelp& help) {
        return printed(app->exit(help));
    } catch (const CLI::CallForVersion& version) {
        return printed(app->exit(version));
    } catch (const CLI::ExtrasError& error) {
        app->exit(error);
        if (app->get_subcommands().empty())
            std::cerr << "To plan calendar files: interview-followups plan FILE...\n";
        return exitUsage;
    } catch (const CLI::ParseError& error) {
        app->exit(error);
        return exitUsage;
    }

    try {
        const auto output = raw.output.empty() ? std::nullopt : std::optional{raw.output};
        if (raw.generateManPage) {
            writeOutput(output, renderManPage(*app));
            return exitSuccess;
        }
        if (!raw.generateCompletion.empty()) {
            writeOutput(output, raw.generateCompletion == "bash" ? bashCompletion(*app)
                                                                 : zshCompletion(*app));
            return exitSuccess;
        }
        return runCommand(raw);
    } catch (const UsageError& error) {
        std::cerr << "interview-followups: " << error.what() << '\n';
        return exitUsage;
    } catch (const InputRejected& error) {
        std::cerr << "interview-followups: " << error.what() << '\n';
        return exitInputRejected;
    }
}

} // namespace followups::cli
